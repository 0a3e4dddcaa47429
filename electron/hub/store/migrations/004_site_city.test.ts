// Migration 004 turns a hall of the old fixed Shijiazhuang district list into a hall set up for 石家庄市 whose
// records hold division codes and logs each rewrite so stations catch up; the hub's start-time upkeep then
// re-indexes search.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db';
import { MIGRATIONS } from './index';
import { createPostingSearch } from '../../search/index';
import { upkeepSearchIndex } from '../../search/upkeep';
import { cityByCode, districtsOf } from '../../divisions';
import { SearchArgs } from '../../../../shared/protocol/commands';
import { isSetUp } from '../../../../shared/domain/site';

const insert = (db: Database.Database, sql: string, ...args: unknown[]) => db.prepare(sql).run(...args);
const data = (db: Database.Database, table: string, id: string) =>
  JSON.parse((db.prepare(`SELECT data FROM ${table} WHERE id = ?`).get(id) as { data: string }).data);

describe('migration 004: the site city', () => {
  it('sets an old hall up as 石家庄市 and gives every district its division code', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 3));
    const site = {
      id: 'site',
      version: 1,
      updatedAt: 1,
      name: '石家庄市零工市场',
      district: 'qiaoxi',
      minHourlyWage: 22,
      publicUrl: '',
    };
    insert(db, `INSERT INTO site (id, version, data) VALUES ('site', 1, ?)`, JSON.stringify(site));
    insert(
      db,
      `INSERT INTO employers (id, kind, vetting, blocked, version, data) VALUES ('e1', 'enterprise', 'approved', 0, 1, ?)`,
      JSON.stringify({ id: 'e1', version: 1, district: 'gaoxin', name: '石家庄恒达物业服务有限公司' }),
    );
    const posting = {
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
      district: 'changan',
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
    insert(
      db,
      `INSERT INTO postings (id, employer_id, status, trade, job_type, district, pay_hourly, published_at, expires_at,
        version, data) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
      'p1',
      'e1',
      'published',
      'electrician',
      'daily',
      'changan',
      32.5,
      1000,
      null,
      1,
      JSON.stringify(posting),
    );
    insert(
      db,
      `INSERT INTO workers (id, phone, status, version, data) VALUES ('w1', '13800000001', 'active', 3, ?)`,
      JSON.stringify({ id: 'w1', version: 3, districts: ['yuhua', 'zhengding'] }),
    );
    insert(
      db,
      `INSERT INTO stations (id, role, version, data) VALUES ('s1', 'display', 1, ?)`,
      JSON.stringify({
        id: 's1',
        role: 'display',
        display: { filters: { jobTypes: [], trades: [], districts: ['xinhua'] } },
      }),
    );
    insert(
      db,
      `INSERT INTO stations (id, role, version, data) VALUES ('s2', 'kiosk', 1, ?)`,
      JSON.stringify({ id: 's2', role: 'kiosk', display: null }),
    );
    const headBefore = (db.prepare(`SELECT COALESCE(MAX(seq), 0) s FROM changes`).get() as { s: number }).s;

    expect(migrate(db, MIGRATIONS.slice(0, 4))).toBe(4);

    const migrated = data(db, 'site', 'site');
    expect(isSetUp(migrated)).toBe(true);
    expect(migrated).toMatchObject({ name: '石家庄市零工市场', district: '130104', minHourlyWage: 22, version: 2 });
    expect(migrated.city).toEqual({ code: '130100', zh: '石家庄市', en: 'Shijiazhuang', province: '河北省' });
    expect(migrated.districts.map((d: { code: string }) => d.code)).toEqual(
      expect.arrayContaining(['130102', '130171']),
    );
    expect(data(db, 'postings', 'p1')).toMatchObject({ district: '130102', version: 2 });
    expect(db.prepare(`SELECT district FROM postings WHERE id = 'p1'`).get()).toEqual({ district: '130102' });
    expect(data(db, 'employers', 'e1').district).toBe('130171');
    expect(data(db, 'workers', 'w1')).toMatchObject({ districts: ['130108', '130123'], version: 4 });
    expect(data(db, 'stations', 's1').display.filters.districts).toEqual(['130105']);
    // One change per rewritten record (the kiosk station had nothing to rewrite), so stations catch up.
    const logged = db.prepare(`SELECT entity, id FROM changes WHERE seq > ? ORDER BY seq`).all(headBefore);
    expect(logged).toEqual([
      { entity: 'site', id: 'site' },
      { entity: 'posting', id: 'p1' },
      { entity: 'employer', id: 'e1' },
      { entity: 'worker', id: 'w1' },
      { entity: 'station', id: 's1' },
    ]);
    // Search filters by the new code and reads the district's name, once the hub has re-indexed at start.
    migrate(db);
    expect(upkeepSearchIndex(db).rebuilt).toBe(true);
    const search = createPostingSearch(db);
    const find = (extra: object) =>
      search.search(SearchArgs.parse(extra), { staff: false, now: 5000, homeDistrict: '130104' }).ids;
    expect(find({ districts: ['130102'] })).toEqual(['p1']);
    expect(find({ jobTypes: ['daily'], districts: ['130102'] })).toEqual(['p1']);
    expect(find({ q: '长安' })).toEqual(['p1']);
  });

  it('writes 石家庄市 as the divisions data gave it when the migration was frozen', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare(`INSERT INTO site (id, version, data) VALUES ('site', 1, ?)`).run(
      JSON.stringify({ id: 'site', version: 1, updatedAt: 1, name: '大厅', district: 'changan', minHourlyWage: 22 }),
    );
    migrate(db, MIGRATIONS.slice(0, 4));
    const site = data(db, 'site', 'site');
    expect(site.city).toEqual(cityByCode('130100'));
    expect(site.districts).toEqual(districtsOf('130100'));
  });

  it('leaves a new database alone: the hub creates its site not set up', () => {
    const db = new Database(':memory:');
    expect(migrate(db, MIGRATIONS.slice(0, 4))).toBe(4);
    expect(db.prepare(`SELECT COUNT(*) n FROM site`).get()).toEqual({ n: 0 });
  });
});
