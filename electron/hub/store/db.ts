// Opening the site database: WAL, full fsync on commit (an ack promises durability), and numbered migrations.
// A database written by newer code is refused rather than risk corrupting it.
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The database is at schema version ${found}, but this GigHall hub only knows up to ${supported}. ` +
        `It was written by a newer GigHall; run that version, or restore a backup made by this one. Nothing was changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Apply every migration above the database's version, each in its own transaction. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  if (current > migrations.length) throw new DatabaseTooNewError(current, migrations.length);
  for (let v = current; v < migrations.length; v++) {
    const migration = migrations[v]!;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return schemaVersion(db);
}

export function openDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Erased personal data must not linger in freed pages of the file (docs/security.md "Erasure").
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
