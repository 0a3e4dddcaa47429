// 003: postings indexed under 002 lack the combined job type × district (× pay) facet tokens that filtered
// searches came to use, so the index written until then is emptied. Frozen SQL: the hub fills the index again at
// start (search/upkeep.ts), with whatever indexer it runs.
import type { Database } from 'better-sqlite3';

export const name = 'search_combined_facets';

export function up(db: Database): void {
  db.exec(`
    INSERT INTO search_all (search_all) VALUES ('delete-all');
    INSERT INTO search_live (search_live) VALUES ('delete-all');
    DELETE FROM search_docs;
  `);
}
