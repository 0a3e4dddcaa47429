// Workers: registration (kiosk or desk), edits with conflict detection, PIN reset, deletion on request, and
// kiosk identification by phone + PIN.
import type { HandlerCtx, Handlers, Preparers } from './context';
import { HubError, checkVersion, mustGet } from './context';
import { hashSecretAsync, newId } from '../secrets';
import { appError, fieldError, ruleError } from '../../../shared/errors';
import { fromIdNumber, workerIdentityIssues, workerNameIssues } from '../../../shared/rules/identity';
import type { Worker } from '../../../shared/domain/entities';
import type { ParsedArgs } from '../../../shared/protocol/commands';
import { maskPhone } from '../../../shared/domain/mask';
import { phoneKey, refusal } from '../auth/attempts';
import { scrubAudit, scrubChanges, scrubReplies } from '../privacy/erase';
import { redactArgs } from '../privacy/redact';
import { restrictAgreementsOf } from '../placement/agreements';
import { hallZoneOf } from '../../../shared/rules/hallTime';
import { assertDistricts } from './site';
import { selfView } from '../projection';

export const workerPreparers: Pick<Preparers, 'worker.register' | 'worker.resetPin' | 'worker.identify'> = {
  // A PIN in clear is hashed whether or not the phone turns out to be registered (registeredAlready): the same
  // work either way, so the time a kiosk registration takes tells nothing.
  'worker.register': async (_ctx, { pin }) => ({ hashedPin: pin ? await hashSecretAsync(pin) : null }),
  'worker.resetPin': async (_ctx, { pin }) => ({ pinHash: await hashSecretAsync(pin) }),
  'worker.identify': (ctx, { phone, pin }) =>
    ctx.credentials.workerPin({ phone, pin, stationId: ctx.session.stationId }),
};

function phoneTaken(ctx: HandlerCtx, phone: string, exceptId?: string): void {
  const other = ctx.records.list('worker', 'phone = ?', phone)[0];
  if (other && other.id !== exceptId) throw new HubError(appError('phone_taken', { field: 'phone' }));
}

/** The whole record against the identity and name rules (the schema checked the command's own fields). */
function checkWorker(w: Pick<Worker, 'idNumber' | 'birthYear' | 'gender' | 'name' | 'nameIncomplete'>): void {
  const issue = [...workerNameIssues(w), ...workerIdentityIssues(w)][0];
  if (issue) throw new HubError(ruleError(issue));
}

/**
 * A kiosk registration for a phone that is already registered is answered exactly as a new one: the same reply,
 * the same scrypt work (done by the prepare step, for every PIN sent in clear), the same public broadcast — but the
 * worker is not touched and nothing of the existing record reaches the kiosk. The desk learns of it from the audit
 * log (console → audit), entered against the registered worker (so an erasure of that worker scrubs it too); a
 * refusal here would tell the kiosk the phone is registered, and so would a change to the kiosk's own station
 * record.
 */
function registeredAlready(
  ctx: HandlerCtx,
  existing: Worker,
  args: ParsedArgs<'worker.register'>,
): { workerId: string } {
  ctx.records.db
    .prepare(
      `INSERT INTO audit (at, user_id, station_id, command, summary, args, ref) VALUES (?, NULL, ?, 'worker.register', ?, ?, ?)`,
    )
    .run(
      ctx.now,
      ctx.session.stationId,
      `自助机登记的手机号已登记，未保存 · kiosk registration for a registered phone, not saved: ${maskPhone(args.phone)}`,
      redactArgs({ ...args, pin: undefined, pinHash: undefined }),
      existing.id,
    );
  ctx.services.afterCommit(() => ctx.services.live.publicPulse());
  return { workerId: newId() };
}

export const workerHandlers: Pick<
  Handlers,
  | 'worker.register'
  | 'worker.update'
  | 'worker.resetPin'
  | 'worker.delete'
  | 'worker.identify'
  | 'worker.forget'
  | 'worker.pinStatus'
