// 007: a small key/value table for stamps the hub keeps about its own data — first the search index version, so
// the index is rebuilt at start when the indexer changes (search/upkeep.ts), outside schema versions.
import type { Database } from 'better-sqlite3';

export const name = 'meta';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `);
}
