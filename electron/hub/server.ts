// Starting and stopping a hub: usable from the CLI (cli.ts), from the Electron main process, and from tests.
import { createServer, type RequestListener } from 'node:http';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Server } from 'socket.io';
import type { Logger } from 'pino';
import type { ClientToServer, ServerToClient } from '../../shared/protocol/events';
import { MAX_MESSAGE_BYTES } from '../../shared/protocol/events';
import type { Database } from 'better-sqlite3';
import { LOCK_TOUCH_MS, defaultBackupDir, lockDataDir, openSiteDatabase } from './store/site-data';
import { startBackupSchedule } from './backup';
import { Hub } from './hub';
import { APP_ORIGIN, attachSockets, originAllowed, roomGroups } from './sockets';
import { startCheckpointer } from './store/checkpointer';
import type { PairingLimits } from './pairing';
import type { RetentionPolicy } from './retention';
import { SECURITY_HEADERS, createRequestHandler } from './http';
import { createLogger, type LogMode } from './log';
import type { SiteSetup } from '../../shared/domain/site';

export interface StartHubOptions {
  port: number;
  host?: string;
  dataDir: string;
  demo?: boolean;
  /** Pair pages on the hub machine's loopback at once (implied by demo; tests use it without the demo data). */
  autoPairLoopback?: boolean;
  /** Built pages; default `dist/` beside the project root. */
  distDir?: string;
  /** 'full' (stdout + rotated file), 'file', 'silent'; true/false mean full/silent. */
  log?: LogMode | boolean;
  adminPassword?: string;
  /** Hub clock override (tests). */
  clock?: () => number;
  /** Seconds between expiry sweeps. */
  sweepSeconds?: number;
  /** Pairing limits (codes per address, grace for unpaired sockets); defaults in pairing.ts. */
  pairing?: Partial<PairingLimits>;
  /** How long the logs are kept; defaults in retention.ts. */
  retention?: Partial<RetentionPolicy>;
  /** Start a new, empty site although this data dir held one before (its database is missing). */
  init?: boolean;
  /** Scheduled backups: folder (default <dataDir>/backups), hours between them (0: off; default 24), how many kept. */
  backupDir?: string;
  backupEveryHours?: number;
  backupKeep?: number;
  /** Choose the hall's city and settings at start (the CLI's --city flags); refused input stops the start. */
  setup?: SiteSetup;
}

export interface RunningHub {
  url: string;
  port: number;
  hub: Hub;
  log: Logger;
  /** Printed once on the first start. */
  initialAdminPassword: string | null;
  close(): Promise<void>;
}

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

export async function startHub(opts: StartHubOptions): Promise<RunningHub> {
  mkdirSync(opts.dataDir, { recursive: true });
  const backupDir = opts.backupDir ?? defaultBackupDir(opts.dataDir);
  // Before the logger: its first file must not make a first start look like a data dir that lost its database.
  const lock = lockDataDir(opts.dataDir);
  let db: Database;
  try {
    db = openSiteDatabase(opts.dataDir, { init: opts.init, backupDir });
  } catch (err) {
    lock.release();
    throw err;
  }
  const log = createLogger(
    opts.dataDir,
    opts.log === true || opts.log === undefined ? 'full' : opts.log === false ? 'silent' : opts.log,
  );
  const checkpointer = startCheckpointer(db, log);
  let handle: RequestListener = (_req, res) => res.writeHead(503).end();
  const http = createServer((req, res) => handle(req, res));
  const io = new Server<ClientToServer, ServerToClient>(http, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    // Only the hub's own pages and the Electron app may open a socket (sockets.ts originAllowed); pages use the
    // WebSocket transport, so cross-origin polling is needed for the app's origin at most.
    allowRequest: (req, cb) => cb(null, originAllowed(req)),
    cors: { origin: APP_ORIGIN },
    serveClient: false,
    pingInterval: 5000,
    pingTimeout: 5000,
  });
  // socket.io answers its own HTTP requests (polling, handshakes): the same security headers as every page.
  io.engine.on('initial_headers', (headers: Record<string, string>) => Object.assign(headers, SECURITY_HEADERS));
  io.engine.on('headers', (headers: Record<string, string>) => Object.assign(headers, SECURITY_HEADERS));
  let hub: Hub;
  try {
    hub = new Hub({
      db,
      log,
      autoPairLoopback: opts.demo || opts.autoPairLoopback,
      clock: opts.clock,
      adminPassword: opts.adminPassword || process.env.GIGHALL_ADMIN_PASSWORD || undefined,
      groups: roomGroups(io),
      pairing: opts.pairing,
      retention: opts.retention,
    });
    if (opts.setup) hub.setUpSite(opts.setup);
    if (opts.demo) {
      const { seedDemoIfEmpty } = await import('./demo/seed');
      seedDemoIfEmpty(hub);
    }
  } catch (err) {
    await checkpointer.stop();
    db.close();
    lock.release();
    throw err;
  }
  const startedAt = Date.now();
  handle = createRequestHandler(hub, opts.distDir ?? join(PROJECT_ROOT, 'dist'), startedAt);
  attachSockets(io, hub, log);
  const host = opts.host ?? '0.0.0.0';
  await new Promise<void>((ok, fail) => {
    http.once('error', fail);
    http.listen(opts.port, host, () => ok());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const sweep = setInterval(
    () => {
      try {
        hub.sweep();
      } catch (err) {
        log.error({ err }, 'sweep failed');
      }
    },
    (opts.sweepSeconds ?? 15) * 1000,
  );
  sweep.unref();
  const lockTouch = setInterval(() => lock.touch(), LOCK_TOUCH_MS);
  lockTouch.unref();
  const backups = startBackupSchedule({
    db,
    dir: backupDir,
    everyHours: opts.backupEveryHours ?? 24,
    keep: opts.backupKeep ?? 14,
    log,
  });
  log.info({ port, dataDir: opts.dataDir, demo: !!opts.demo }, 'hub started');

  let closing: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    hub,
    log,
    initialAdminPassword: hub.initialAdminPassword,
    close() {
      closing ??= (async () => {
        clearInterval(sweep);
        clearInterval(lockTouch);
        backups.stop();
        await new Promise<void>((ok) => io.close(() => ok()));
        http.closeAllConnections?.();
        await checkpointer.stop();
        // Every write is its own committed transaction, so closing here leaves nothing half-written;
        // a checkpoint folds the WAL back so the file is complete on its own.
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
        lock.release();
        log.info('hub stopped');
        await new Promise<void>((ok) => log.flush(() => ok()));
      })();
      return closing;
    },
  };
}
