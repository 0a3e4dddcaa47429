// 纠纷调解: open a dispute (from an overdue wage in one action, or a walk-in complaint), log each mediation step
// with what it recovered, close it with an outcome. An employer that loses one is flagged for vetting review.
import type { Handlers } from './context';
import { HubError, mustGet } from './context';
import type { Dispute, Posting } from '../../../shared/domain/entities';
import { ruleError } from '../../../shared/errors';
import { closed, employerLost, isIssue, withStep } from '../../../shared/placement/disputes';
import { owed } from '../../../shared/placement/wages';
import { newId } from '../secrets';
import { staffActor } from '../placement/core';

export const disputeHandlers: Pick<Handlers, 'dispute.open' | 'dispute.step' | 'dispute.close'> = {
  'dispute.open'(ctx, args) {
    let { employerId, workerId, amountClaimed } = args;
    if (args.applicationId) {
      const app = mustGet(ctx, 'application', args.applicationId);
      const posting = mustGet(ctx, 'posting', app.postingId) as Posting;
      employerId = posting.employerId;
      workerId = app.workerId;
      // Opened from a wage: what is still owed, unless the clerk says otherwise.
      if (!amountClaimed && app.wage) amountClaimed = owed(app.wage);
    }
    const employer = mustGet(ctx, 'employer', employerId);
    if (workerId) mustGet(ctx, 'worker', workerId);
    const by = staffActor(ctx.records, ctx.session.user);
    const id = newId();
    ctx.put('dispute', {
      id,
      type: args.type,
      applicationId: args.applicationId,
      workerId,
      employerId,
      amountClaimed,
      openedAt: ctx.now,
      openedBy: by,
      note: args.note,
      steps: [],
      outcome: null,
      amountRecovered: 0,
      closedAt: null,
    });
    ctx.summary = `${employer.name}: ${args.type} ${amountClaimed}`;
    return { id };
  },
  'dispute.step'(ctx, { id, kind, note, recovered }) {
    const d = mustGet(ctx, 'dispute', id);
    const next = withStep(d, { at: ctx.now, by: staffActor(ctx.records, ctx.session.user), kind, note, recovered });
    if (isIssue(next)) throw new HubError(ruleError(next));
    ctx.put('dispute', next);
    ctx.summary = `${id.slice(0, 8)}: ${kind}${recovered ? ` +${recovered}` : ''}`;
    return null;
  },
  'dispute.close'(ctx, { id, outcome, note }) {
    const d = mustGet(ctx, 'dispute', id);
    const by = staffActor(ctx.records, ctx.session.user);
    const withNote: Dispute = note
      ? { ...d, steps: [...d.steps, { at: ctx.now, by, kind: 'note', note, recovered: 0 }] }
      : d;
    const next = closed(withNote, outcome, ctx.now);
    if (isIssue(next)) throw new HubError(ruleError(next));
    ctx.put('dispute', next);
    if (employerLost(next)) {
      const employer = ctx.records.get('employer', next.employerId);
      if (employer) ctx.put('employer', { ...employer, review: { disputeId: id, at: ctx.now } });
    }
    ctx.summary = `${id.slice(0, 8)}: ${outcome}`;
    return null;
  },
};
