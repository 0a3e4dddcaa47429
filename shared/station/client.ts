// The station side of the sync protocol, shared by the kiosk, the staff console and the displays.
// It pairs, connects with its token and last seq, applies changes/snapshots, keeps the hub-clock offset,
// persists what it may, and queues commands durably while the hub is away (resent in order, each exactly once
// thanks to the station-generated command id).
import type { Socket } from 'socket.io-client';
import type { CommandArgs, CommandName } from '../protocol/commands';
import type { ClientToServer, Command, CommandReply, Hello, ServerToClient } from '../protocol/events';
import { PROTOCOL_VERSION } from '../protocol/events';
import type { StationRole } from '../domain/enums';
import type { Application, EntityName, StationHealth, Worker } from '../domain/entities';
import { appError, type AppError } from '../errors';
import { applyChanges, applySnapshot, deserialiseRecords, emptyRecords, serialiseRecords, type Records } from './store';

/** Synchronous key-value storage (window.localStorage fits). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type ConnectFn = (
  url: string,
  opts: {
    auth: (cb: (data: object) => void) => void;
    transports?: string[];
    reconnectionDelay?: number;
    reconnectionDelayMax?: number;
  },
) => Socket<ServerToClient, ClientToServer>;

/** After the hub dropped this (unpaired) station, wait this long before asking again. */
const UNPAIRED_RECONNECT_MS = 3000;

export type StationStatus = 'connecting' | 'pairing' | 'online' | 'offline';

export interface StationState {
  status: StationStatus;
  /** 6-digit code to show while waiting for staff approval. */
  pairingCode: string | null;
  hello: Hello | null;
  records: Records;
  lastSeq: number;
  /** Hub clock minus local clock, ms. */
  clockOffset: number;
  /** Local epoch ms of the last message from the hub (for "updated HH:MM"). */
  lastSyncAt: number | null;
  /** Commands waiting for the hub. */
  queued: number;
  /** Kiosk: the identified worker, never persisted. */
  self: { worker: Worker; applications: Application[] } | null;
  /** Staff only: the latest heartbeat / online state per station id, as the hub pushes it. */
  health: ReadonlyMap<string, StationHealth>;
  /** Bumped on every change so React can subscribe cheaply. */
  version: number;
}

export interface StationClientOptions {
  url: string;
  page: StationRole;
  storage: KeyValueStore;
  connect: ConnectFn;
  /** Which entities to keep in storage across reloads (displays and kiosks: public ones). Default: none. */
  persist?: readonly EntityName[];
  /** Where the pairing token lives; default the same storage (the Electron shell passes safeStorage). */
  tokenStore?: { get(): string | null; set(token: string | null): void };
  /** Key prefix, so several stations can share one origin in tests. */
  prefix?: string;
  newId?: () => string;
}

type Listener = (state: StationState) => void;
interface QueuedCommand {
  command: Command;
  queuedAt: number;
}
export type SendResult<N extends CommandName> = CommandReply<N> | { ok: 'queued'; id: string };

const RETRYABLE = new Set(['internal', 'rate_limited']);

interface WebCrypto {
  randomUUID?: () => string;
  getRandomValues(a: Uint8Array): Uint8Array;
}

/**
 * A v4 UUID. `crypto.randomUUID` exists only in secure contexts, and a thin-client station opens the hub at
 * http://<LAN address>, so fall back to building one from getRandomValues (available everywhere).
 */
