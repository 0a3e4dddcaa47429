// Keeping the search index (search_all, search_live and search_docs, created by migration 002) in step with the
// postings table. Each posting has one FTS row in search_all (and one in search_live while listed: published and
// not full, shared/rules/posting.ts) whose rowid is its `doc` number in search_docs. A posting gets a NEW, larger doc
// number when it is first indexed and whenever it is (re)published, and keeps it through edits and status
// changes. Numbers count DOWN (0, -1, -2 …): ascending rowid order is then "newest first", and ascending is the
// order FTS5 walks its lists in, so a newest-first page is read without sorting anything.
import type { Database, Statement } from 'better-sqlite3';
import type { Posting } from '../../../shared/domain/entities';
import type { District } from '../../../shared/domain/districts';
import { postingText, postingTokens } from '../../../shared/search/tokenize';
import { isListed } from '../../../shared/rules/posting';
import { postingFacets, statusFacet } from './facets';

interface DocRow {
  doc: number;
  source: string;
  published_at: number | null;
}

export class SearchIndexer {
  private readonly docOf: Statement;
  private readonly insertAll: Statement;
  private readonly insertLive: Statement;
  private readonly deleteFts: { run(doc: number): void };
  private readonly insertDoc: Statement;
  private readonly updateDoc: Statement;
  private readonly deleteDoc: Statement;
  private readonly siteRow: Statement;
  private site: { version: number; districts: readonly District[] } = { version: -1, districts: [] };

  constructor(private readonly db: Database) {
    this.docOf = db.prepare(`SELECT doc, source, published_at FROM search_docs WHERE posting_id = ?`);
    this.insertAll = db.prepare(
      `INSERT INTO search_all (rowid, trade, title, extra, description, tradepy, titlepy, facets) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertLive = db.prepare(
      `INSERT INTO search_live (rowid, trade, title, extra, description, tradepy, titlepy, facets) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const deleteAll = db.prepare(`DELETE FROM search_all WHERE rowid = ?`);
    const deleteLive = db.prepare(`DELETE FROM search_live WHERE rowid = ?`);
    this.deleteFts = {
      run: (doc: number) => {
        deleteAll.run(doc);
        deleteLive.run(doc);
      },
    };
    // min(doc)-1: a new doc number is always the smallest, i.e. first in newest-first order.
    this.insertDoc = db.prepare(`INSERT INTO search_docs (doc, posting_id, status, published_at, source)
      VALUES ((SELECT COALESCE(MIN(doc), 1) - 1 FROM search_docs), ?, ?, ?, ?) RETURNING doc`);
    this.updateDoc = db.prepare(`UPDATE search_docs SET status = ?, source = ? WHERE doc = ?`);
    this.deleteDoc = db.prepare(`DELETE FROM search_docs WHERE doc = ?`);
    this.siteRow = db.prepare(`SELECT version, data FROM site WHERE id = 'site'`);
  }

  /** The hall's districts, read again only when the site record has changed. */
  private districts(): readonly District[] {
    const row = this.siteRow.get() as { version: number; data: string } | undefined;
    if (!row) return [];
    if (row.version !== this.site.version) {
      const data = JSON.parse(row.data) as { districts?: District[] };
      this.site = { version: row.version, districts: Array.isArray(data.districts) ? data.districts : [] };
    }
    return this.site.districts;
  }

  /** Index (or re-index) one stored posting. Call inside the transaction that wrote it. */
  index(posting: Posting): void {
    const text = postingText(posting, this.districts());
    const facets = postingFacets(posting);
    const listed = isListed(posting);
    // A published posting that is full is not listed: its source says so, so filling it re-indexes it.
    const source = `${JSON.stringify(text)}\n${posting.status}${posting.status === 'published' && !listed ? ' full' : ''} ${facets}`;
    const indexed = this.docOf.get(posting.id) as DocRow | undefined;
    const republished = !indexed || indexed.published_at !== posting.publishedAt;
    if (indexed && !republished && indexed.source === source) return;
    if (indexed) this.deleteFts.run(indexed.doc);
    let doc: number;
    if (republished) {
      if (indexed) this.deleteDoc.run(indexed.doc);
      doc = (this.insertDoc.get(posting.id, posting.status, posting.publishedAt, source) as { doc: number }).doc;
    } else {
      doc = indexed!.doc;
      this.updateDoc.run(posting.status, source, doc);
    }
    const t = postingTokens(text);
    this.insertAll.run(
      doc,
      t.trade,
      t.title,
      t.extra,
      t.description,
      t.tradePinyin,
      t.titlePinyin,
      `${statusFacet(posting.status)} ${facets}`,
    );
    if (listed)
      this.insertLive.run(doc, t.trade, t.title, t.extra, t.description, t.tradePinyin, t.titlePinyin, facets);
  }

  remove(postingId: string): void {
    const indexed = this.docOf.get(postingId) as DocRow | undefined;
    if (!indexed) return;
    this.deleteFts.run(indexed.doc);
    this.deleteDoc.run(indexed.doc);
  }

  /**
   * Postings the index does not describe as they are: never indexed, indexed under another status (a write that
   * bypassed index()), or indexed but gone. Cheap enough to run at every start.
   */
  stale(): { missing: Posting[]; gone: string[] } {
    const missing = (
      this.db
        .prepare(
          `SELECT p.data FROM postings p LEFT JOIN search_docs d ON d.posting_id = p.id
      WHERE d.doc IS NULL OR d.status IS NOT p.status ORDER BY COALESCE(p.published_at, json_extract(p.data, '$.createdAt'))`,
        )
        .all() as { data: string }[]
    ).map((r) => JSON.parse(r.data) as Posting);
    const gone = (
      this.db
        .prepare(
          `SELECT d.posting_id AS id FROM search_docs d LEFT JOIN postings p ON p.id = d.posting_id WHERE p.id IS NULL`,
        )
        .all() as { id: string }[]
    ).map((r) => r.id);
    return { missing, gone };
  }

  /** Bring the index in step with `postings` (see stale()). Call inside a transaction. Returns postings touched. */
  repair(): number {
    const { missing, gone } = this.stale();
    for (const id of gone) this.remove(id);
    for (const p of missing) this.index(p);
    return missing.length + gone.length;
  }

  /** Index every posting from scratch, oldest first so the newest get the smallest numbers. Call inside a transaction. */
  rebuild(): number {
    this.db.exec(
      `INSERT INTO search_all (search_all) VALUES ('delete-all');
       INSERT INTO search_live (search_live) VALUES ('delete-all');
       DELETE FROM search_docs;`,
    );
    return this.repair();
  }

  /**
   * Merge each FTS5 index into one b-tree. Postings indexed one at a time leave many small segments that every
   * query must visit; merged, a query reads one. Run at hub start (about 2 s at 50,000 postings, milliseconds
   * for a real hall's few thousand).
   */
  optimize(): void {
    this.db.exec(
      `INSERT INTO search_all (search_all) VALUES ('optimize'); INSERT INTO search_live (search_live) VALUES ('optimize');`,
    );
  }
}
