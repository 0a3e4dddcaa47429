// Keeping the logs bounded (docs/operations.md "Retention"). The change log, the command log (command ids kept so
// a resend is never applied twice) and the audit log would otherwise grow for as long as the hall runs. Each is
// trimmed by age and by count, oldest first, a bounded slice per sweep so a trim never holds the database for
// long. The newest change is always kept, so the head seq survives; a station whose last seq is older than the
// oldest change kept is sent a snapshot instead (catchup.ts).
import type { Database, Statement } from 'better-sqlite3';

const DAY = 86_400_000;

export interface RetentionPolicy {
  changes: { days: number; rows: number };
  commands: { days: number; rows: number };
  audit: { days: number; rows: number };
  /** Most rows deleted from one table per sweep. */
  slice: number;
}

export const RETENTION: RetentionPolicy = {
  changes: { days: 30, rows: 200_000 },
  commands: { days: 30, rows: 200_000 },
  audit: { days: 400, rows: 1_000_000 },
  slice: 5_000,
};

export interface Trimmed {
  changes: number;
  commands: number;
  audit: number;
}

export class Retention {
  readonly policy: RetentionPolicy;
  private readonly stmts: Record<keyof Trimmed, { oldestKept: Statement; trim: Statement }>;
  private readonly head: Statement;

  constructor(
    private readonly db: Database,
    policy: Partial<RetentionPolicy> = {},
  ) {
    this.policy = { ...RETENTION, ...policy };
    this.head = db.prepare(`SELECT COALESCE(MAX(seq), 0) AS s FROM changes`);
    // For each log: the first row to keep is the newer of "the N-th newest" and "the first one young enough";
    // rows before it go, at most `slice` of them. Rows are numbered without gaps in the order written (deleted
    // only from the old end), so the N-th newest is simply MAX - N + 1, and the age scan stops at the first young row.
    const build = (table: string, key: string) => ({
      oldestKept: db.prepare(
        `SELECT MAX(
           COALESCE((SELECT MAX(${key}) FROM ${table}), 0) - ?,
           COALESCE((SELECT ${key} FROM ${table} WHERE at >= ? ORDER BY ${key} LIMIT 1), (SELECT MAX(${key}) FROM ${table}) + 1)
         ) AS k`,
      ),
      trim: db.prepare(
        `DELETE FROM ${table} WHERE ${key} IN (SELECT ${key} FROM ${table} WHERE ${key} < ? ORDER BY ${key} LIMIT ?)`,
      ),
    });
    this.stmts = {
      changes: build('changes', 'seq'),
      // Command ids are text; their rowid counts up the same way.
      commands: build('commands', 'rowid'),
      audit: build('audit', 'id'),
    };
  }

  /** Trim each log once; returns rows deleted. Runs in its own transaction. */
  trim(now: number): Trimmed {
    return this.db.transaction((): Trimmed => {
      const out: Trimmed = { changes: 0, commands: 0, audit: 0 };
      for (const log of ['changes', 'commands', 'audit'] as const) {
        const { days, rows } = this.policy[log];
        const { oldestKept, trim } = this.stmts[log];
        let keepFrom = (oldestKept.get(rows - 1, now - days * DAY) as { k: number | null }).k ?? 0;
        // The newest change always stays: it carries the head seq.
        if (log === 'changes') keepFrom = Math.min(keepFrom, (this.head.get() as { s: number }).s);
        out[log] = trim.run(keepFrom, this.policy.slice).changes;
      }
      return out;
    })();
  }
}
