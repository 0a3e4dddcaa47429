// 003: re-index every posting so it carries the combined job type × district (× pay) facet tokens
// (electron/hub/search/facets.ts) that filtered searches now use.
import type { Database } from 'better-sqlite3';
import { SearchIndexer } from '../../search/indexer';

export const name = 'search_combined_facets';

export function up(db: Database): void {
  new SearchIndexer(db).rebuild();
}
