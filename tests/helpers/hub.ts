// Test fixtures: a real hub on an ephemeral port with a real SQLite file in its own temp dir, and real
// socket.io clients that pair through the real protocol.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { startHub, type RunningHub, type StartHubOptions } from '../../electron/hub/server';
import type {
  ClientToServer,
  Command,
  CommandReply,
  HandshakeAuth,
  ServerToClient,
  Change,
  Snapshot,
  Hello,
} from '../../shared/protocol/events';
import { PROTOCOL_VERSION } from '../../shared/protocol/events';
import type { CommandArgs, CommandName, CommandResultOf } from '../../shared/protocol/commands';
import type { StationRole } from '../../shared/domain/enums';
import { randomUUID } from 'node:crypto';

export const ADMIN_PASSWORD = 'test-admin-pw';

export interface TestHub extends RunningHub {
  dataDir: string;
  restart(): Promise<TestHub>;
  destroy(): Promise<void>;
}

/** The hall test hubs are set up as, unless a test asks for a hub that is not set up (`notSetUp`). */
export const TEST_SITE = { cityCode: '130100', name: '石家庄市零工市场', district: '130102', minHourlyWage: 22 };

/** What a test may ask of its hub: the hub's own options, or a hall that is not set up yet. */
export type TestHubOptions = Partial<StartHubOptions> & { notSetUp?: boolean };

