// The station's link to its hub: the socket, the handshake (protocol version, token, last seq, staff resume), and
// pairing (a code to show until staff approve it, or at once with a staff user's credentials). The token lives in
// a TokenStore — the Electron shell's safeStorage through the bridge, or the page's localStorage in a plain
// browser — read once when the connection starts and written when the hub hands one over or takes it back.
import type { Socket } from 'socket.io-client';
import type { ClientToServer, Command, CommandReply, Hello, ServerToClient, WorkerSelf } from '../protocol/events';
import type { Change, Snapshot } from '../protocol/events';
import { PROTOCOL_VERSION } from '../protocol/events';
import type { StationRole } from '../domain/enums';
import type { StationHealth } from '../domain/entities';
import { appError, type AppError } from '../errors';

export type ConnectFn = (
  url: string,
  opts: {
    auth: (cb: (data: object) => void) => void;
    transports?: string[];
    reconnectionDelay?: number;
    reconnectionDelayMax?: number;
  },
) => Socket<ServerToClient, ClientToServer>;

/** Where the pairing token is kept. Either side may be synchronous (localStorage) or not (the Electron bridge). */
export interface TokenStore {
  get(): string | null | Promise<string | null>;
  /** Store (null: forget); false when it could not be stored (the token then lasts this page load only). */
  set(token: string | null): boolean | void | Promise<boolean | void>;
}

export const memoryTokenStore = (initial: string | null = null): TokenStore => {
  let token = initial;
  return { get: () => token, set: (t) => void (token = t) };
};

export type StationStatus = 'connecting' | 'pairing' | 'online' | 'offline';

/** After the hub dropped this (unpaired) station, wait this long before asking again. */
const UNPAIRED_RECONNECT_MS = 3000;

/** What the connection tells its owner. */
export interface ConnectionEvents {
  status(status: StationStatus, pairingCode?: string | null): void;
  hello(hello: Hello): void;
  changes(changes: Change[], headSeq: number): void;
  snapshot(snapshot: Snapshot): void;
  /** The hub revoked (or does not know) this station's token: it is forgotten; the station pairs again. */
  revoked(): void;
  self(self: WorkerSelf | null): void;
  health(health: StationHealth): void;
}

export interface ConnectionOptions {
  url: string;
  page: StationRole;
  connect: ConnectFn;
  tokens: TokenStore;
  /** The last seq applied, read at every (re)connect. */
  lastSeq(): number;
}

const unreachable = (): AppError =>
  appError('internal', { message: { zh: '暂时连不上服务器', en: 'The hub cannot be reached' } });

export class Connection {
  private socket: Socket<ServerToClient, ClientToServer> | null = null;
  /** undefined until the store has answered. */
  private token: string | null | undefined = undefined;
  private resume: string | null = null;
  private stopped = false;

  constructor(
    private readonly opts: ConnectionOptions,
    private readonly on: ConnectionEvents,
  ) {}

  get connected(): boolean {
    return !!this.socket?.connected;
  }

  start(): void {
    if (this.socket || this.token !== undefined) return;
    this.stopped = false;
    let first: string | null | Promise<string | null>;
    try {
      first = this.opts.tokens.get();
    } catch {
      first = null;
    }
    if (first instanceof Promise) {
      this.token = null;
      void first.then(
        (t) => this.open(t),
        () => this.open(null),
      );
    } else this.open(first);
  }

  stop(): void {
    this.stopped = true;
    this.socket?.disconnect();
    this.socket = null;
    this.token = undefined;
  }

  /** Staff: the resume token of the current sign-in (memory only), presented at every reconnect. */
  setResume(resume: string | null): void {
    this.resume = resume;
  }

  /** Send one command and wait for the hub's reply (an `internal` error when it does not answer in time). */
  emit(command: Command, timeoutMs: number): Promise<CommandReply> {
    return new Promise((resolve) => {
      const socket = this.socket;
      if (!socket) return resolve({ ok: false, error: unreachable() });
      socket.timeout(timeoutMs).emit('cmd', command, (err: Error | null, reply: CommandReply) => {
        if (err)
          resolve({
            ok: false,
            error: appError('internal', {
              message: { zh: '服务器没有响应，请稍后再试', en: 'The hub did not answer; please try again' },
            }),
          });
        else resolve(reply);
      });
    });
  }

  /** Ask for everything after `lastSeq`. */
  sync(lastSeq: number): void {
    this.socket?.emit('sync', lastSeq);
  }

  /** Pair at once with a staff user's credentials (installing a station; the first console on the hub PC). */
  pairWithCredentials(
    username: string,
    password: string,
    name?: string,
  ): Promise<{ ok: true } | { ok: false; error: AppError }> {
    return new Promise((resolve) => {
      if (!this.socket?.connected) return resolve({ ok: false, error: unreachable() });
      this.socket.emit('pair:request', { role: this.opts.page, username, password, name }, (reply) => {
        if (!reply.ok) return resolve(reply);
        if ('token' in reply) this.adopt(reply.token);
        resolve({ ok: true });
      });
    });
  }

  private open(token: string | null): void {
    if (this.stopped || this.socket) return;
    this.token = token;
    const socket = this.opts.connect(this.opts.url, {
      // A function, so every reconnect presents the current token, seq and resume token.
      auth: (cb) =>
        cb({
          protocolVersion: PROTOCOL_VERSION,
          token: this.token ?? undefined,
          lastSeq: this.opts.lastSeq(),
          page: this.opts.page,
          resume: this.resume ?? undefined,
        }),
      transports: ['websocket'],
      reconnectionDelay: 500,
      reconnectionDelayMax: 3000,
    });
    this.socket = socket;
    socket.on('connect', () => {
      if (!this.token) this.requestPairing();
      else this.on.status('connecting');
    });
    socket.on('disconnect', (reason) => {
      this.on.self(null);
      this.on.status('offline');
      // The hub drops an unpaired socket whose pairing code expired (or that never asked for one): come back
      // for a fresh code. socket.io does not reconnect by itself after a disconnect the server chose.
      if (reason === 'io server disconnect' && !this.token)
        setTimeout(() => {
          if (this.socket === socket && !this.stopped && !socket.connected) socket.connect();
        }, UNPAIRED_RECONNECT_MS);
    });
    socket.on('connect_error', () => this.on.status('offline'));
    socket.on('hello', (hello) => this.on.hello(hello));
    socket.on('changes', (changes, headSeq) => this.on.changes(changes, headSeq));
    socket.on('snapshot', (snapshot) => this.on.snapshot(snapshot));
    socket.on('pair:code', ({ code }) => this.on.status('pairing', code));
    socket.on('pair:approved', ({ token }) => this.adopt(token));
    socket.on('pair:revoked', () => {
      this.token = null;
      void Promise.resolve(this.opts.tokens.set(null)).catch(() => undefined);
      this.on.revoked();
      this.on.status('pairing');
      this.socket?.disconnect().connect();
    });
    socket.on('worker:self', (self) => this.on.self(self));
    socket.on('station:health', (h) => this.on.health(h));
  }

  private requestPairing(): void {
    this.socket?.emit('pair:request', { role: this.opts.page }, (reply) => {
      if (!reply.ok) return;
      if ('token' in reply) this.adopt(reply.token);
      else this.on.status('pairing', reply.code);
    });
  }

  private adopt(token: string): void {
    // In memory at once (the reconnect below presents it); the store may take a moment (an IPC round trip).
    this.token = token;
    void Promise.resolve(this.opts.tokens.set(token)).catch(() => undefined);
    this.on.status('connecting', null);
    this.socket?.disconnect().connect();
  }
}
