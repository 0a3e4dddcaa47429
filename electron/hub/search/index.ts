// Posting search answered by the hub (docs/search.md). The query is parsed by shared/search into an FTS5
// expression over our own tokens; FTS5 finds and ranks (bm25, trade and title weigh more than the description),
// and the match is joined by rowid onto `postings`, whose status, expiry, trade, job type, district and hourly
// pay columns filter and sort it in the same statement.
import type { Database, Statement } from 'better-sqlite3';
import type { z } from 'zod';
import type { Posting } from '../../../shared/domain/entities';
import type { SearchArgs } from '../../../shared/protocol/commands';
import { ftsExpression, parseQuery } from '../../../shared/search/query';
import { SearchIndexer } from './indexer';

export type ParsedSearchArgs = z.output<typeof SearchArgs>;

export interface PostingSearch {
  /** Keep the index in step with a posting write; called inside the write transaction. */
  index(posting: Posting): void;
  remove(id: string): void;
  /** Ids of matching postings, best first, and how many match in all. */
  search(args: ParsedSearchArgs, opts: { staff: boolean; now: number; homeDistrict: string }): { total: number; ids: string[] };
}

/**
 * Column weights for bm25, in search_fts column order: trade, title, extra (employer, district, requirement
 * note), description, pinyin. A trade or title hit outranks a mention in the description; pinyin hits (typed
 * initials are ambiguous) sit between.
 */
export const COLUMN_WEIGHTS = [10, 6, 2, 1, 4] as const;
const RANK = `bm25(search_fts, ${COLUMN_WEIGHTS.join(', ')})`;
const NEWEST = `p.published_at DESC NULLS LAST, p.rowid DESC`;

export function createPostingSearch(db: Database): PostingSearch {
  const indexer = new SearchIndexer(db);
  // The index follows postings by rowid; if they no longer line up (a restore, a VACUUM, a write that bypassed
  // the hub), rebuild rather than answer wrongly.
  if (indexer.outOfStep()) db.transaction(() => indexer.rebuild())();

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
    index: (posting) => indexer.index(posting),
    remove: (id) => indexer.remove(id),
    search(args, opts) {
      const expression = args.q ? ftsExpression(parseQuery(args.q)) : '';
      const where: string[] = [];
      const params: unknown[] = [];
      if (expression) {
        where.push(`search_fts MATCH ?`);
        params.push(expression);
      }
      if (!opts.staff || !args.includeAll) {
        where.push(`p.status = 'published' AND (p.expires_at IS NULL OR p.expires_at > ?)`);
        params.push(opts.now);
      }
      const anyOf = (column: string, values: readonly string[]) => {
        if (!values.length) return;
        where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
        params.push(...values);
      };
      anyOf('p.job_type', args.jobTypes);
      anyOf('p.trade', args.trades);
      anyOf('p.district', args.districts);
      // Pay bounds are hourly equivalents; piece rates (no hourly equivalent) cannot satisfy a bound.
      if (args.payMin !== null) {
        where.push(`p.pay_hourly >= ?`);
        params.push(args.payMin);
      }
      if (args.payMax !== null) {
        where.push(`p.pay_hourly <= ?`);
        params.push(args.payMax);
      }

      const relevance = expression ? `${RANK}, ${NEWEST}` : NEWEST;
      const orderParams: unknown[] = [];
      let order: string;
      switch (args.sort) {
        case 'newest': order = NEWEST; break;
        case 'pay': order = `p.pay_hourly DESC NULLS LAST, ${relevance}`; break;
        case 'nearby':
          order = `(p.district = ?) DESC, ${relevance}`;
          orderParams.push(opts.homeDistrict);
          break;
        default: order = relevance;
      }
      const from = expression ? `search_fts JOIN postings p ON p.rowid = search_fts.rowid` : `postings p`;
      const filter = where.length ? where.join(' AND ') : '1';
      // COUNT(*) OVER () is computed over every match before LIMIT: one pass gives the page and the total.
      const rows = prepared(`SELECT p.id AS id, COUNT(*) OVER () AS total FROM ${from} WHERE ${filter} ORDER BY ${order} LIMIT ? OFFSET ?`)
        .all(...params, ...orderParams, args.limit, args.offset) as { id: string; total: number }[];
      if (rows.length) return { total: rows[0]!.total, ids: rows.map((r) => r.id) };
      // A page past the end: the total still tells the pager how far it may go.
      const total = args.offset > 0 ? (prepared(`SELECT COUNT(*) AS n FROM ${from} WHERE ${filter}`).get(...params) as { n: number }).n : 0;
      return { total, ids: [] };
    },
  };
}