> = {
  'worker.register'(ctx, args, { hashedPin }) {
    const fromKiosk = ctx.session.role === 'kiosk';
    if (fromKiosk && args.idNumber) throw new HubError(fieldError('idNumber', 'idAtDesk'));
    if (!fromKiosk && !ctx.session.signedIn) throw new HubError(appError('not_signed_in'));
    assertDistricts(ctx, args.districts);
    if (fromKiosk) {
      // Every kiosk registration counts, whatever its outcome, so a kiosk cannot be used to sweep phone numbers.
      const station = ctx.session.stationId;
      const blocked = ctx.services.attempts.check('register-station', station, ctx.now);
      if (blocked.blocked) throw new HubError(refusal(blocked, ctx.now, 'pin'));
      ctx.services.attempts.fail('register-station', station, ctx.now);
      const existing = ctx.records.list('worker', 'phone = ?', args.phone)[0];
      if (existing) return registeredAlready(ctx, existing, args);
    }
    phoneTaken(ctx, args.phone);
    const id = newId();
    const { pin, pinHash, ...given } = args;
    const rest = fromIdNumber(given);
    ctx.put('worker', {
      ...rest,
      id,
      hasPin: pin !== null || pinHash !== null,
      status: 'active',
      createdAt: ctx.now,
      source: fromKiosk ? 'kiosk' : 'desk',
    });
    // A kiosk sends the PIN already hashed in the hub's own format (shared/validate/pinHash.ts): it may have sat in
    // the kiosk's offline queue, which must never hold the PIN itself. A PIN sent in clear was hashed by prepare.
    if (hashedPin) ctx.records.setColumn('worker', id, 'pin_hash', hashedPin);
    else if (pinHash) ctx.records.setColumn('worker', id, 'pin_hash', pinHash);
    // A new PIN: whatever was tried against this phone before no longer applies.
    ctx.services.attempts.clear('pin-target', phoneKey(rest.phone));
    ctx.summary = `${rest.name || '—'} ${maskPhone(rest.phone)}`;
    // Registering never identifies the socket: the command may be a replay from the offline queue, arriving while
    // someone else stands at the kiosk. The kiosk identifies its visitor with worker.identify while they are there.
    return { workerId: id };
  },
  'worker.update'(ctx, { id, baseVersion, patch }) {
    const worker = mustGet(ctx, 'worker', id);
    if (worker.status === 'deleted') throw new HubError(appError('not_found'));
    checkVersion(ctx, worker, baseVersion);
    const next: Worker = {
      ...worker,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    } as Worker;
    if (patch.districts) assertDistricts(ctx, patch.districts, 'districts', worker.districts);
    if (patch.phone && patch.phone !== worker.phone) phoneTaken(ctx, patch.phone, id);
    checkWorker(next);
    ctx.put('worker', next);
    ctx.summary = `${next.name || id}: ${Object.keys(patch).join(', ')}`;
    ctx.services.afterCommit(() => ctx.services.live.workerChanged(id));
    return null;
  },
  'worker.resetPin'(ctx, { id }, { pinHash }) {
    const worker = mustGet(ctx, 'worker', id);
    ctx.records.setColumn('worker', id, 'pin_hash', pinHash);
    // The desk has seen the worker: a PIN locked by wrong tries opens again with the new one.
    ctx.services.attempts.clear('pin-target', phoneKey(worker.phone));
    ctx.put('worker', { ...worker, hasPin: true });
    ctx.summary = worker.name || id;
    return null;
  },
  'worker.delete'(ctx, { id }) {
    // 个人信息保护法: erase what identifies the person; keep an anonymous row so counts stay true. Then scrub the
    // places that still hold what was erased (privacy/erase.ts).
    const worker = mustGet(ctx, 'worker', id);
    const erased = ctx.put('worker', {
      ...worker,
      name: '',
      nameIncomplete: false,
      phone: '',
      idNumber: null,
      birthYear: null,
      gender: null,
      expectedPay: null,
      hasPin: false,
      status: 'deleted',
    });
    ctx.records.setColumn('worker', id, 'pin_hash', null);
    const db = ctx.records.db;
    scrubChanges(db, 'worker', id, erased);
    const apps = worker.phone
      ? ctx.records.list('application', 'worker_id = ? OR phone = ?', id, worker.phone)
      : ctx.records.list('application', 'worker_id = ?', id);
    // Placements keep their steps and amounts (the anonymous counts) but lose every note a clerk typed.
    for (const app of apps) {
      const clean = ctx.put('application', {
        ...app,
        workerId: id,
        phone: '',
        note: '',
        history: app.history.map((s) => ({ ...s, note: '' })),
        wage: app.wage ? { ...app.wage, entries: app.wage.entries.map((e) => ({ ...e, note: '' })) } : null,
      });
      scrubChanges(db, 'application', app.id, clean);
    }
    const disputes = ctx.records.list('dispute', 'worker_id = ?', id);
    for (const d of disputes) {
      const clean = ctx.put('dispute', { ...d, note: '', steps: d.steps.map((s) => ({ ...s, note: '' })) });
      scrubChanges(db, 'dispute', d.id, clean);
    }
    // The agreement text is the legal record of the work: kept, restricted to admins, purged after its date.
    restrictAgreementsOf(db, id, ctx.now, hallZoneOf(ctx.site()));
    scrubAudit(db, [id, ...apps.map((a) => a.id), ...disputes.map((d) => d.id)]);
    scrubReplies(db, [worker.phone, worker.idNumber ?? '', worker.name]);
    if (worker.phone) ctx.services.attempts.clear('pin-target', phoneKey(worker.phone));
    ctx.services.afterCommit(() => db.pragma('wal_checkpoint(TRUNCATE)'));
    ctx.summary = id;
    return null;
  },
  'worker.identify'(ctx, _args, check) {
    // Counted per phone typed and per kiosk; the limits and the worker are read again here (auth/credentials.ts).
    const outcome = ctx.services.credentials.settlePin(check, ctx.now);
    if (!outcome.ok) throw new HubError(outcome.error, { keep: outcome.recordFailure });
    const worker = outcome.worker;
    const session = ctx.session;
    ctx.services.afterCommit(() => {
      session.workerId = worker.id;
      // The station client learns who is identified from this event (state.self), and so knows to forget them.
      ctx.services.live.workerChanged(worker.id);
    });
    return selfView(ctx.records, worker.id)!;
  },
  'worker.pinStatus'(ctx, { id }) {
    const worker = mustGet(ctx, 'worker', id);
    const state = ctx.services.attempts.check('pin-target', phoneKey(worker.phone), ctx.now);
    return {
      locked: state.blocked && state.locked,
      failures: state.failures,
      retryAt: state.blocked && !state.locked ? state.retryAt : null,
    };
  },
  'worker.forget'(ctx) {
    const session = ctx.session;
    ctx.services.afterCommit(() => {
      session.workerId = null;
    });
    return null;
  },
};
