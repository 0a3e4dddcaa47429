// The search rule over postings held in memory: what a kiosk without its hub searches with, so the same query
// over the same postings finds the same postings online and offline. The hub answers the same rule from its FTS5
// index (electron/hub/search/), which is only a faster way to evaluate it:
//  - the postings searched are the open ones (shared/rules/posting.ts);
//  - a posting's tokens are postingTokens(postingText(p)), the very tokens the hub indexes;
//  - the query is parseQuery(q): every term must match; a term matches when any of its alternatives does; an
//    alternative when all its tokens do, each in any text column, exactly or (prefix tokens) as a prefix;
//  - filters: trade, job type and district each "any of" (empty = all); pay bounds on the hourly equivalent,
//    which a piece rate (no hourly equivalent) never meets;
//  - relevance = which columns the whole query matches (trade, then trade or title, then anywhere), newest first
//    within each; `nearby` puts the hall's district first; `pay` the highest hourly equivalent first.
// "Newest" is publishedAt here; the hub orders by the order postings were published in, which is the same order
// for postings published one after another.
import { hourlyEquivalent } from '../domain/pay';
import type { District } from '../domain/districts';
import type { PayUnit } from '../domain/enums';
import { isOpen, type PostingState } from '../rules/posting';
import { parseQuery, type QueryTerm, type QueryToken } from './query';
import { postingText, postingTokens, type PostingTokens, type SearchablePosting } from './tokenize';

export interface SearchFilter {
  q: string;
  trades: readonly string[];
  jobTypes: readonly string[];
  districts: readonly string[];
  payMin: number | null;
  payMax: number | null;
  sort: 'relevance' | 'newest' | 'pay' | 'nearby';
  limit: number;
  offset: number;
}

export interface MatchablePosting extends SearchablePosting, PostingState {
  id: string;
  jobType: string;
  pay: { amount: number; unit: PayUnit };
  publishedAt: number | null;
}

type Column = keyof PostingTokens;
const TEXT: readonly Column[] = ['trade', 'title', 'extra', 'description', 'tradePinyin', 'titlePinyin'];
const STRONG: readonly Column[] = ['trade', 'tradePinyin', 'title', 'titlePinyin'];
const TRADE: readonly Column[] = ['trade', 'tradePinyin'];

/** A column's tokens: a set for exact lookups, sorted for prefix lookups (binary search). */
interface ColumnTokens {
  set: ReadonlySet<string>;
  sorted: readonly string[];
}
type TokenSets = Record<Column, ColumnTokens>;

// Tokenising (pinyin above all) is the costly part: a posting object is tokenised once for a hall's districts.
// Stations replace a record's object when it changes, so an edited posting is tokenised afresh.
const NO_DISTRICTS: readonly District[] = [];
const tokenCaches = new WeakMap<readonly District[], WeakMap<object, TokenSets>>();
function tokensOf(p: MatchablePosting, districts: readonly District[]): TokenSets {
  let cache = tokenCaches.get(districts);
  if (!cache) tokenCaches.set(districts, (cache = new WeakMap()));
  let sets = cache.get(p);
  if (!sets) {
    const t = postingTokens(postingText(p, districts));
    sets = Object.fromEntries(
      TEXT.map((c) => {
        const set = new Set(t[c] ? t[c].split(' ') : []);
        return [c, { set, sorted: [...set].sort() }];
      }),
    ) as unknown as TokenSets;
    cache.set(p, sets);
  }
  return sets;
}

/** Whether some token in sorted order starts with `prefix`: the first token not below it is the only candidate. */
function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}

function tokenIn(token: QueryToken, sets: TokenSets, columns: readonly Column[]): boolean {
  for (const c of columns) {
    const col = sets[c];
    if (col.set.has(token.text)) return true;
    if (token.prefix && hasPrefix(col.sorted, token.text)) return true;
  }
  return false;
}

/** Whether the parsed query matches a posting's tokens within these columns (each token in any of them). */
export function queryMatches(terms: readonly QueryTerm[], sets: TokenSets, columns: readonly Column[]): boolean {
  return terms.every((term) => term.alternatives.some((alt) => alt.every((tok) => tokenIn(tok, sets, columns))));
}

function passesFilters(p: MatchablePosting, f: SearchFilter): boolean {
  if (f.trades.length && !f.trades.includes(p.trade)) return false;
  if (f.jobTypes.length && !f.jobTypes.includes(p.jobType)) return false;
  if (f.districts.length && !f.districts.includes(p.district)) return false;
  if (f.payMin !== null || f.payMax !== null) {
    const hourly = hourlyEquivalent(p.pay);
    if (hourly === null) return false;
    if (f.payMin !== null && hourly < f.payMin) return false;
    if (f.payMax !== null && hourly > f.payMax) return false;
  }
  return true;
}

/**
 * Open postings matching the filter, best first, and how many match in all. `districts` are the hall's (its site
 * record): a posting's district name is searchable text, as in the hub's index.
 */
export function searchPostings<P extends MatchablePosting>(
  postings: Iterable<P>,
  filter: SearchFilter,
  opts: { now: number; homeDistrict: string | null; districts?: readonly District[] | null },
): { total: number; items: P[] } {
  const districts = opts.districts ?? NO_DISTRICTS;
  const terms = filter.q ? parseQuery(filter.q) : [];
  const hits: { p: P; tier: number }[] = [];
  for (const p of postings) {
    if (!isOpen(p, opts.now) || !passesFilters(p, filter)) continue;
    let tier = 0;
    if (terms.length) {
      const sets = tokensOf(p, districts);
      if (!queryMatches(terms, sets, TEXT)) continue;
      tier = queryMatches(terms, sets, TRADE) ? 0 : queryMatches(terms, sets, STRONG) ? 1 : 2;
    }
    hits.push({ p, tier });
  }
  const newest = (a: P, b: P) =>
    (b.publishedAt ?? 0) - (a.publishedAt ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const pay = (p: P) => hourlyEquivalent(p.pay) ?? -Infinity;
  const home = (p: P) => (opts.homeDistrict !== null && p.district === opts.homeDistrict ? 0 : 1);
  const byTier = (a: { tier: number }, b: { tier: number }) => (filter.sort === 'newest' ? 0 : a.tier - b.tier);
  hits.sort((a, b) => {
    if (filter.sort === 'pay') return pay(b.p) - pay(a.p) || newest(a.p, b.p);
    if (filter.sort === 'nearby') return home(a.p) - home(b.p) || byTier(a, b) || newest(a.p, b.p);
    return byTier(a, b) || newest(a.p, b.p);
  });
  return {
    total: hits.length,
    items: hits.slice(filter.offset, filter.offset + filter.limit).map((h) => h.p),
  };
}
