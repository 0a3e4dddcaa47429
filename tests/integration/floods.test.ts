// Floods and origins: pairing codes are rate-limited per address, idle unpaired sockets are dropped, only the
// hub's own pages and the Electron app may open a socket, and the logs stay within their retention.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { randomUUID } from 'node:crypto';
import {
  TestStation,
  connected,
  pairStation,
  rawSocket,
  staffStation,
  startTestHub,
  waitFor,
  type TestHub,
  type TestSocket,
} from '../helpers/hub';
import { PROTOCOL_VERSION } from '../../shared/protocol/events';

function withHeaders(url: string, headers: Record<string, string>, auth: Record<string, unknown> = {}): TestSocket {
  return io(url, {
    auth: { protocolVersion: PROTOCOL_VERSION, ...auth },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: headers,
  });
}

/** Resolves true when the socket connects, false when the hub refuses the handshake. */
function opens(socket: TestSocket): Promise<boolean> {
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(true));
    socket.once('connect_error', () => resolve(false));
  });
}

describe('pairing floods', () => {
  let hub: TestHub;
  beforeEach(async () => {
    hub = await startTestHub({ pairing: { unpairedGraceMs: 1000, codeTtlMs: 3000 }, sweepSeconds: 0.2 });
  });
  afterEach(async () => hub.destroy());

  it('gives one address a bounded number of codes', async () => {
    const seqBefore = hub.hub.headSeq();
    const sockets = Array.from({ length: 30 }, () => rawSocket(hub.url).socket);
    const replies = await Promise.all(
      sockets.map(async (s) => {
        await connected(s);
        return s.timeout(10_000).emitWithAck('pair:request', { role: 'display' });
      }),
    );
    const codes = replies.filter((r) => r.ok && 'code' in r);
    const limited = replies.filter((r) => !r.ok && r.error.code === 'rate_limited');
    expect(codes.length).toBe(10);
    expect(limited.length).toBe(20);
    expect(hub.hub.records.list('pairingRequest').length).toBeLessThanOrEqual(10);
    expect(hub.hub.headSeq() - seqBefore).toBeLessThanOrEqual(10);
    for (const s of sockets) s.disconnect();
  });

  it('drops an unpaired socket that asks for nothing, and one whose code expired', async () => {
    const idle = rawSocket(hub.url).socket;
    await connected(idle);
    await waitFor(() => !idle.connected, 5000, 'idle unpaired socket dropped');

    const waiting = rawSocket(hub.url).socket;
    await connected(waiting);
    const reply = await waiting.timeout(5000).emitWithAck('pair:request', { role: 'kiosk' });
    expect(reply.ok && 'code' in reply).toBe(true);
    // Holding a live code, it outlives the grace period …
    await new Promise((r) => setTimeout(r, 1500));
    expect(waiting.connected).toBe(true);
    // … until the code expires.
    await waitFor(() => !waiting.connected, 5000, 'socket with an expired code dropped');
    expect(hub.hub.records.list('pairingRequest', 'code = ?', 'code' in reply ? reply.code : '')).toHaveLength(0);
  });
});

