// Migration 008 gives every old application its history (created, then its status; `interview` becomes
// `interviewed`), empty referral / wage / agreement, a change in the log, and step rows for the numbers; and
// creates the slip counter, agreements and disputes tables.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../db';
import { MIGRATIONS } from './index';

describe('migration 008: placements', () => {
  it('turns old applications into placement records with a history', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 7));
    db.prepare(`INSERT INTO site (id, version, data) VALUES ('site', 1, ?)`).run(
      JSON.stringify({ id: 'site', timeZone: 'Asia/Shanghai' }),
    );
    db.prepare(
      `INSERT INTO employers (id, kind, vetting, blocked, version, data) VALUES ('e1','enterprise','approved',0,1,'{}')`,
    ).run();
    db.prepare(
      `INSERT INTO postings (id, employer_id, status, trade, job_type, district, version, data)
       VALUES ('p1','e1','published','electrician','daily','130102',1,'{}')`,
    ).run();
    const created = Date.parse('2026-11-29T23:30:00+08:00');
    const old = {
      id: 'a1',
      version: 2,
      updatedAt: created + 3_600_000,
      postingId: 'p1',
      workerId: 'w1',
      phone: '13900000000',
      source: 'kiosk',
      status: 'interview',
      note: '约了周一',
      createdAt: created,
      handledBy: 'u1',
    };
    db.prepare(
      `INSERT INTO applications (id, posting_id, worker_id, phone, status, version, data)
       VALUES ('a1','p1','w1','13900000000','interview',2,?)`,
    ).run(JSON.stringify(old));
    expect(migrate(db, MIGRATIONS.slice(0, 8))).toBe(8);
    const row = db.prepare(`SELECT status, version, data FROM applications WHERE id = 'a1'`).get() as {
      status: string;
      version: number;
      data: string;
    };
    const app = JSON.parse(row.data);
    expect(row).toMatchObject({ status: 'interviewed', version: 3 });
    // The columns the exports read beside the record.
    expect(db.prepare(`SELECT created_at, source FROM applications WHERE id = 'a1'`).get()).toEqual({
      created_at: created,
      source: 'kiosk',
    });
    expect(app).toMatchObject({ status: 'interviewed', referral: null, wage: null, agreement: null, note: '约了周一' });
    expect(app.history.map((s: { status: string }) => s.status)).toEqual(['new', 'interviewed']);
    expect(app.history[1].note).toBe('约了周一');
    expect(db.prepare(`SELECT entity, id FROM changes`).all()).toEqual([{ entity: 'application', id: 'a1' }]);
    // Step rows carry the hall day (the 29th in Shanghai, though it was the 29th 15:30 UTC) and the posting's facets.
    expect(db.prepare(`SELECT status, day, trade, job_type, district FROM placement_steps ORDER BY id`).all()).toEqual([
      { status: 'new', day: '2026-11-29', trade: 'electrician', job_type: 'daily', district: '130102' },
      { status: 'interviewed', day: '2026-11-30', trade: 'electrician', job_type: 'daily', district: '130102' },
    ]);
    for (const table of ['slip_counters', 'agreements', 'disputes'])
      expect(db.prepare(`SELECT COUNT(*) n FROM ${table}`).get()).toEqual({ n: 0 });
  });

  it('keeps slip numbers and receipt codes unique', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare(
      `INSERT INTO employers (id, kind, vetting, blocked, version, data) VALUES ('e1','enterprise','approved',0,1,'{}')`,
    ).run();
    db.prepare(
      `INSERT INTO postings (id, employer_id, status, trade, job_type, district, version, data)
       VALUES ('p1','e1','published','x','daily','1',1,'{}')`,
    ).run();
    const put = db.prepare(
      `INSERT INTO applications (id, posting_id, status, version, data, slip_no, receipt_code) VALUES (?, 'p1', 'referred', 1, '{}', ?, ?)`,
    );
    put.run('a1', 'S1', 'C1');
    expect(() => put.run('a2', 'S1', 'C2')).toThrow(/UNIQUE/);
    expect(() => put.run('a3', 'S3', 'C1')).toThrow(/UNIQUE/);
  });
});
