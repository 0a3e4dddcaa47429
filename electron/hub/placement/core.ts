// The placement writes every path shares: the console's referral and steps, matching's referrals, the employer's
// return receipt from the phone page, and wage reports from the desk or a kiosk. Each runs inside the caller's
// transaction (a command's, or the hub's own for the phone page) and goes through shared/placement's rules:
// `transition` decides a step, the slip number is taken from the hall-year counter in the same transaction (so two
// referrals at once can never share a number), a hire adds to the posting's filled count (the last one fills it),
// and every step is also written as a row the hall's numbers count.
import { randomInt } from 'node:crypto';
import type { Actor, Application, EntityMap, Interview, Posting, Site, Worker } from '../../../shared/domain/entities';
import type { ApplicationSource, ApplicationStatus, ReceiptAnswer, WageReport } from '../../../shared/domain/enums';
import { appError, ruleError, type MessageKey } from '../../../shared/errors';
import { transition, isActive } from '../../../shared/placement/lifecycle';
import {
  RECEIPT_CODE_ALPHABET,
  RECEIPT_CODE_LENGTH,
  RECEIPT_STATUS,
  receiptRefusal,
  slipNumber,
} from '../../../shared/placement/referral';
import { newWage, withWageEntry } from '../../../shared/placement/wages';
import { hallClock, hallDate, hallZoneOf } from '../../../shared/rules/hallTime';
import { statusAfterFill } from '../../../shared/rules/posting';
import type { Records } from '../store/records';
import { HubError } from '../commands/context';
import { newId } from '../secrets';

/** What a placement write needs: the caller's transaction clock, records and writer. */
export interface PlacementWriter {
  now: number;
  records: Records;
  site(): Site;
  put<E extends 'application' | 'posting' | 'dispute' | 'employer'>(
    entity: E,
    record: Omit<EntityMap[E], 'version' | 'updatedAt'> & { version?: number },
  ): unknown;
  /** Runs after commit (live pushes to a kiosk showing the worker's own list). */
  afterCommit(fn: () => void): void;
  /** Tell the worker's kiosk session (if any) that their list changed. */
  workerChanged(workerId: string): void;
}

const refuse = (key: MessageKey, params?: Record<string, string | number>) =>
  new HubError(appError('invalid_args', { key, ...(params ? { params } : {}) }));

function zoneOf(w: PlacementWriter): string {
  return hallZoneOf(w.site());
}

