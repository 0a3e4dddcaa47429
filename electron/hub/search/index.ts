// Posting search answered by the hub (docs/search.md). shared/search turns the query into an FTS5 expression
// over our own tokens; filters are FTS5 tokens too (facets.ts). A sort is a list of tiers — FTS5 expressions
// whose results come one after another — and inside a tier postings come newest first, which is ascending
// rowid order (indexer.ts), the order FTS5 walks natively. So a page costs one count (FTS5 counts in C without
// reading rows), a count of any tier wholly before the page, and reading the page's own rows: never a sort of
// every match, except for the pay sort, which must read every match's pay.
//
// Relevance = which column the query matched: the trade first, then the title, then the rest (employer,
// district, requirement note, description); newest first within each.
//
// This is an accelerator of the search rule in shared/search/match.ts (the kiosk's offline search), not a
// second rule: the same tokens, the same query, the same open postings (shared/rules/posting.ts), the same
// filters; a test holds the two to the same results over the demo hall.
import type { Database, Statement } from 'better-sqlite3';
import type { z } from 'zod';
import type { SearchArgs } from '../../../shared/protocol/commands';
import { ftsExpression, parseQuery } from '../../../shared/search/query';
import { dueToExpireSql, listedSql, notPastExpirySql, openSql } from '../../../shared/rules/posting';
import {
  MAX_COMBINED_TERMS,
  districtFacet,
  jobDistrictFacet,
  jobDistrictPayFacet,
  jobTypeFacet,
  payMaxFacet,
  payMaxStep,
  payMinFacet,
  payMinStep,
  tradeFacet,
} from './facets';

export type ParsedSearchArgs = z.output<typeof SearchArgs>;

/** Queries over the index. Writing it is the store's job (store/records.ts keeps it in step with every posting). */
export interface PostingSearch {
  /** Ids of matching postings, best first, and how many match in all. */
  search(
    args: ParsedSearchArgs,
    opts: { staff: boolean; now: number; homeDistrict: string },
  ): { total: number; ids: string[] };
}

const TRADE_COLS = '{trade tradepy}';
const STRONG_COLS = '{trade tradepy title titlepy}';
const TEXT_COLS = '{trade title extra description tradepy titlepy}';

interface Tier {
  match: string;
  /** Order inside the tier: newest first, or highest hourly pay first. */
  order: 'newest' | 'pay';
}

const and = (...parts: (string | null)[]) =>
  parts
    .filter(Boolean)
    .map((p) => `(${p})`)
    .join(' AND ');
const not = (a: string, b: string) => `(${a}) NOT (${b})`;
const anyFacet = (values: readonly string[], facet: (v: string) => string) =>
  values.length ? `facets : (${values.map(facet).join(' OR ')})` : null;

