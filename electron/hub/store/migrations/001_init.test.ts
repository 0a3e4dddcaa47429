import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import * as m001 from './001_init';

describe('migration 001 init', () => {
  it('creates the domain tables, the changes log, command ids and audit', () => {
    const db = new Database(':memory:');
    m001.up(db);
    const tables = (
      db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
        .all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables).toEqual([
      'applications',
      'audit',
      'changes',
      'commands',
      'employers',
      'notices',
      'pairing_requests',
      'postings',
      'site',
      'staff_users',
      'stations',
      'vettings',
      'workers',
    ]);
    const cols = (t: string) => (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
    expect(cols('workers')).toEqual(expect.arrayContaining(['id', 'phone', 'pin_hash', 'status', 'version', 'data']));
    expect(cols('postings')).toEqual(
      expect.arrayContaining(['status', 'trade', 'job_type', 'district', 'pay_hourly', 'expires_at']),
    );
    expect(cols('changes')).toEqual(['seq', 'entity', 'id', 'op', 'data', 'at']);
    // Phone numbers are unique among workers; the changes seq only grows.
    db.prepare(
      `INSERT INTO workers (id, phone, status, version, data) VALUES ('a', '13800000000', 'active', 1, '{}')`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO workers (id, phone, status, version, data) VALUES ('b', '13800000000', 'active', 1, '{}')`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() => db.prepare(`INSERT INTO changes (entity, id, op, at) VALUES ('x', 'y', 'upsert', 1)`).run()).toThrow(
      /CHECK/,
    );
    db.close();
  });
});
