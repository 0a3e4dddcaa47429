// 006: the audit log names the record each entry touched (`ref`), so erasing a worker finds every entry about them;
// existing entries get their ref from their arguments, and their arguments are redacted as new ones are (phone
// and ID numbers masked, secrets removed). Workers deleted before this version are scrubbed from the change log,
// stored replies and the audit log as a deletion now does (privacy/erase.ts).
import type { Database } from 'better-sqlite3';
import { redactArgs } from '../../privacy/redact';
import { scrubAudit, scrubChanges, scrubReplies } from '../../privacy/erase';

export const name = 'audit_ref';

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE audit ADD COLUMN ref TEXT;
    CREATE INDEX audit_ref ON audit(ref);
  `);
  const rows = db.prepare(`SELECT id, args FROM audit`).all() as { id: number; args: string }[];
  const update = db.prepare(`UPDATE audit SET args = ?, ref = ? WHERE id = ?`);
  for (const row of rows) {
    let args: unknown;
    try {
      args = JSON.parse(row.args);
    } catch {
      args = {};
    }
    const ref = (args as { id?: unknown } | null)?.id;
    update.run(redactArgs(args), typeof ref === 'string' ? ref : null, row.id);
  }
  // Before this version a deletion erased the record but not its history.
  const deleted = db.prepare(`SELECT id, data FROM workers WHERE status = 'deleted'`).all() as {
    id: string;
    data: string;
  }[];
  for (const w of deleted) {
    const history = db
      .prepare(`SELECT data FROM changes WHERE entity = 'worker' AND id = ? AND op = 'put' AND data IS NOT NULL`)
      .all(w.id) as { data: string }[];
    const secrets = new Set<string>();
    for (const h of history) {
      const old = JSON.parse(h.data) as { phone?: string; idNumber?: string | null; name?: string };
      for (const v of [old.phone, old.idNumber, old.name]) if (v) secrets.add(v);
    }
    scrubChanges(db, 'worker', w.id, JSON.parse(w.data));
    const apps = db.prepare(`SELECT id, data FROM applications WHERE worker_id = ?`).all(w.id) as {
      id: string;
      data: string;
    }[];
    for (const a of apps) scrubChanges(db, 'application', a.id, JSON.parse(a.data));
    scrubAudit(db, [w.id, ...apps.map((a) => a.id)]);
    scrubReplies(db, [...secrets]);
  }
}