describe('origins', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ autoPairLoopback: true });
  });
  afterAll(async () => hub.destroy());

  it("refuses a socket from another site's page, even on the hub PC in demo mode", async () => {
    const evil = withHeaders(hub.url, { Origin: 'http://evil.example' }, { page: 'staff' });
    expect(await opens(evil)).toBe(false);
    evil.disconnect();
    expect(hub.hub.records.list('station')).toHaveLength(0);
  });

  it("accepts the hub's own pages, the Electron app, a station's local copy, and clients that are no page", async () => {
    const own = withHeaders(hub.url, { Origin: hub.url });
    const app = withHeaders(hub.url, { Origin: 'app://bundle' });
    const local = withHeaders(hub.url, { Origin: 'http://127.0.0.1:8080' });
    const plain = rawSocket(hub.url).socket;
    expect(await Promise.all([opens(own), opens(app), opens(local), opens(plain)])).toEqual([true, true, true, true]);
    for (const s of [own, app, local, plain]) s.disconnect();
  });

  it('pairs at once only a page that addressed the hub PC as itself', async () => {
    // A name that merely resolves to 127.0.0.1 (DNS rebinding) is same-origin to its own page, but gets a code.
    const port = new URL(hub.url).port;
    const rebound = withHeaders(
      hub.url,
      { Origin: `http://rebind.example:${port}`, Host: `rebind.example:${port}` },
      { page: 'staff' },
    );
    expect(await opens(rebound)).toBe(true);
    const reply = await rebound.timeout(5000).emitWithAck('pair:request', { role: 'staff' });
    expect('token' in reply).toBe(false);
    rebound.disconnect();
    const local = rawSocket(hub.url, { page: 'staff' }).socket;
    await connected(local);
    expect('token' in (await local.timeout(5000).emitWithAck('pair:request', { role: 'staff' }))).toBe(true);
    local.disconnect();
  });
});

describe('retention', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({
      retention: { changes: { days: 30, rows: 40 }, commands: { days: 30, rows: 25 }, audit: { days: 30, rows: 30 } },
      sweepSeconds: 3600,
    });
  });
  afterAll(async () => hub.destroy());

  const count = (table: string) => (hub.hub.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('keeps the change, command and audit logs bounded; a station older than the log gets a snapshot', async () => {
    const staff = await staffStation(hub.url);
    const display = await new TestStation(hub.url, await pairStation(hub.url, 'display')).connect();
    const early = display.lastSeq;
    display.close();
    for (let i = 0; i < 60; i++)
      await staff.ok('notice.create', { text: `通知 ${i}`, kind: 'normal', expiresAt: Date.now() + 3600_000 });
    const head = hub.hub.headSeq();
    expect(count('changes')).toBeGreaterThan(40);

    const trimmed = hub.hub.retention.trim(Date.now());
    expect(trimmed.changes).toBeGreaterThan(0);
    expect(count('changes')).toBe(40);
    expect(count('commands')).toBeLessThanOrEqual(25);
    expect(count('audit')).toBe(30);
    expect(hub.hub.headSeq()).toBe(head);

    // Behind the oldest change kept: a snapshot, with every notice in it.
    const snapshotsBefore = display.received.filter((r) => r.event === 'snapshot').length;
    display.lastSeq = early;
    await display.connect();
    expect(display.received.filter((r) => r.event === 'snapshot').length).toBe(snapshotsBefore + 1);
    expect(display.table('notice').size).toBe(60);
    expect(display.lastSeq).toBe(head);

    // Within the log: changes, as before.
    display.close();
    await staff.ok('notice.create', { text: '再来一条', kind: 'normal', expiresAt: Date.now() + 3600_000 });
    const snapshots = display.received.filter((r) => r.event === 'snapshot').length;
    await display.connect();
    expect(display.received.filter((r) => r.event === 'snapshot').length).toBe(snapshots);
    expect(display.table('notice').size).toBe(61);

    // The age limit works alone too: everything older than the window goes, but never the head change.
    const later = Date.now() + 31 * 86_400_000;
    for (let i = 0; i < 20; i++) hub.hub.retention.trim(later);
    expect(count('changes')).toBe(1);
    expect(hub.hub.headSeq()).toBe(head + 1);
    expect(count('commands')).toBe(0);
    staff.close();
    display.close();
  });

  it('still applies a command id once while it is kept', async () => {
    const staff = await staffStation(hub.url);
    const id = randomUUID();
    const args = { text: '只发一次', kind: 'normal' as const, expiresAt: Date.now() + 3600_000 };
    const first = await staff.send('notice.create', args, id);
    const again = await staff.send('notice.create', args, id);
    expect(again).toEqual(first);
    hub.hub.retention.trim(Date.now());
    expect(hub.hub.records.list('notice', `json_extract(data, '$.text') = ?`, '只发一次')).toHaveLength(1);
    staff.close();
  });
});
