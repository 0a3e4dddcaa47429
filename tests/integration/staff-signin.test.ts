// Staff sign-in against a real hub (docs/security.md, "Staff sign-in"): failures limited per user name, per station
// and per network address, persistently; re-pairing (demo auto-pairing) hands out no fresh attempts; pairing with a
// staff account meets the same limits; a generated one-time admin password must be replaced before anything works.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestStation } from '../helpers/hub';
import { ADMIN_PASSWORD, autoPairedStation, connected, rawSocket, startTestHub, type TestHub } from '../helpers/hub';
import type { StationRole } from '../../shared/domain/enums';

let hub: TestHub | null = null;
const open: TestStation[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) s.close();
  await hub?.destroy();
  hub = null;
});

async function autoPaired(url: string, role: StationRole = 'staff'): Promise<TestStation> {
  const s = await autoPairedStation(url, role);
  open.push(s);
  return s;
}

async function pairWithAccount(url: string, username: string, password: string) {
  const { socket } = rawSocket(url);
  await connected(socket);
  const reply = await socket.timeout(5000).emitWithAck('pair:request', { role: 'staff', username, password });
  socket.disconnect();
  return reply;
}

describe('staff sign-in limits', () => {
  it('gives a re-paired (demo auto-paired) station no fresh attempts', async () => {
    hub = await startTestHub({ autoPairLoopback: true });
    const first = await autoPaired(hub.url);
    // Spraying user names: each name is new, so only the station and address counters can stop it.
    let code = '';
    for (let i = 0; i < 12 && code !== 'rate_limited'; i++) {
      const r = await first.send('staff.signIn', { username: `guess${i}`, password: 'password1' });
      code = r.ok ? 'ok' : r.error.code;
    }
    expect(code).toBe('rate_limited');
    const second = await autoPaired(hub.url);
    const r = await second.send('staff.signIn', { username: 'guess-new', password: 'password1' });
    expect(!r.ok && r.error.code).toBe('rate_limited');
    expect(!r.ok && r.error.message.zh).toMatch(/请 \d+ (秒|分钟)后再试/);
  });

  it('counts a user name’s failures across stations and across a hub restart, and pairing meets the same limit', async () => {
    let now = Date.parse('2026-11-29T09:00:00+08:00');
    const clock = () => now;
    hub = await startTestHub({ autoPairLoopback: true, clock });
    const a = await autoPaired(hub.url);
    for (let i = 0; i < 5; i++) {
      await a.send('staff.signIn', { username: 'admin', password: `wrong-${i}` });
      now += 1000;
    }
    a.close();
    hub = await hub.restart();
    // Another address would be a fresh station and source; the user name's counter is what stops this one.
    const b = await autoPaired(hub.url);
    const sixth = await b.send('staff.signIn', { username: 'admin', password: 'wrong-6' });
    expect(!sixth.ok && sixth.error.code).toBe('bad_credentials');
    expect(!sixth.ok && sixth.error.retryAt).toBeGreaterThan(now);
    // Even the right password waits now, on the sign-in form and on the pairing screen alike.
    const right = await b.send('staff.signIn', { username: 'admin', password: ADMIN_PASSWORD });
    expect(!right.ok && right.error.code).toBe('rate_limited');
    const paired = await pairWithAccount(hub.url, 'admin', ADMIN_PASSWORD);
    expect(!paired.ok && paired.error.code).toBe('rate_limited');
    // After the wait, the right password works, and clears the user's counter.
    now += 60 * 60_000;
    expect((await b.send('staff.signIn', { username: 'admin', password: ADMIN_PASSWORD })).ok).toBe(true);
  });
});

describe('the one-time admin password', () => {
  it('must be replaced at the first sign-in before anything else works', async () => {
    hub = await startTestHub({ autoPairLoopback: true, adminPassword: undefined });
    const oneTime = hub.initialAdminPassword!;
    expect(oneTime).toMatch(/^[a-z2-9]{10}$/);
    const s = await autoPaired(hub.url);
    const first = await s.send('staff.signIn', { username: 'admin', password: oneTime });
    expect(!first.ok && first.error.code).toBe('password_change_required');
    expect(!first.ok && first.error.field).toBe('newPassword');
    // Not signed in: staff commands are refused.
    const write = await s.send('notice.create', { text: '测试', expiresAt: Date.now() + 3600_000 });
    expect(!write.ok && write.error.code).toBe('not_signed_in');
    const same = await s.send('staff.signIn', { username: 'admin', password: oneTime, newPassword: oneTime });
    expect(!same.ok && same.error.field).toBe('newPassword');
    await s.ok('staff.signIn', { username: 'admin', password: oneTime, newPassword: 'hall-desk-2026' });
    expect((await s.ok('audit.list', { limit: 1 })).items[0]).toMatchObject({ command: 'staff.setPassword' });
    expect((await s.send('notice.create', { text: '测试', expiresAt: Date.now() + 3600_000 })).ok).toBe(true);
    await s.ok('staff.signOut', {});
    expect((await s.send('staff.signIn', { username: 'admin', password: oneTime })).ok).toBe(false);
    expect((await s.send('staff.signIn', { username: 'admin', password: 'hall-desk-2026' })).ok).toBe(true);
  });

  it('is not forced on a password the operator chose (GIGHALL_ADMIN_PASSWORD)', async () => {
    hub = await startTestHub({ autoPairLoopback: true });
    const s = await autoPaired(hub.url);
    expect((await s.send('staff.signIn', { username: 'admin', password: ADMIN_PASSWORD })).ok).toBe(true);
  });
});
