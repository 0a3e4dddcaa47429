// Re-indexing outside schema versions: the index is rebuilt at start only when its version stamp differs, and
// otherwise only what is stale is repaired.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../store/db';
import { SEARCH_INDEX_VERSION, upkeepSearchIndex } from './upkeep';

describe('search index upkeep', () => {
  it('rebuilds when the stamp differs, repairs otherwise', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare(
      `INSERT INTO employers (id, kind, vetting, blocked, version, data) VALUES ('e1', 'enterprise', 'approved', 0, 1, '{}')`,
    ).run();
    const posting = (id: string) => ({
      id,
      version: 1,
      updatedAt: 1,
      employerId: 'e1',
      employerKind: 'enterprise',
      employerName: '恒达物业',
      trade: 'cleaner',
      title: '保洁',
      jobType: 'daily',
      pay: { amount: 200, unit: 'day', settlement: 'daily' },
      district: '130102',
      address: '',
      headcount: 1,
      filledCount: 0,
      startDate: '2026-12-01',
      endDate: null,
      dailyHours: null,
      requirements: { certificates: [], minExperienceYears: 0, note: '' },
      benefits: { meals: false, lodging: false, transport: false },
      description: '',
      publishedAt: 1000,
      expiresAt: null,
      status: 'published',
      createdAt: 1,
      createdBy: null,
    });
    const insert = (id: string) =>
      db
        .prepare(
          `INSERT INTO postings (id, employer_id, status, trade, job_type, district, pay_hourly, published_at, expires_at,
            version, data) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
        )
        .run(id, 'e1', 'published', 'cleaner', 'daily', '130102', 25, 1000, null, 1, JSON.stringify(posting(id)));
    insert('p1');
    insert('p2');
    expect(upkeepSearchIndex(db)).toEqual({ rebuilt: true, touched: 2 });
    expect(db.prepare(`SELECT value FROM meta WHERE key = 'search_index_version'`).get()).toEqual({
      value: String(SEARCH_INDEX_VERSION),
    });
    // Same version: nothing to do, then only the posting written behind the index's back.
    expect(upkeepSearchIndex(db)).toEqual({ rebuilt: false, touched: 0 });
    insert('p3');
    expect(upkeepSearchIndex(db)).toEqual({ rebuilt: false, touched: 1 });
    // A new indexer version: everything again.
    expect(upkeepSearchIndex(db, SEARCH_INDEX_VERSION + 1)).toEqual({ rebuilt: true, touched: 3 });
  });
});
