// Workers: registration (kiosk or desk), edits with conflict detection, PIN reset, deletion on request, and
// kiosk identification by phone + PIN.
import type { HandlerCtx, Handlers } from './context';
import { HubError, checkVersion, mustGet } from './context';
import { hashSecret, newId, verifySecret } from '../secrets';
import { appError, fieldError, ruleError } from '../../../shared/errors';
import { fromIdNumber, workerIdentityIssues, workerNameIssues } from '../../../shared/rules/identity';
import type { Worker } from '../../../shared/domain/entities';
import type { WorkerSelf } from '../../../shared/protocol/events';
import type { ParsedArgs } from '../../../shared/protocol/commands';
import { maskPhone } from '../../../shared/domain/mask';
import { failure, phoneKey, refusal, worst } from '../auth/attempts';
import { dummySecretHash } from '../auth/credentials';
import { scrubAudit, scrubChanges, scrubReplies } from '../privacy/erase';
import { redactArgs } from '../privacy/redact';
import { assertDistricts } from './site';

function phoneTaken(ctx: HandlerCtx, phone: string, exceptId?: string): void {
  const other = ctx.records.list('worker', 'phone = ?', phone)[0];
  if (other && other.id !== exceptId) throw new HubError(appError('phone_taken', { field: 'phone' }));
}

/** The whole record against the identity and name rules (the schema checked the command's own fields). */
function checkWorker(w: Pick<Worker, 'idNumber' | 'birthYear' | 'gender' | 'name' | 'nameIncomplete'>): void {
  const issue = [...workerNameIssues(w), ...workerIdentityIssues(w)][0];
  if (issue) throw new HubError(ruleError(issue));
}

/** The kiosk's view of the identified worker: only what its screens show (shared/protocol/events.ts WorkerSelf). */
export function selfView(ctx: Pick<HandlerCtx, 'records'>, workerId: string): WorkerSelf | null {
  const worker = ctx.records.get('worker', workerId);
  if (!worker || worker.status === 'deleted') return null;
  const applications = ctx.records.list('application', 'worker_id = ? ORDER BY rowid DESC', workerId).map((a) => ({
    id: a.id,
    postingId: a.postingId,
    postingTitle: ctx.records.get('posting', a.postingId)?.title ?? '',
    status: a.status,
    createdAt: a.createdAt,
  }));
  return { worker: selfWorker(worker), applications };
}

function selfWorker(w: Pick<Worker, 'id' | 'phone' | 'trades' | 'jobTypes' | 'districts' | 'availability'>) {
  return {
    id: w.id,
    phoneMasked: maskPhone(w.phone),
    trades: w.trades,
    jobTypes: w.jobTypes,
    districts: w.districts,
    availability: w.availability,
  };
}

/**
 * A kiosk registration for a phone that is already registered is answered exactly as a new one: the same reply,
 * the same scrypt work, the same public broadcast — but the worker is not touched and nothing of the existing
 * record reaches the kiosk. The desk learns of it from the audit log (console → audit), entered against the
 * registered worker (so an erasure of that worker scrubs it too); a refusal here would tell the kiosk the phone is
 * registered, and so would a change to the kiosk's own station record.
 */
function registeredAlready(
  ctx: HandlerCtx,
  existing: Worker,
  args: ParsedArgs<'worker.register'>,
): { workerId: string } {
  if (args.pin) hashSecret(args.pin);
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
  'worker.register'(ctx, args) {
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
    // the kiosk's offline queue, which must never hold the PIN itself.
    if (pin) ctx.records.setColumn('worker', id, 'pin_hash', hashSecret(pin));
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
  'worker.resetPin'(ctx, { id, pin }) {
    const worker = mustGet(ctx, 'worker', id);
    ctx.records.setColumn('worker', id, 'pin_hash', hashSecret(pin));
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
    for (const app of apps) {
      const clean = ctx.put('application', { ...app, workerId: id, phone: '', note: '' });
      scrubChanges(db, 'application', app.id, clean);
    }
    scrubAudit(db, [id, ...apps.map((a) => a.id)]);
    scrubReplies(db, [worker.phone, worker.idNumber ?? '', worker.name]);
    if (worker.phone) ctx.services.attempts.clear('pin-target', phoneKey(worker.phone));
    ctx.services.afterCommit(() => db.pragma('wal_checkpoint(TRUNCATE)'));
    ctx.summary = id;
    return null;
  },
  'worker.identify'(ctx, { phone, pin }) {
    // Counted per phone typed (a hash; known or not, so a lock tells nothing about who is registered) and per
    // kiosk. The phone's counter locks the PIN after a few failures until the desk resets it; the kiosk's only
    // slows down and forgives within minutes, so one visitor's slips never lock out the next (auth/attempts.ts).
    const { attempts } = ctx.services;
    const target = phoneKey(phone);
    const station = ctx.session.stationId;
    const blocked = worst(
      attempts.check('pin-target', target, ctx.now),
      attempts.check('pin-station', station, ctx.now),
    );
    if (blocked) throw new HubError(refusal(blocked, ctx.now, 'pin'));
    const worker = ctx.records.list('worker', "phone = ? AND status = 'active'", phone)[0];
    const hash = worker ? ctx.records.column<string>('worker', worker.id, 'pin_hash') : undefined;
    // An unknown phone costs the same scrypt work as a known one.
    const matches = verifySecret(pin, hash || dummySecretHash());
    if (!worker || !hash || !matches) {
      const next = worst(
        attempts.afterFailure('pin-target', target, ctx.now),
        attempts.afterFailure('pin-station', station, ctx.now),
      );
      throw new HubError(failure('wrongPhoneOrPin', next, ctx.now, 'pin'), {
        keep: () => {
          attempts.fail('pin-target', target, ctx.now);
          attempts.fail('pin-station', station, ctx.now);
        },
      });
    }
    // This phone's own counter only: never the kiosk's, never another worker's.
    attempts.clear('pin-target', target);
    const session = ctx.session;
    ctx.services.afterCommit(() => {
      session.workerId = worker.id;
      // The station client learns who is identified from this event (state.self), and so knows to forget them.
      ctx.services.live.workerChanged(worker.id);
    });
    return selfView(ctx, worker.id)!;
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
