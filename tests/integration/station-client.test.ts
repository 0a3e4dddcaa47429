// The pages' sync client (shared/station/client.ts) against a real hub: pairing, live records, the durable
// offline queue (sent once, in order, after the hub returns) and the persisted public cache.
import { afterEach, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { StationClient, type ConnectFn, type KeyValueStore } from '../../shared/station/client';
import { staffStation, startTestHub, waitFor, type TestHub } from '../helpers/hub';
import { approvedEmployer, postingArgs } from '../helpers/fixtures';

class MemoryStorage implements KeyValueStore {
  readonly map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const clients: StationClient[] = [];
let hub: TestHub | null = null;
afterEach(async () => {
  for (const c of clients.splice(0)) c.stop();
  await hub?.destroy();
  hub = null;
});

function client(
  url: string,
  page: 'kiosk' | 'display' | 'staff',
  storage = new MemoryStorage(),
  persist: ('posting' | 'notice' | 'site' | 'station')[] = [],
) {
  const c = new StationClient({
    url,
    page,
    storage,
    connect: ((u, o) => io(u, { ...o, forceNew: true })) as ConnectFn,
    persist,
  });
  clients.push(c);
  c.start();
  return { c, storage };
}

describe('StationClient', () => {
  it('shows a pairing code, then receives its token when staff approve it, and goes live', async () => {
    hub = await startTestHub();
    const { c } = client(hub.url, 'display');
    const code = await waitFor(() => c.getState().pairingCode, 5000, 'pairing code');
    expect(code).toMatch(/^\d{6}$/);
    const staff = await staffStation(hub.url);
    await staff.ok('station.approve', { code, role: 'display', name: '东墙大屏' });
    await waitFor(() => c.getState().status === 'online', 5000, 'online');
    expect(c.getState().hello?.stationName).toBe('东墙大屏');
    const employerId = await approvedEmployer(staff);
    const { id } = await staff.ok('posting.create', postingArgs(employerId));
    await waitFor(() => c.getState().records.posting.has(id), 2000, 'posting live');
    expect(Math.abs(c.now() - Date.now())).toBeLessThan(2000);
    staff.close();
  });

  it('shows a fresh code when its code expired and the hub dropped it', async () => {
    hub = await startTestHub({ pairing: { codeTtlMs: 800 }, sweepSeconds: 0.2 });
    const { c } = client(hub.url, 'kiosk');
    const first = await waitFor(() => c.getState().pairingCode, 5000, 'pairing code');
    const second = await waitFor(
      () => c.getState().status === 'pairing' && c.getState().pairingCode !== first && c.getState().pairingCode,
      15_000,
      'a fresh code',
    );
    expect(second).toMatch(/^\d{6}$/);
    expect(hub.hub.records.list('pairingRequest').map((r) => r.code)).toEqual([second]);
  });

  it('queues a registration while the hub is down and delivers it exactly once when it returns', async () => {
    hub = await startTestHub({ autoPairLoopback: true });
    const port = hub.port;
    const dataDir = hub.dataDir;
    const storage = new MemoryStorage();
    const { c } = client(hub.url, 'kiosk', storage);
    await waitFor(() => c.getState().status === 'online', 5000, 'online');
    await hub.close();
    await waitFor(() => c.getState().status === 'offline', 5000, 'offline');
    const reply = await c.send(
      'worker.register',
      { consent: { version: '1', at: c.now() }, name: '张卫东', phone: '13688889999', trades: ['mover'], pin: '1357' },
      { queue: true },
    );
    expect(reply.ok).toBe('queued');
    expect(c.getState().queued).toBe(1);
    // The queue is in storage: a page reload would still have it.
    expect([...storage.map.values()].some((v) => v.includes('13688889999'))).toBe(true);
    hub = await startTestHub({ autoPairLoopback: true, port }, dataDir);
    await waitFor(() => c.getState().queued === 0, 10_000, 'queue flushed');
    const rows = hub.hub.records.list('worker', 'phone = ?', '13688889999');
    expect(rows).toHaveLength(1);
    // Once delivered, nothing of the visitor stays in storage.
    expect([...storage.map.values()].some((v) => v.includes('13688889999'))).toBe(false);
    await waitFor(() => c.getState().self?.worker.phone === '13688889999', 3000, 'identified after registering');
  });

  it('keeps a display’s public cache across a reload while the hub is down', async () => {
    hub = await startTestHub({ autoPairLoopback: true });
    const staff = await staffStation(hub.url);
    const employerId = await approvedEmployer(staff);
    const { id } = await staff.ok('posting.create', postingArgs(employerId));
    const storage = new MemoryStorage();
    const first = client(hub.url, 'display', storage, ['posting', 'notice', 'site', 'station']);
    await waitFor(() => first.c.getState().records.posting.has(id), 5000, 'posting');
    staff.close();
    first.c.stop();
    await hub.close();
    const reloaded = client(hub.url, 'display', storage, ['posting', 'notice', 'site', 'station']);
    expect(reloaded.c.getState().records.posting.get(id)).toMatchObject({ title: '小区电路检修电工' });
    expect(reloaded.c.getState().lastSyncAt).not.toBeNull();
    // Nothing personal was cached.
    expect(JSON.stringify([...storage.map.entries()])).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
  });
});
