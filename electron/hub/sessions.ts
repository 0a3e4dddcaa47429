// Connected stations, behind a transport interface: socket.io is one transport (sockets.ts), a test or a future
// transport another. The registry only keeps track of who is connected; what they are sent is decided by the
// broadcaster, the catch-up and the pairing, which look peers up here.
import type { StationHealth } from '../../shared/domain/entities';
import type { StationRole } from '../../shared/domain/enums';
import type { Change, Snapshot, WorkerSelf } from '../../shared/protocol/events';
import type { Session } from './commands/context';

/** Peers that receive identical broadcasts: signed-in staff, and everyone else (public projection). */
export type ViewGroup = 'staff' | 'public';
export function groupOf(session: Session): ViewGroup {
  return session.role === 'staff' && session.signedIn ? 'staff' : 'public';
}

/** What the hub can send one connected station. */
export interface PeerSend {
  changes(changes: Change[], headSeq: number): void;
  snapshot(snapshot: Snapshot): void;
  self(self: WorkerSelf | null): void;
  health(health: StationHealth): void;
  paired(info: { token: string; stationId: string; role: StationRole; name: string }): void;
  revoked(): void;
}

/** A connected station as the hub sees it; the transport fills in `send`. */
export interface Peer {
  session: Session;
  send: PeerSend;
  disconnect(): void;
  /** Put the peer in the broadcast group its view belongs to (see GroupSend). */
  setGroup?(group: ViewGroup): void;
}

/** A transport that can send one message to every peer of a group, encoding it once (socket.io rooms). */
export interface GroupSend {
  changes(group: ViewGroup, changes: Change[], headSeq: number): void;
}

export class SessionRegistry {
  private readonly peers = new Set<Peer>();

  add(peer: Peer): void {
    this.peers.add(peer);
    peer.setGroup?.(groupOf(peer.session));
  }

  remove(peer: Peer): void {
    this.peers.delete(peer);
  }

  /** The session's view changed (sign-in, sign-out): move its peer to the group that matches. */
  regroup(session: Session): Peer | undefined {
    const peer = this.find((p) => p.session === session);
    peer?.setGroup?.(groupOf(session));
    return peer;
  }

  all(): ReadonlySet<Peer> {
    return this.peers;
  }

  find(test: (peer: Peer) => boolean): Peer | undefined {
    for (const peer of this.peers) if (test(peer)) return peer;
    return undefined;
  }

  filter(test: (peer: Peer) => boolean): Peer[] {
    const out: Peer[] = [];
    for (const peer of this.peers) if (test(peer)) out.push(peer);
    return out;
  }

  ofStation(stationId: string): Peer[] {
    return this.filter((p) => p.session.stationId === stationId);
  }

  isOnline(stationId: string): boolean {
    return !!this.find((p) => p.session.stationId === stationId);
  }

  stationsOnline(): number {
    return new Set([...this.peers].map((p) => p.session.stationId)).size;
  }
}
