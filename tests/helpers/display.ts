// Records and a station client for component tests. The client is the real StationClient; only its socket is a
// small in-memory stand-in that lets a test deliver what the hub would send (hello, snapshot, changes, pairing).
import { StationClient, type ConnectFn } from '../../shared/station/client';
import { keyValueStores } from '../../shared/station/kv-stores';
import type { Notice, PublicPosting, Site, Station } from '../../shared/domain/entities';
import type { DisplayConfig } from '../../shared/domain/schemas';
import { DEFAULT_DISPLAY_CONFIG } from '../../shared/domain/schemas';
import { setUpSite } from './site';
import { MemoryStorage } from './memory-storage';

export const NOW = new Date('2026-11-29T10:00:00+08:00').getTime();

export function posting(over: Partial<PublicPosting> = {}): PublicPosting {
  return {
    id: 'p1',
    version: 1,
    updatedAt: NOW,
    trade: 'electrician',
    title: '小区电路检修电工',
    jobType: 'daily',
    pay: { amount: 260, unit: 'day', settlement: 'daily' },
    district: '130102',
    address: '长安区建设北大街18号',
    headcount: 3,
    filledCount: 1,
    startDate: '2026-12-01',
    endDate: null,
    dailyHours: { from: '08:00', to: '17:00' },
    requirements: { certificates: [], minExperienceYears: 0, note: '' },
    benefits: { meals: true, lodging: false, transport: false },
    description: '',
    employerKind: 'enterprise',
    employerName: '恒达物业',
    publishedAt: NOW - 5 * 60_000,
    expiresAt: NOW + 86_400_000,
    status: 'published',
    ...over,
  };
}

export function notice(over: Partial<Notice> = {}): Notice {
  return {
    id: 'n1',
    version: 1,
    updatedAt: NOW,
    text: '周六家政专场招聘会',
    kind: 'normal',
    expiresAt: NOW + 3_600_000,
    cleared: false,
    createdAt: NOW - 1000,
    ...over,
  };
}

export const SITE: Site = setUpSite({ updatedAt: NOW, publicUrl: 'http://hall.lan' });

export function station(display: Partial<DisplayConfig> = {}): Station {
  return {
    id: 'st1',
    version: 1,
    updatedAt: NOW,
    name: '大厅大屏',
    role: 'display',
    display: { ...DEFAULT_DISPLAY_CONFIG, ...display },
    pairedAt: NOW,
    revoked: false,
  };
}

type Handler = (...args: unknown[]) => void;

/** The socket side the client uses, driven by the test. */
export class HubStandIn {
  handlers = new Map<string, Handler[]>();
  sent: { event: string; args: unknown[] }[] = [];
  pairingCode = '482913';
  connected = false;

  readonly connect: ConnectFn = () => this as never;

  on(event: string, fn: Handler) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), fn]);
    return this;
  }

  emit(event: string, ...args: unknown[]) {
    this.sent.push({ event, args });
    const ack = args[args.length - 1];
    if (event === 'pair:request' && typeof ack === 'function')
      ack({ ok: true, code: this.pairingCode, expiresAt: NOW + 600_000 });
    return this;
  }

  timeout() {
    return {
      emit: (event: string, ...args: unknown[]) => {
        this.sent.push({ event, args });
        const ack = args[args.length - 1];
        if (typeof ack === 'function') ack(null, { ok: true, result: null });
      },
    };
  }

  disconnect() {
    this.connected = false;
    return this;
  }

  /** Deliver an event from the hub. */
  deliver(event: string, ...args: unknown[]) {
    if (event === 'connect') this.connected = true;
    for (const fn of this.handlers.get(event) ?? []) fn(...args);
  }

  /** Connected, paired, and holding a snapshot of these records. */
  online(records: { posting?: PublicPosting[]; notice?: Notice[]; station?: Station[]; site?: Site[] }, seq = 10) {
    this.deliver('connect');
    this.deliver('hello', {
      protocolVersion: 1,
      serverTime: Date.now(),
      stationId: 'st1',
      stationName: '大厅大屏',
      role: 'display',
      siteName: SITE.name,
      seq,
    });
    this.deliver('snapshot', {
      seq,
      records: { site: [SITE], station: [station()], posting: [], notice: [], ...records },
    });
  }
}

export function testClient(opts: { token?: boolean } = {}) {
  const hub = new HubStandIn();
  const storage = new MemoryStorage();
  if (opts.token !== false) storage.setItem('gighall.display.token', 'tok');
  const client = new StationClient({
    url: 'http://hub.test',
    page: 'display',
    connect: hub.connect,
    ...keyValueStores(storage, 'gighall.display', ['posting', 'notice', 'site', 'station']),
  });
  client.start();
  return { hub, client };
}
