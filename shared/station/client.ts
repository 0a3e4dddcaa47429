// The station side of the sync protocol, shared by the kiosk, the staff console and the displays: one object that
// pages hold, made of three parts with one job each —
//   Connection (connection.ts): socket, handshake, pairing, the token in its TokenStore;
//   Replica (replica.ts):       the records the hub lets this station see, kept by a ReplicaStore;
//   Outbox (outbox.ts):         commands queued durably while the hub is away, tagged with who queued them.
// This file wires them and keeps the state React reads. Stores are passed in: web/station.ts picks localStorage,
// IndexedDB or the Electron bridge; tests pass in-memory ones.
import type { CommandArgs, CommandName } from '../protocol/commands';
import type { Command, CommandReply, Hello, WorkerSelf } from '../protocol/events';
import type { StationRole } from '../domain/enums';
import type { StationHealth } from '../domain/entities';
import { appError, type AppError } from '../errors';
import { Connection, memoryTokenStore, type ConnectFn, type StationStatus, type TokenStore } from './connection';
import { Outbox, isLive, memoryOutboxStore, refusalReport, type Origin, type OutboxStore } from './outbox';
import { Replica, type ReplicaStore } from './replica';
import type { Records } from './store';
import { uuid } from './uuid';

export type { ConnectFn, StationStatus, TokenStore } from './connection';
export type { KeyValueStore } from './kv-stores';
export { uuid } from './uuid';

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
  self: WorkerSelf | null;
  /** Staff only: the latest heartbeat / online state per station id, as the hub pushes it. */
  health: ReadonlyMap<string, StationHealth>;
  /** Bumped on every change so React can subscribe cheaply. */
  version: number;
}

export interface StationClientOptions {
  url: string;
  page: StationRole;
  connect: ConnectFn;
  /** Default: memory only (pairs again on every load). */
  tokens?: TokenStore;
  /** Default: nothing kept across loads. */
  replica?: ReplicaStore;
  /** Default: memory only. */
  outbox?: OutboxStore;
  newId?: () => string;
}

/** A page error for the hub's log. */
export interface PageErrorReport {
  message: string;
  stack?: string;
  /** React's component stack, or where the error was caught. */
  where?: string;
}

type Listener = (state: StationState) => void;
export type SendResult<N extends CommandName> = CommandReply<N> | { ok: 'queued'; id: string };

const RETRYABLE = new Set(['internal', 'rate_limited']);
/** At most this many page errors are held while the hub is away, and one per this many ms is sent. */
const ERROR_BACKLOG = 5;
const ERROR_INTERVAL_MS = 10_000;

export class StationClient {
  readonly url: string;
  private readonly connection: Connection;
  private readonly replica: Replica;
  private readonly outbox: Outbox;
  private readonly listeners = new Set<Listener>();
  private readonly waiters = new Map<string, (reply: CommandReply) => void>();
  private state: StationState;
  private flushing = false;
  /** This page load: outbox entries from another load are replays. */
  private readonly load = uuid();
  private visit: string | null = uuid();
  private readonly errors: PageErrorReport[] = [];
  private lastErrorSentAt = 0;

