// Posting search answered by the hub. PLACEHOLDER implementation (a LIKE scan) until the ranked index lands;
// the interface is what the rest of the hub relies on.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Posting } from '../../../shared/domain/entities';
import type { SearchArgs } from '../../../shared/protocol/commands';

export type ParsedSearchArgs = z.output<typeof SearchArgs>;

export interface PostingSearch {
  /** Keep the index in step with a posting write; called inside the write transaction. */
  index(posting: Posting): void;
  remove(id: string): void;
  /** Ids of matching postings, best first, and how many match in all. */
  search(args: ParsedSearchArgs, opts: { staff: boolean; now: number; homeDistrict: string }): { total: number; ids: string[] };
}

export function createPostingSearch(db: Database): PostingSearch {
  return {
    index() {},
    remove() {},
    search(args, opts) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (!opts.staff || !args.includeAll) {
        where.push(`status = 'published' AND (expires_at IS NULL OR expires_at > ?)`);
        params.push(opts.now);
      }
      if (args.q) {
        where.push(`data LIKE ?`);
        params.push(`%${args.q}%`);
      }
      const rows = db.prepare(`SELECT id FROM postings WHERE ${where.join(' AND ') || '1=1'} ORDER BY published_at DESC`).all(...params) as { id: string }[];
      return { total: rows.length, ids: rows.slice(args.offset, args.offset + args.limit).map((r) => r.id) };
    },
  };
}
