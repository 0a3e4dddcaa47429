// A station and its hub partitioned (docs/security.md "Reliability"): the real station client
// (shared/station/client.ts) talks to a real hub through a loopback TCP proxy that delays, black-holes, drops only
// the hub's replies, and cuts connections. Every command the station queued reaches the hub exactly once, and the
// station converges on the hub's state.
import { afterEach, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { StationClient, type ConnectFn, type KeyValueStore } from '../../shared/station/client';
import { keyValueStores } from '../../shared/station/kv-stores';
import { ADMIN_PASSWORD, staffStation, startTestHub, waitFor, type TestHub, type TestStation } from '../helpers/hub';
import { FlakyProxy } from '../helpers/proxy';
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

let hub: TestHub | null = null;
let proxy: FlakyProxy | null = null;
let kiosk: StationClient | null = null;
let desk: StationClient | null = null;
let staff: TestStation | null = null;
afterEach(async () => {
  kiosk?.stop();
  desk?.stop();
  staff?.close();
  await proxy?.close();
  await hub?.destroy();
  hub = proxy = kiosk = desk = staff = null;
});

describe('station ↔ hub partition', () => {
  it('loses nothing, duplicates nothing, and converges through delays, black holes, lost acks and cuts', async () => {
    hub = await startTestHub({ autoPairLoopback: true });
    proxy = await new FlakyProxy(hub.port).start();
    staff = await staffStation(hub.url);
    const employerId = await approvedEmployer(staff);
    const { id: postingId } = await staff.ok('posting.create', postingArgs(employerId, { title: '分区测试岗位' }));
    const client = (page: 'kiosk' | 'staff') => {
      const c = new StationClient({
        url: proxy!.url,
        page,
        connect: ((u, o) => io(u, { ...o, forceNew: true, timeout: 3000 })) as ConnectFn,
        ...keyValueStores(
          new MemoryStorage(),
          `gighall.${page}`,
          page === 'kiosk' ? ['posting', 'notice', 'site', 'station'] : [],
        ),
      });
      c.start();
      return c;
    };
    kiosk = client('kiosk');
    desk = client('staff');
    await waitFor(() => kiosk!.getState().status === 'online', 10_000, 'kiosk online through the proxy');
    await waitFor(() => desk!.getState().status === 'online', 10_000, 'console online through the proxy');
    expect((await desk.send('staff.signIn', { username: 'admin', password: ADMIN_PASSWORD })).ok).toBe(true);

    // Kiosk visitors say "I'm interested" (one application per phone); the console posts notices, which the hub
    // has no other way to tell apart: a command applied twice would be two notices.
    const phones: string[] = [];
    const notices: string[] = [];
    const act = () => {
      const phone = `1350000${String(1000 + phones.length)}`;
      phones.push(phone);
      const text = `分区通知${notices.length}`;
      notices.push(text);
      void kiosk!.send('application.create', { postingId, phone, source: 'kiosk' }, { queue: true, timeoutMs: 200 });
      void desk!.send('notice.create', { text, expiresAt: Date.now() + 3600_000 }, { queue: true, timeoutMs: 200 });
    };
    const published = () => new Set(hub!.hub.records.list('posting', `status = 'published'`).map((p) => p.id));
    const converged = () => {
      const k = kiosk!.getState();
      const d = desk!.getState();
      const mine = new Set(k.records.posting.keys());
      const theirs = published();
      return (
        k.status === 'online' &&
        d.status === 'online' &&
        k.queued === 0 &&
        d.queued === 0 &&
        k.lastSeq === hub!.hub.headSeq() &&
        d.lastSeq === hub!.hub.headSeq() &&
        mine.size === theirs.size &&
        [...theirs].every((id) => mine.has(id)) &&
        d.records.notice.size === hub!.hub.records.list('notice').length
      );
    };

    // 1. A slow network: every chunk 150 ms late each way.
    proxy.delayMs = 150;
    for (let i = 0; i < 4; i++) act();
    const slow: string[] = [];
    for (let i = 0; i < 3; i++)
      slow.push((await staff.ok('posting.create', postingArgs(employerId, { title: `慢网${i}` }))).id);
    await waitFor(converged, 20_000, 'converged over a slow link');
    proxy.delayMs = 0;

    // 2. A black hole: nothing arrives either way; the stations queue; the site goes on without them.
    proxy.mode = 'blackhole';
    for (let i = 0; i < 4; i++) act();
    for (let i = 0; i < 3; i++) await staff.ok('posting.create', postingArgs(employerId, { title: `断网${i}` }));
    await staff.ok('posting.setStatus', { id: slow[0]!, status: 'closed' });
    // 3. The link returns with its old connections dead.
    proxy.mode = 'pass';
    proxy.cut();
    await waitFor(converged, 30_000, 'converged after the black hole');

    // 4. Lost acks: the hub applies the commands but its answers never arrive; the stations resend them (same ids)
    // after the cut, and the hub must not apply them twice.
    proxy.mode = 'drop-replies';
    for (let i = 0; i < 4; i++) act();
    // The stations send their queues in order, one at a time: the first is applied, its ack lost.
    const first = notices.at(-4)!;
    await waitFor(
      () => hub!.hub.records.list('notice').some((n) => n.text === first),
      10_000,
      'commands reach the hub while their acks are lost',
    );
    expect(desk.getState().queued).toBeGreaterThan(0);
    proxy.mode = 'pass';
    proxy.cut();
    await waitFor(converged, 30_000, 'converged after lost acks');

    // 5. Cuts in the middle of a burst.
    for (let i = 0; i < 6; i++) {
      act();
      if (i % 2 === 0) proxy.cut();
    }
    await staff.ok('posting.create', postingArgs(employerId, { title: '最后一个' }));
    await waitFor(converged, 30_000, 'converged after cuts');

    // Every queued command is at the hub exactly once.
    const texts = hub.hub.records.list('notice').map((n) => n.text);
    for (const text of notices)
      expect(
        texts.filter((t) => t === text),
        text,
      ).toHaveLength(1);
    for (const phone of phones)
      expect(hub.hub.records.list('application', 'phone = ? AND posting_id = ?', phone, postingId), phone).toHaveLength(
        1,
      );
  }, 90_000);
});
