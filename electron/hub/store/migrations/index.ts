// The ordered list of migrations. Migration N takes the schema from user_version N-1 to N. Each file is frozen
// once released: SQL and data steps only, never a call into code that may change later.
import type { Database } from 'better-sqlite3';
import * as m001 from './001_init';
import * as m002 from './002_search';
import * as m003 from './003_search_combined_facets';
import * as m004 from './004_site_city';
import * as m005 from './005_attempts';
import * as m006 from './006_audit_ref';
import * as m007 from './007_meta';
import * as m008 from './008_placement';

export interface Migration {
  name: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008];
