// Keeping the search index (search_fts + search_docs, created by migration 002) in step with the postings table.
// The FTS rowid IS the posting's rowid in `postings`, so a search joins straight onto the row whose status,
// trade, district, pay and dates the hub already maintains: a status change (publish, withdraw, expire, an
// employer's postings closed on block) is visible to search the moment it commits, with no index write at all.
// Only the text needs indexing, and only when it changed (search_docs.source remembers what was indexed).
import type { Database, Statement } from 'better-sqlite3';
import type { Posting } from '../../../shared/domain/entities';
import { tradeByCode } from '../../../shared/domain/trades';
import { districtByCode } from '../../../shared/domain/districts';
import { postingTokens, type PostingText } from '../../../shared/search/tokenize';

/** The text of a posting that search reads. A household's name never goes in: it is a private person. */
export function postingText(p: Posting): PostingText {
  const trade = tradeByCode(p.trade);
  return {
    trade: trade ? `${trade.zh} ${trade.en}` : p.trade,
    title: p.title,
    extra: [p.employerKind === 'enterprise' ? p.employerName : '', districtByCode(p.district)?.zh ?? '', p.requirements?.note ?? ''].join(' '),
    description: p.description,
  };
}

export class SearchIndexer {
  private readonly rowidOf: Statement;
  private readonly docOf: Statement;
  private readonly docById: Statement;
  private readonly insertFts: Statement;
  private readonly deleteFts: Statement;
  private readonly upsertDoc: Statement;
  private readonly deleteDoc: Statement;

  constructor(private readonly db: Database) {
    this.rowidOf = db.prepare(`SELECT rowid AS doc FROM postings WHERE id = ?`);
    this.docOf = db.prepare(`SELECT posting_id, source FROM search_docs WHERE doc = ?`);
    this.docById = db.prepare(`SELECT doc FROM search_docs WHERE posting_id = ?`);
    this.insertFts = db.prepare(`INSERT INTO search_fts (rowid, trade, title, extra, description, pinyin) VALUES (?, ?, ?, ?, ?, ?)`);
    this.deleteFts = db.prepare(`DELETE FROM search_fts WHERE rowid = ?`);
    this.upsertDoc = db.prepare(`INSERT INTO search_docs (doc, posting_id, source) VALUES (?, ?, ?)
      ON CONFLICT(doc) DO UPDATE SET posting_id = excluded.posting_id, source = excluded.source`);
    this.deleteDoc = db.prepare(`DELETE FROM search_docs WHERE doc = ?`);
  }

  /** Index (or re-index) one stored posting. Call inside the transaction that wrote it. */
  index(posting: Posting): void {
    const row = this.rowidOf.get(posting.id) as { doc: number } | undefined;
    if (!row) return;
    const text = postingText(posting);
    const source = JSON.stringify(text);
    const indexed = this.docOf.get(row.doc) as { posting_id: string; source: string } | undefined;
    if (indexed && indexed.posting_id === posting.id && indexed.source === source) return;
    if (indexed) this.deleteFts.run(row.doc);
    const t = postingTokens(text);
    this.insertFts.run(row.doc, t.trade, t.title, t.extra, t.description, t.pinyin);
    this.upsertDoc.run(row.doc, posting.id, source);
  }

  remove(postingId: string): void {
    const row = this.docById.get(postingId) as { doc: number } | undefined;
    if (!row) return;
    this.deleteFts.run(row.doc);
    this.deleteDoc.run(row.doc);
  }

  /**
   * True when the index no longer lines up with `postings` — a posting the index has not seen, or a rowid that
   * now belongs to another posting (VACUUM may renumber rowids of a table without an INTEGER PRIMARY KEY).
   */
  outOfStep(): boolean {
    const stray = this.db.prepare(`SELECT 1 FROM search_docs d LEFT JOIN postings p ON p.rowid = d.doc WHERE p.id IS NOT d.posting_id LIMIT 1`).get();
    const missing = this.db.prepare(`SELECT 1 FROM postings p LEFT JOIN search_docs d ON d.doc = p.rowid WHERE d.doc IS NULL LIMIT 1`).get();
    return !!stray || !!missing;
  }

  /** Index every posting from scratch (migration 002, or after `outOfStep`). Call inside a transaction. */
  rebuild(): number {
    this.db.exec(`DELETE FROM search_fts; DELETE FROM search_docs;`);
    let n = 0;
    // all(), not iterate(): better-sqlite3 allows no writes on the connection while a read is open.
    for (const row of this.db.prepare(`SELECT data FROM postings`).all() as { data: string }[]) {
      this.index(JSON.parse(row.data) as Posting);
      n++;
    }
    return n;
  }
}
