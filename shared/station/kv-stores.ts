// The station client's stores over a synchronous key-value storage (window.localStorage in a page, a Map in
// tests): the token, the outbox, and the replica as one JSON value. Keys are `<prefix>.token`, `<prefix>.queue`
// and `<prefix>.cache`, the prefix naming the window (`gighall.kiosk`, `gighall.display-1`).
import type { EntityName } from '../domain/entities';
import type { TokenStore } from './connection';
import type { OutboxEntry, OutboxStore } from './outbox';
import type { ReplicaState, ReplicaStore, SavedReplica } from './replica';
import { serialiseRecords } from './store';

/** Synchronous key-value storage (window.localStorage fits). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function readJson(storage: KeyValueStore, key: string): unknown {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

export function keyValueTokenStore(storage: KeyValueStore, prefix: string): TokenStore {
  const key = `${prefix}.token`;
  return {
    get: () => storage.getItem(key),
    set: (token) => {
      if (token) storage.setItem(key, token);
      else storage.removeItem(key);
      return true;
    },
  };
}

export function keyValueOutboxStore(storage: KeyValueStore, prefix: string): OutboxStore {
  const key = `${prefix}.queue`;
  return {
    load: () => readJson(storage, key),
    save: (entries: readonly OutboxEntry[]) => {
      if (entries.length) storage.setItem(key, JSON.stringify(entries));
      else storage.removeItem(key);
    },
  };
}

/**
 * The replica as one JSON value, holding only `entities`. Written after the updates settle (1.5 s quiet), but at
 * least every 10 s while they keep coming: writing thousands of postings costs tens of ms, too much to pay on
 * every change.
 */
export function keyValueReplicaStore(
  storage: KeyValueStore,
  prefix: string,
  entities: readonly EntityName[],
): ReplicaStore {
  const key = `${prefix}.cache`;
  let timer: unknown = null;
  let since: number | null = null;
  let pending: ReplicaState | null = null;
  const write = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    since = null;
    const state = pending;
    pending = null;
    if (!state || !entities.length) return;
    const { records, lastSeq, lastSyncAt, clockOffset } = state;
    try {
      storage.setItem(
        key,
        JSON.stringify({ lastSeq, lastSyncAt, clockOffset, records: serialiseRecords(records, entities) }),
      );
    } catch {
      // Storage full: the page still runs from memory; the next snapshot refills it.
    }
  };
  return {
    load: () => {
      const saved = readJson(storage, key) as SavedReplica | null;
      return saved && typeof saved.lastSeq === 'number' && saved.records && typeof saved.records === 'object'
        ? saved
        : null;
    },
    save: (state) => {
      if (!entities.length) return;
      pending = state;
      const now = Date.now();
      since ??= now;
      if (timer) clearTimeout(timer);
      timer = now - since >= 10_000 ? null : setTimeout(write, 1500);
      if (!timer) write();
    },
    flush: write,
    clear: () => {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
      storage.removeItem(key);
    },
  };
}

/** All three stores of one window over one storage. */
export function keyValueStores(storage: KeyValueStore, prefix: string, persist: readonly EntityName[] = []) {
  return {
    tokens: keyValueTokenStore(storage, prefix),
    outbox: keyValueOutboxStore(storage, prefix),
    replica: keyValueReplicaStore(storage, prefix, persist),
  };
}
