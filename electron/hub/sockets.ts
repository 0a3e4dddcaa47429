// socket.io, the hub's transport. The handshake carries the protocol version, the pairing token and the last seq
// applied. An unpaired socket may only ask to pair: every other event gets `not_paired` and no data ever reaches
// it. Every handler runs inside a guard: an error in one socket's handler (a damaged database page, a bug) is
// logged and answered on that socket, and never takes the hub down for every other station.
import type { IncomingMessage } from 'node:http';
import type { Server, Socket } from 'socket.io';
import type { Logger } from 'pino';
import type { ClientToServer, HandshakeAuth, ServerToClient } from '../../shared/protocol/events';
import { PROTOCOL_VERSION } from '../../shared/protocol/events';
import { STATION_ROLES, type StationRole } from '../../shared/domain/enums';
import { appError } from '../../shared/errors';
import type { Hub } from './hub';
import type { GroupSend, Peer } from './sessions';
import type { Session } from './commands/context';

type IoServer = Server<ClientToServer, ServerToClient>;
type IoSocket = Socket<ClientToServer, ServerToClient>;

export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** The Electron shell's bundle (electron/security.ts APP_SCHEME, host `bundle`). */
export const APP_ORIGIN = 'app://bundle';

/**
 * Which page may open a socket: one served by this hub (its Origin is the Host it asked), the Electron app, a copy
 * of the pages served on the station machine itself (a loopback origin: README "a display in a plain browser"),
 * or a client that is no page at all (no Origin: a browser always sends one). A page of another site open on a
 * station — or on the hub PC in demo mode — is refused before any handler runs.
 */
export function originAllowed(req: Pick<IncomingMessage, 'headers'>): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (origin === APP_ORIGIN) return true;
  const host = req.headers.host;
  if (host && (origin === `http://${host}` || origin === `https://${host}`)) return true;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackName(url.hostname);
  } catch {
    return false;
  }
}

function isLoopbackName(hostname: string): boolean {
  const name = hostname.replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/** The host name a request was addressed to is the machine itself (not a name that merely resolves to it). */
export function hostIsLoopback(req: Pick<IncomingMessage, 'headers'>): boolean {
  return isLoopbackName((req.headers.host ?? '').replace(/:\d+$/, ''));
}

/** socket.io rooms as the hub's group send: one encode per group, whatever the number of stations. */
export function roomGroups(io: IoServer): GroupSend {
  return { changes: (group, changes, head) => io.to(`view:${group}`).emit('changes', changes, head) };
}

/**
 * Wrap a socket event handler: a throw or a rejection is logged, answered `internal` when the event has an ack,
 * and followed by `onFail` (the connection handler drops the socket). It never reaches the process.
 */
function guarded(
  log: Logger,
  context: () => Record<string, unknown>,
  fn: (...args: never[]) => unknown,
  onFail?: () => void,
): (...args: unknown[]) => void {
  return (...args) => {
    const fail = (err: unknown) => {
      log.error({ err, ...context() }, 'socket handler failed');
      const ack = args.at(-1);
      try {
        if (typeof ack === 'function') ack({ ok: false, error: appError('internal') });
        onFail?.();
      } catch {
        // the socket is gone already
      }
    };
    try {
      const done = fn(...(args as never[]));
      if (done instanceof Promise) done.catch(fail);
    } catch (err) {
      fail(err);
    }
  };
}

export function attachSockets(io: IoServer, hub: Hub, log: Logger): void {
  io.on('connection', (socket: IoSocket) =>
    guarded(
      log,
      () => ({ event: 'connection', address: socket.handshake.address }),
      () => connect(socket),
      () => socket.disconnect(true),
    )(),
  );

  function connect(socket: IoSocket): void {
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
    const context = () => ({ station: session.stationName, address });
    const on = <E extends keyof ClientToServer>(event: E, fn: (...args: Parameters<ClientToServer[E]>) => unknown) =>
      socket.on(event, guarded(log, () => ({ event, ...context() }), fn as never) as never);
    socket.on(
      'disconnect',
      guarded(
        log,
        () => ({ event: 'disconnect', ...context() }),
        () => hub.leave(peer),
      ),
    );

    if (!station) {
      if (auth.token) socket.emit('pair:revoked'); // a token we do not know: the station must pair again
      hub.pairing.arrived(peer);
      // Auto-pairing is for pages on the hub PC itself, addressed to it as such (not via a name that resolves to it).
      const local = isLoopback(address) && hostIsLoopback(socket.request);
      on('pair:request', async (info, ack) => {
        if (typeof ack !== 'function') return;
        const role =
          info && typeof info === 'object' && STATION_ROLES.includes(info.role as StationRole)
            ? (info.role as StationRole)
            : page;
        const creds =
          info && typeof info.username === 'string' && typeof info.password === 'string'
            ? {
                username: info.username.slice(0, 64),
                password: info.password.slice(0, 128),
                name: typeof info.name === 'string' ? info.name : undefined,
              }
            : undefined;
        ack(await hub.pairing.request(peer, role, local, creds));
      });
      on('cmd', (_command, ack) => typeof ack === 'function' && ack({ ok: false, error: appError('not_paired') }));
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

    on('cmd', (command, ack) => {
      if (typeof ack !== 'function') return;
      // Size is already bounded: socket.io closes a connection whose message exceeds maxHttpBufferSize
      // (MAX_MESSAGE_BYTES, set in server.ts), so nothing here re-serialises a command to measure it.
      hub.submit(session, command, ack);
    });
    on('sync', (lastSeq) => {
      hub.catchUp.catchUp(peer, typeof lastSeq === 'number' && Number.isFinite(lastSeq) ? lastSeq : 0);
    });
    on(
      'pair:request',
      (_info, ack) => typeof ack === 'function' && ack({ ok: false, error: appError('invalid_args') }),
    );
  }
}
