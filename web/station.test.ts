// A page's station wiring in jsdom: inside the app (a `window.gighall` bridge present) the hub comes from the
// bridge and the pairing token goes to the bridge — never to localStorage; in a plain browser the token stays in
// this window's localStorage; and the URL's query never chooses the hub. The hub is a small stand-in socket.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectFn } from '../shared/station/connection';
import type { GigHallApi } from '../shared/ipc/contract';
import { resetPageBridge } from './bridge';
import { createPageStation } from './station';

type Handler = (...args: unknown[]) => void;

/** The socket side the client uses: records the URL, answers a pairing request with an approval. */
function hubStandIn(token = 'tok-approved-1') {
  const handlers = new Map<string, Handler[]>();
  const seen: { url: string | null; auth: Record<string, unknown>[] } = { url: null, auth: [] };
  let authFn: ((cb: (data: object) => void) => void) | null = null;
  const socket = {
    connected: false,
    on(event: string, fn: Handler) {
      handlers.set(event, [...(handlers.get(event) ?? []), fn]);
      return socket;
    },
    emit(event: string, ...args: unknown[]) {
      const ack = args.at(-1);
      if (event === 'pair:request' && typeof ack === 'function') ack({ ok: true, code: '123456', expiresAt: 0 });
      return socket;
    },
    disconnect() {
      socket.connected = false;
      return socket;
    },
    connect() {
      deliver('connect');
      return socket;
    },
    timeout: () => ({ emit: () => undefined }),
  };
  const deliver = (event: string, ...args: unknown[]) => {
    if (event === 'connect') {
      socket.connected = true;
      authFn?.((data) => seen.auth.push(data as Record<string, unknown>));
    }
    for (const fn of handlers.get(event) ?? []) fn(...args);
  };
  const connect: ConnectFn = (url, opts) => {
    seen.url = url;
    authFn = opts.auth;
    return socket as never;
  };
  return { connect, seen, deliver, approve: () => deliver('pair:approved', { token }) };
}

function bridgeStandIn(hubUrl = 'http://192.168.1.10:8420') {
  let stored: string | null = null;
  const api: GigHallApi = {
    stationInfo: () => ({ role: 'kiosk', hubUrl, windowKey: 'kiosk' }),
    appVersion: () => '9.9.9',
    print: vi.fn(() => Promise.resolve({ ok: true as const })),
    getToken: vi.fn(() => Promise.resolve(stored)),
    setToken: vi.fn((t: string | null) => {
      stored = t;
      return Promise.resolve(true);
    }),
  };
  return { api, stored: () => stored };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  delete window.gighall;
  resetPageBridge();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
});

describe('page station wiring', () => {
  it('with a bridge present, pairs with the bridge’s hub and gives the token to the bridge, not localStorage', async () => {
    const bridge = bridgeStandIn();
    window.gighall = bridge.api;
    const hub = hubStandIn();
    const { client, hub: chosen } = await createPageStation('kiosk', { connect: hub.connect });
    expect(chosen).toEqual({ url: 'http://192.168.1.10:8420', source: 'shell' });
    client.start();
    await settle();
    expect(hub.seen.url).toBe('http://192.168.1.10:8420');
    hub.deliver('connect');
    expect(client.getState().pairingCode).toBe('123456');
    hub.approve();
    await settle();
    expect(bridge.api.setToken).toHaveBeenCalledWith('tok-approved-1');
    expect(bridge.stored()).toBe('tok-approved-1');
    // The reconnect after approval presents the token from the bridge.
    expect(hub.seen.auth.at(-1)).toMatchObject({ token: 'tok-approved-1', page: 'kiosk' });
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('tok-approved-1');
    client.stop();
  });

  it('moves a token left in localStorage by an older version into the bridge, once', async () => {
    window.localStorage.setItem('gighall.kiosk.token', 'tok-old');
    const bridge = bridgeStandIn();
    window.gighall = bridge.api;
    const hub = hubStandIn();
    const { client } = await createPageStation('kiosk', { connect: hub.connect });
    client.start();
    await settle();
    await settle();
    hub.deliver('connect');
    expect(hub.seen.auth.at(-1)).toMatchObject({ token: 'tok-old' });
    expect(bridge.stored()).toBe('tok-old');
    expect(window.localStorage.getItem('gighall.kiosk.token')).toBeNull();
    client.stop();
  });

  it('in a plain browser keeps the token in this window’s localStorage and talks to the hub that served it', async () => {
    const hub = hubStandIn();
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"error":"not_found"}', { status: 404 })));
    const { client, hub: chosen } = await createPageStation('kiosk', { connect: hub.connect });
    expect(chosen).toEqual({ url: window.location.origin, source: 'origin' });
    client.start();
    hub.deliver('connect');
    hub.approve();
    expect(window.localStorage.getItem('gighall.kiosk.token')).toBe('tok-approved-1');
    client.stop();
  });

  it('ignores ?hub= in the page address: a crafted link cannot send the station elsewhere', async () => {
    window.history.replaceState(null, '', '/staff/?hub=http%3A%2F%2Felsewhere.example%3A8420');
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    const hub = hubStandIn();
    const { client, hub: chosen } = await createPageStation('staff', { connect: hub.connect });
    client.start();
    expect(chosen.url).toBe(window.location.origin);
    expect(hub.seen.url).toBe(window.location.origin);
    expect(hub.seen.url).not.toContain('elsewhere');
    client.stop();
  });

  it('a locally served copy talks to the hub its own /station.json names', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return Promise.resolve(new Response('{"hubUrl":"http://192.168.1.10:8420/"}', { status: 200 }));
    });
    const hub = hubStandIn();
    const { hub: chosen } = await createPageStation('display', { connect: hub.connect });
    expect(asked).toEqual(['/station.json']);
    expect(chosen).toEqual({ url: 'http://192.168.1.10:8420', source: 'config' });
  });
});
