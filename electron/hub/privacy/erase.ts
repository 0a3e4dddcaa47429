// Erasure on request (个人信息保护法): when staff delete a worker, the record keeps only anonymous counts, and
// every other place the hub wrote their data is scrubbed too — the change log (stations replay it), stored
// command replies (a conflict reply carries the record), the audit log entries about them, and their PIN
// counters. SQLite's secure_delete (store/db.ts) zeroes the freed bytes, and a checkpoint after the commit moves
// the scrubbed pages out of the WAL, so the file on disk does not keep them either.
import type { Database } from 'better-sqlite3';

export const ERASED = '[已删除]';

/** Replace the data of every logged `put` of a record with what it is now (its erased form). */
export function scrubChanges(db: Database, entity: string, id: string, now: unknown): void {
  db.prepare(`UPDATE changes SET data = ? WHERE entity = ? AND id = ? AND op = 'put'`).run(
    JSON.stringify(now),
    entity,
    id,
  );
}

/** Audit entries about these records keep who did what and when, not what they said about the person. */
export function scrubAudit(db: Database, refs: readonly string[]): void {
  const stmt = db.prepare(`UPDATE audit SET summary = ?, args = '{}' WHERE ref = ?`);
  for (const ref of refs) stmt.run(ERASED, ref);
}

/** Stored command replies that hold any of these values (exactly, as a field) get them replaced. */
export function scrubReplies(db: Database, values: readonly string[]): void {
  const wanted = values.filter((v) => v.length >= 2);
  if (!wanted.length) return;
  const rows = db
    .prepare(`SELECT id, reply FROM commands WHERE ${wanted.map(() => `instr(reply, ?) > 0`).join(' OR ')}`)
    .all(...wanted.map((v) => JSON.stringify(v).slice(1, -1))) as { id: string; reply: string }[];
  const update = db.prepare(`UPDATE commands SET reply = ? WHERE id = ?`);
  const set = new Set(wanted);
  for (const row of rows)
    update.run(
      JSON.stringify(JSON.parse(row.reply), (_k, v: unknown) => (typeof v === 'string' && set.has(v) ? ERASED : v)),
      row.id,
    );
}
