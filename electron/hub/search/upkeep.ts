// Keeping the search index true across upgrades and restores, outside schema versions. The tables belong to the
// migrations (frozen SQL); what goes into them belongs to the indexer, which may change from one release to the
// next. So the hub stamps the index with the indexer version that wrote it (the `meta` table) and, at start,
// rebuilds it when the stamp differs, or else repairs only the postings the index does not describe as they are
// (a restored backup, a write that bypassed the store).
import type { Database } from 'better-sqlite3';
import { SearchIndexer } from './indexer';

/**
 * Bump whenever the indexer writes different tokens or facets for the same posting. 2: combined job type ×
 * district (× pay) facets; 3: districts as division codes, their names from the site record; 4: only listed
 * postings (published and not full, shared/rules/posting.ts) in search_live.
 */
export const SEARCH_INDEX_VERSION = 4;
const STAMP = 'search_index_version';

export interface UpkeepResult {
  rebuilt: boolean;
  /** Postings (re)indexed or dropped. */
  touched: number;
}

export function upkeepSearchIndex(db: Database, version = SEARCH_INDEX_VERSION): UpkeepResult {
  const indexer = new SearchIndexer(db);
  const stamp = db.prepare(`SELECT value FROM meta WHERE key = ?`).get(STAMP) as { value: string } | undefined;
  let result: UpkeepResult;
  if (stamp?.value !== String(version)) {
    result = db.transaction(() => {
      const touched = indexer.rebuild();
      db.prepare(
        `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      ).run(STAMP, String(version));
      return { rebuilt: true, touched };
    })();
  } else {
    const stale = indexer.stale();
    const touched = stale.missing.length || stale.gone.length ? db.transaction(() => indexer.repair())() : 0;
    result = { rebuilt: false, touched };
  }
  // Postings indexed one at a time leave many small segments that every query must visit; merge them.
  indexer.optimize();
  return result;
}

/** Record that the index was written by this indexer version (after a rebuild, or a load that indexed everything). */
export function stampSearchIndex(db: Database, version = SEARCH_INDEX_VERSION): void {
  db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
    STAMP,
    String(version),
  );
}
