// "我想去 I'm interested": applications from kiosks, phone enquiries and the desk, followed up by staff.
import type { Handlers } from './context';
import { HubError, checkVersion, mustGet } from './context';
import { newId } from '../secrets';
import { appError } from '../../../shared/errors';
import { isOpen } from '../../../shared/rules/posting';

export const applicationHandlers: Pick<Handlers, 'application.create' | 'application.update'> = {
  'application.create'(ctx, { postingId, phone, source, note }) {
    const posting = mustGet(ctx, 'posting', postingId);
    const fromKiosk = ctx.session.role === 'kiosk';
    if (!fromKiosk && !ctx.session.signedIn) throw new HubError(appError('not_signed_in'));
    // A visitor can only say "I'm interested" in what the public can see: an open posting.
    if (fromKiosk && !isOpen(posting, ctx.now))
      throw new HubError(appError('posting_not_publishable', { key: 'postingClosed' }));
    // Link to a registered worker by phone, so staff see who it is.
    const worker = ctx.records.list('worker', "phone = ? AND status = 'active'", phone)[0];
    const existing = ctx.records.list(
      'application',
      "posting_id = ? AND phone = ? AND status NOT IN ('withdrawn','rejected')",
      postingId,
      phone,
    )[0];
    if (existing) return { id: existing.id }; // the same person tapping twice is one application
    const id = newId();
    ctx.put('application', {
      id,
      postingId,
      workerId: worker?.id ?? null,
      phone,
      source: fromKiosk ? 'kiosk' : source,
      status: 'new',
      note,
      createdAt: ctx.now,
      handledBy: null,
    });
    ctx.summary = `${posting.title}: ${phone.slice(0, 3)}****${phone.slice(7)}`;
    if (worker) ctx.services.afterCommit(() => ctx.services.live.workerChanged(worker.id));
    return { id };
  },
  'application.update'(ctx, { id, baseVersion, status, note }) {
    const app = mustGet(ctx, 'application', id);
    if (baseVersion !== undefined) checkVersion(ctx, app, baseVersion);
    ctx.put('application', { ...app, status, note: note || app.note, handledBy: ctx.session.user?.username ?? null });
    ctx.summary = `${id}: ${status}`;
    if (app.workerId) ctx.services.afterCommit(() => ctx.services.live.workerChanged(app.workerId!));
    return null;
  },
};
