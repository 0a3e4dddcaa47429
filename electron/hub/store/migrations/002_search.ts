// 002: the posting search index (docs/search.md). search_fts is an FTS5 table over tokens we produce ourselves
// (shared/search/tokenize.ts), because FTS5's own tokenizers cannot match two-character Chinese terms; its
// rowid is the posting's rowid in `postings`, so filters and sorts read the columns the hub already keeps.
// search_docs remembers which posting and which text each rowid was indexed from. Existing postings are indexed
// here, so an upgraded hub searches its old postings at once.
import type { Database } from 'better-sqlite3';
import { SearchIndexer } from '../../search/indexer';

export const name = 'search';

export function up(db: Database): void {
  db.exec(`
    -- Tokens arrive space-separated; unicode61 keeps a Han pair or a pinyin run as one token. Prefix indexes
    -- serve typed pinyin initials (dg*, kt*) and partial pinyin (diang*).
    CREATE VIRTUAL TABLE search_fts USING fts5(
      trade, title, extra, description, pinyin,
      tokenize = 'unicode61 remove_diacritics 0',
      prefix = '2 3'
    );

    CREATE TABLE search_docs (
      doc INTEGER PRIMARY KEY,
      posting_id TEXT NOT NULL,
      source TEXT NOT NULL
    );
    CREATE INDEX search_docs_posting ON search_docs(posting_id);

    -- Browsing without a query: newest published first.
    CREATE INDEX postings_status_published ON postings(status, published_at);
  `);
  new SearchIndexer(db).rebuild();
}
