// Creating this page's station client and reading it from React.
import { io } from 'socket.io-client';
import { useSyncExternalStore } from 'react';
import { StationClient, type ConnectFn, type KeyValueStore, type StationState } from '../../shared/station/client';
import type { EntityName } from '../../shared/domain/entities';
import type { StationRole } from '../../shared/domain/enums';
import { CACHED_ENTITIES, DisplayCache, storageWithCache } from './cache';

/** What the Electron preload exposes (absent in a plain browser). */
interface PreloadApi {
  stationInfo?: () => { hubUrl?: string } | Promise<{ hubUrl?: string }>;
}
declare global {
  interface Window {
    gighall?: PreloadApi;
  }
}

/** The hub is the page's own origin, unless `?hub=` or the Electron shell says otherwise. */
export function hubUrl(): string {
  const fromQuery = new URLSearchParams(window.location.search).get('hub');
  if (fromQuery) return fromQuery;
  return window.location.origin;
}

export function createStationClient(
  page: StationRole,
  persist: readonly EntityName[] = [],
  storage: KeyValueStore = window.localStorage,
): StationClient {
  return new StationClient({
    url: hubUrl(),
    page,
    storage,
    connect: io as unknown as ConnectFn,
    persist,
  });
}

/**
 * The display's client: public records cached for offline reloads — incrementally in IndexedDB where there is one
 * (see cache.ts), else by the client itself in localStorage.
 */
export async function createDisplayClient(): Promise<StationClient> {
  const cache = await DisplayCache.open();
  if (!cache) return createStationClient('display', CACHED_ENTITIES);
  const client = createStationClient(
    'display',
    [],
    storageWithCache(window.localStorage, 'gighall.display.cache', cache),
  );
  client.subscribe((state) => cache.save(state));
  window.addEventListener('pagehide', () => cache.flush());
  return client;
}

export function useStation(client: StationClient): StationState {
  return useSyncExternalStore(
    (cb) => client.subscribe(cb),
    () => client.getState(),
  );
}
