// When a posting is shown to the public, when it expires, and what its status becomes as places are filled:
// one definition for the hub's handlers, the hub's SQL, the kiosk (also offline), the display and the phone list.
//
// Words, one meaning each:
//  - full:   filledCount ≥ headcount — nobody more is needed.
//  - listed: published and not full — what the record itself says; the clock decides the rest.
//  - open:   listed and not past its expiry at `now` — what kiosks, displays, /m/ and the public search show.
//  - past expiry: expiresAt ≤ now — the hub's sweep then moves a published posting to `expired`.
//
// The SQL conditions below are built from the same constants as the predicates, for the hub's `postings` table
// (columns status, expires_at, and the record as JSON in data); each takes the clock as its one `?` parameter.
// A test runs both over the same postings in SQLite and checks they agree.
import type { PostingStatus } from '../domain/enums';
import type { RuleIssue } from '../errors';
import { DEFAULT_HALL_TIME_ZONE, endOfHallDate } from './hallTime';
import { postingTextIssues, type PostingPublicText } from './publicText';

/** The only status the public ever sees. */
export const PUBLISHED: PostingStatus = 'published';
/** A posting published without an end date stays up this long. */
export const OPEN_ENDED_DAYS = 30;
const DAY_MS = 86_400_000;

/** The fields the rules read. */
export interface PostingState {
  status: PostingStatus;
  expiresAt: number | null;
  headcount: number;
  filledCount: number;
}

export function isFull(p: Pick<PostingState, 'headcount' | 'filledCount'>): boolean {
  return p.filledCount >= p.headcount;
}

/** People still needed (never below zero). */
export function placesLeft(p: Pick<PostingState, 'headcount' | 'filledCount'>): number {
  return Math.max(0, p.headcount - p.filledCount);
}

export function isListed(p: Pick<PostingState, 'status' | 'headcount' | 'filledCount'>): boolean {
  return p.status === PUBLISHED && !isFull(p);
}

export function isPastExpiry(p: Pick<PostingState, 'expiresAt'>, now: number): boolean {
  return p.expiresAt !== null && p.expiresAt <= now;
}

/** Shown to the public at `now` (hub clock). */
export function isOpen(p: PostingState, now: number): boolean {
  return isListed(p) && !isPastExpiry(p, now);
}

/** A published posting the sweep must retire: past its expiry. */
export function isDueToExpire(p: Pick<PostingState, 'status' | 'expiresAt'>, now: number): boolean {
  return p.status === PUBLISHED && isPastExpiry(p, now);
}

/**
 * When a posting published at `publishedAt` expires: at the end of its end date in the hall (24:00 hall time),
 * or OPEN_ENDED_DAYS after publishing when it has none.
 */
export function expiresAtFor(
  endDate: string | null,
  publishedAt: number,
  zone: string = DEFAULT_HALL_TIME_ZONE,
): number {
  return endDate ? endOfHallDate(endDate, zone) : publishedAt + OPEN_ENDED_DAYS * DAY_MS;
}

/** Whether the end date is already over at `now` (a posting ending then cannot be published). */
export function endDatePassed(endDate: string | null, now: number, zone: string = DEFAULT_HALL_TIME_ZONE): boolean {
  return !!endDate && endOfHallDate(endDate, zone) <= now;
}

/** "End ≥ start": an end date, when given, is not before the start date. Both are YYYY-MM-DD. */
export function endsBeforeStart(startDate: string, endDate: string | null): boolean {
  return !!endDate && endDate < startDate;
}

/** The date rule as a finding at the end date (schemas and the hub's update both use it). */
export function dateIssues(p: { startDate?: string; endDate?: string | null }): RuleIssue[] {
  return p.startDate && endsBeforeStart(p.startDate, p.endDate ?? null)
    ? [{ path: ['endDate'], key: 'endBeforeStart' }]
    : [];
}

/** Everything a posting's own fields must satisfy: dates in order, no personal numbers in its public text. */
export function postingIssues(p: { startDate?: string; endDate?: string | null } & PostingPublicText): RuleIssue[] {
  return [...dateIssues(p), ...postingTextIssues(p)];
}

/**
 * The status after the filled count or headcount changed: a published posting becomes `filled` when full, and a
 * `filled` one is published again when places open up. Other statuses stay.
 */
export function statusAfterFill(p: Pick<PostingState, 'status' | 'headcount' | 'filledCount'>): PostingStatus {
  if (p.status === PUBLISHED && isFull(p)) return 'filled';
  if (p.status === 'filled' && !isFull(p)) return PUBLISHED;
  return p.status;
}

// ── The same rules as SQL over the hub's `postings` table ──────────────────────────────────────────────────

const FILLED = "json_extract($data, '$.filledCount')";
const HEADCOUNT = "json_extract($data, '$.headcount')";

/** Column references for a table alias ('' or e.g. 'p'). */
function cols(alias: string) {
  const c = (name: string) => (alias ? `${alias}.${name}` : name);
  return {
    status: c('status'),
    expiresAt: c('expires_at'),
    filled: FILLED.replace('$data', c('data')),
    headcount: HEADCOUNT.replace('$data', c('data')),
  };
}

/** SQL for isListed (no parameter). */
export function listedSql(alias = ''): string {
  const c = cols(alias);
  return `${c.status} = '${PUBLISHED}' AND ${c.filled} < ${c.headcount}`;
}

/** SQL for "not past expiry" at `?` = now. */
export function notPastExpirySql(alias = ''): string {
  const c = cols(alias);
  return `(${c.expiresAt} IS NULL OR ${c.expiresAt} > ?)`;
}

/** SQL for isOpen at `?` = now. */
export function openSql(alias = ''): string {
  return `${listedSql(alias)} AND ${notPastExpirySql(alias)}`;
}

/** SQL for isDueToExpire at `?` = now. */
export function dueToExpireSql(alias = ''): string {
  const c = cols(alias);
  return `${c.status} = '${PUBLISHED}' AND ${c.expiresAt} IS NOT NULL AND ${c.expiresAt} <= ?`;
}