/** Record the steps from `from` on as rows for the numbers (hall day, posting's trade, job type and district). */
export function logSteps(w: PlacementWriter, app: Application, from: number, posting: Posting | undefined): void {
  const zone = zoneOf(w);
  const insert = w.records.db.prepare(
    `INSERT INTO placement_steps (application_id, status, at, day, trade, job_type, district) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const step of app.history.slice(from))
    insert.run(
      app.id,
      step.status,
      step.at,
      hallDate(step.at, zone),
      posting?.trade ?? '',
      posting?.jobType ?? '',
      posting?.district ?? '',
    );
}

/** Write the placement and its new steps; tell the worker's kiosk. */
function save(w: PlacementWriter, app: Application, stepsBefore: number, posting?: Posting): Application {
  w.put('application', app);
  if (app.history.length > stepsBefore)
    logSteps(w, app, stepsBefore, posting ?? (w.records.get('posting', app.postingId) as Posting | undefined));
  if (app.workerId) {
    const workerId = app.workerId;
    w.afterCommit(() => w.workerChanged(workerId));
  }
  return app;
}

/** The next slip number of the hall's current year, taken in the caller's transaction. */
export function nextSlipNumber(w: PlacementWriter): string {
  const site = w.site();
  const year = hallClock(w.now, zoneOf(w)).year;
  const row = w.records.db
    .prepare(
      `INSERT INTO slip_counters (year, last) VALUES (?, 1)
       ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .get(year) as { last: number };
  return slipNumber(site.district, year, row.last);
}

function newReceiptCode(w: PlacementWriter): string {
  const taken = w.records.db.prepare(`SELECT 1 FROM applications WHERE receipt_code = ?`);
  for (;;) {
    let code = '';
    for (let i = 0; i < RECEIPT_CODE_LENGTH; i++)
      code += RECEIPT_CODE_ALPHABET[randomInt(RECEIPT_CODE_ALPHABET.length)];
    if (!taken.get(code)) return code;
  }
}

export interface ReferArgs {
  postingId: string;
  workerId: string;
  /** Continue this application (kiosk or phone interest) instead of opening a new record. */
  applicationId?: string | null;
  interview: Interview | null;
  note: string;
  by: Actor;
  source: ApplicationSource;
}

/**
 * Refer a worker to a posting: one referral per worker and posting while it is active. Issues the slip (number,
 * receipt code) and records the step 已推荐. The console's refer action and matching both call this.
 */
export function refer(w: PlacementWriter, args: ReferArgs): { app: Application; slipNo: string } {
  const posting = w.records.get('posting', args.postingId) as Posting | undefined;
  if (!posting) throw new HubError(appError('not_found', { field: 'postingId' }));
  const worker = w.records.get('worker', args.workerId) as Worker | undefined;
  if (!worker) throw new HubError(appError('not_found', { field: 'workerId' }));
  if (worker.status !== 'active') throw refuse('placementNotActive');
  let app: Application | undefined;
  if (args.applicationId) {
    app = w.records.get('application', args.applicationId);
    if (!app || app.postingId !== args.postingId) throw new HubError(appError('not_found', { field: 'id' }));
  } else {
    const same = w.records.list('application', 'posting_id = ? AND worker_id = ?', args.postingId, args.workerId);
    app = same.find((a) => isActive(a.status) && a.status !== 'referred' && a.status !== 'interviewed');
    const referred = same.find((a) => a.status === 'referred' || a.status === 'interviewed');
    if (referred) throw refuse('placementAlreadyReferred', { slipNo: referred.referral?.slipNo ?? '' });
  }
  const slipNo = nextSlipNumber(w);
  const base: Application = app ?? {
    id: newId(),
    version: 0,
    updatedAt: w.now,
    postingId: args.postingId,
    workerId: args.workerId,
    phone: worker.phone,
    source: args.source,
    status: 'new',
    note: '',
    createdAt: w.now,
    handledBy: null,
    history: [],
    referral: null,
    wage: null,
    agreement: null,
  };
  const referral = { slipNo, issuedAt: w.now, by: args.by, interview: args.interview, receipt: null };
  const t = transition({ app: { ...base, referral }, to: 'referred', at: w.now, by: args.by, note: args.note });
  if (!t.ok) throw new HubError(ruleError(t.issue));
  const before = base.history.length;
  const next: Application = {
    ...base,
    workerId: args.workerId,
    status: t.status,
    referral,
    history: [...base.history, t.step],
    handledBy: args.by.kind === 'staff' ? args.by.id : base.handledBy,
  };
  save(w, next, before, posting);
  w.records.setColumn('application', next.id, 'receipt_code', newReceiptCode(w));
  return { app: next, slipNo };
}

/**
 * Move a placement on by one step. A hire adds one to the posting's filled count and fills the posting at its
 * headcount; it may carry the agreed wage and pay date.
 */
export function step(
  w: PlacementWriter,
  app: Application,
  to: ApplicationStatus,
  by: Actor,
  note = '',
  wage: { agreedAmount: number; payDate: string } | null = null,
): Application {
  const posting = w.records.get('posting', app.postingId) as Posting | undefined;
  const t = transition({ app, to, at: w.now, by, note, posting });
  if (!t.ok) throw new HubError(ruleError(t.issue));
  const next: Application = {
    ...app,
    status: t.status,
    history: [...app.history, t.step],
    handledBy: by.kind === 'staff' ? by.id : app.handledBy,
    wage: t.status === 'hired' && wage ? newWage(wage.agreedAmount, wage.payDate) : app.wage,
  };
  if (t.status === 'hired' && posting) {
    const filledCount = posting.filledCount + 1;
    w.put('posting', { ...posting, filledCount, status: statusAfterFill({ ...posting, filledCount }) });
  }
  return save(w, next, app.history.length, posting);
}

/** Set or change what was agreed (a hired placement only). */
export function setWage(w: PlacementWriter, app: Application, agreedAmount: number, payDate: string): Application {
  if (app.status !== 'hired') throw refuse('placementNotHired');
  const wage = app.wage ? { ...app.wage, agreedAmount, payDate } : newWage(agreedAmount, payDate);
  // Re-derive the status from what was paid against the new amount.
  const settled = wage.paidAmount >= agreedAmount && agreedAmount > 0;
  const next = {
    ...app,
    wage: {
      ...wage,
      status: settled ? 'paid' : wage.status === 'paid' ? 'part_paid' : wage.status,
      paidOn: settled ? (wage.paidOn ?? hallDate(w.now, zoneOf(w))) : null,
    },
  } as Application;
  return save(w, next, app.history.length);
}

/** Paid / part paid / not paid, from the desk or the worker at a kiosk. */
export function recordWage(
  w: PlacementWriter,
  app: Application,
  report: WageReport,
  amount: number,
  note: string,
  by: Actor,
): Application {
  if (app.status !== 'hired') throw refuse('placementNotHired');
  if (!app.wage) throw refuse('placementNoWage');
  const wage = withWageEntry(app.wage, { report, amount, at: w.now, by, note }, hallDate(w.now, zoneOf(w)));
  return save(w, { ...app, wage }, app.history.length);
}

export type ReceiptOutcome =
  | { ok: true; app: Application; answer: ReceiptAnswer }
  | { ok: false; key: 'receiptUsed' | 'receiptExpired' | 'receiptUnknown' };

/** The placement a receipt code belongs to. */
export function placementByReceipt(records: Records, code: string): Application | undefined {
  return records.list('application', 'receipt_code = ?', code)[0];
}

/**
 * The employer's answer on the phone page. Taken once, within 30 hall days of the slip. It moves the referral on
 * (已到岗 → 已录用, 未录用, 未到) when the referral is still waiting; when staff already recorded an outcome, the
 * answer is kept on the slip and the status stays as staff left it.
 */
export function answerReceipt(w: PlacementWriter, code: string, answer: ReceiptAnswer): ReceiptOutcome {
  const app = placementByReceipt(w.records, code);
  if (!app?.referral) return { ok: false, key: 'receiptUnknown' };
  const refusal = receiptRefusal(app, w.now, zoneOf(w));
  if (refusal) return { ok: false, key: refusal };
  const withReceipt: Application = { ...app, referral: { ...app.referral, receipt: { answer, at: w.now } } };
  const to = RECEIPT_STATUS[answer];
  const moves = app.status === 'referred' || (app.status === 'interviewed' && to !== 'no_show');
  if (!moves || app.status === to) return { ok: true, app: save(w, withReceipt, app.history.length), answer };
  try {
    return { ok: true, app: step(w, withReceipt, to, { kind: 'employer' }, ''), answer };
  } catch (err) {
    // The step was refused before anything was written (the posting filled meanwhile): keep the answer for the
    // desk to see, and leave the status to staff.
    if (!(err instanceof HubError)) throw err;
    return { ok: true, app: save(w, withReceipt, app.history.length), answer };
  }
}

/** The staff actor of a session's user (id and display name as they are now). */
export function staffActor(records: Records, user: { id: string; username: string } | null): Actor {
  if (!user) return { kind: 'system' };
  const record = records.get('staffUser', user.id);
  return { kind: 'staff', id: user.id, name: record?.displayName || user.username };
}