export function createPostingSearch(db: Database): PostingSearch {
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };

  return {
    search(args, opts) {
      const publicOnly = !opts.staff || !args.includeAll;
      const fts = publicOnly ? 'search_live' : 'search_all';
      const query = args.q ? ftsExpression(parseQuery(args.q)) : '';

      // The public sees open postings (shared/rules/posting.ts): listed and not past expiry. search_live holds
      // exactly the listed ones (the indexer applies isListed), so the one part left is a row check FTS5 cannot
      // make: expiry (a posting past its end is swept to `expired` within seconds; until then it is held back
      // here). The other row checks are pay bounds that fall between the indexed pay steps.
      const checks: string[] = [];
      const checkParams: unknown[] = [];
      // Pay bounds for the browse path, which walks every posting rather than search_live.
      const payChecks: string[] = [];
      const payParams: unknown[] = [];
      // Counting must read rows only if some row check can fail: a pay bound between steps, or a published
      // posting already past its expiry that the sweep has not reached yet (rare: an indexed lookup says).
      let countRows = false;
      if (publicOnly) {
        checks.push(notPastExpirySql('p'));
        checkParams.push(opts.now);
        countRows = !!prepared(`SELECT 1 FROM postings WHERE ${dueToExpireSql()} LIMIT 1`).get(opts.now);
      }
      // Job types × districts (× minimum pay step) as one group of combined tokens when that stays small.
      const minStep = args.payMin !== null ? payMinStep(args.payMin).step : null;
      const combos = args.jobTypes.length * args.districts.length;
      const combined = combos > 0 && combos <= MAX_COMBINED_TERMS;
      const comboGroup = combined
        ? `facets : (${args.jobTypes
            .flatMap((j) =>
              args.districts.map((d) =>
                minStep !== null ? jobDistrictPayFacet(j, d, minStep) : jobDistrictFacet(j, d),
              ),
            )
            .join(' OR ')})`
        : null;
      const facets: (string | null)[] = combined
        ? [comboGroup, anyFacet(args.trades, tradeFacet)]
        : [
            anyFacet(args.jobTypes, jobTypeFacet),
            anyFacet(args.trades, tradeFacet),
            anyFacet(args.districts, districtFacet),
          ];
      if (args.payMin !== null) {
        const { step, exact } = payMinStep(args.payMin);
        if (step !== null && !combined) facets.push(`facets : ${payMinFacet(step)}`);
        if (!exact) {
          payChecks.push(`p.pay_hourly >= ?`);
          payParams.push(args.payMin);
          countRows = true;
        }
      }
      if (args.payMax !== null) {
        const { step, exact } = payMaxStep(args.payMax);
        if (step !== null) facets.push(`facets : ${payMaxFacet(step)}`);
        if (!exact) {
          payChecks.push(`p.pay_hourly <= ?`);
          payParams.push(args.payMax);
          countRows = true;
        }
      }
      checks.push(...payChecks);
      checkParams.push(...payParams);
      const base = and(query ? `${TEXT_COLS} : (${query})` : null, ...facets);
      if (!base) return browse(publicOnly, args, opts, payChecks, payParams);

      // The sort as tiers.
      const relevance: string[] = query
        ? [
            and(base, `${TRADE_COLS} : (${query})`),
            not(and(base, `${STRONG_COLS} : (${query})`), `${TRADE_COLS} : (${query})`),
            not(base, `${STRONG_COLS} : (${query})`),
          ]
        : [base];
      let tiers: Tier[];
      switch (args.sort) {
        case 'newest':
          tiers = [{ match: base, order: 'newest' }];
          break;
        case 'pay':
          tiers = [{ match: base, order: 'pay' }];
          break;
        case 'nearby': {
          const home = `facets : ${districtFacet(opts.homeDistrict)}`;
          tiers = [
            ...relevance.map((m) => ({ match: and(m, home), order: 'newest' as const })),
            ...relevance.map((m) => ({ match: not(m, home), order: 'newest' as const })),
          ];
          break;
        }
        default:
          tiers = relevance.map((match) => ({ match, order: 'newest' }));
      }

      const where = checks.length ? ` AND ${checks.join(' AND ')}` : '';
      const joined = `${fts} JOIN search_docs d ON d.doc = ${fts}.rowid JOIN postings p ON p.id = d.posting_id`;
      const countOf = (match: string): number =>
        (
          (countRows
            ? prepared(`SELECT COUNT(*) AS n FROM ${joined} WHERE ${fts} MATCH ?${where}`).get(match, ...checkParams)
            : prepared(`SELECT COUNT(*) AS n FROM ${fts} WHERE ${fts} MATCH ?`).get(match)) as { n: number }
        ).n;
      let skip = args.offset;
      let need = args.limit;
      // Matches accounted for (tiers counted, or read to their end) and whether every tier has been: a page that
      // ends before its last row needs no separate count.
      let accounted = 0;
      let exhausted = true;
      const ids: string[] = [];
      for (const tier of tiers) {
        if (need <= 0) {
          exhausted = false;
          break;
        }
        // Only a tier wholly or partly before the page needs counting; the page's own tiers are just read.
        if (skip > 0) {
          const n = countOf(tier.match);
          if (skip >= n) {
            skip -= n;
            accounted += n;
            continue;
          }
        }
        const order = tier.order === 'pay' ? `p.pay_hourly DESC NULLS LAST, ${fts}.rowid` : `${fts}.rowid`;
        const rows = prepared(
          `SELECT d.posting_id AS id FROM ${joined} WHERE ${fts} MATCH ?${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
        ).all(tier.match, ...checkParams, need, skip) as { id: string }[];
        for (const r of rows) ids.push(r.id);
        if (rows.length < need) accounted += skip + rows.length;
        else exhausted = false;
        need -= rows.length;
        skip = 0;
      }
      // Rows a check held back were never counted by `accounted`, so with row checks in play count properly.
      const total = exhausted && !countRows ? accounted : countOf(base);
      return { total, ids };
    },
  };

  /**
   * No query and no filter FTS5 can answer: the board as it stands. Walking search_docs by doc number (newest
   * first) reads only the page; postings are read for the page rows alone. The public count is the listed
   * postings FTS5 counts in search_live less those already past expiry (an indexed lookup), so it never reads
   * every row either.
   */
  function browse(
    publicOnly: boolean,
    args: ParsedSearchArgs,
    opts: { now: number; homeDistrict: string },
    payChecks: string[],
    payParams: unknown[],
  ): { total: number; ids: string[] } {
    const conditions = [...(publicOnly ? [openSql('p')] : []), ...payChecks];
    const params = [...(publicOnly ? [opts.now] : []), ...payParams];
    const where = conditions.length ? conditions.join(' AND ') : '1';
    const order =
      args.sort === 'pay'
        ? `p.pay_hourly DESC NULLS LAST, d.doc`
        : args.sort === 'nearby'
          ? `(p.district = ?) DESC, d.doc`
          : `d.doc`;
    const rows = prepared(
      `SELECT p.id AS id FROM search_docs d JOIN postings p ON p.id = d.posting_id WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
    ).all(...params, ...(args.sort === 'nearby' ? [opts.homeDistrict] : []), args.limit, args.offset) as {
      id: string;
    }[];
    const count = (sql: string, ...p: unknown[]) => (prepared(sql).get(...p) as { n: number }).n;
    const total = payChecks.length
      ? count(`SELECT COUNT(*) AS n FROM postings p WHERE ${where}`, ...params)
      : publicOnly
        ? count(`SELECT COUNT(*) AS n FROM search_live`) -
          count(`SELECT COUNT(*) AS n FROM postings WHERE ${dueToExpireSql()} AND ${listedSql()}`, opts.now)
        : count(`SELECT COUNT(*) AS n FROM search_docs d`);
    return { total, ids: rows.map((r) => r.id) };
  }
}
