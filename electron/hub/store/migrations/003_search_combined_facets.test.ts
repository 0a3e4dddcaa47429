// Migration 003 re-indexes postings indexed by 002, so filtered searches that use the combined
// job type × district (× pay) tokens find them.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../db';
import { MIGRATIONS } from './index';
import { createPostingSearch } from '../../search/index';
import { SearchArgs } from '../../../../shared/protocol/commands';

describe('migration 003: combined facet tokens', () => {
  it('re-indexes existing postings with the combined tokens', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    db.prepare(
      `INSERT INTO employers (id, kind, vetting, blocked, version, data) VALUES ('e1', 'enterprise', 'approved', 0, 1, '{}')`,
    ).run();
    const data = {
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
    db.prepare(
      `INSERT INTO postings (id, employer_id, status, trade, job_type, district, pay_hourly, published_at, expires_at,
        version, data) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
    ).run('p1', 'e1', 'published', 'electrician', 'daily', '130102', 32.5, 1000, null, 1, JSON.stringify(data));
    // Written by 002's indexer: no combined tokens yet.
    db.prepare(`DELETE FROM search_docs`).run();
    db.exec(
      `INSERT INTO search_live (search_live) VALUES ('delete-all'); INSERT INTO search_all (search_all) VALUES ('delete-all');`,
    );
    expect(migrate(db, MIGRATIONS.slice(0, 3))).toBe(3);
    expect(schemaVersion(db)).toBe(3);
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
