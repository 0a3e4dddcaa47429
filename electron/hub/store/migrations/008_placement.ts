// 008: placements become a history. Every application gets `history` (its steps so far, as far as the old record
// tells: created, then its current status), `referral`, `wage` and `agreement`; the old status `interview` is
// `interviewed` now. Beside the records: the step rows the hall's numbers are counted from (one per step, with
// the hall day and the posting's trade, job type and district), the slip counter per hall year, the receipt code
// and slip number columns, the agreements kept apart from the change log, and the disputes table. Frozen: the
// hall day of a step is worked out here, not by the shared hall-time rule (which may change after this migration
// has run on some hubs).
import type { Database } from 'better-sqlite3';

/** YYYY-MM-DD in the zone (Asia/Shanghai when the site names none or an unknown one). */
function dayIn(zone: string | undefined, at: number): string {
  const format = (z: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: z, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  try {
    return format(zone || 'Asia/Shanghai');
  } catch {
    return format('Asia/Shanghai');
  }
}

export const name = 'placement';

type Row = { id: string; version: number; data: string };

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE applications ADD COLUMN slip_no TEXT;
    ALTER TABLE applications ADD COLUMN receipt_code TEXT;
    -- What the exports read, beside the record, so 100,000 rows leave without parsing each record's history.
    ALTER TABLE applications ADD COLUMN created_at INTEGER;
    ALTER TABLE applications ADD COLUMN source TEXT;
    ALTER TABLE applications ADD COLUMN referred_at INTEGER;
    ALTER TABLE applications ADD COLUMN interview TEXT;
    ALTER TABLE applications ADD COLUMN wage_agreed REAL;
    ALTER TABLE applications ADD COLUMN wage_paid REAL;
    ALTER TABLE applications ADD COLUMN wage_pay_date TEXT;
    ALTER TABLE applications ADD COLUMN wage_status TEXT;
    CREATE UNIQUE INDEX applications_slip ON applications(slip_no) WHERE slip_no IS NOT NULL;
    CREATE UNIQUE INDEX applications_receipt ON applications(receipt_code) WHERE receipt_code IS NOT NULL;
    CREATE INDEX applications_posting ON applications(posting_id);

    -- One row per placement step: what the hall's numbers count (by hall day, trade, job type, district).
    CREATE TABLE placement_steps (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      application_id TEXT NOT NULL,
      status TEXT NOT NULL,
      at INTEGER NOT NULL,
      day TEXT NOT NULL,
      trade TEXT NOT NULL,
      job_type TEXT NOT NULL,
      district TEXT NOT NULL
    );
    CREATE INDEX placement_steps_status_day ON placement_steps(status, day);
    CREATE INDEX placement_steps_application ON placement_steps(application_id, status, at);

    -- Slips issued per hall year: the next number is last + 1, taken inside the command's transaction.
    CREATE TABLE slip_counters (
      year INTEGER PRIMARY KEY,
      last INTEGER NOT NULL
    );

    -- Agreement texts carry identity numbers: kept here, never in the changes log; staff read them by command.
    CREATE TABLE agreements (
      id TEXT PRIMARY KEY,
      application_id TEXT NOT NULL UNIQUE,
      worker_id TEXT,
      template_version INTEGER NOT NULL,
      text TEXT NOT NULL,
      hash TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      created_by TEXT,
      -- Set when the worker's data was erased: admins only from then, purged after retain_until (hall date).
      restricted_at INTEGER,
      retain_until TEXT
    );
    CREATE INDEX agreements_worker ON agreements(worker_id);

    CREATE TABLE disputes (
      id TEXT PRIMARY KEY,
      employer_id TEXT NOT NULL,
      worker_id TEXT,
      application_id TEXT,
      closed_at INTEGER,
      version INTEGER NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX disputes_employer ON disputes(employer_id);
    CREATE INDEX disputes_worker ON disputes(worker_id);
  `);

  const siteRow = db.prepare(`SELECT data FROM site WHERE id = 'site'`).get() as { data: string } | undefined;
  const zone = siteRow ? (JSON.parse(siteRow.data) as { timeZone?: string }).timeZone : undefined;
  const postingOf = db.prepare(`SELECT trade, job_type AS jobType, district FROM postings WHERE id = ?`);
  const insertStep = db.prepare(
    `INSERT INTO placement_steps (application_id, status, at, day, trade, job_type, district) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    `UPDATE applications SET version = ?, data = ?, status = ?, created_at = ?, source = ? WHERE id = ?`,
  );
  const logChange = db.prepare(`INSERT INTO changes (entity, id, op, data, at) VALUES ('application', ?, 'put', ?, ?)`);
  const now = Date.now();
  for (const row of db.prepare(`SELECT id, version, data FROM applications`).all() as Row[]) {
    const a = JSON.parse(row.data) as Record<string, unknown>;
    if (Array.isArray(a.history)) continue;
    const status = a.status === 'interview' ? 'interviewed' : String(a.status);
    const createdAt = Number(a.createdAt) || now;
    const by = a.handledBy ? { kind: 'staff', id: String(a.handledBy), name: String(a.handledBy) } : { kind: 'system' };
    const history = [{ status: 'new', at: createdAt, by: { kind: 'system' }, note: '' }];
    if (status !== 'new')
      history.push({ status, at: Number(a.updatedAt) || createdAt, by, note: String(a.note ?? '') });
    const version = row.version + 1;
    const data = JSON.stringify({
      ...a,
      status,
      history,
      referral: null,
      wage: null,
      agreement: null,
      version,
      updatedAt: now,
    });
    update.run(version, data, status, createdAt, String(a.source ?? ''), row.id);
    logChange.run(row.id, data, now);
    const p = postingOf.get(a.postingId) as { trade: string; jobType: string; district: string } | undefined;
    for (const step of history)
      insertStep.run(
        row.id,
        step.status,
        step.at,
        dayIn(zone, step.at),
        p?.trade ?? '',
        p?.jobType ?? '',
        p?.district ?? '',
      );
  }
}
