// Projections per role: personal data never reaches a display, and a kiosk sees only the worker who identified on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffStation, startTestHub, station, waitFor, type TestHub, type TestStation } from '../helpers/hub';
import { approvedEmployer, postingArgs, validResidentId } from '../helpers/fixtures';

// Digit boundaries: a 13-digit timestamp contains 11 digits that look like a phone number.
const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const ID_NUMBER = /(?<!\d)\d{17}[\dX](?![\dX])/;

function everything(s: TestStation): string {
  return JSON.stringify(s.received);
}

describe('projections', () => {
  let hub: TestHub;
  let staff: TestStation;
  beforeAll(async () => {
    hub = await startTestHub();
    staff = await staffStation(hub.url);
  });
  afterAll(async () => {
    staff.close();
    await hub.destroy();
  });

  it('never sends a phone number or ID number to a display socket', async () => {
    const display = await station(hub.url, 'display');
    const employerId = await approvedEmployer(staff);
    const { id: household } = await staff.ok('employer.create', {
      kind: 'household',
      name: '赵女士家',
      householderId: validResidentId('19750101', 'female'),
      contactName: '赵女士',
      contactPhone: '13833334444',
      address: '裕华区槐安路1号3单元',
      district: '130108',
    });
    await staff.ok('employer.vet', {
      employerId: household,
      outcome: 'approved',
      note: '',
      checks: { creditSystemChecked: false, operatingNormal: false, notOnAbnormalList: false, licenceSeen: true },
    });
    const { id: p1 } = await staff.ok('posting.create', postingArgs(employerId));
    const { id: p2 } = await staff.ok(
      'posting.create',
      postingArgs(household, {
        trade: 'housekeeping',
        title: '家庭保洁钟点工',
        jobType: 'hourly',
        pay: { amount: 30, unit: 'hour', settlement: 'daily' },
        address: '裕华区槐安路1号3单元',
      }),
    );
    await staff.ok('worker.register', {
      consent: { version: '2026-1', at: Date.now() },
      name: '王建国',
      phone: '13912345678',
      idNumber: validResidentId(),
      birthYear: 1969,
      gender: 'male',
      trades: ['electrician'],
      jobTypes: ['daily'],
      pin: '1234',
    });
    const { id: appId } = await staff.ok('application.create', {
      postingId: p1,
      phone: '13912345678',
      source: 'desk',
      note: '',
    });
    await staff.ok('application.update', { id: appId, status: 'contacted', note: '已电话联系' });
    await waitFor(() => display.table('posting').has(p2), 'household posting on display');
    const all = everything(display);
    expect(all).not.toMatch(PHONE);
    expect(all).not.toMatch(ID_NUMBER);
    expect(all).not.toContain('王建国');
    expect(all).not.toContain('赵女士');
    expect(all).not.toContain('槐安路'); // a household's address is private
    expect(display.table('worker').size).toBe(0);
    expect(display.table('application').size).toBe(0);
    expect(display.table('employer').size).toBe(0);
    // A reconnecting display's snapshot is just as clean.
    display.close();
    display.lastSeq = 0;
    await display.connect();
    expect(everything(display)).not.toMatch(PHONE);
    display.close();
  });

  it('lets a kiosk see only the worker who identified on it, and only until they leave', async () => {
    await staff.ok('worker.register', {
      consent: { version: '2026-1', at: Date.now() },
      name: '李秀英',
      phone: '13700001111',
      trades: ['cleaner'],
      pin: '2468',
    });
    const kiosk = await station(hub.url, 'kiosk');
    // Nothing personal before anyone identifies.
    expect(everything(kiosk)).not.toMatch(PHONE);
    const wrong = await kiosk.send('worker.identify', { phone: '13700001111', pin: '0000' });
    expect(!wrong.ok && wrong.error.code).toBe('bad_credentials');
    const me = await kiosk.ok('worker.identify', { phone: '13700001111', pin: '2468' });
    expect(me.worker.phoneMasked).toBe('137****1111');
    expect(JSON.stringify(me)).not.toContain('pin_hash');
    expect(JSON.stringify(me)).not.toContain('scrypt');
    // Another worker's edits do not reach this kiosk; their own do.
    const other = hub.hub.records.list('worker', 'phone = ?', '13912345678')[0]!;
    await staff.ok('worker.update', { id: other.id, baseVersion: other.version, patch: { experienceYears: 9 } });
    const mine = hub.hub.records.list('worker', 'phone = ?', '13700001111')[0]!;
    await staff.ok('worker.update', { id: mine.id, baseVersion: mine.version, patch: { experienceYears: 3 } });
    await waitFor(() => kiosk.received.some((r) => r.event === 'worker:self'), 'own record update');
    expect(everything(kiosk)).not.toContain('13912345678');
    expect(everything(kiosk)).not.toContain('王建国');
    // Staff-only commands are refused whatever the kiosk sends.
    const peek = await kiosk.send('worker.update', { id: other.id, baseVersion: 0, patch: {} });
    expect(!peek.ok && peek.error.code).toBe('forbidden');
    await kiosk.ok('worker.forget', {});
    const before = kiosk.received.length;
    await staff.ok('worker.update', { id: mine.id, baseVersion: mine.version + 1, patch: { experienceYears: 4 } });
    await kiosk.settled();
    expect(kiosk.received.slice(before).some((r) => r.event === 'worker:self')).toBe(false);
    kiosk.close();
  });

  it('refuses ID numbers from kiosks and stops PIN guessing', async () => {
    const kiosk = await station(hub.url, 'kiosk');
    const withId = await kiosk.send('worker.register', {
      consent: { version: '2026-1', at: Date.now() },
      name: '王芳',
      phone: '13600002222',
      idNumber: validResidentId(),
    });
    expect(!withId.ok && withId.error.field).toBe('idNumber');
    for (let i = 0; i < 5; i++) await kiosk.send('worker.identify', { phone: '13700001111', pin: `000${i}` });
    const locked = await kiosk.send('worker.identify', { phone: '13700001111', pin: '2468' });
    expect(!locked.ok && locked.error.code).toBe('rate_limited');
    kiosk.close();
  });
});
