// The referral slip (介绍信) and its return receipt (回执): how a slip is numbered, what a receipt code looks
// like, what each of the employer's answers does, and the hall-day windows — a referral with no answer after 7
// days goes to the clerk's follow-up list; a receipt is taken for 30 days and not after. One definition for the
// hub (numbering inside the command transaction, the phone page), the console's lists and the slip itself.
import type { Application, Interview } from '../domain/entities';
import type { ApplicationStatus, ReceiptAnswer } from '../domain/enums';
import { DEFAULT_HALL_TIME_ZONE, daysBetween, hallDate, hallInstant, addDays } from '../rules/hallTime';

/** Hall days after the slip with no answer before the referral needs a phone call from the desk. */
export const RECEIPT_FOLLOW_UP_DAYS = 7;
/** Hall days after the slip during which the employer's receipt is taken. */
export const RECEIPT_VALID_DAYS = 30;

/** A withdrawal this close to the interview (or after it) counts as a late cancel. */
export const LATE_CANCEL_HOURS = 24;

/**
 * The slip number: the hall (its own district code, or `000000` before it has one), the hall year, and the
 * count of slips that hall issued that year. "130111-2026-000123".
 */
export function slipNumber(hallCode: string | null, year: number, n: number): string {
  return `${hallCode || '000000'}-${year}-${String(n).padStart(6, '0')}`;
}

/** Receipt codes: no 0/O, 1/I/L, so a code read off paper and typed on a phone is typed right. */
export const RECEIPT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const RECEIPT_CODE_LENGTH = 10;
const CODE_RE = new RegExp(`^[${RECEIPT_CODE_ALPHABET}]{${RECEIPT_CODE_LENGTH}}$`);

/** A well-formed receipt code (after upper-casing what was typed). */
export function isReceiptCode(code: string): boolean {
  return CODE_RE.test(code);
}

/** The status an answer moves a referral to. */
export const RECEIPT_STATUS: Readonly<Record<ReceiptAnswer, ApplicationStatus>> = {
  arrived: 'hired',
  not_hired: 'rejected',
  no_show: 'no_show',
};

/** Hall days since the slip was issued. */
export function daysSinceSlip(
  app: Pick<Application, 'referral'>,
  now: number,
  zone = DEFAULT_HALL_TIME_ZONE,
): number | null {
  return app.referral ? daysBetween(hallDate(app.referral.issuedAt, zone), hallDate(now, zone)) : null;
}

export type ReceiptRefusal = 'receiptUsed' | 'receiptExpired' | null;

/** Why a receipt cannot be taken now, or null: answered already, or more than 30 hall days after the slip. */
export function receiptRefusal(
  app: Pick<Application, 'referral'>,
  now: number,
  zone = DEFAULT_HALL_TIME_ZONE,
): ReceiptRefusal {
  if (!app.referral) return 'receiptExpired';
  if (app.referral.receipt) return 'receiptUsed';
  return (daysSinceSlip(app, now, zone) ?? 0) > RECEIPT_VALID_DAYS ? 'receiptExpired' : null;
}

/**
 * In the clerk's follow-up list: a referral still waiting (referred or interviewed), no receipt, and the slip is
 * 7 or more hall days old.
 */
export function needsFollowUp(
  app: Pick<Application, 'status' | 'referral'>,
  now: number,
  zone = DEFAULT_HALL_TIME_ZONE,
): boolean {
  if (app.status !== 'referred' && app.status !== 'interviewed') return false;
  if (!app.referral || app.referral.receipt) return false;
  return (daysSinceSlip(app, now, zone) ?? 0) >= RECEIPT_FOLLOW_UP_DAYS;
}

/** An interview on the hall date `date` that is still to happen (the worker is referred, not yet seen). */
export function interviewOn(app: Pick<Application, 'status' | 'referral'>, date: string): boolean {
  return app.status === 'referred' && app.referral?.interview?.date === date;
}

/** The hall's "tomorrow". */
export function hallTomorrow(now: number, zone = DEFAULT_HALL_TIME_ZONE): string {
  return addDays(hallDate(now, zone), 1);
}

/** The instant an interview starts in the hall. */
export function interviewInstant(interview: Interview, zone = DEFAULT_HALL_TIME_ZONE): number {
  const [h, m] = interview.time.split(':').map(Number);
  return hallInstant(interview.date, h ?? 0, m ?? 0, zone);
}

/** A withdrawal at `at` is late when an interview was set and it is less than 24 hours away (or past). */
export function isLateCancel(app: Pick<Application, 'referral'>, at: number, zone = DEFAULT_HALL_TIME_ZONE): boolean {
  const interview = app.referral?.interview;
  if (!interview) return false;
  return interviewInstant(interview, zone) - at < LATE_CANCEL_HOURS * 3_600_000;
}

/** The address the slip's QR code opens: the hall's public address for phones when set, else the hub's own. */
export function receiptUrl(publicUrl: string | undefined, hubOrigin: string, code: string): string {
  const base = (publicUrl?.trim() || hubOrigin).replace(/\/+$/, '');
  return `${base}/r/${code}`;
}
