// The station's replica of what the hub lets it see: records by entity, the last seq applied, the hub-clock offset
// and when it last heard from the hub. Applying changes and snapshots is pure (store.ts); keeping a copy across
// reloads is a ReplicaStore's job, so the same replica persists as one JSON value in localStorage on a kiosk and
// record by record in IndexedDB on a display (web/stores/).
import type { Change, Snapshot } from '../protocol/events';
import { applyChanges, applySnapshot, deserialiseRecords, emptyRecords, type Records } from './store';

export interface ReplicaState {
  records: Records;
  /** Last change seq applied: the station sends it when it connects and the hub replays what is newer. */
  lastSeq: number;
  /** Hub clock minus local clock, ms. */
  clockOffset: number;
  /** Local epoch ms of the last message from the hub (for "updated HH:MM"). */
  lastSyncAt: number | null;
}

/** What a store gives back at start: plain JSON, only the entities it keeps. */
export interface SavedReplica {
  lastSeq: number;
  lastSyncAt: number | null;
  clockOffset: number;
  records: Record<string, unknown[]>;
}

/** Where a replica lives between page loads. Stores that read asynchronously (IndexedDB) read while opening. */
export interface ReplicaStore {
  /** What was saved last, or null. Called once, when the replica is made. */
  load(): SavedReplica | null;
  /** The replica changed: save it when convenient (stores batch writes; the state object is the live one). */
  save(state: ReplicaState): void;
  /** Write what is pending now (the page is going away). */
  flush(): void;
  /** Forget everything kept (pairing revoked, staff sign-out). */
  clear(): void;
}

/** Keeps nothing: the staff console (personal data stays in memory) and tests. */
export const memoryReplicaStore = (): ReplicaStore => ({
  load: () => null,
  save: () => undefined,
  flush: () => undefined,
  clear: () => undefined,
});

export class Replica {
  private state: ReplicaState;

  constructor(private readonly store: ReplicaStore = memoryReplicaStore()) {
    let saved: SavedReplica | null = null;
    try {
      saved = store.load();
    } catch {
      // A damaged copy is no copy: the hub sends a snapshot.
    }
    this.state = saved
      ? {
          records: deserialiseRecords(saved.records),
          // A partial copy (only public entities) claims only the seq of what it holds.
          lastSeq: saved.lastSeq,
          clockOffset: saved.clockOffset,
          lastSyncAt: saved.lastSyncAt,
        }
      : { records: emptyRecords(), lastSeq: 0, clockOffset: 0, lastSyncAt: null };
  }

  get(): ReplicaState {
    return this.state;
  }

  /** The hub said hello: its clock, and that it is reachable now. */
  synced(hubTime: number, now: number): ReplicaState {
    this.state = { ...this.state, clockOffset: hubTime - now, lastSyncAt: now };
    this.store.save(this.state);
    return this.state;
  }

  /** Changes in seq order; `headSeq` counts changes the projection hid as seen. */
  applyChanges(changes: readonly Change[], headSeq: number, now: number): ReplicaState {
    const { records } = this.state;
    const lastSeq = Math.max(applyChanges(records, this.state.lastSeq, changes), headSeq);
    this.state = { ...this.state, records, lastSeq, lastSyncAt: now };
    this.store.save(this.state);
    return this.state;
  }

  applySnapshot(snapshot: Snapshot, now: number): ReplicaState {
    this.state = { ...this.state, records: applySnapshot(snapshot), lastSeq: snapshot.seq, lastSyncAt: now };
    this.store.save(this.state);
    return this.state;
  }

  /** Drop every record, here and in the store. */
  clear(): ReplicaState {
    this.store.clear();
    this.state = { ...this.state, records: emptyRecords(), lastSeq: 0 };
    return this.state;
  }

  flush(): void {
    this.store.flush();
  }
}
