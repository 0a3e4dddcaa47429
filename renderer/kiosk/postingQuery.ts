// Finding postings for the kiosk. Online, the hub answers (it ranks Chinese and pinyin queries); offline, the
// same filters run over the postings this kiosk keeps in its cache, so browsing never stops.
import type { PublicPosting, Worker } from '../../shared/domain/entities';
import type { JobType } from '../../shared/domain/enums';
import { hourlyEquivalent } from '../../shared/domain/pay';
import { tradeByCode } from '../../shared/domain/trades';
import type { SearchArgs } from '../../shared/protocol/commands';
import { pinyin } from 'pinyin-pro';

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

/** Open for applications at hub time `now`. */
export function isOpen(p: PublicPosting, now: number): boolean {
  return p.status === 'published' && (p.expiresAt === null || p.expiresAt > now) && p.filledCount < p.headcount;
}

const initialsCache = new Map<string, { initials: string; full: string }>();
function pinyinOf(text: string): { initials: string; full: string } {
  let hit = initialsCache.get(text);
  if (!hit) {
    const syllables = pinyin(text, { toneType: 'none', type: 'array' });
    hit = { initials: syllables.map((s) => s[0] ?? '').join(''), full: syllables.join('') };
    initialsCache.set(text, hit);
  }
  return hit;
}

/** Does a posting match a typed query (Chinese, full pinyin or pinyin initials) — the offline stand-in for the hub. */
export function matchesQuery(p: PublicPosting, q: string): boolean {
  const query = q.trim().toLowerCase();
  if (!query) return true;
  const trade = tradeByCode(p.trade);
  const texts = [p.title, trade?.zh ?? '', p.employerName, p.description];
  if (texts.some((t) => t.includes(query))) return true;
  if (!/^[a-z]+$/.test(query)) return false;
  return [p.title, trade?.zh ?? ''].some((t) => {
    const { initials, full } = pinyinOf(t);
    return initials.includes(query) || full.includes(query);
  });
}

export function filterLocal(
  all: Iterable<PublicPosting>,
  filter: PostingFilter,
  now: number,
  homeDistrict: string | null,
): PublicPosting[] {
  const out: PublicPosting[] = [];
  for (const p of all) {
    if (!isOpen(p, now)) continue;
    if (filter.trades.length && !filter.trades.includes(p.trade)) continue;
    if (filter.jobTypes.length && !filter.jobTypes.includes(p.jobType)) continue;
    if (filter.districts.length && !filter.districts.includes(p.district)) continue;
    if (!matchesQuery(p, filter.q)) continue;
    out.push(p);
  }
  const newest = (a: PublicPosting, b: PublicPosting) => (b.publishedAt ?? 0) - (a.publishedAt ?? 0);
  const pay = (p: PublicPosting) => hourlyEquivalent(p.pay) ?? -1;
  if (filter.sort === 'pay') out.sort((a, b) => pay(b) - pay(a) || newest(a, b));
  else if (filter.sort === 'nearby' && homeDistrict)
    out.sort((a, b) => Number(b.district === homeDistrict) - Number(a.district === homeDistrict) || newest(a, b));
  else out.sort(newest);
  return out;
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
