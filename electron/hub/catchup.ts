// Catch-up, not hope (DESIGN.md): a station that connects, or asks with `sync`, gets the changes after the last
// seq it applied — or a snapshot of its view when that seq is too far behind, ahead of the hub, older than the
// change log still holds (retention.ts), or one the log never held (a restored backup whose seqs jumped past the
// station's: docs/operations.md), since such a station saw another history.
import type { Change, Snapshot } from '../../shared/protocol/events';
import { openSql } from '../../shared/rules/posting';
import { noticeLiveSql } from '../../shared/rules/notice';
import { projectChange, projectRecord, snapshotEntities, type Viewer } from './projection';
import type { Records } from './store/records';
import type { Peer } from './sessions';

/** A station this far behind gets a snapshot instead of the changes. */
export const SNAPSHOT_AFTER = 2000;

export class CatchUp {
  constructor(
    private readonly records: Records,
    private readonly clock: () => number,
    private readonly snapshotAfter = SNAPSHOT_AFTER,
  ) {}

  catchUp(peer: Peer, lastSeq: number): void {
    const head = this.records.headSeq();
    // The log must hold the station's own last seq: then every change after it is still there too (trims only
    // drop the oldest), and the station's history is this hub's.
    if (lastSeq <= 0 || lastSeq > head || head - lastSeq > this.snapshotAfter || !this.records.hasSeq(lastSeq)) {
      peer.send.snapshot(this.snapshot(peer.session));
      return;
    }
    const projected: Change[] = [];
    for (const c of this.records.changesSince(lastSeq, this.snapshotAfter + 1)) {
      const p = projectChange(peer.session, c);
      if (p) projected.push(p);
    }
    peer.send.changes(projected, head);
  }

  snapshot(viewer: Viewer): Snapshot {
    const seq = this.records.headSeq();
    const records: Snapshot['records'] = {};
    const now = this.clock();
    for (const entity of snapshotEntities(viewer)) {
      let list: unknown[];
      if (viewer.role === 'staff' && viewer.signedIn) list = this.records.list(entity);
      else if (entity === 'posting') list = this.records.list('posting', openSql(), now);
      else if (entity === 'notice') list = this.records.list('notice', noticeLiveSql(), now);
      else if (entity === 'station')
        list = viewer.stationId ? this.records.list('station', 'id = ?', viewer.stationId) : [];
      else list = this.records.list(entity);
      (records as Record<string, unknown[]>)[entity] = list
        .map((r) => projectRecord(viewer, entity, r as never))
        .filter((r) => r !== null);
    }
    return { seq, records };
  }
}
