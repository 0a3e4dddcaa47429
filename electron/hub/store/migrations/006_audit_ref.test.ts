// Migration 006 gives audit entries their ref, masks phone and ID numbers in their arguments, and scrubs workers
// deleted before it from the change log, stored replies and the audit log.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../db';
import { MIGRATIONS } from './index';

describe('migration 006: audit ref and erasure backfill', () => {
  it('redacts old audit arguments and scrubs what a deletion left behind', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 5));
    const alive = { id: 'w1', phone: '13912345678', idNumber: '130102196903151214', name: '王建国', status: 'active' };
    const erased = { id: 'w2', phone: '', idNumber: null, name: '', status: 'deleted' };
    const before = { id: 'w2', phone: '13700001111', idNumber: '13010219750101122X', name: '李秀英', status: 'active' };
    const ins = db.prepare(`INSERT INTO workers (id, phone, status, version, data) VALUES (?, ?, ?, 1, ?)`);
    ins.run('w1', alive.phone, 'active', JSON.stringify(alive));
    ins.run('w2', null, 'deleted', JSON.stringify(erased));
    const change = db.prepare(`INSERT INTO changes (entity, id, op, data, at) VALUES ('worker', ?, 'put', ?, 1)`);
    change.run('w1', JSON.stringify(alive));
    change.run('w2', JSON.stringify(before));
    change.run('w2', JSON.stringify(erased));
    const audit = db.prepare(
      `INSERT INTO audit (at, user_id, station_id, command, summary, args) VALUES (1, 'u', 's', ?, ?, ?)`,
    );
    audit.run('worker.update', '李秀英: phone', JSON.stringify({ id: 'w2', patch: { phone: '13700001111' } }));
    audit.run('worker.update', '王建国: idNumber', JSON.stringify({ id: 'w1', patch: { idNumber: alive.idNumber } }));
    audit.run('staff.setPassword', 'wang', JSON.stringify({ id: 'u2', password: 'secret-pw' }));
    db.prepare(`INSERT INTO commands (id, name, station_id, reply, at) VALUES ('c1', 'worker.update', 's', ?, 1)`).run(
      JSON.stringify({ ok: false, error: { code: 'conflict', current: before } }),
    );

    migrate(db, MIGRATIONS.slice(0, 6));
    expect(schemaVersion(db)).toBe(6);
    const rows = db.prepare(`SELECT ref, summary, args FROM audit ORDER BY id`).all() as {
      ref: string;
      summary: string;
      args: string;
    }[];
    expect(rows.map((r) => r.ref)).toEqual(['w2', 'w1', 'u2']);
    expect(rows[0]).toMatchObject({ summary: '[已删除]', args: '{}' });
    expect(rows[1]!.summary).toBe('王建国: idNumber'); // a worker still registered keeps the entry, masked
    expect(JSON.parse(rows[1]!.args)).toEqual({ id: 'w1', patch: { idNumber: '13**************14' } });
    expect(JSON.parse(rows[2]!.args)).toEqual({ id: 'u2', password: '***' });
    const everything = JSON.stringify([
      db.prepare(`SELECT * FROM changes WHERE id = 'w2'`).all(),
      db.prepare(`SELECT * FROM commands`).all(),
      db.prepare(`SELECT * FROM audit`).all(),
    ]);
    for (const secret of ['13700001111', '13010219750101122X', '李秀英']) expect(everything).not.toContain(secret);
    // The living worker's history is untouched.
    expect(JSON.stringify(db.prepare(`SELECT data FROM changes WHERE id = 'w1'`).all())).toContain(alive.phone);
    db.close();
  });
});
