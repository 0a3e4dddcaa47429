// 005: failed sign-in and PIN attempts, kept across restarts (electron/hub/auth/attempts.ts), and the flag that
// makes a one-time admin password (first start, command-line reset) be replaced at its first sign-in.
// Keys never hold a phone number in clear: a target phone is stored as a hash and its row is erased with the
// worker (docs/security.md).
import type { Database } from 'better-sqlite3';

export const name = 'attempts';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE attempts (
      kind TEXT NOT NULL,
      key TEXT NOT NULL,
      -- Failures still counted (one is forgiven per quiet period of the kind's policy).
      failures INTEGER NOT NULL,
      last_at INTEGER NOT NULL,
      -- 1: locked until staff clear it (a worker's PIN after too many failures).
      locked INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (kind, key)
    ) WITHOUT ROWID;
    ALTER TABLE staff_users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
  `);
}
