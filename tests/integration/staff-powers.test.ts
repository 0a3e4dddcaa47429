// Powers follow the account, not the sign-in: a deactivated or demoted user loses them at once on every open
// console, and a command id answers only the station that sent it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { staffStation, startTestHub, station, waitFor, type TestHub, type TestStation } from '../helpers/hub';
import type { Snapshot } from '../../shared/protocol/events';

describe('staff powers on open consoles', () => {
  let hub: TestHub;
  let boss: TestStation;
  beforeAll(async () => {
    hub = await startTestHub();
    boss = await staffStation(hub.url);
  });
  afterAll(async () => {
    boss.close();
    await hub.destroy();
  });

  /** A second admin, signed in on a console of their own. */
  async function secondAdmin(username: string): Promise<{ id: string; console: TestStation }> {
    const { id } = await boss.ok('staff.create', {
      username,
      displayName: username,
      role: 'admin',
      password: 'second-admin-pw',
    });
    const console = await station(hub.url, 'staff');
    await console.signIn(username, 'second-admin-pw');
    return { id, console };
  }

  const snapshots = (s: TestStation) => s.received.filter((r) => r.event === 'snapshot').length;

  it('signs a deactivated admin out at once: no new accounts, no more staff data', async () => {
    const { id, console } = await secondAdmin('wang');
    const before = snapshots(console);
    await boss.ok('staff.update', { id, active: false });
    // Their console is told at once: a fresh snapshot of the public view, with no staff records in it.
    await waitFor(() => snapshots(console) > before, 5000, 'signed-out snapshot');
    const last = console.received.filter((r) => r.event === 'snapshot').at(-1)!.args[0] as Snapshot;
    expect(last.records.staffUser).toBeUndefined();
    expect(last.records.worker).toBeUndefined();

    const reply = await console.send('staff.create', {
      username: 'backdoor',
      displayName: 'backdoor',
      role: 'admin',
      password: 'backdoor-pw',
    });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('not_signed_in');
    expect(hub.hub.records.list('staffUser', 'username = ?', 'backdoor')).toHaveLength(0);

    // And staff broadcasts no longer reach it.
    const seen = console.received.length;
    await boss.ok('worker.register', {
      consent: { version: '2026-1', at: Date.now() },
      name: '张三',
      phone: '13711112222',
      trades: ['cleaner'],
    });
    await new Promise((r) => setTimeout(r, 200));
    const after = console.received.slice(seen);
    expect(JSON.stringify(after)).not.toContain('13711112222');
    console.close();
  });

  it('takes admin powers from a demoted admin at once', async () => {
    const { id, console } = await secondAdmin('li');
    await boss.ok('staff.update', { id, role: 'clerk' });
    const reply = await console.send('staff.create', {
      username: 'backdoor2',
      displayName: 'backdoor2',
      role: 'admin',
      password: 'backdoor-pw',
    });
    expect(reply.ok).toBe(false);
    expect(hub.hub.records.list('staffUser', 'username = ?', 'backdoor2')).toHaveLength(0);
    console.close();
  });

  it('checks the account on every command, however it was changed', async () => {
    const { id, console } = await secondAdmin('zhao');
    // Deactivated behind the sessions' back (no command, so nothing signs anyone out).
    const user = hub.hub.records.get('staffUser', id)!;
    hub.hub.writeSystem((w) => w.put('staffUser', { ...user, active: false }));
    const reply = await console.send('notice.create', {
      text: '测试通知',
      kind: 'normal',
      expiresAt: Date.now() + 3600_000,
    });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('not_signed_in');
    console.close();
  });
});

describe('stored replies', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => hub.destroy());

  it('replays a reply only to the station that sent the command', async () => {
    const owner = await staffStation(hub.url);
    const other = await staffStation(hub.url);
    const id = randomUUID();
    const first = await owner.send(
      'worker.register',
      { consent: { version: '2026-1', at: Date.now() }, name: '李四', phone: '13722223333', trades: ['cleaner'] },
      id,
    );
    expect(first.ok).toBe(true);
    // Another station that learnt the id gets nothing of the reply, and nothing is applied.
    const stolen = await other.send('notice.clear', { id: 'whatever-id' }, id);
    expect(stolen.ok).toBe(false);
    expect(!stolen.ok && stolen.error.field).toBe('id');
    expect(JSON.stringify(stolen)).not.toContain(first.ok ? first.result.workerId : 'x');
    // The sender's own resend still gets its reply.
    const again = await owner.send('notice.clear', { id: 'whatever-id' }, id);
    expect(again).toEqual(first);
    owner.close();
    other.close();
  });
});
