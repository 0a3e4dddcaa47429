// What a kiosk can learn about people (docs/security.md): the identified worker's own view carries only what the
// kiosk shows (masked phone, own applications' status) — never the ID number, the name or staff notes — and a
// kiosk registration does not tell whether a phone is already registered; kiosks registering in bulk are slowed.
import { afterEach, describe, expect, it } from 'vitest';
import { staffStation, startTestHub, station, waitFor, type TestHub, type TestStation } from '../helpers/hub';
import { approvedEmployer, postingArgs, validResidentId } from '../helpers/fixtures';
import type { CommandReply } from '../../shared/protocol/events';

const ID_NUMBER = /(?<!\d)\d{17}[\dX](?![\dX])/;

let hub: TestHub | null = null;
const open: TestStation[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) s.close();
  await hub?.destroy();
  hub = null;
});

function received(s: TestStation, from = 0): string {
  return JSON.stringify(s.received.slice(from));
}

describe('the kiosk’s view of an identified worker', () => {
  it('holds the masked phone and the status of own applications, nothing else personal', async () => {
    hub = await startTestHub();
    const staff = await staffStation(hub.url);
    open.push(staff);
    const idNumber = validResidentId('19690315', 'male');
    const { workerId } = await staff.ok('worker.register', {
      consent: { version: '2026-1', at: Date.now() },
      name: '王建国',
      phone: '13912345678',
      idNumber,
      trades: ['electrician'],
      pin: '2468',
    });
    const employerId = await approvedEmployer(staff);
    const { id: postingId } = await staff.ok('posting.create', postingArgs(employerId));
    const { id: appId } = await staff.ok('application.create', {
      postingId,
      phone: '13912345678',
      source: 'desk',
      note: '欠薪纠纷，谨慎推荐',
    });
    const kiosk = await station(hub.url, 'kiosk');
    open.push(kiosk);
    const me = await kiosk.ok('worker.identify', { phone: '13912345678', pin: '2468' });
    expect(me.worker).toEqual({
      id: workerId,
      phoneMasked: '139****5678',
      trades: ['electrician'],
      jobTypes: [],
      districts: [],
      availability: [],
    });
    expect(me.applications).toEqual([
      { id: appId, postingId, postingTitle: '小区电路检修电工', status: 'new', createdAt: expect.any(Number) },
    ]);
    // A staff follow-up reaches the kiosk as a new status, without the note.
    const before = kiosk.received.length;
    await staff.ok('application.update', { id: appId, status: 'contacted', note: '已电话联系，不要推荐夜班' });
    await waitFor(() => kiosk.received.slice(before).some((r) => r.event === 'worker:self'), 3000, 'pushed self');
    const all = received(kiosk);
    for (const secret of ['王建国', '13912345678', idNumber, '欠薪纠纷', '不要推荐夜班', 'pin_hash'])
      expect(all).not.toContain(secret);
    expect(all).not.toMatch(ID_NUMBER);
    expect(received(kiosk, before)).toContain('contacted');
  });
});

describe('registering at a kiosk', () => {
  const args = (phone: string) => ({
    consent: { version: '2026-1', at: Date.now() },
    name: '',
    nameIncomplete: true,
    phone,
    trades: ['mover' as const],
    pin: '1357',
  });
  /** A reply with its random parts replaced, to compare shapes. */
  const shape = (r: CommandReply<'worker.register'>) =>
    JSON.stringify(r, (k, v) => (k === 'workerId' && typeof v === 'string' ? 'ID' : v));

  it('answers a registered phone exactly as a new one, and changes nothing of the registered worker', async () => {
    hub = await startTestHub();
    const staff = await staffStation(hub.url);
    open.push(staff);
    const { workerId } = await staff.ok('worker.register', {
      consent: { version: '2026-1', at: Date.now() },
      name: '李秀英',
      phone: '13700001111',
      trades: ['cleaner'],
      pin: '2468',
    });
    const kiosk = await station(hub.url, 'kiosk');
    open.push(kiosk);
    const stored = JSON.stringify(hub.hub.records.get('worker', workerId));
    // What the kiosk receives in the wake of each: the reply, and a head-seq update on the public stream.
    const events = () => kiosk.received.map((r) => r.event).join(',');
    const e0 = events();
    const known = await kiosk.send('worker.register', args('13700001111'));
    const e1 = events();
    const fresh = await kiosk.send('worker.register', args('13700002222'));
    const e2 = events();
    expect(shape(known)).toBe(shape(fresh));
    expect(e1.slice(e0.length)).toBe(e2.slice(e1.length));
    expect(known.ok).toBe(true);
    // Registering identifies nobody on the socket (it may be a replay), for a new phone or a known one alike.
    expect(kiosk.received.some((r) => r.event === 'worker:self')).toBe(false);
    expect(received(kiosk)).not.toContain('李秀英');
    expect(received(kiosk)).not.toContain('cleaner');
    expect(JSON.stringify(hub.hub.records.get('worker', workerId))).toBe(stored);
    expect(hub.hub.records.list('worker', 'phone = ?', '13700001111')).toHaveLength(1);
    // The registered worker's PIN is still theirs.
    expect((await kiosk.send('worker.identify', { phone: '13700001111', pin: '2468' })).ok).toBe(true);
    // The desk learns of the attempt from the audit log, entered against the registered worker.
    const audit = await staff.ok('audit.list', { limit: 5 });
    expect(audit.items.find((i) => i.command === 'worker.register' && i.who === null)?.summary).toContain(
      '137****1111',
    );
  });

  it('slows a kiosk that registers phone after phone, saying how long to wait', async () => {
    hub = await startTestHub();
    const kiosk = await station(hub.url, 'kiosk');
    open.push(kiosk);
    const codes: string[] = [];
    let message = '';
    for (let i = 0; i < 8; i++) {
      const r = await kiosk.send('worker.register', args(`1360000000${i}`));
      codes.push(r.ok ? 'ok' : r.error.code);
      if (!r.ok) message = r.error.message.zh;
    }
    expect(codes.slice(0, 5)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(codes).toContain('rate_limited');
    expect(message).toMatch(/请 \d+ (秒|分钟)后再试/);
  });
});
