// The display's offline cache, written incrementally to IndexedDB. The station client can persist its records itself,
// but it rewrites the whole cache as one JSON string in localStorage on every change: with 2,000 postings that was ~30
// ms of main-thread work per update (profiled in scripts/bench/display.ts), a visible hitch in the scroll every second.
// Here only records whose version changed are written, the write itself happens off the main thread, and the cache is
// read once at start-up and handed to the client in the shape it reads (`<prefix>.display.cache`), so a reload while
// the hub is away still shows the board.
import type { KeyValueStore, StationState } from '../../shared/station/client';
import type { EntityName } from '../../shared/domain/entities';

export const CACHED_ENTITIES = ['posting', 'notice', 'site', 'station'] as const satisfies readonly EntityName[];
const DB_NAME = 'gighall-display';
const STORE = 'cache';
const META = 'meta';

interface Meta {
  lastSeq: number;
  lastSyncAt: number | null;
  clockOffset: number;
}

/** What the station client expects under its cache key. */
interface ClientCache extends Meta {
  records: Record<string, unknown[]>;
}

interface Stamped {
  id: string;
  version: number;
  updatedAt: number;
}
/** Every write bumps a record's version and updatedAt: together they say whether the stored copy is current. */
const stamp = (r: Stamped) => `${r.version}:${r.updatedAt}`;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export class DisplayCache {
  /** Each record last written (the object, to skip unchanged ones cheaply, and its stamp), by entity and id. */
  private written = new Map<string, Map<string, { record: unknown; stamp: string }>>(
    CACHED_ENTITIES.map((e) => [e, new Map()]),
  );
  private meta: Meta | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: StationState | null = null;

  constructor(
    private readonly db: IDBDatabase,
    private initial: ClientCache | null,
  ) {}

  static async open(): Promise<DisplayCache | null> {
    if (typeof indexedDB === 'undefined') return null;
    try {
      const open = indexedDB.open(DB_NAME, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      const db = await request(open);
      const tx = db.transaction(STORE, 'readonly').objectStore(STORE);
      const [keys, values] = await Promise.all([request(tx.getAllKeys()), request(tx.getAll())]);
      const records: Record<string, unknown[]> = Object.fromEntries(CACHED_ENTITIES.map((e) => [e, []]));
      let meta: Meta | null = null;
      const cache = new DisplayCache(db, null);
      keys.forEach((key, i) => {
        if (key === META) meta = values[i] as Meta;
        else {
          const entity = String(key).split(':', 1)[0]!;
          records[entity]?.push(values[i]);
        }
      });
      if (meta) cache.initial = { ...(meta as Meta), records };
      return cache;
    } catch {
      return null;
    }
  }

  /** The cache as the client reads it at construction (a JSON string, once). */
  takeInitial(): string | null {
    const initial = this.initial;
    this.initial = null;
    if (!initial) return null;
    // What was read is what is on disk: later diffs start from it.
    for (const [entity, list] of Object.entries(initial.records))
      for (const r of list as Stamped[]) this.written.get(entity)?.set(r.id, { record: r, stamp: stamp(r) });
    this.meta = { lastSeq: initial.lastSeq, lastSyncAt: initial.lastSyncAt, clockOffset: initial.clockOffset };
    return JSON.stringify(initial);
  }

  /** Note the client's new state; written at most twice a second, in one transaction, when the page is idle. */
  save(state: StationState): void {
    this.pending = state;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => this.flush(), { timeout: 2000 });
      else this.flush();
    }, 500);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const state = this.pending;
    this.pending = null;
    if (!state) return;
    const tx = this.db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    // No allocation per unchanged record: this runs after every change, over every posting.
    for (const entity of CACHED_ENTITIES) {
      const current = state.records[entity] as Map<string, Stamped>;
      const written = this.written.get(entity)!;
      for (const [id, record] of current) {
        const last = written.get(id);
        // The client replaces a record's object when it changes: the same object is the same record.
        if (last?.record === record) continue;
        const s = stamp(record);
        if (last?.stamp !== s) store.put(record, `${entity}:${id}`);
        written.set(id, { record, stamp: s });
      }
      // Every current record is in `written` now; anything more has left.
      if (written.size > current.size) {
        for (const id of written.keys())
          if (!current.has(id)) {
            store.delete(`${entity}:${id}`);
            written.delete(id);
          }
      }
    }
    const meta: Meta = { lastSeq: state.lastSeq, lastSyncAt: state.lastSyncAt, clockOffset: state.clockOffset };
    if (!this.meta || this.meta.lastSeq !== meta.lastSeq || this.meta.lastSyncAt !== meta.lastSyncAt) {
      store.put(meta, META);
      this.meta = meta;
    }
  }

  clear(): void {
    this.pending = null;
    for (const written of this.written.values()) written.clear();
    this.meta = null;
    this.db.transaction(STORE, 'readwrite').objectStore(STORE).clear();
  }
}

/**
 * Storage for the station client: the token and queue in localStorage as usual; the cache key served from the
 * IndexedDB cache (read once) and cleared with it when the client drops its records (revoked pairing).
 */
export function storageWithCache(base: KeyValueStore, cacheKey: string, cache: DisplayCache): KeyValueStore {
  return {
    getItem: (key) => (key === cacheKey ? cache.takeInitial() : base.getItem(key)),
    setItem: (key, value) => {
      if (key !== cacheKey) base.setItem(key, value);
    },
    removeItem: (key) => (key === cacheKey ? cache.clear() : base.removeItem(key)),
  };
}
