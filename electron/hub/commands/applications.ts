// "我想去 I'm interested": applications from kiosks, phone enquiries and the desk. What follows them (referral,
// steps, wages) is the placement record: see ./placements.ts and ../placement/core.ts.
import type { Handlers } from './context';
import { HubError, mustGet } from './context';
import { newId } from '../secrets';
import { appError } from '../../../shared/errors';
import { isOpen } from '../../../shared/rules/posting';
import { isActive } from '../../../shared/placement/lifecycle';
import { logSteps, staffActor } from '../placement/core';
import { writerOf } from './placements';

export const applicationHandlers: Pick<Handlers, 'application.create'> = {
  'application.create'(ctx, { postingId, phone, source, note }) {
    const posting = mustGet(ctx, 'posting', postingId);
    const fromKiosk = ctx.session.role === 'kiosk';
    if (!fromKiosk && !ctx.session.signedIn) throw new HubError(appError('not_signed_in'));
    // A visitor can only say "I'm interested" in what the public can see: an open posting.
    if (fromKiosk && !isOpen(posting, ctx.now))
      throw new HubError(appError('posting_not_publishable', { key: 'postingClosed' }));
    // Link to a registered worker by phone, so staff see who it is.
    const worker = ctx.records.list('worker', "phone = ? AND status = 'active'", phone)[0];
    const existing = ctx.records
      .list('application', 'posting_id = ? AND phone = ?', postingId, phone)
      .find((a) => isActive(a.status));
    if (existing) return { id: existing.id }; // the same person tapping twice is one application
    const id = newId();
    const by = fromKiosk ? ({ kind: 'worker' } as const) : staffActor(ctx.records, ctx.session.user);
    const app = ctx.put('application', {
      id,
      postingId,
      workerId: worker?.id ?? null,
      phone,
      source: fromKiosk ? 'kiosk' : source,
      status: 'new',
      note,
      createdAt: ctx.now,
      handledBy: null,
      history: [{ status: 'new', at: ctx.now, by, note }],
      referral: null,
      wage: null,
      agreement: null,
    });
    logSteps(writerOf(ctx), app, 0, posting);
    ctx.summary = `${posting.title}: ${phone.slice(0, 3)}****${phone.slice(7)}`;
    if (worker) ctx.services.afterCommit(() => ctx.services.live.workerChanged(worker.id));
    return { id };
  },
};
