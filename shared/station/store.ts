// The station's local copy of what the hub lets it see: records by entity and id, plus the last seq applied.
// Pure data structure; persistence is the client's job.
import type { EntityMap, EntityName } from '../domain/entities';
import type { Change, Snapshot } from '../protocol/events';

export type Records = { [E in EntityName]: Map<string, EntityMap[E]> };

export function emptyRecords(): Records {
  return {
    site: new Map(),
    station: new Map(),
    pairingRequest: new Map(),
    staffUser: new Map(),
    worker: new Map(),
    employer: new Map(),
    vetting: new Map(),
    posting: new Map(),
    application: new Map(),
    notice: new Map(),
    dispute: new Map(),
  };
}

/** Apply changes in order; returns the new last seq. Changes at or below `lastSeq` are ignored (replays). */
export function applyChanges(records: Records, lastSeq: number, changes: readonly Change[]): number {
  let seq = lastSeq;
  for (const change of changes) {
    if (change.seq <= seq) continue;
    const table = records[change.entity] as Map<string, unknown> | undefined;
    if (table) {
      if (change.op === 'put' && change.data) table.set(change.id, change.data);
      else table.delete(change.id);
    }
    seq = change.seq;
  }
  return seq;
}

export function applySnapshot(snapshot: Snapshot): Records {
  const records = emptyRecords();
  for (const [entity, list] of Object.entries(snapshot.records)) {
    const table = records[entity as EntityName] as Map<string, unknown> | undefined;
    if (!table || !list) continue;
    for (const record of list as { id: string }[]) table.set(record.id, record);
  }
  return records;
}

/** Plain-JSON form for storage. */
export function serialiseRecords(records: Records, only?: readonly EntityName[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [entity, table] of Object.entries(records)) {
    if (only && !only.includes(entity as EntityName)) continue;
    out[entity] = [...(table as Map<string, unknown>).values()];
  }
  return out;
}

export function deserialiseRecords(json: Record<string, unknown[]>): Records {
  return applySnapshot({ seq: 0, records: json as Snapshot['records'] });
}
