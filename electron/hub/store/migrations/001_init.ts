// 001: the domain tables, the changes log, command ids and the audit log.
// Records are stored whole as JSON in `data` (exactly the shape stations receive, see shared/domain/entities.ts);
// the columns beside it are what the hub queries, indexes or must keep out of `data` (hashes, tokens).
import type { Database } from 'better-sqlite3';

export const name = 'init';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE site (
      id TEXT PRIMARY KEY CHECK (id = 'site'),
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );

    CREATE TABLE stations (
      id TEXT PRIMARY KEY,
      token_hash TEXT UNIQUE,
      role TEXT NOT NULL CHECK (role IN ('kiosk','display','staff')),
      revoked INTEGER NOT NULL DEFAULT 0,
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );

    CREATE TABLE pairing_requests (
      id TEXT PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      expires_at INTEGER NOT NULL,
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );

    CREATE TABLE staff_users (
      id TEXT PRIMARY KEY,
      username TEXT NOT NULL UNIQUE COLLATE NOCASE,
      password_hash TEXT,
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );

    CREATE TABLE workers (
      id TEXT PRIMARY KEY,
      phone TEXT UNIQUE,
      pin_hash TEXT,
      status TEXT NOT NULL,
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );

    CREATE TABLE employers (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('enterprise','household')),
      vetting TEXT NOT NULL,
      blocked INTEGER NOT NULL DEFAULT 0,
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );

    CREATE TABLE vettings (
      id TEXT PRIMARY KEY,
      employer_id TEXT NOT NULL REFERENCES employers(id),
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX vettings_employer ON vettings(employer_id);

    CREATE TABLE postings (
      id TEXT PRIMARY KEY,
      employer_id TEXT NOT NULL REFERENCES employers(id),
      status TEXT NOT NULL,
      trade TEXT NOT NULL,
      job_type TEXT NOT NULL,
      district TEXT NOT NULL,
      pay_hourly REAL,
      published_at INTEGER,
      expires_at INTEGER,
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX postings_status_expiry ON postings(status, expires_at);
    CREATE INDEX postings_employer ON postings(employer_id);

    CREATE TABLE applications (
      id TEXT PRIMARY KEY,
      posting_id TEXT NOT NULL REFERENCES postings(id),
      worker_id TEXT,
      phone TEXT,
      status TEXT NOT NULL,
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX applications_worker ON applications(worker_id);
    CREATE INDEX applications_phone ON applications(phone);

    CREATE TABLE notices (
      id TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );

    -- Every write, in order. Stations catch up from here.
    CREATE TABLE changes (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      entity TEXT NOT NULL,
      id TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('put','del')),
      data TEXT,
      at INTEGER NOT NULL
    );

    -- Command ids already applied, with the reply sent: a resend gets the same reply and changes nothing.
    CREATE TABLE commands (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      station_id TEXT,
      reply TEXT NOT NULL,
      at INTEGER NOT NULL
    );

    CREATE TABLE audit (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at INTEGER NOT NULL,
      user_id TEXT,
      station_id TEXT,
      command TEXT NOT NULL,
      summary TEXT NOT NULL,
      args TEXT NOT NULL
    );
    CREATE INDEX audit_at ON audit(at);
  `);
}
