// What a display shows, from what it holds: the open postings (shared/rules/posting.ts) that pass this station's
// filters, newest first; today's numbers; the notice that takes over the screen. Pure, so it is tested without a
// DOM. The rules themselves (open, notice live, the hall's day, config defaults) live in shared/.
import type { Notice, PublicPosting, Station } from '../../shared/domain/entities';
import { displayConfigOf, type DisplayConfig } from '../../shared/domain/schemas';
import { isOpen, placesLeft } from '../../shared/rules/posting';
import { isNoticeLive } from '../../shared/rules/notice';
import { DEFAULT_HALL_TIME_ZONE, startOfHallDay } from '../../shared/rules/hallTime';

/** The station's config with defaults filled in (a fresh station has `display: null`). */
export function configOf(station: Station | undefined): DisplayConfig {
  return displayConfigOf(station?.display);
}

/** An empty filter list means "all". */
export function passesFilters(p: PublicPosting, filters: DisplayConfig['filters']): boolean {
  if (filters.jobTypes.length && !filters.jobTypes.includes(p.jobType)) return false;
  if (filters.trades.length && !(filters.trades as readonly string[]).includes(p.trade)) return false;
  if (filters.districts.length && !(filters.districts as readonly string[]).includes(p.district)) return false;
  return true;
}

/** Newest first; ties by id so every display orders the same board the same way. */
export function selectPostings(
  all: Iterable<PublicPosting>,
  filters: DisplayConfig['filters'],
  now: number,
): PublicPosting[] {
  const out: PublicPosting[] = [];
  for (const p of all) if (isOpen(p, now) && passesFilters(p, filters)) out.push(p);
  return out.sort((a, b) => (b.publishedAt ?? 0) - (a.publishedAt ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface TodayNumbers {
  /** Postings on this board published since midnight in the hall. */
  newToday: number;
  /** People still needed across the board. */
  needed: number;
}

export function todayNumbers(
  postings: readonly PublicPosting[],
  now: number,
  zone: string = DEFAULT_HALL_TIME_ZONE,
): TodayNumbers {
  const since = startOfHallDay(now, zone);
  let newToday = 0;
  let needed = 0;
  for (const p of postings) {
    if ((p.publishedAt ?? 0) >= since) newToday++;
    needed += placesLeft(p);
  }
  return { newToday, needed };
}

/** The newest live emergency notice, which takes over the whole screen. */
export function emergencyNotice(notices: Iterable<Notice>, now: number): Notice | null {
  let best: Notice | null = null;
  for (const n of notices)
    if (n.kind === 'emergency' && isNoticeLive(n, now) && (!best || n.createdAt > best.createdAt)) best = n;
  return best;
}

/** Normal live notices for the ticker, oldest first (the order staff posted them). */
export function tickerNotices(notices: Iterable<Notice>, now: number): Notice[] {
  const out: Notice[] = [];
  for (const n of notices) if (n.kind === 'normal' && isNoticeLive(n, now)) out.push(n);
  return out.sort((a, b) => a.createdAt - b.createdAt);
}
