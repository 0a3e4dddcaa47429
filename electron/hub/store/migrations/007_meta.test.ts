// Migration 007: the meta table for the hub's stamps about its own data.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../db';
import { MIGRATIONS } from './index';

describe('migration 007: meta', () => {
  it('adds a key/value table with one value per key', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 6));
    expect(migrate(db, MIGRATIONS.slice(0, 7))).toBe(7);
    expect(schemaVersion(db)).toBe(7);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('k', 'v')`).run();
    expect(() => db.prepare(`INSERT INTO meta (key, value) VALUES ('k', 'w')`).run()).toThrow(/UNIQUE/);
    expect(db.prepare(`SELECT value FROM meta WHERE key = 'k'`).get()).toEqual({ value: 'v' });
  });
});