  constructor(private readonly opts: StationClientOptions) {
    this.url = opts.url;
    this.replica = new Replica(opts.replica);
    this.outbox = new Outbox(opts.outbox ?? memoryOutboxStore(), opts.page);
    this.connection = new Connection(
      {
        url: opts.url,
        page: opts.page,
        connect: opts.connect,
        tokens: opts.tokens ?? memoryTokenStore(),
        lastSeq: () => this.state.lastSeq,
      },
      {
        status: (status, pairingCode) =>
          this.update(pairingCode === undefined ? { status } : { status, pairingCode: pairingCode ?? null }),
        hello: (hello) => {
          this.update({
            ...this.replica.synced(hello.serverTime, Date.now()),
            hello,
            status: 'online',
            pairingCode: null,
          });
          void this.flush();
          this.sendErrors();
        },
        changes: (changes, headSeq) => this.update(this.replica.applyChanges(changes, headSeq, Date.now())),
        snapshot: (snapshot) => this.update(this.replica.applySnapshot(snapshot, Date.now())),
        revoked: () => this.update({ ...this.replica.clear(), hello: null, self: null }),
        self: (self) => this.update({ self }),
        health: (h) => this.update({ health: new Map(this.state.health).set(h.stationId, h) }),
      },
    );
    this.state = {
      ...this.replica.get(),
      status: 'connecting',
      pairingCode: null,
      hello: null,
      queued: this.outbox.size,
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
    this.connection.start();
  }

  stop(): void {
    this.replica.flush();
    this.connection.stop();
  }

  /**
   * A new person at the station (a kiosk visit begins): commands queued before now are replays from here on — their
   * replies and refusals no longer go to the screen but, when refused, to the desk.
   */
  beginVisit(): void {
    this.visit = uuid();
  }

  /** Who queued what is still waiting: for the kiosk's status line and tests. */
  pending(): readonly { name: CommandName; origin: Origin; queuedAt: number }[] {
    return this.outbox.list().map((e) => ({ name: e.command.name, origin: e.origin, queuedAt: e.queuedAt }));
  }

  /**
   * Send a command. Online: resolves with the hub's reply. With `queue: true` and the hub away, the command is
   * stored durably and resolves `{ ok: 'queued' }`; it is sent (once) when the hub returns. Commands carrying a PIN
   * or password in clear, and commands the hub does not record by id, cannot be queued (see outbox.ts).
   */
  async send<N extends CommandName>(
    name: N,
    args: CommandArgs<N>,
    options: { queue?: boolean; timeoutMs?: number } = {},
  ): Promise<SendResult<N>> {
    const command = { id: this.newId(), name, args } as Command;
    if (options.queue) {
      // Stored before anything is sent: once this returns, a reload or a dead hub cannot lose it.
      this.outbox.add({ command, origin: this.origin(), queuedAt: Date.now() });
      this.update({});
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
    if (this.state.status !== 'online') {
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
    const reply = (await this.connection.emit(command, options.timeoutMs ?? 10_000)) as CommandReply<N>;
    // Keep the staff sign-in's resume token in memory only (never in storage): a reconnect resumes the session.
    if (name === 'staff.signIn' && reply.ok) {
      const result = reply.result as { resume?: string; user?: { id: string } };
      this.connection.setResume(result.resume ?? null);
      this.visit = result.user ? `staff:${result.user.id}` : uuid();
    }
    if (name === 'staff.signOut') {
      this.connection.setResume(null);
      this.visit = uuid();
    }
    return reply;
  }

  /** Drop the identified worker (kiosk idle reset / exit). */
  forgetSelf(): void {
    if (this.state.self && this.state.status === 'online') void this.send('worker.forget', {});
    this.update({ self: null });
  }

  /** Drop every cached record (staff sign-out). */
  clearRecords(): void {
    this.update({ ...this.replica.clear(), health: new Map() });
  }

  /** Ask the hub for everything after our seq (after sign-in the hub sends a fresh snapshot by itself). */
  resync(): void {
    this.connection.sync(this.state.lastSeq);
  }

  /** Pair at once with a staff user's credentials (installing a station; the first console on the hub PC). */
  pairWithCredentials(
    username: string,
    password: string,
    name?: string,
  ): Promise<{ ok: true } | { ok: false; error: AppError }> {
    return this.connection.pairWithCredentials(username, password, name);
  }

  /**
   * Tell the hub's log about an error on this page (the error boundary calls it). Held while the hub is away (the
   * newest few), and sent at most one per 10 s so a page failing in a loop cannot flood the log.
   */
  reportError(report: PageErrorReport): void {
    this.errors.push({
      message: report.message.slice(0, 500),
      stack: report.stack?.slice(0, 4000),
      where: report.where?.slice(0, 2000),
    });
    if (this.errors.length > ERROR_BACKLOG) this.errors.splice(0, this.errors.length - ERROR_BACKLOG);
    this.sendErrors();
  }

  private sendErrors(): void {
    if (this.state.status !== 'online' || !this.errors.length) return;
    const wait = this.lastErrorSentAt + ERROR_INTERVAL_MS - Date.now();
    if (wait > 0) {
      setTimeout(() => this.sendErrors(), wait);
      return;
    }
    const next = this.errors.shift()!;
    this.lastErrorSentAt = Date.now();
    void this.send('station.reportError', {
      message: next.message,
      stack: next.stack ?? '',
      where: next.where ?? '',
    }).then(() => this.sendErrors());
  }

  private origin(): Origin {
    return { page: this.opts.page, load: this.load, visit: this.visit };
  }

  /**
   * Send queued commands in order, each until the hub answers; stop at the first the hub cannot take now. A refusal
   * goes to whoever is still waiting for it on screen; when nobody is (a replay after a reload, a visitor who has
   * left, a caller that gave up waiting), the refusal is queued as a report for the desk instead of vanishing.
   */
  private async flush(): Promise<void> {
    if (this.flushing || this.state.status !== 'online') return;
    this.flushing = true;
    try {
      while (this.outbox.size > 0 && this.state.status === 'online') {
        const head = this.outbox.head()!;
        const reply = await this.connection.emit(head.command, 10_000);
        if (!reply.ok && RETRYABLE.has(reply.error.code)) {
          setTimeout(() => void this.flush(), 3000);
          break;
        }
        const waiter = this.waiters.get(head.command.id);
        const seen = !!waiter && isLive(head.origin, { load: this.load, visit: this.visit });
        const report =
          !reply.ok && !seen && head.command.name !== 'station.reportRefused'
            ? {
                command: refusalReport(head, reply.error, this.newId()) as Command,
                origin: head.origin,
                queuedAt: Date.now(),
              }
            : undefined;
        // Delivered (or refused for good: a bad command is not retried forever). The same id is never applied
        // twice by the hub, so a resend after a lost ack is harmless.
        this.outbox.settle(head.command.id, report);
        this.update({});
        waiter?.(reply);
      }
    } finally {
      this.flushing = false;
    }
  }

  private newId(): string {
    return this.opts.newId ? this.opts.newId() : uuid();
  }

  private update(patch: Partial<StationState>): void {
    this.state = { ...this.state, ...patch, queued: this.outbox.size, version: this.state.version + 1 };
    for (const listener of this.listeners) listener(this.state);
  }
}