export function uuid(): string {
  const c = (globalThis as unknown as { crypto: WebCrypto }).crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export class StationClient {
  private socket: Socket<ServerToClient, ClientToServer> | null = null;
  private listeners = new Set<Listener>();
  private state: StationState;
  private queue: QueuedCommand[];
  private flushing = false;
  private resume: string | null = null;
  private readonly waiters = new Map<string, (reply: CommandReply) => void>();
  private persistTimer: unknown = null;
  private persistSince: number | null = null;
  private readonly key: (name: string) => string;
  private readonly tokenStore: NonNullable<StationClientOptions['tokenStore']>;

  constructor(private readonly opts: StationClientOptions) {
    this.key = (name) => `${opts.prefix ?? 'gighall'}.${opts.page}.${name}`;
    this.tokenStore = opts.tokenStore ?? {
      get: () => opts.storage.getItem(this.key('token')),
      set: (t) => (t ? opts.storage.setItem(this.key('token'), t) : opts.storage.removeItem(this.key('token'))),
    };
    this.queue = this.readJson<QueuedCommand[]>('queue') ?? [];
    const cached = this.readJson<{
      lastSeq: number;
      records: Record<string, unknown[]>;
      lastSyncAt: number | null;
      clockOffset: number;
    }>('cache');
    this.state = {
      status: 'connecting',
      pairingCode: null,
      hello: null,
      records: cached ? deserialiseRecords(cached.records) : emptyRecords(),
      // A partial cache (only public entities) must not claim the seq of everything: it only claims what it holds.
      lastSeq: cached?.lastSeq ?? 0,
      clockOffset: cached?.clockOffset ?? 0,
      lastSyncAt: cached?.lastSyncAt ?? null,
      queued: this.queue.length,
      self: null,
      health: new Map(),
      version: 0,
    };
  }

  getState(): StationState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hub-clock now. */
  now(): number {
    return Date.now() + this.state.clockOffset;
  }

  start(): void {
    if (this.socket) return;
    const socket = this.opts.connect(this.opts.url, {
      // A function, so every reconnect presents the current token and seq.
      auth: (cb) =>
        cb({
          protocolVersion: PROTOCOL_VERSION,
          token: this.tokenStore.get() ?? undefined,
          lastSeq: this.state.lastSeq,
          page: this.opts.page,
          resume: this.resume ?? undefined,
        }),
      transports: ['websocket'],
      reconnectionDelay: 500,
      reconnectionDelayMax: 3000,
    });
    this.socket = socket;
    socket.on('connect', () => {
      if (!this.tokenStore.get()) this.requestPairing();
      else this.update({ status: 'connecting' });
    });
    socket.on('disconnect', (reason) => {
      this.update({ status: 'offline', self: null });
      // The hub drops an unpaired socket whose pairing code expired (or that never asked for one): come back
      // for a fresh code. socket.io does not reconnect by itself after a disconnect the server chose.
      if (reason === 'io server disconnect' && !this.tokenStore.get())
        setTimeout(() => {
          if (this.socket === socket && !socket.connected) socket.connect();
        }, UNPAIRED_RECONNECT_MS);
    });
    socket.on('connect_error', () => this.update({ status: 'offline' }));
    socket.on('hello', (hello) => {
      this.update({
        hello,
        status: 'online',
        pairingCode: null,
        clockOffset: hello.serverTime - Date.now(),
        lastSyncAt: Date.now(),
      });
      void this.flush();
    });
    socket.on('changes', (changes, headSeq) => {
      const records = this.state.records;
      // headSeq: changes the projection hid still count as seen.
      const lastSeq = Math.max(applyChanges(records, this.state.lastSeq, changes), headSeq);
      this.update({ records, lastSeq, lastSyncAt: Date.now() });
      this.schedulePersist();
    });
    socket.on('snapshot', (snapshot) => {
      this.update({ records: applySnapshot(snapshot), lastSeq: snapshot.seq, lastSyncAt: Date.now() });
      this.schedulePersist();
    });
    socket.on('pair:code', ({ code }) => this.update({ status: 'pairing', pairingCode: code }));
    socket.on('pair:approved', ({ token }) => this.adoptToken(token));
    socket.on('pair:revoked', () => {
      this.tokenStore.set(null);
      this.opts.storage.removeItem(this.key('cache'));
      this.update({ records: emptyRecords(), lastSeq: 0, hello: null, self: null, status: 'pairing' });
      this.socket?.disconnect().connect();
    });
    socket.on('worker:self', (self) => this.update({ self }));
    socket.on('station:health', (h) => this.update({ health: new Map(this.state.health).set(h.stationId, h) }));
  }

  stop(): void {
    this.flushPersist();
    this.socket?.disconnect();
    this.socket = null;
  }

  /**
   * Send a command. Online: resolves with the hub's reply. With `queue: true` and the hub away, the command is
   * stored durably and resolves `{ ok: 'queued' }`; it is sent (once) when the hub returns.
   */
  async send<N extends CommandName>(
    name: N,
    args: CommandArgs<N>,
    options: { queue?: boolean; timeoutMs?: number } = {},
  ): Promise<SendResult<N>> {
    const command = { id: this.newId(), name, args } as Command;
    if (options.queue) {
      // Stored before anything is sent: once this returns, a reload or a dead hub cannot lose it.
      this.queue.push({ command, queuedAt: Date.now() });
      this.writeQueue();
      if (this.state.status !== 'online') return { ok: 'queued', id: command.id };
      const delivered = new Promise<CommandReply>((resolve) => this.waiters.set(command.id, resolve));
      void this.flush();
      // Online but slow: after a while, tell the caller it is safely queued rather than keep a visitor waiting.
      const reply = await Promise.race([
        delivered,
        new Promise<null>((r) => setTimeout(() => r(null), options.timeoutMs ?? 8000)),
      ]);
      this.waiters.delete(command.id);
      return (reply as CommandReply<N> | null) ?? { ok: 'queued', id: command.id };
    }
    if (!this.socket || this.state.status !== 'online') {
      return {
        ok: false,
        error: appError('internal', {
          message: {
            zh: '暂时连不上服务器，请稍后再试',
            en: 'The hub cannot be reached right now; please try again shortly',
          },
        }),
      };
    }
    const reply = (await this.emit(command, options.timeoutMs ?? 10_000)) as CommandReply<N>;
    // Keep the staff sign-in's resume token in memory only (never in storage): a reconnect resumes the session.
    if (name === 'staff.signIn' && reply.ok) this.resume = (reply.result as { resume?: string }).resume ?? null;
    if (name === 'staff.signOut') this.resume = null;
    return reply;
  }

  /** Drop the identified worker (kiosk idle reset / exit). */
  forgetSelf(): void {
    if (this.state.self && this.state.status === 'online') void this.send('worker.forget', {});
    this.update({ self: null });
  }

  /** Drop every cached record (staff sign-out). */
  clearRecords(): void {
    this.opts.storage.removeItem(this.key('cache'));
    this.update({ records: emptyRecords(), lastSeq: 0, health: new Map() });
  }

  /** Ask the hub for everything after our seq (after sign-in the hub sends a fresh snapshot by itself). */
  resync(): void {
    this.socket?.emit('sync', this.state.lastSeq);
  }

  /** Pair at once with a staff user's credentials (installing a station; the first console on the hub PC). */
  pairWithCredentials(
    username: string,
    password: string,
    name?: string,
  ): Promise<{ ok: true } | { ok: false; error: AppError }> {
    return new Promise((resolve) => {
      if (!this.socket?.connected)
        return resolve({
          ok: false,
          error: appError('internal', { message: { zh: '暂时连不上服务器', en: 'The hub cannot be reached' } }),
        });
      this.socket.emit('pair:request', { role: this.opts.page, username, password, name }, (reply) => {
        if (!reply.ok) return resolve(reply);
        if ('token' in reply) this.adoptToken(reply.token);
        resolve({ ok: true });
      });
    });
  }

  private requestPairing(): void {
    this.socket?.emit('pair:request', { role: this.opts.page }, (reply) => {
      if (!reply.ok) return;
      if ('token' in reply) this.adoptToken(reply.token);
      else this.update({ status: 'pairing', pairingCode: reply.code });
    });
  }

  private adoptToken(token: string): void {
    this.tokenStore.set(token);
    this.update({ pairingCode: null, status: 'connecting' });
    // Reconnect so the handshake carries the token.
    this.socket?.disconnect().connect();
  }

  private emit(command: Command, timeoutMs: number): Promise<CommandReply> {
    return new Promise((resolve) => {
      const socket = this.socket;
      if (!socket) return resolve({ ok: false, error: appError('internal') });
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

  /** Send queued commands in order, each until the hub answers; stop at the first the hub cannot take now. */
  private async flush(): Promise<void> {
    if (this.flushing || this.state.status !== 'online') return;
    this.flushing = true;
    try {
      while (this.queue.length > 0 && this.state.status === 'online') {
        const head = this.queue[0]!;
        const reply = await this.emit(head.command, 10_000);
        if (!reply.ok && RETRYABLE.has(reply.error.code)) {
          setTimeout(() => void this.flush(), 3000);
          break;
        }
        // Delivered (or refused for good: a bad command is not retried forever). The same id is never applied
        // twice by the hub, so a resend after a lost ack is harmless.
        this.queue.shift();
        this.writeQueue();
        this.waiters.get(head.command.id)?.(reply);
      }
    } finally {
      this.flushing = false;
    }
  }

  private newId(): string {
    if (this.opts.newId) return this.opts.newId();
    return uuid();
  }

  private update(patch: Partial<StationState>): void {
    this.state = { ...this.state, ...patch, queued: this.queue.length, version: this.state.version + 1 };
    for (const listener of this.listeners) listener(this.state);
  }

  private writeQueue(): void {
    if (this.queue.length) this.opts.storage.setItem(this.key('queue'), JSON.stringify(this.queue));
    else this.opts.storage.removeItem(this.key('queue'));
    this.update({});
  }

  /**
   * Persist after the updates settle (1.5 s quiet), but at least every 10 s while they keep coming: writing the
   * whole cache costs tens of ms with thousands of postings, too much to pay on every change.
   */
  private schedulePersist(): void {
    if (!this.opts.persist?.length) return;
    const now = Date.now();
    this.persistSince ??= now;
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = now - this.persistSince >= 10_000 ? null : setTimeout(() => this.flushPersist(), 1500);
    if (!this.persistTimer) this.flushPersist();
  }

  private flushPersist(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    this.persistSince = null;
    if (!this.opts.persist?.length) return;
    const { records, lastSeq, lastSyncAt, clockOffset } = this.state;
    try {
      this.opts.storage.setItem(
        this.key('cache'),
        JSON.stringify({ lastSeq, lastSyncAt, clockOffset, records: serialiseRecords(records, this.opts.persist) }),
      );
    } catch {
      // Storage full: the board still runs from memory; the next snapshot will refill it.
    }
  }

  private readJson<T>(name: string): T | null {
    try {
      const raw = this.opts.storage.getItem(this.key(name));
      return raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  }
}
