// Migration 005 adds the persistent attempt counters and the must-change-password flag to existing databases.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../db';
import { MIGRATIONS } from './index';

describe('migration 005: attempts', () => {
  it('adds the attempts table and flags no existing staff user', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    db.prepare(
      `INSERT INTO staff_users (id, username, password_hash, version, data) VALUES ('u1', 'admin', 'x', 1, '{}')`,
    ).run();
    migrate(db, MIGRATIONS.slice(0, 5));
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare(`SELECT must_change_password AS m FROM staff_users WHERE id = 'u1'`).get()).toEqual({ m: 0 });
    db.prepare(`INSERT INTO attempts (kind, key, failures, last_at) VALUES ('pin-station', 's1', 1, 5)`).run();
    expect(() =>
      db.prepare(`INSERT INTO attempts (kind, key, failures, last_at) VALUES ('pin-station', 's1', 2, 6)`).run(),
    ).toThrow(/UNIQUE|PRIMARY/);
    expect(db.prepare(`SELECT locked FROM attempts`).get()).toEqual({ locked: 0 });
    db.close();
  });
});
