import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseTooNewError, migrate, openDatabase, schemaVersion } from './db';
import { MIGRATIONS } from './migrations/index';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gighall-db-'));
  dirs.push(dir);
  return join(dir, 'gighall.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('opening the site database', () => {
  it('uses WAL with full fsync and brings a new file to the newest schema', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('applies only the missing migrations, each once', () => {
    const file = tempFile();
    const calls: string[] = [];
    const fake = [
      { name: 'a', up: () => calls.push('a') },
      { name: 'b', up: () => calls.push('b') },
    ];
    const db = new Database(file);
    expect(migrate(db, fake.slice(0, 1))).toBe(1);
    expect(migrate(db, fake)).toBe(2);
    expect(migrate(db, fake)).toBe(2);
    expect(calls).toEqual(['a', 'b']);
    db.close();
  });

  it('rolls a failed migration back whole', () => {
    const db = new Database(':memory:');
    const broken = [
      {
        name: 'x',
        up: (d: Database.Database) => {
          d.exec('CREATE TABLE t (a)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare(`SELECT COUNT(*) n FROM sqlite_master WHERE name = 't'`).get()).toEqual({ n: 0 });
  });

  it('refuses a database written by newer code, and leaves it untouched', () => {
    const file = tempFile();
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 3}`);
    db.close();
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer GigHall/);
    const again = new Database(file);
    expect(schemaVersion(again)).toBe(MIGRATIONS.length + 3);
    again.close();
  });
});
