// A paired kiosk used to find a worker's PIN (docs/security.md, "PIN guessing"): failures count per phone and per
// kiosk, one account's success never clears another's, a PIN locks until the desk resets it, the counters survive
// a hub restart, and one visitor's slips slow a kiosk down for a while without locking out the next visitor.
import { afterEach, describe, expect, it } from 'vitest';
import { TestStation, staffStation, startTestHub, station, type TestHub } from '../helpers/hub';

const VICTIM = '13912340000';
const ATTACKER = '13855550000';

let hub: TestHub | null = null;
const open: TestStation[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) s.close();
  await hub?.destroy();
  hub = null;
});

/** A hub whose clock the test moves, so waits pass without sleeping. */
async function clockedHub(): Promise<{ hub: TestHub; advance(ms: number): void; clock: () => number }> {
  let now = Date.parse('2026-11-29T09:00:00+08:00');
  const clock = () => now;
  const started = await startTestHub({ clock });
  hub = started;
  return { hub: started, clock, advance: (ms) => (now += ms) };
}

async function register(staff: TestStation, phone: string, pin: string): Promise<string> {
  const { workerId } = await staff.ok('worker.register', {
    consent: { version: '2026-1', at: Date.now() },
    name: '测试工人',
    phone,
    trades: ['cleaner'],
    pin,
  });
  return workerId;
}

async function kiosk(url: string): Promise<TestStation> {
  const k = await station(url, 'kiosk');
  open.push(k);
  return k;
}

describe('PIN guessing from a kiosk', () => {
  it('locks the target PIN however the guesses are interleaved with the attacker’s own successful sign-ins', async () => {
    const { hub, advance } = await clockedHub();
    const staff = await staffStation(hub.url);
    open.push(staff);
    await register(staff, VICTIM, '4821');
    await register(staff, ATTACKER, '1111');
    const k = await kiosk(hub.url);
    // The attack that worked: 4 guesses, identify as oneself (which cleared the kiosk's counter), repeat.
    const codes: string[] = [];
    let guess = 0;
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 4; i++) {
        const r = await k.send('worker.identify', { phone: VICTIM, pin: String(guess++).padStart(4, '0') });
        codes.push(r.ok ? 'ok' : r.error.code);
        advance(5 * 60_000); // wait out any slow-down, as a patient attacker would
      }
      const me = await k.send('worker.identify', { phone: ATTACKER, pin: '1111' });
      expect(me.ok).toBe(true);
      await k.ok('worker.forget', {});
    }
    expect(codes).not.toContain('ok');
    // At most 5 guesses were ever checked against the victim's PIN; then it locked.
    expect(codes.filter((c) => c === 'bad_credentials' || c === 'rate_limited').length).toBeLessThanOrEqual(5);
    const right = await k.send('worker.identify', { phone: VICTIM, pin: '4821' });
    expect(!right.ok && right.error.code).toBe('locked');
    expect(!right.ok && right.error.message.zh).toBe('PIN 已锁定，请到服务台重置');
    // From another kiosk too: the lock belongs to the worker, not the station.
    const other = await kiosk(hub.url);
    const there = await other.send('worker.identify', { phone: VICTIM, pin: '4821' });
    expect(!there.ok && there.error.code).toBe('locked');
  });

  it('shows the lock in the console and opens it again when the desk resets the PIN', async () => {
    const { hub, advance } = await clockedHub();
    const staff = await staffStation(hub.url);
    open.push(staff);
    const id = await register(staff, VICTIM, '4821');
    const k = await kiosk(hub.url);
    expect(await staff.ok('worker.pinStatus', { id })).toEqual({ locked: false, failures: 0, retryAt: null });
    for (let i = 0; i < 5; i++) {
      await k.send('worker.identify', { phone: VICTIM, pin: `000${i}` });
      advance(10 * 60_000);
    }
    expect(await staff.ok('worker.pinStatus', { id })).toMatchObject({ locked: true });
    await staff.ok('worker.resetPin', { id, pin: '7777' });
    expect(await staff.ok('worker.pinStatus', { id })).toEqual({ locked: false, failures: 0, retryAt: null });
    const me = await k.send('worker.identify', { phone: VICTIM, pin: '7777' });
    expect(me.ok).toBe(true);
  });

  it('keeps the counters across a hub restart', async () => {
    const { hub: first, advance } = await clockedHub();
    const staff = await staffStation(first.url);
    await register(staff, VICTIM, '4821');
    const k = await kiosk(first.url);
    for (let i = 0; i < 4; i++) {
      await k.send('worker.identify', { phone: VICTIM, pin: `000${i}` });
      advance(10 * 60_000);
    }
    staff.close();
    k.close();
    hub = await first.restart();
    const k2 = await new TestStation(hub.url, k.token).connect();
    open.push(k2);
    // The fifth wrong PIN after the restart locks it: the four before it were remembered.
    const fifth = await k2.send('worker.identify', { phone: VICTIM, pin: '0009' });
    expect(!fifth.ok && fifth.error.code).toBe('locked');
  });

  it('slows a kiosk after many slips, tells the next visitor how long to wait, and lets them in after it', async () => {
    const { hub, advance } = await clockedHub();
    const staff = await staffStation(hub.url);
    open.push(staff);
    await register(staff, VICTIM, '4821');
    const k = await kiosk(hub.url);
    // A confused visitor tries phone after phone (none of them locks: each is a different phone).
    let last = '';
    for (let i = 0; i < 7; i++) {
      const r = await k.send('worker.identify', { phone: `1370000000${i}`, pin: '1234' });
      last = r.ok ? 'ok' : r.error.message.zh;
    }
    expect(last).toMatch(/请 \d+ (秒|分钟)后再试/);
    // The next visitor, with the right PIN, is told exactly how long to wait — not refused for good.
    const next = await k.send('worker.identify', { phone: VICTIM, pin: '4821' });
    expect(!next.ok && next.error.code).toBe('rate_limited');
    expect(!next.ok && next.error.message.zh).toMatch(/^尝试次数过多，请 \d+ (秒|分钟)后再试$/);
    const retryAt = !next.ok ? next.error.retryAt! : 0;
    expect(retryAt).toBeGreaterThan(hub.hub.clock());
    // Another kiosk in the hall is not slowed by this one.
    const other = await kiosk(hub.url);
    expect((await other.send('worker.identify', { phone: VICTIM, pin: '4821' })).ok).toBe(true);
    await other.ok('worker.forget', {});
    advance(retryAt - hub.hub.clock());
    expect((await k.send('worker.identify', { phone: VICTIM, pin: '4821' })).ok).toBe(true);
  });

  it('answers an unknown phone and a wrong PIN alike, and locks an unknown phone the same way', async () => {
    const { hub, advance } = await clockedHub();
    const staff = await staffStation(hub.url);
    open.push(staff);
    await register(staff, VICTIM, '4821');
    const k = await kiosk(hub.url);
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 6; i++) {
      const a = await k.send('worker.identify', { phone: VICTIM, pin: `900${i}` });
      const b = await k.send('worker.identify', { phone: '13600009999', pin: `900${i}` });
      known.push(a.ok ? 'ok' : `${a.error.code}:${a.error.message.zh.replace(/\d+/g, 'N')}`);
      unknown.push(b.ok ? 'ok' : `${b.error.code}:${b.error.message.zh.replace(/\d+/g, 'N')}`);
      advance(10 * 60_000);
    }
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toMatch(/^locked:/);
  });
});