export async function startTestHub(
  opts: TestHubOptions = {},
  dataDir = mkdtempSync(join(tmpdir(), 'gighall-test-')),
): Promise<TestHub> {
  const { notSetUp, ...rest } = opts;
  const running = await startHub({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    log: 'silent',
    adminPassword: ADMIN_PASSWORD,
    backupEveryHours: 0,
    ...(notSetUp || opts.demo ? {} : { setup: TEST_SITE }),
    ...rest,
  });
  // Closing twice is harmless: a test that stops the hub on purpose leaves the same clean-up to run after it.
  let closing: Promise<void> | null = null;
  const close = () => (closing ??= running.close());
  return {
    ...running,
    close,
    dataDir,
    async restart() {
      await close();
      return startTestHub(opts, dataDir);
    },
    async destroy() {
      await close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestSocket = Socket<ServerToClient, ClientToServer>;

/** A raw socket with the given handshake; records everything the hub sends it. */
export function rawSocket(url: string, auth: Partial<HandshakeAuth> = {}) {
  const socket: TestSocket = io(url, {
    auth: { protocolVersion: PROTOCOL_VERSION, ...auth },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  const received: { event: string; args: unknown[] }[] = [];
  socket.onAny((event, ...args) => received.push({ event, args }));
  return { socket, received };
}

/**
 * How long a wait for a state may take before the test gives up. It is a safety net for a state that never comes,
 * not a measure of speed: these machines have two shared cores. Speed is measured in scripts/bench/.
 */
export const GIVE_UP_MS = 20_000;

/**
 * Resolves with the first truthy value of `fn` (polled every 10 ms; it may be async). Name the state you wait for:
 * `waitFor(() => …, 'the posting on the display')`. The older form with a time-out in the middle still works.
 */
export function waitFor<T>(
  fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what?: string,
): Promise<T>;
export function waitFor<T>(
  fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs: number,
  what?: string,
): Promise<T>;
export function waitFor<T>(
  fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutOrWhat: number | string = GIVE_UP_MS,
  what = typeof timeoutOrWhat === 'string' ? timeoutOrWhat : 'condition',
): Promise<T> {
  const timeoutMs = typeof timeoutOrWhat === 'number' ? timeoutOrWhat : GIVE_UP_MS;
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = async () => {
      try {
        const v = await fn();
        if (v) return resolve(v as T);
      } catch (err) {
        return reject(err);
      }
      if (Date.now() - start > timeoutMs) return reject(new Error(`gave up waiting for ${what}`));
      setTimeout(tick, 10);
    };
    void tick();
  });
}

export function connected(socket: TestSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

/** Pair a new station of `role` with the admin's credentials; returns its token. */
export async function pairStation(url: string, role: StationRole, name = `test ${role}`): Promise<string> {
  const { socket } = rawSocket(url);
  await connected(socket);
  const reply = await socket
    .timeout(5000)
    .emitWithAck('pair:request', { role, name, username: 'admin', password: ADMIN_PASSWORD });
  socket.disconnect();
  if (!reply.ok || !('token' in reply)) throw new Error(`pairing failed: ${JSON.stringify(reply)}`);
  return reply.token;
}

/** A paired station socket that keeps a local replica of what it receives. */
export class TestStation {
  readonly records = new Map<string, Map<string, unknown>>();
  lastSeq = 0;
  hello: Hello | null = null;
  readonly received: { event: string; args: unknown[] }[] = [];
  socket!: TestSocket;

  constructor(
    readonly url: string,
    readonly token: string,
  ) {}

  private synced = false;

  /** Connect and wait until the hello and the initial catch-up (changes or snapshot) have arrived. */
  async connect(): Promise<this> {
    this.hello = null;
    this.synced = false;
    this.socket = io(this.url, {
      auth: (cb) => cb({ protocolVersion: PROTOCOL_VERSION, token: this.token, lastSeq: this.lastSeq }),
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
    });
    this.socket.onAny((event, ...args) => this.received.push({ event, args }));
    this.socket.on('hello', (h) => (this.hello = h));
    this.socket.on('snapshot', (s: Snapshot) => {
      this.records.clear();
      for (const [entity, list] of Object.entries(s.records))
        this.records.set(entity, new Map((list as { id: string }[]).map((r) => [r.id, r])));
      this.lastSeq = s.seq;
      this.synced = true;
    });
    this.socket.on('changes', (changes: Change[], head: number) => {
      for (const c of changes) {
        if (c.seq <= this.lastSeq) continue;
        const table = this.records.get(c.entity) ?? new Map();
        this.records.set(c.entity, table);
        if (c.op === 'put') table.set(c.id, c.data);
        else table.delete(c.id);
      }
      this.lastSeq = Math.max(this.lastSeq, head);
      this.synced = true;
    });
    await connected(this.socket);
    await waitFor(() => this.hello && this.synced, 5000, 'hello and catch-up');
    return this;
  }

  table<T = Record<string, unknown>>(entity: string): Map<string, T> {
    return (this.records.get(entity) ?? new Map()) as Map<string, T>;
  }

  async send<N extends CommandName>(
    name: N,
    args: CommandArgs<N>,
    id: string = randomUUID(),
  ): Promise<CommandReply<N>> {
    const command: Command = { id, name, args } as Command;
    return (await this.socket.timeout(10_000).emitWithAck('cmd', command)) as CommandReply<N>;
  }

  /** Send and insist on success. */
  async ok<N extends CommandName>(name: N, args: CommandArgs<N>): Promise<CommandResultOf<N>> {
    const reply = await this.send(name, args);
    if (!reply.ok) throw new Error(`${name} failed: ${JSON.stringify(reply.error)}`);
    return reply.result;
  }

  async signIn(username = 'admin', password = ADMIN_PASSWORD): Promise<void> {
    const before = this.received.length;
    await this.ok('staff.signIn', { username, password });
    // The hub follows a sign-in with a snapshot of the staff view, the only kind that carries staff users. Only a
    // snapshot that arrived after this sign-in counts: a station that signed in before already holds an old one.
    await waitFor(
      () =>
        this.received
          .slice(before)
          .some((r) => r.event === 'snapshot' && 'staffUser' in (r.args[0] as Snapshot).records),
      5000,
      'the staff snapshot after signing in',
    );
  }

  /**
   * Resolves once everything the hub sent this station before now has arrived: the round trip of one read-only
   * command. The hub broadcasts a batch's changes before it acknowledges any command, and one connection keeps
   * its order, so "nothing arrived" can be checked after this instead of after a sleep.
   */
  async settled(): Promise<void> {
    await this.ok('posting.search', {});
  }

  close(): void {
    this.socket?.disconnect();
  }
}

export async function station(url: string, role: StationRole, name?: string): Promise<TestStation> {
  return new TestStation(url, await pairStation(url, role, name)).connect();
}

/** A staff station with the admin signed in. */
export async function staffStation(url: string): Promise<TestStation> {
  const s = await station(url, 'staff');
  await s.signIn();
  return s;
}

/**
 * A station paired the way a page on the hub machine is in --demo mode (at once, over loopback, no code and no staff
 * account): for hubs started with `autoPairLoopback` whose admin password the test does not know or must not use.
 */
export async function autoPairedStation(url: string, role: StationRole): Promise<TestStation> {
  const { socket } = rawSocket(url, { page: role });
  await connected(socket);
  const reply = await socket.timeout(5000).emitWithAck('pair:request', { role });
  socket.disconnect();
  if (!reply.ok || !('token' in reply)) throw new Error(`no auto-pairing: ${JSON.stringify(reply)}`);
  return new TestStation(url, reply.token).connect();
}
