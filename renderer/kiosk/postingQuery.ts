// Finding postings for the kiosk. Online, the hub answers (it ranks Chinese and pinyin queries); offline, the
// same search rule runs over the postings this kiosk keeps in its cache, so browsing never stops and a query
// finds the same postings either way.
import type { PublicPosting, Worker } from '../../shared/domain/entities';
import type { JobType } from '../../shared/domain/enums';
import { SearchArgs } from '../../shared/protocol/commands';
import { searchPostings } from '../../shared/search/match';
import type { District } from '../../shared/domain/districts';

export type SortOrder = 'nearby' | 'newest' | 'pay';

export interface PostingFilter {
  q: string;
  trades: string[];
  jobTypes: JobType[];
  districts: string[];
  sort: SortOrder;
}

export const EMPTY_FILTER: PostingFilter = { q: '', trades: [], jobTypes: [], districts: [], sort: 'nearby' };
export const PAGE_SIZE = 20;

export function searchArgs(filter: PostingFilter, offset: number, limit = PAGE_SIZE): SearchArgs {
  return {
    q: filter.q,
    trades: filter.trades as SearchArgs['trades'],
    jobTypes: filter.jobTypes,
    districts: filter.districts as SearchArgs['districts'],
    // A typed query is ordered by how well it matches; the tiles by the order the visitor chose.
    sort: filter.q ? 'relevance' : filter.sort,
    limit,
    offset,
  };
}

/**
 * The kiosk's own cache searched by the hub's search rule (shared/search/match.ts), for when the hub is away or
 * does not answer: the same filter gives the same postings as `posting.search` would, in the order the hub's
 * ranking gives them.
 */
export function searchLocal(
  all: Iterable<PublicPosting>,
  filter: PostingFilter,
  now: number,
  homeDistrict: string | null,
  limit = PAGE_SIZE,
  districts: readonly District[] | null = null,
): { total: number; items: PublicPosting[] } {
  const args = SearchArgs.safeParse(searchArgs(filter, 0, limit));
  if (!args.success) return { total: 0, items: [] };
  return searchPostings(all, args.data, { now, homeDistrict, districts });
}

/** Evening work: any part of the daily hours at or after 17:00 (the "free after 17:00"). */
function timeOfDay(p: PublicPosting): { day: boolean; evening: boolean } {
  if (!p.dailyHours) return { day: true, evening: true };
  const { from, to } = p.dailyHours;
  const wraps = to <= from;
  return { day: from < '17:00', evening: wraps || to > '17:00' || from >= '17:00' };
}

/** Published postings that fit a worker's trades, job types, districts and availability (each: empty = any). */
export function fitsWorker(
  p: PublicPosting,
  w: Pick<Worker, 'trades' | 'jobTypes' | 'districts' | 'availability'>,
): boolean {
  if (w.trades.length && !w.trades.includes(p.trade)) return false;
  if (w.jobTypes.length && !w.jobTypes.includes(p.jobType)) return false;
  if (w.districts.length && !w.districts.includes(p.district)) return false;
  if (w.availability.length) {
    const tod = timeOfDay(p);
    const wantsDay = w.availability.some((s) => s.endsWith('_day'));
    const wantsEvening = w.availability.some((s) => s.endsWith('_evening'));
    if (!((wantsDay && tod.day) || (wantsEvening && tod.evening))) return false;
  }
  return true;
}
