// A page's station client, wired for where it runs: the hub address (hub-address.ts), the token through the bridge
// (safeStorage in the app, localStorage in a browser), the outbox in localStorage, and the replica in localStorage
// or IndexedDB — all under this window's key, so several display windows on one PC never share a token, a queue or
// a cache. Also the React hook that reads the client's state.
import { io } from 'socket.io-client';
import { useSyncExternalStore } from 'react';
import { StationClient, type ConnectFn, type StationState } from '../shared/station/client';
import { keyValueOutboxStore, keyValueReplicaStore } from '../shared/station/kv-stores';
import type { ReplicaStore } from '../shared/station/replica';
import type { EntityName } from '../shared/domain/entities';
import type { StationRole } from '../shared/domain/enums';
import { pageBridge, type PageBridge } from './bridge';
import { resolveHub, type HubSource } from './hub-address';
import { IndexedDbReplicaStore } from './stores/indexeddb';

export interface PageStation {
  client: StationClient;
  bridge: PageBridge;
  hub: { url: string; source: HubSource };
}

export interface PageStationOptions {
  /** Entities kept across reloads (public ones only: kiosks and displays). Default: none. */
  persist?: readonly EntityName[];
  /** Where the replica lives: one JSON value in localStorage (default), or record by record in IndexedDB. */
  replica?: 'localStorage' | 'indexedDB';
  /** The socket factory; socket.io's `io` unless a test stands in for the hub. */
  connect?: ConnectFn;
}

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

export async function createPageStation(page: StationRole, opts: PageStationOptions = {}): Promise<PageStation> {
  const bridge = pageBridge(page);
  const hub = await resolveHub(bridge);
  let storage: Storage;
  try {
    storage = window.localStorage;
  } catch {
    storage = memoryStorage();
  }
  const prefix = `gighall.${bridge.windowKey}`;
  const persist = opts.persist ?? [];
  let replica: ReplicaStore | null = null;
  if (opts.replica === 'indexedDB' && persist.length)
    replica = await IndexedDbReplicaStore.open(`gighall-${bridge.windowKey}`, persist);
  replica ??= keyValueReplicaStore(storage, prefix, persist);
  const client = new StationClient({
    url: hub.url,
    page,
    connect: opts.connect ?? (io as unknown as ConnectFn),
    tokens: bridge.tokens,
    outbox: keyValueOutboxStore(storage, prefix),
    replica,
  });
  // Write the replica when the page goes: a reload must find the newest copy.
  window.addEventListener('pagehide', () => client.stop());
  // Errors outside React's render (event handlers, timers, promises) reach the hub's log too; render errors come
  // through the page's ErrorBoundary, which also recovers the page.
  window.addEventListener('error', (e) =>
    client.reportError({ message: e.message, stack: (e.error as Error | undefined)?.stack, where: e.filename }),
  );
  window.addEventListener('unhandledrejection', (e) => {
    const reason = e.reason as { message?: string; stack?: string } | undefined;
    client.reportError({ message: reason?.message ?? String(e.reason), stack: reason?.stack, where: 'promise' });
  });
  return { client, bridge, hub };
}

export function useStation(client: StationClient): StationState {
  return useSyncExternalStore(
    (cb) => client.subscribe(cb),
    () => client.getState(),
  );
}
