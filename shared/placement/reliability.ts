// Reliability on both sides, from the placement records themselves (nothing typed in twice): a worker's
// no-shows and late cancels; an employer's late and missed pay and its disputes. Shown on the worker's and the
// employer's records in the console, and read by matching (a worker's no-shows lower their score).
import type { Application, Dispute } from '../domain/entities';
import { DEFAULT_HALL_TIME_ZONE } from '../rules/hallTime';
import { employerLost } from './disputes';
import { isLateCancel } from './referral';
import { isOverdue, paidLate } from './wages';
import { wasReferred } from './lifecycle';

export interface WorkerReliability {
  referrals: number;
  hires: number;
  noShows: number;
  lateCancels: number;
}

export interface EmployerReliability {
  hires: number;
  paidOnTime: number;
  paidLate: number;
  /** Overdue now, or recorded not paid. */
  missedPay: number;
  disputes: number;
  disputesLost: number;
}

type App = Pick<Application, 'status' | 'history' | 'referral' | 'wage'>;

export function workerReliability(apps: readonly App[], zone = DEFAULT_HALL_TIME_ZONE): WorkerReliability {
  const r: WorkerReliability = { referrals: 0, hires: 0, noShows: 0, lateCancels: 0 };
  for (const a of apps) {
    if (wasReferred(a)) r.referrals++;
    if (a.status === 'hired') r.hires++;
    if (a.status === 'no_show') r.noShows++;
    if (a.status === 'withdrawn') {
      const step = a.history.findLast((s) => s.status === 'withdrawn');
      if (step && isLateCancel(a, step.at, zone)) r.lateCancels++;
    }
  }
  return r;
}

/** `apps`: the placements on the employer's postings; `today`: the hall's date. */
export function employerReliability(
  apps: readonly App[],
  disputes: readonly Pick<Dispute, 'outcome'>[],
  today: string,
): EmployerReliability {
  const r: EmployerReliability = { hires: 0, paidOnTime: 0, paidLate: 0, missedPay: 0, disputes: 0, disputesLost: 0 };
  for (const a of apps) {
    if (a.status !== 'hired') continue;
    r.hires++;
    const w = a.wage;
    if (!w) continue;
    if (w.status === 'paid') {
      if (paidLate(w)) r.paidLate++;
      else r.paidOnTime++;
    } else if (isOverdue(w, today) || w.status === 'not_paid') r.missedPay++;
  }
  for (const d of disputes) {
    r.disputes++;
    if (employerLost(d)) r.disputesLost++;
  }
  return r;
}

/** Worth a clerk's attention before the next referral: any no-show or late cancel. */
export function workerNeedsCare(r: WorkerReliability): boolean {
  return r.noShows + r.lateCancels > 0;
}

/** Worth a clerk's attention before the next posting: late or missed pay, or a dispute lost. */
export function employerNeedsCare(r: EmployerReliability): boolean {
  return r.paidLate + r.missedPay + r.disputesLost > 0;
}
