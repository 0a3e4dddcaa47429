// Sending committed changes out: every paired peer gets each change through its own projection. The common case
// is one message per view group, encoded once by the transport (socket.io rooms); a batch holding a station
// record — which goes only to that station — is sent peer by peer, in seq order, in one message each, so no
// station skips a change.
import type { StationHealth } from '../../shared/domain/entities';
import type { Change } from '../../shared/protocol/events';
import { projectChange, type selfView } from './projection';
import type { RecordChange } from './store/records';
import { groupOf, type GroupSend, type SessionRegistry } from './sessions';

const PUBLIC_VIEWER = { role: 'kiosk', stationId: '', signedIn: false } as const;

function forPublic(changes: readonly RecordChange[]): Change[] {
  const out: Change[] = [];
  for (const c of changes) {
    if (c.entity === 'station') continue;
    const projected = projectChange(PUBLIC_VIEWER, c);
    if (projected) out.push(projected);
  }
  return out;
}

export class Broadcaster {
  constructor(
    private readonly sessions: SessionRegistry,
    /** Absent for a transport without groups: every message then goes peer by peer. */
    private readonly groups: GroupSend | null,
  ) {}

  changes(changes: RecordChange[]): void {
    if (!changes.length) return;
    const head = changes.at(-1)!.seq;
    if (this.groups && !changes.some((c) => c.entity === 'station')) {
      this.groups.changes('staff', changes, head);
      this.groups.changes('public', forPublic(changes), head);
      return;
    }
    let publicView: Change[] | null = null;
    for (const peer of this.sessions.all()) {
      const s = peer.session;
      if (s.role === 'staff' && s.signedIn) {
        peer.send.changes(changes, head);
      } else {
        publicView ??= forPublic(changes);
        const own: Change[] = [];
        for (const c of changes) {
          if (c.entity !== 'station' || c.id !== s.stationId) continue;
          const projected = projectChange(s, c);
          if (projected) own.push(projected);
        }
        peer.send.changes(own.length ? [...publicView, ...own].sort((a, b) => a.seq - b.seq) : publicView, head);
      }
    }
  }

  /**
   * The head seq to every public peer, with no changes: what a write they cannot see looks like to them. A kiosk
   * registration for a registered phone writes nothing public, and must look like one that did (docs/security.md).
   */
  pulse(head: number): void {
    if (this.groups) return this.groups.changes('public', [], head);
    for (const peer of this.sessions.all()) if (groupOf(peer.session) === 'public') peer.send.changes([], head);
  }

  /** Station heartbeats and online/offline go to signed-in staff only. */
  health(health: StationHealth): void {
    for (const peer of this.sessions.all())
      if (peer.session.role === 'staff' && peer.session.signedIn) peer.send.health(health);
  }

  /** A worker's own record, to the kiosk(s) where that worker is identified. */
  self(workerId: string, view: ReturnType<typeof selfView>): void {
    for (const peer of this.sessions.all())
      if (peer.session.role === 'kiosk' && peer.session.workerId === workerId) peer.send.self(view);
  }
}
