// A replica store in IndexedDB, written record by record. The key-value store (shared/station/kv-stores.ts) rewrites
// the whole replica as one JSON string on every save: with 2,000 postings that was ~30 ms of main-thread work per
// update (profiled in scripts/bench/display.ts), a visible hitch in a display's scroll every second. Here only
// records whose version changed are written, in one transaction when the page is idle, and everything is read once
// while opening, so the client gets its copy synchronously at start and a reload while the hub is away still shows
// the board.
import type { EntityName } from '../../shared/domain/entities';
import type { ReplicaState, ReplicaStore, SavedReplica } from '../../shared/station/replica';

const STORE = 'cache';
const META = 'meta';

interface Meta {
  lastSeq: number;
  lastSyncAt: number | null;
  clockOffset: number;
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

export class IndexedDbReplicaStore implements ReplicaStore {
  /** Each record last written (the object, to skip unchanged ones cheaply, and its stamp), by entity and id. */
  private readonly written: Map<string, Map<string, { record: unknown; stamp: string }>>;
  private meta: Meta | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: ReplicaState | null = null;

  private constructor(
    private readonly db: IDBDatabase,
    private readonly entities: readonly EntityName[],
    private initial: SavedReplica | null,
  ) {
    this.written = new Map(entities.map((e) => [e, new Map()]));
  }

  /** Open (and read) the database `name`, keeping `entities`; null where IndexedDB is missing or refuses. */
  static async open(name: string, entities: readonly EntityName[]): Promise<IndexedDbReplicaStore | null> {
    if (typeof indexedDB === 'undefined') return null;
    try {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE);
      const db = await request(open);
      const tx = db.transaction(STORE, 'readonly').objectStore(STORE);
      const [keys, values] = await Promise.all([request(tx.getAllKeys()), request(tx.getAll())]);
      const records: Record<string, unknown[]> = Object.fromEntries(entities.map((e) => [e, []]));
      let meta: Meta | null = null;
      keys.forEach((key, i) => {
        if (key === META) meta = values[i] as Meta;
        else records[String(key).split(':', 1)[0]!]?.push(values[i]);
      });
      return new IndexedDbReplicaStore(db, entities, meta ? { ...(meta as Meta), records } : null);
    } catch {
      return null;
    }
  }

  load(): SavedReplica | null {
    const initial = this.initial;
    this.initial = null;
    if (!initial) return null;
    // What was read is what is on disk: later diffs start from it.
    for (const [entity, list] of Object.entries(initial.records))
      for (const r of list as Stamped[]) this.written.get(entity)?.set(r.id, { record: r, stamp: stamp(r) });
    this.meta = { lastSeq: initial.lastSeq, lastSyncAt: initial.lastSyncAt, clockOffset: initial.clockOffset };
    return initial;
  }

  /** Note the replica's new state; written at most twice a second, in one transaction, when the page is idle. */
  save(state: ReplicaState): void {
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
    for (const entity of this.entities) {
      const current = state.records[entity] as Map<string, Stamped>;
      const written = this.written.get(entity)!;
      for (const [id, record] of current) {
        const last = written.get(id);
        // The replica replaces a record's object when it changes: the same object is the same record.
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
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    for (const written of this.written.values()) written.clear();
    this.meta = null;
    this.db.transaction(STORE, 'readwrite').objectStore(STORE).clear();
  }
}
