// 纠纷调解: a dispute's own rules — what a mediation step adds, how it closes, and which outcomes count as the
// employer losing (which flags the employer for vetting review and counts against it in reliability).
import type { Dispute, MediationStep } from '../domain/entities';
import type { DisputeOutcome } from '../domain/enums';
import type { RuleIssue } from '../errors';

/** The employer was found to owe the worker: wages recovered in full or part, or not recovered at all. */
export const LOST_OUTCOMES: readonly DisputeOutcome[] = ['recovered', 'part_recovered', 'not_recovered'];

export function employerLost(d: Pick<Dispute, 'outcome'>): boolean {
  return d.outcome !== null && LOST_OUTCOMES.includes(d.outcome);
}

export function isOpen(d: Pick<Dispute, 'closedAt'>): boolean {
  return d.closedAt === null;
}

/** The dispute with one more mediation step (an open dispute only). */
export function withStep(d: Dispute, step: MediationStep): Dispute | RuleIssue {
  if (!isOpen(d)) return { path: ['id'], key: 'disputeClosed' };
  const amountRecovered = Math.round((d.amountRecovered + step.recovered) * 100) / 100;
  return { ...d, steps: [...d.steps, step], amountRecovered };
}

/**
 * The dispute closed with `outcome`: once only; "recovered" in full needs at least the amount claimed recorded
 * as recovered, and a partial recovery needs some.
 */
export function closed(d: Dispute, outcome: DisputeOutcome, at: number): Dispute | RuleIssue {
  if (!isOpen(d)) return { path: ['id'], key: 'disputeClosed' };
  if (outcome === 'recovered' && d.amountRecovered < d.amountClaimed)
    return { path: ['outcome'], key: 'disputeNotAllRecovered', params: { claimed: d.amountClaimed } };
  if (outcome === 'part_recovered' && d.amountRecovered <= 0)
    return { path: ['outcome'], key: 'disputeNothingRecovered' };
  return { ...d, outcome, closedAt: at };
}

export function isIssue(x: unknown): x is RuleIssue {
  return !!x && typeof x === 'object' && 'key' in x && 'path' in x;
}
