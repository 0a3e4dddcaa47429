// The posting and notice rules of shared/rules/ as SQL and as predicates agree: both run over the same records in
// a real SQLite database with the hub's own schema (all migrations) and write path, at clock values on and
// around every expiry, and pick the same rows. Drafts, filled (by status and by count), closed, expired, past
// expiry but not yet swept, open-ended and about-to-expire postings are all in the table.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './store/db';
import { Records } from './store/records';
import type { Notice, Posting } from '../../shared/domain/entities';
import { POSTING_STATUSES } from '../../shared/domain/enums';
import {
  dueToExpireSql,
  isDueToExpire,
  isListed,
  isOpen,
  listedSql,
  notPastExpirySql,
  isPastExpiry,
  openSql,
} from '../../shared/rules/posting';
import { isNoticeLive, noticeLiveSql } from '../../shared/rules/notice';

const T = Date.parse('2026-11-29T10:00:00+08:00');
const EXPIRIES = [null, T - 60_000, T - 1, T, T + 1, T + 60_000];
/** Clock values: before, on and just after each expiry. */
const CLOCKS = [T - 60_001, T - 60_000, T - 2, T - 1, T, T + 1, T + 2, T + 60_000, T + 60_001];

function posting(id: string, over: Partial<Posting>): Omit<Posting, 'version' | 'updatedAt'> {
  return {
    id,
    employerId: 'e1',
    employerKind: 'enterprise',
    employerName: '测试公司',
    trade: 'electrician',
    title: '电工',
    jobType: 'daily',
    pay: { amount: 260, unit: 'day', settlement: 'daily' },
    district: 'changan',
    address: '',
    headcount: 3,
    filledCount: 0,
    startDate: '2026-11-29',
    endDate: null,
    dailyHours: null,
    requirements: { certificates: [], minExperienceYears: 0, note: '' },
    benefits: { meals: false, lodging: false, transport: false },
    description: '',
    publishedAt: T - 86_400_000,
    expiresAt: null,
    status: 'published',
    createdAt: T - 86_400_000,
    createdBy: null,
    ...over,
  };
}

describe('posting and notice rules: SQL and predicates agree', () => {
  let db: Database.Database;
  let records: Records;
  const postings: Posting[] = [];
  const notices: Notice[] = [];

  beforeAll(() => {
    db = new Database(':memory:');
    migrate(db);
    records = new Records(db);
    db.transaction(() => {
      records.put(
        'employer',
        {
          id: 'e1',
          kind: 'enterprise',
          name: '测试公司',
          creditCode: null,
          legalRep: '',
          householderId: null,
          contactName: '王',
          contactPhone: '13800000000',
          address: '',
          district: 'changan',
          vetting: 'approved',
          blocked: false,
          blockReason: '',
          createdAt: T,
        },
        T,
      );
      let n = 0;
      for (const status of POSTING_STATUSES)
        for (const filledCount of [0, 2, 3, 4])
          for (const expiresAt of EXPIRIES) {
            const { record } = records.put('posting', posting(`p${n++}`, { status, filledCount, expiresAt }), T);
            postings.push(record as Posting);
          }
      for (const cleared of [false, true])
        for (const expiresAt of EXPIRIES.filter((e): e is number => e !== null)) {
          const { record } = records.put(
            'notice',
            { id: `n${n++}`, text: '通知', kind: 'normal', expiresAt, cleared, createdAt: T - 1000 },
            T,
          );
          notices.push(record);
        }
    })();
  });
  afterAll(() => db.close());

  const idsWhere = (table: string, where: string, ...params: unknown[]) =>
    (db.prepare(`SELECT id FROM ${table} WHERE ${where} ORDER BY id`).all(...params) as { id: string }[])
      .map((r) => r.id)
      .sort();
  const idsOf = <R extends { id: string }>(list: R[], pred: (r: R) => boolean) =>
    list
      .filter(pred)
      .map((r) => r.id)
      .sort();

  it('has every kind of posting the rules tell apart', () => {
    expect(postings).toHaveLength(POSTING_STATUSES.length * 4 * EXPIRIES.length);
    expect(postings.some((p) => p.status === 'published' && p.filledCount >= p.headcount)).toBe(true);
    expect(postings.filter((p) => isOpen(p, T)).length).toBeGreaterThan(0);
  });

  it('listed', () => {
    expect(idsWhere('postings', listedSql())).toEqual(idsOf(postings, isListed));
    expect(idsWhere('postings p', listedSql('p'))).toEqual(idsOf(postings, isListed));
  });

  it.each(CLOCKS)('open, not past expiry and due to expire at clock %d', (clock) => {
    const at = clock as number;
    expect(idsWhere('postings', openSql(), at)).toEqual(idsOf(postings, (p) => isOpen(p, at)));
    expect(idsWhere('postings p', openSql('p'), at)).toEqual(idsOf(postings, (p) => isOpen(p, at)));
    expect(idsWhere('postings', notPastExpirySql(), at)).toEqual(idsOf(postings, (p) => !isPastExpiry(p, at)));
    expect(idsWhere('postings', dueToExpireSql(), at)).toEqual(idsOf(postings, (p) => isDueToExpire(p, at)));
  });

  it.each(CLOCKS)('notice live at clock %d', (clock) => {
    const at = clock as number;
    expect(idsWhere('notices', noticeLiveSql(), at)).toEqual(idsOf(notices, (n) => isNoticeLive(n, at)));
    expect(idsWhere('notices n', noticeLiveSql('n'), at)).toEqual(idsOf(notices, (n) => isNoticeLive(n, at)));
  });
});
