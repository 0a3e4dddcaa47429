// Workers: registration (kiosk or desk), edits with conflict detection, PIN reset, deletion on request, and
// kiosk identification by phone + PIN.
import type { HandlerCtx, Handlers, Preparers } from './context';
import { HubError, checkVersion, mustGet } from './context';
import { hashSecretAsync, newId } from '../secrets';
import { appError, fieldError, ruleError } from '../../../shared/errors';
import { fromIdNumber, workerIdentityIssues, workerNameIssues } from '../../../shared/rules/identity';
import type { Worker } from '../../../shared/domain/entities';
import { assertDistricts } from './site';
import { selfView } from '../projection';
import { WRONG_PIN } from '../credentials';

export const workerPreparers: Pick<Preparers, 'worker.register' | 'worker.resetPin' | 'worker.identify'> = {
  'worker.register': async (_ctx, { pin }) => ({ hashedPin: pin ? await hashSecretAsync(pin) : null }),
  'worker.resetPin': async (_ctx, { pin }) => ({ pinHash: await hashSecretAsync(pin) }),
  'worker.identify': (ctx, { phone, pin }) =>
    ctx.credentials.workerPin({ phone, pin, from: `station:${ctx.session.stationId}` }),
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

export const workerHandlers: Pick<
  Handlers,
  'worker.register' | 'worker.update' | 'worker.resetPin' | 'worker.delete' | 'worker.identify' | 'worker.forget'
> = {
  'worker.register'(ctx, args, { hashedPin }) {
    const fromKiosk = ctx.session.role === 'kiosk';
    if (fromKiosk && args.idNumber) throw new HubError(fieldError('idNumber', 'idAtDesk'));
    if (!fromKiosk && !ctx.session.signedIn) throw new HubError(appError('not_signed_in'));
    assertDistricts(ctx, args.districts);
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
    ctx.summary = `${rest.name || '—'} ${rest.phone.slice(0, 3)}****${rest.phone.slice(7)}`;
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
    ctx.put('worker', { ...worker, hasPin: true });
    ctx.summary = worker.name || id;
    return null;
  },
  'worker.delete'(ctx, { id }) {
    // 个人信息保护法: erase what identifies the person; keep an anonymous row so counts stay true.
    const worker = mustGet(ctx, 'worker', id);
    ctx.put('worker', {
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
    for (const app of ctx.records.list('application', 'worker_id = ?', id)) {
      ctx.put('application', { ...app, phone: '', note: '' });
    }
    ctx.summary = id;
    return null;
  },
  'worker.identify'(ctx, _args, check) {
    if (!check.ok) throw new HubError(check.error);
    const worker = ctx.services.credentials.workerStillValid(check);
    if (!worker) throw new HubError(WRONG_PIN);
    const session = ctx.session;
    ctx.services.afterCommit(() => {
      session.workerId = worker.id;
      // The station client learns who is identified from this event (state.self), and so knows to forget them.
      ctx.services.live.workerChanged(worker.id);
    });
    return selfView(ctx.records, worker.id)!;
  },
  'worker.forget'(ctx) {
    const session = ctx.session;
    ctx.services.afterCommit(() => {
      session.workerId = null;
    });
    return null;
  },
};
