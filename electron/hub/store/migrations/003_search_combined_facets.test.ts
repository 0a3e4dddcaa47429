// Migration 003 empties the index 002-era hubs wrote (without the combined job type × district (× pay) tokens);
// the start-time upkeep then fills it again with the current indexer, so filtered searches find old postings.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../db';
import { MIGRATIONS } from './index';
import { createPostingSearch } from '../../search/index';
import { SearchIndexer } from '../../search/indexer';
import { upkeepSearchIndex } from '../../search/upkeep';
import { SearchArgs } from '../../../../shared/protocol/commands';
import type { Posting } from '../../../../shared/domain/entities';

const posting: Posting = {
  id: 'p1',
  version: 1,
  updatedAt: 1,
  employerId: 'e1',
  employerKind: 'enterprise',
  employerName: '石家庄恒达物业服务有限公司',
  trade: 'electrician',
  title: '小区电路检修电工',
  jobType: 'daily',
  pay: { amount: 260, unit: 'day', settlement: 'daily' },
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
};

describe('migration 003: combined facet tokens', () => {
  it('empties the old index, and the upkeep at start re-indexes with the combined tokens', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare(
      `INSERT INTO employers (id, kind, vetting, blocked, version, data) VALUES ('e1', 'enterprise', 'approved', 0, 1, '{}')`,
    ).run();
    db.prepare(
      `INSERT INTO postings (id, employer_id, status, trade, job_type, district, pay_hourly, published_at, expires_at,
        version, data) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
    ).run('p1', 'e1', 'published', 'electrician', 'daily', '130102', 32.5, 1000, null, 1, JSON.stringify(posting));
    // An index as a 002-era hub left it (whatever it held).
    new SearchIndexer(db).index(posting);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM search_docs`).get()).toEqual({ n: 1 });

    expect(migrate(db, MIGRATIONS.slice(0, 3))).toBe(3);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM search_docs`).get()).toEqual({ n: 0 });

    migrate(db);
    upkeepSearchIndex(db);
    const search = createPostingSearch(db);
    const find = (extra: object) =>
      search.search(SearchArgs.parse({ q: '电工', ...extra }), { staff: false, now: 5000, homeDistrict: '130102' }).ids;
    expect(find({ jobTypes: ['daily', 'hourly'], districts: ['130102', '130104'] })).toEqual(['p1']);
    expect(find({ jobTypes: ['daily'], districts: ['130102'], payMin: 30 })).toEqual(['p1']);
    expect(find({ jobTypes: ['daily'], districts: ['130102'], payMin: 35 })).toEqual([]);
    expect(find({ jobTypes: ['hourly'], districts: ['130102'] })).toEqual([]);
    expect(find({ jobTypes: ['daily'], districts: ['130104'] })).toEqual([]);
  });
});
