// The placement lifecycle as one pure function: which status may follow which, and the step that records it.
// 新报名 → 已联系 → 已推荐 → 已面试 → 已录用 / 未录用 / 未到 / 本人放弃. The hub's handlers (console steps, the
// employer's return receipt, matching's referrals) and the console's buttons all ask `transition`, so a step the
// hub refuses is never offered on screen, and one the screen offers is never refused for a reason it did not show.
import type { Actor, Application, PlacementStep, Posting } from '../domain/entities';
import type { ApplicationStatus } from '../domain/enums';
import type { RuleIssue } from '../errors';
import { isFull } from '../rules/posting';
import { STATUS_WORDS } from './words';

/** Which statuses may follow each one. The last four are final. */
export const NEXT_STATUSES: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  new: ['contacted', 'referred', 'rejected', 'withdrawn'],
  contacted: ['referred', 'rejected', 'withdrawn'],
  referred: ['interviewed', 'hired', 'rejected', 'no_show', 'withdrawn'],
  interviewed: ['hired', 'rejected', 'withdrawn'],
  hired: [],
  rejected: [],
  no_show: [],
  withdrawn: [],
};

/** Statuses that end a placement. */
export const FINAL_STATUSES: readonly ApplicationStatus[] = ['hired', 'rejected', 'no_show', 'withdrawn'];

export function isFinal(status: ApplicationStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** Still in the worker's 我的推荐 and the desk's follow-up: not ended. */
export function isActive(status: ApplicationStatus): boolean {
  return !isFinal(status);
}

/** Counted as 推荐 (recommended) once it reached a referral. */
export function wasReferred(app: Pick<Application, 'history'>): boolean {
  return app.history.some((s) => s.status === 'referred');
}

export interface TransitionInput {
  app: Pick<Application, 'status' | 'referral'>;
  to: ApplicationStatus;
  at: number;
  by: Actor;
  note?: string;
  /** The posting, for a hire: a full posting takes nobody more. */
  posting?: Pick<Posting, 'headcount' | 'filledCount'>;
}

export type TransitionResult =
  { ok: true; status: ApplicationStatus; step: PlacementStep } | { ok: false; issue: RuleIssue };

const word = (s: ApplicationStatus) => STATUS_WORDS[s];

/**
 * The step from `app.status` to `to`, or why it is refused:
 *  - a final status never changes (hired twice, a no-show hired later: a new referral is a new record);
 *  - only the listed next statuses may follow;
 *  - a referral is made with its slip (hub: placement.refer), never by setting the status;
 *  - a hire needs a place left on the posting.
 */
export function transition({ app, to, at, by, note = '', posting }: TransitionInput): TransitionResult {
  const from = app.status;
  if (from === 'hired' && to === 'hired') return { ok: false, issue: { path: ['status'], key: 'placementHiredTwice' } };
  if (!NEXT_STATUSES[from].includes(to))
    return {
      ok: false,
      issue: { path: ['status'], key: 'placementStepNotAllowed', params: { from: word(from), to: word(to) } },
    };
  if (to === 'referred' && !app.referral) return { ok: false, issue: { path: ['status'], key: 'placementNeedsSlip' } };
  if (to === 'hired' && posting && isFull(posting))
    return { ok: false, issue: { path: ['status'], key: 'placementPostingFull' } };
  return { ok: true, status: to, step: { status: to, at, by, note } };
}

/** The statuses a clerk may choose next (what the console offers), referral excluded (it has its own form). */
export function nextSteps(status: ApplicationStatus): ApplicationStatus[] {
  return NEXT_STATUSES[status].filter((s) => s !== 'referred');
}

/** When the placement reached `status` (its latest such step), or null. */
export function stepAt(app: Pick<Application, 'history'>, status: ApplicationStatus): number | null {
  for (let i = app.history.length - 1; i >= 0; i--) if (app.history[i]!.status === status) return app.history[i]!.at;
  return null;
}
