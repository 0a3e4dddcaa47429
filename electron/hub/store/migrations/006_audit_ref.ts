// 006: the audit log names the record each entry touched (`ref`), so erasing a worker finds every entry about them;
// existing entries get their ref from their arguments, and their arguments are redacted as new ones are (phone
// and ID numbers masked, secrets removed). Workers deleted before this version are scrubbed from the change log,
// stored replies and the audit log as a deletion now does (privacy/erase.ts). Frozen: the masking and scrubbing
// are written out below as they were when this shipped (privacy/redact.ts and privacy/erase.ts may change later;
// this step must not).
import type { Database } from 'better-sqlite3';

export const name = 'audit_ref';

const ERASED = '[已删除]';
const SECRET_KEYS = new Set(['password', 'pin', 'newPassword']);
const PHONE_KEYS = new Set(['phone', 'contactPhone']);
const ID_KEYS = new Set(['idNumber', 'householderId']);

const maskPhone = (phone: string) =>
  phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone ? '***' : '';
const maskIdNumber = (id: string) =>
  id.length >= 15 ? `${id.slice(0, 2)}${'*'.repeat(id.length - 4)}${id.slice(-2)}` : id ? '***' : '';

function redactArgs(args: unknown): string {
  return JSON.stringify(args, (key, value: unknown) => {
    if (SECRET_KEYS.has(key)) return '***';
    if (typeof value !== 'string') return value;
    if (PHONE_KEYS.has(key)) return maskPhone(value);
    if (ID_KEYS.has(key)) return maskIdNumber(value);
    return value;
  });
}

function scrubChanges(db: Database, entity: string, id: string, now: unknown): void {
  db.prepare(`UPDATE changes SET data = ? WHERE entity = ? AND id = ? AND op = 'put'`).run(
    JSON.stringify(now),
    entity,
    id,
  );
}

function scrubAudit(db: Database, refs: readonly string[]): void {
  const stmt = db.prepare(`UPDATE audit SET summary = ?, args = '{}' WHERE ref = ?`);
  for (const ref of refs) stmt.run(ERASED, ref);
}

function scrubReplies(db: Database, values: readonly string[]): void {
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
