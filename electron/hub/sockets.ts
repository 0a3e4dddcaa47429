// socket.io wiring. The handshake carries the protocol version, the pairing token and the last seq applied.
// An unpaired socket may only ask to pair: every other event gets `not_paired` and no data ever reaches it.
import type { Server, Socket } from 'socket.io';
import type { Logger } from 'pino';
import type { ClientToServer, HandshakeAuth, ServerToClient } from '../../shared/protocol/events';
import { PROTOCOL_VERSION } from '../../shared/protocol/events';
import { STATION_ROLES, type StationRole } from '../../shared/domain/enums';
import { appError } from '../../shared/errors';
import type { Hub, Peer } from './hub';
import type { Session } from './commands/context';

type IoServer = Server<ClientToServer, ServerToClient>;
type IoSocket = Socket<ClientToServer, ServerToClient>;

export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export function attachSockets(io: IoServer, hub: Hub, log: Logger): void {
  // Broadcast rooms: socket.io encodes a room emit once for all its sockets.
  hub.groupBroadcaster = (group, changes, head) => io.to(`view:${group}`).emit('changes', changes, head);
  io.on('connection', (socket: IoSocket) => {
    const auth = (socket.handshake.auth ?? {}) as Partial<HandshakeAuth>;
    const address = socket.handshake.address;
    if (auth.protocolVersion !== PROTOCOL_VERSION) {
      socket.emit('protocol:error', appError('protocol_version'));
      socket.disconnect(true);
      return;
    }
    const station = typeof auth.token === 'string' && auth.token.length < 200 ? hub.stationForToken(auth.token) : null;
    const page = STATION_ROLES.includes(auth.page as StationRole) ? (auth.page as StationRole) : undefined;
    const session: Session = station
      ? {
          role: station.role,
          stationId: station.id,
          stationName: station.name,
          signedIn: false,
          address,
          user: null,
          workerId: null,
        }
      : // Unpaired: role is irrelevant because nothing but pairing is answered.
        { role: 'display', stationId: '', stationName: '', signedIn: false, address, user: null, workerId: null };
    const peer: Peer = {
      session,
      send: {
        changes: (changes, head) => socket.emit('changes', changes, head),
        snapshot: (snapshot) => socket.emit('snapshot', snapshot),
        self: (self) => socket.emit('worker:self', self),
        health: (health) => socket.emit('station:health', health),
        paired: (info) => socket.emit('pair:approved', info),
        revoked: () => socket.emit('pair:revoked'),
      },
      disconnect: () => socket.disconnect(true),
      setGroup: (group) => {
        for (const room of socket.rooms) if (room.startsWith('view:')) void socket.leave(room);
        void socket.join(`view:${group}`);
      },
    };
    socket.on('disconnect', () => hub.leave(peer));

    if (!station) {
      if (auth.token) socket.emit('pair:revoked'); // a token we do not know: the station must pair again
      socket.on('pair:request', (info, ack) => {
        if (typeof ack !== 'function') return;
        const role =
          info && typeof info === 'object' && STATION_ROLES.includes(info.role as StationRole)
            ? (info.role as StationRole)
            : page;
        try {
          const creds =
            info && typeof info.username === 'string' && typeof info.password === 'string'
              ? {
                  username: info.username.slice(0, 64),
                  password: info.password.slice(0, 128),
                  name: typeof info.name === 'string' ? info.name : undefined,
                }
              : undefined;
          ack(hub.requestPairing(peer, role, isLoopback(address), creds));
        } catch (err) {
          log.error({ err }, 'pairing request failed');
          ack({ ok: false, error: appError('internal') });
        }
      });
      socket.on(
        'cmd',
        (_command, ack) => typeof ack === 'function' && ack({ ok: false, error: appError('not_paired') }),
      );
      return;
    }

    if (station.role === 'staff' && typeof auth.resume === 'string' && auth.resume.length < 200)
      hub.resumeSignIn(auth.resume, session);
    socket.emit('hello', {
      user: session.user ? (hub.records.get('staffUser', session.user.id) ?? null) : null,
      protocolVersion: PROTOCOL_VERSION,
      serverTime: hub.clock(),
      stationId: station.id,
      stationName: station.name,
      role: station.role,
      siteName: hub.site().name,
      seq: hub.headSeq(),
    });
    hub.join(peer, typeof auth.lastSeq === 'number' ? auth.lastSeq : 0);
    log.info({ station: station.name, role: station.role, address }, 'station connected');

    socket.on('cmd', (command, ack) => {
      if (typeof ack !== 'function') return;
      // Size is already bounded: socket.io closes a connection whose message exceeds maxHttpBufferSize
      // (MAX_MESSAGE_BYTES, set in server.ts), so nothing here re-serialises a command to measure it.
      hub.submit(session, command, ack);
    });
    socket.on('sync', (lastSeq) => {
      hub.catchUp(peer, typeof lastSeq === 'number' && Number.isFinite(lastSeq) ? lastSeq : 0);
    });
    socket.on(
      'pair:request',
      (_info, ack) => typeof ack === 'function' && ack({ ok: false, error: appError('invalid_args') }),
    );
  });
}
