// Creating this page's station client and reading it from React.
import { io } from 'socket.io-client';
import { useSyncExternalStore } from 'react';
import { StationClient, type ConnectFn, type StationState } from '../../shared/station/client';
import type { EntityName } from '../../shared/domain/entities';
import type { StationRole } from '../../shared/domain/enums';

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

export function createStationClient(page: StationRole, persist: readonly EntityName[] = []): StationClient {
  return new StationClient({
    url: hubUrl(),
    page,
    storage: window.localStorage,
    connect: io as unknown as ConnectFn,
    persist,
  });
}

export function useStation(client: StationClient): StationState {
  return useSyncExternalStore(
    (cb) => client.subscribe(cb),
    () => client.getState(),
  );
}
