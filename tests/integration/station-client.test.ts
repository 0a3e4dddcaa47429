// The pages' sync client (shared/station/client.ts) against a real hub: pairing, live records, the durable
// offline queue (sent once, in order, after the hub returns — never identifying whoever stands at the kiosk by
// then, never holding a PIN in clear, and reporting a refusal to the desk) and the persisted public cache.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { io } from 'socket.io-client';
import { StationClient, type ConnectFn } from '../../shared/station/client';
import { keyValueStores } from '../../shared/station/kv-stores';
import { hashPin } from '../../shared/validate/pinHash';
import type { Station } from '../../shared/domain/entities';
import { verifySecret } from '../../electron/hub/secrets';
import { staffStation, startTestHub, waitFor, type TestHub } from '../helpers/hub';
import { approvedEmployer, postingArgs } from '../helpers/fixtures';
import { MemoryStorage } from '../helpers/memory-storage';

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
    connect: ((u, o) => io(u, { ...o, forceNew: true })) as ConnectFn,
    ...keyValueStores(storage, `gighall.${page}`, persist),
  });
  clients.push(c);
  c.start();
  return { c, storage };
}

describe('StationClient', () => {
  it('shows a pairing code, then receives its token when staff approve it, and goes live', async () => {
    hub = await startTestHub();
    const { c } = client(hub.url, 'display');
    const code = await waitFor(() => c.getState().pairingCode, 'pairing code');
    expect(code).toMatch(/^\d{6}$/);
    const staff = await staffStation(hub.url);
    await staff.ok('station.approve', { code, role: 'display', name: '东墙大屏' });
    await waitFor(() => c.getState().status === 'online', 'online');
    expect(c.getState().hello?.stationName).toBe('东墙大屏');
    const employerId = await approvedEmployer(staff);
    const { id } = await staff.ok('posting.create', postingArgs(employerId));
    await waitFor(() => c.getState().records.posting.has(id), 'posting live');
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
    await waitFor(() => c.getState().status === 'online', 'online');
    await hub.close();
    await waitFor(() => c.getState().status === 'offline', 'offline');
    const pinHash = await hashPin('1357', randomBytes(16));
    const reply = await c.send(
      'worker.register',
      { consent: { version: '1', at: c.now() }, name: '张卫东', phone: '13688889999', trades: ['mover'], pinHash },
      { queue: true },
    );
    expect(reply.ok).toBe('queued');
    expect(c.getState().queued).toBe(1);
    // The queue is in storage: a page reload would still have it — with the PIN hashed, never in clear.
    const stored = [...storage.map.values()].find((v) => v.includes('13688889999'));
    expect(stored).toBeDefined();
    expect(stored).not.toMatch(/"pin":"\d+"/);
    hub = await startTestHub({ autoPairLoopback: true, port }, dataDir);
    await waitFor(() => c.getState().queued === 0, 'queue flushed');
    const rows = hub.hub.records.list('worker', 'phone = ?', '13688889999');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.hasPin).toBe(true);
    // The hub keeps the kiosk-made hash, and its own check accepts the visitor's PIN.
    const kept = hub.hub.records.column<string>('worker', rows[0]!.id, 'pin_hash');
    expect(kept).toBe(pinHash);
    expect(verifySecret('1357', kept)).toBe(true);
    expect(verifySecret('2468', kept)).toBe(false);
    // Once delivered, nothing of the visitor stays in storage.
    expect([...storage.map.values()].some((v) => v.includes('13688889999'))).toBe(false);
  });

  it('never stores a PIN in clear: a registration carrying one cannot be queued', async () => {
    const { c } = client('http://127.0.0.1:9', 'kiosk');
    await expect(
      c.send(
        'worker.register',
        { consent: { version: '1', at: Date.now() }, name: '王', phone: '13600001111', pin: '1357' },
        { queue: true },
      ),
    ).rejects.toThrow(/secret/);
    expect(c.getState().queued).toBe(0);
  });

  it('a replay does not identify the current visitor', async () => {
    hub = await startTestHub({ autoPairLoopback: true });
    const port = hub.port;
    const dataDir = hub.dataDir;
    // The person who will stand at the kiosk when the hub returns is registered already.
    const staff = await staffStation(hub.url);
    await staff.ok('worker.register', {
      consent: { version: '1', at: Date.now() },
      name: '李秀英',
      phone: '13911112222',
      pin: '2468',
    });
    staff.close();
    const { c } = client(hub.url, 'kiosk');
    await waitFor(() => c.getState().status === 'online', 'online');
    await hub.close();
    await waitFor(() => c.getState().status === 'offline', 'offline');
    // Visitor A registers while the hub is away, and leaves.
    const queued = await c.send(
      'worker.register',
      {
        consent: { version: '1', at: c.now() },
        name: '张卫东',
        phone: '13688889999',
        pinHash: await hashPin('1357', randomBytes(16)),
      },
      { queue: true },
    );
    expect(queued.ok).toBe('queued');
    c.beginVisit();
    // The hub returns while visitor B stands at the kiosk: A's registration is delivered behind B's back…
    hub = await startTestHub({ autoPairLoopback: true, port }, dataDir);
    await waitFor(() => c.getState().queued === 0, 'queue flushed');
    expect(hub.hub.records.list('worker', 'phone = ?', '13688889999')).toHaveLength(1);
    const kioskSessions = () => [...hub!.hub.peers].filter((p) => p.session.role === 'kiosk');
    // …and identifies nobody: the hub does not tie A to this socket, the page shows no one. (The hub runs a
    // command's effects, `worker:self` included, before it acknowledges it: by now they would have arrived.)
    expect(kioskSessions().map((p) => p.session.workerId)).toEqual([null]);
    expect(c.getState().self).toBeNull();
    // B identifies with their own phone and PIN, and only B is on this socket.
    const me = await c.send('worker.identify', { phone: '13911112222', pin: '2468' });
    expect(me.ok === true && me.result.worker.phoneMasked).toBe('139****2222');
    const b = hub.hub.records.list('worker', 'phone = ?', '13911112222')[0]!;
    expect(kioskSessions().map((p) => p.session.workerId)).toEqual([b.id]);
  });

  it('a refused replay reaches the desk, without the PIN hash, and the desk can close it', async () => {
    hub = await startTestHub({ autoPairLoopback: true });
    const port = hub.port;
    const dataDir = hub.dataDir;
    const storage = new MemoryStorage();
    const { c } = client(hub.url, 'kiosk', storage);
    await waitFor(() => c.getState().status === 'online', 'online');
    const stationId = c.getState().hello!.stationId;
    await hub.close();
    await waitFor(() => c.getState().status === 'offline', 'offline');
    const queued = await c.send(
      'worker.register',
      {
        consent: { version: '1', at: c.now() },
        name: '张卫东',
        phone: '13688889999',
        districts: ['130102'],
        pinHash: await hashPin('1357', randomBytes(16)),
      },
      { queue: true },
    );
    expect(queued.ok).toBe('queued');
    // The kiosk is switched off; meanwhile the hub returns and the desk moves the hall to another city, so the
    // district the visitor chose is no longer one of the hall's. (A phone registered meanwhile would not do: a
    // kiosk registration for a registered phone is answered like a new one, docs/security.md.)
    c.stop();
    hub = await startTestHub({ port }, dataDir);
    const staff = await staffStation(hub.url);
    await staff.ok('site.setup', {
      cityCode: '410100',
      name: '郑州市零工市场',
      district: '410105',
      minHourlyWage: 22,
      confirmCityChange: true,
    });
    // The kiosk starts again (a new page load over the same storage) and replays its queue.
    const { c: again } = client(hub.url, 'kiosk', storage);
    // The kiosk's station record reaches the desk with the refusal on it.
    const refusedAt = () => staff.table<Station>('station').get(stationId)?.refused ?? [];
    await waitFor(() => refusedAt().length === 1, 'the refusal at the desk');
    await waitFor(() => again.getState().queued === 0, 'the report delivered');
    const [r] = refusedAt();
    expect(r).toMatchObject({
      command: 'worker.register',
      error: { code: 'invalid_args', field: 'districts.0' },
      args: { name: '张卫东', phone: '13688889999' },
    });
    expect(JSON.stringify(r)).not.toContain('scrypt');
    // Nothing of it goes back to the kiosk's own copy of its station record.
    expect(again.getState().records.station.get(stationId)).toBeDefined();
    expect((again.getState().records.station.get(stationId) as Station).refused).toBeUndefined();
    // Nor does anything stay in the kiosk's storage once the hub has it.
    expect([...storage.map.values()].some((v) => v.includes('13688889999'))).toBe(false);
    await staff.ok('station.resolveRefused', { stationId, commandId: r!.commandId });
    expect(refusedAt()).toEqual([]);
    staff.close();
  });

  it('a page error reported by the client reaches the hub’s log', async () => {
    hub = await startTestHub({ autoPairLoopback: true });
    const logged = vi.spyOn(hub.log, 'error');
    const { c } = client(hub.url, 'display');
    await waitFor(() => c.getState().status === 'online', 'online');
    c.reportError({ message: 'board exploded', stack: 'Error: board exploded\n at Board', where: '\n at Board' });
    await waitFor(() => logged.mock.calls.find((call) => call[1] === 'page error'), 'the log line');
    const [fields] = logged.mock.calls.find((call) => call[1] === 'page error')!;
    expect(fields).toMatchObject({ role: 'display', message: 'board exploded', where: '\n at Board' });
  });

  it('keeps a display’s public cache across a reload while the hub is down', async () => {
    hub = await startTestHub({ autoPairLoopback: true });
    const staff = await staffStation(hub.url);
    const employerId = await approvedEmployer(staff);
    const { id } = await staff.ok('posting.create', postingArgs(employerId));
    const storage = new MemoryStorage();
    const first = client(hub.url, 'display', storage, ['posting', 'notice', 'site', 'station']);
    await waitFor(() => first.c.getState().records.posting.has(id), 'posting');
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
