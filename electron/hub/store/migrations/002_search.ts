// 002: the posting search index (docs/search.md). search_all / search_live are FTS5 tables over tokens we produce ourselves
// (shared/search/tokenize.ts), because FTS5's own tokenizers cannot match two-character Chinese terms; its
// `facets` column holds filter tokens (status, trade, job type, district, pay bands) so FTS5 filters too.
// search_docs numbers the postings newest-last (the FTS rowid) and remembers what each was indexed from.
// Schema only, frozen: filling the index is not a schema step. The hub indexes existing postings at start
// (search/upkeep.ts), whatever version of the indexer it runs.
import type { Database } from 'better-sqlite3';

export const name = 'search';

export function up(db: Database): void {
  db.exec(`
    -- Tokens arrive space-separated; unicode61 keeps a Han pair or a pinyin run as one token. Contentless: the
    -- text lives in postings. detail=column: we match tokens and columns, never phrases. Prefix indexes serve
    -- typed pinyin initials (dg*, kt*) and partial pinyin (diang*).
    -- search_all holds every posting (staff, "include all"); search_live only published ones, so the public
    -- search — nearly every search — never has to intersect with a status list as long as the index.
    CREATE VIRTUAL TABLE search_all USING fts5(
      trade, title, extra, description, tradepy, titlepy, facets,
      tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3', content = '', contentless_delete = 1, detail = column
    );
    CREATE VIRTUAL TABLE search_live USING fts5(
      trade, title, extra, description, tradepy, titlepy, facets,
      tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3', content = '', contentless_delete = 1, detail = column
    );

    CREATE TABLE search_docs (
      doc INTEGER PRIMARY KEY,
      posting_id TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL,
      published_at INTEGER,
      source TEXT NOT NULL
    );
    -- Counting the public board without a query.
    CREATE INDEX search_docs_status ON search_docs(status);
  `);
}
