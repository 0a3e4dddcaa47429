// Placement commands from the console (referral with its slip, steps, interview, wages, the work agreement) and
// the worker's own wage report from a kiosk. The rules are shared/placement; the writes ../placement/core.ts.
import type { HandlerCtx, Handlers } from './context';
import { HubError, checkVersion, mustGet } from './context';
import type { Application } from '../../../shared/domain/entities';
import { appError } from '../../../shared/errors';
import { recordWage, refer, setWage, staffActor, step, type PlacementWriter } from '../placement/core';
import { createAgreement, readAgreement } from '../placement/agreements';

/** The placement writer of a command: its transaction, records and after-commit effects. */
export function writerOf(ctx: HandlerCtx): PlacementWriter {
  return {
    now: ctx.now,
    records: ctx.records,
    site: ctx.site,
    put: (entity, record) => ctx.put(entity, record as never),
    afterCommit: (fn) => ctx.services.afterCommit(fn),
    workerChanged: (id) => ctx.services.live.workerChanged(id),
  };
}

function slip(app: Application): string {
  return app.referral?.slipNo ?? app.id.slice(0, 8);
}

export const placementHandlers: Pick<
  Handlers,
  | 'placement.refer'
  | 'placement.step'
  | 'placement.interview'
  | 'placement.slip'
  | 'placement.setWage'
  | 'wage.record'
  | 'wage.report'
  | 'agreement.create'
  | 'agreement.get'
> = {
  'placement.refer'(ctx, args) {
    const by = staffActor(ctx.records, ctx.session.user);
    const { app, slipNo } = refer(writerOf(ctx), { ...args, by, source: 'desk' });
    ctx.summary = `${slipNo}`;
    return { id: app.id, slipNo };
  },
  'placement.step'(ctx, { id, baseVersion, to, note, wage }) {
    const app = mustGet(ctx, 'application', id);
    if (baseVersion !== undefined) checkVersion(ctx, app, baseVersion);
    step(writerOf(ctx), app, to, staffActor(ctx.records, ctx.session.user), note, wage);
    ctx.summary = `${slip(app)}: ${app.status} → ${to}`;
    return null;
  },
  'placement.interview'(ctx, { id, interview }) {
    const app = mustGet(ctx, 'application', id);
    if (!app.referral) throw new HubError(appError('invalid_args', { key: 'placementNeedsSlip' }));
    ctx.put('application', { ...app, referral: { ...app.referral, interview } });
    ctx.summary = `${slip(app)}: ${interview.date} ${interview.time}`;
    if (app.workerId) {
      const workerId = app.workerId;
      ctx.services.afterCommit(() => ctx.services.live.workerChanged(workerId));
    }
    return null;
  },
  'placement.slip'(ctx, { id }) {
    mustGet(ctx, 'application', id);
    const code = ctx.records.column<string>('application', id, 'receipt_code');
    if (!code) throw new HubError(appError('not_found', { field: 'id' }));
    return { receiptCode: code };
  },
  'placement.setWage'(ctx, { id, agreedAmount, payDate }) {
    const app = mustGet(ctx, 'application', id);
    setWage(writerOf(ctx), app, agreedAmount, payDate);
    ctx.summary = `${slip(app)}: ${agreedAmount} / ${payDate}`;
    return null;
  },
  'wage.record'(ctx, { id, report, amount, note }) {
    const app = mustGet(ctx, 'application', id);
    recordWage(writerOf(ctx), app, report, amount, note, staffActor(ctx.records, ctx.session.user));
    ctx.summary = `${slip(app)}: ${report}${amount ? ` ${amount}` : ''}`;
    return null;
  },
  'wage.report'(ctx, { id, report }) {
    // Only the worker who identified on this kiosk, about their own placement.
    const app = ctx.records.get('application', id);
    if (!app || !ctx.session.workerId || app.workerId !== ctx.session.workerId)
      throw new HubError(appError('not_found', { key: 'placementNotYours' }));
    recordWage(writerOf(ctx), app, report, 0, '', { kind: 'worker' });
    ctx.summary = `${slip(app)}: ${report} (kiosk)`;
    return null;
  },
  'agreement.create'(ctx, { applicationId, fields }) {
    const app = mustGet(ctx, 'application', applicationId);
    const by = staffActor(ctx.records, ctx.session.user);
    const { id, hash } = createAgreement(writerOf(ctx), app, fields, by);
    // The summary, like the audit's args (dispatch.ts), names no person: the text holds their identity.
    ctx.summary = `${slip(app)}: ${hash.slice(0, 12)}`;
    return { id, hash };
  },
  'agreement.get'(ctx, { id }) {
    return readAgreement(ctx.records, id, ctx.session.user?.role === 'admin');
  },
};
