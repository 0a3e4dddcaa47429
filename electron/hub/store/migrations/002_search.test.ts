// Migration 002 on an in-memory database: the search tables exist (schema only), and postings written before the
// upgrade are indexed by the hub's start-time upkeep (search/upkeep.ts) and searchable at once.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../db';
import { MIGRATIONS } from './index';
import { createPostingSearch } from '../../search/index';
import { upkeepSearchIndex } from '../../search/upkeep';
import { SearchArgs } from '../../../../shared/protocol/commands';

function postingRow(id: string, trade: string, title: string, status: string, publishedAt: number | null) {
  const data = {
    id,
    version: 1,
    updatedAt: 1,
    employerId: 'e1',
    employerKind: 'enterprise',
    employerName: '石家庄恒达物业服务有限公司',
    trade,
    title,
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
    publishedAt,
    expiresAt: null,
    status,
    createdAt: 1,
    createdBy: null,
  };
  return [id, 'e1', status, trade, 'daily', '130102', 32.5, publishedAt, null, 1, JSON.stringify(data)];
}

describe('migration 002: search index', () => {
  it('creates the index tables; the upkeep at start indexes the postings already there', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      `INSERT INTO employers (id, kind, vetting, blocked, version, data) VALUES ('e1', 'enterprise', 'approved', 0, 1, '{}')`,
    ).run();
    const insert = db.prepare(
      `INSERT INTO postings (id, employer_id, status, trade, job_type, district, pay_hourly, published_at, expires_at,
        version, data) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
    );
    insert.run(...postingRow('p1', 'electrician', '小区电路检修电工', 'published', 1000));
    insert.run(...postingRow('p2', 'carpenter', '装修木工师傅', 'published', 2000));
    insert.run(...postingRow('p3', 'electrician', '电工草稿', 'draft', null));

    expect(migrate(db, MIGRATIONS.slice(0, 2))).toBe(2);
    expect(schemaVersion(db)).toBe(2);
    const tables = (
      db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'search_%'`).all() as { name: string }[]
    ).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['search_all', 'search_live', 'search_docs']));
    // The migration is schema only: it indexes nothing itself.
    expect(db.prepare(`SELECT COUNT(*) AS n FROM search_docs`).get()).toEqual({ n: 0 });

    migrate(db);
    expect(upkeepSearchIndex(db)).toEqual({ rebuilt: true, touched: 3 });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM search_docs`).get()).toEqual({ n: 3 });
    // Only published postings are in the public index.
    expect(db.prepare(`SELECT COUNT(*) AS n FROM search_live`).get()).toEqual({ n: 2 });

    const search = createPostingSearch(db);
    const find = (q: string, staff = false) =>
      search.search(SearchArgs.parse({ q, includeAll: staff }), { staff, now: 5000, homeDistrict: '130102' }).ids;
    expect(find('电工')).toEqual(['p1']);
    expect(find('dg')).toEqual(['p1']);
    expect(find('木工')).toEqual(['p2']);
    // Staff may include drafts; the draft was created (at 1) before p1 was published (at 1000).
    expect(find('电工', true)).toEqual(['p1', 'p3']);
  });

  it('numbers postings newest first, oldest published getting the largest number', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      `INSERT INTO employers (id, kind, vetting, blocked, version, data) VALUES ('e1', 'enterprise', 'approved', 0, 1, '{}')`,
    ).run();
    const insert = db.prepare(
      `INSERT INTO postings (id, employer_id, status, trade, job_type, district, pay_hourly, published_at, expires_at,
        version, data) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
    );
    insert.run(...postingRow('new', 'cleaner', '保洁', 'published', 3000));
    insert.run(...postingRow('old', 'cleaner', '保洁', 'published', 1000));
    migrate(db);
    upkeepSearchIndex(db);
    const docs = db.prepare(`SELECT posting_id FROM search_docs ORDER BY doc`).all() as { posting_id: string }[];
    expect(docs.map((d) => d.posting_id)).toEqual(['new', 'old']);
  });
});
