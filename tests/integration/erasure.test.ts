// Erasure on request (个人信息保护法, docs/security.md "Erasure"): after staff delete a worker, neither their phone
// nor their ID number nor their name is anywhere in the site database — not in any table (the change log, stored
// replies, the audit log included), and not in the bytes of the file.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { staffStation, startTestHub, station } from '../helpers/hub';
import { approvedEmployer, postingArgs, validResidentId } from '../helpers/fixtures';

const PHONE = '13912345678';
const ID_NUMBER = validResidentId('19690315', 'male', 37);
const NAME = '赵铁柱';

/** Every row of every table (virtual tables and their shadow tables included), as text. */
function dumpAllTables(file: string): { table: string; text: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[];
    return tables.map(({ name }) => ({
      table: name,
      text: JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).raw().all(), (_k, v: unknown) =>
        Buffer.isBuffer(v) ? v.toString('latin1') : typeof v === 'bigint' ? String(v) : v,
      ),
    }));
  } finally {
    db.close();
  }
}

describe('deleting a worker on request', () => {
  it('leaves their phone, ID number and name in no table and nowhere in the database file', async () => {
    const hub = await startTestHub();
    try {
      const staff = await staffStation(hub.url);
      const { workerId } = await staff.ok('worker.register', {
        consent: { version: '2026-1', at: Date.now() },
        name: NAME,
        phone: PHONE,
        idNumber: ID_NUMBER,
        trades: ['electrician'],
        pin: '2468',
      });
      // Everything that used to copy personal data elsewhere: edits (audit args), a conflicting edit (its stored
      // reply carries the record), an application by phone with a staff note, a kiosk identify and a wrong PIN.
      const w = hub.hub.records.get('worker', workerId)!;
      await staff.ok('worker.update', { id: workerId, baseVersion: w.version, patch: { experienceYears: 12 } });
      const stale = await staff.send('worker.update', { id: workerId, baseVersion: w.version, patch: { name: NAME } });
      expect(!stale.ok && stale.error.code).toBe('conflict');
      const employerId = await approvedEmployer(staff);
      const { id: postingId } = await staff.ok('posting.create', postingArgs(employerId));
      const { id: appId } = await staff.ok('application.create', {
        postingId,
        phone: PHONE,
        source: 'phone',
        note: `${NAME} 来电，手机 ${PHONE}`,
      });
      await staff.ok('application.update', { id: appId, status: 'contacted', note: `已联系 ${PHONE}` });
      const kiosk = await station(hub.url, 'kiosk');
      await kiosk.send('worker.identify', { phone: PHONE, pin: '0000' });
      await kiosk.ok('worker.identify', { phone: PHONE, pin: '2468' });
      await kiosk.ok('application.create', { postingId, phone: PHONE, source: 'kiosk' });
      kiosk.close();
      const before = dumpAllTables(join(hub.dataDir, 'gighall.sqlite'))
        .filter((t) => t.text.includes(PHONE))
        .map((t) => t.table);
      expect(before).toEqual(expect.arrayContaining(['workers', 'changes', 'audit', 'commands', 'applications']));

      await staff.ok('worker.delete', { id: workerId });
      const file = join(hub.dataDir, 'gighall.sqlite');
      const found = dumpAllTables(file).flatMap(({ table, text }) =>
        [PHONE, ID_NUMBER, NAME].filter((s) => text.includes(s)).map((s) => `${table}: ${s}`),
      );
      expect(found).toEqual([]);
      // The counts survive: the worker row and their applications stay, anonymous.
      expect(hub.hub.records.get('worker', workerId)?.status).toBe('deleted');
      expect(hub.hub.records.list('application', 'worker_id = ?', workerId).length).toBeGreaterThan(0);
      staff.close();
      await hub.close();
      // Not in freed pages of the file either (secure_delete), nor in a WAL left behind.
      const bytes = readFileSync(file).toString('latin1');
      for (const s of [PHONE, ID_NUMBER]) expect(bytes.includes(s)).toBe(false);
      expect(bytes.includes(Buffer.from(NAME).toString('latin1'))).toBe(false);
    } finally {
      await hub.destroy();
    }
  });
});
