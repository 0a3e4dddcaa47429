// WAL checkpoints off the event loop. By default SQLite checkpoints inside the commit that crosses 1,000 WAL
// pages: that commit then copies the pages into the database file and fsyncs it, tens of milliseconds during
// which the hub's event loop — every station's commands and broadcasts — stands still (the rare 25–45 ms stalls
// that set the hub's p99 latency). Here the main connection never checkpoints; a worker thread with its own
// connection runs PASSIVE checkpoints every few hundred milliseconds, which neither wait for nor block the writer.
// Commits stay durable as before: each still fsyncs the WAL before its ack. Should the worker die, the main
// connection checkpoints by itself again.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type { Database } from 'better-sqlite3';
import type { Logger } from 'pino';

// Plain CommonJS, run with eval: no build step, works under tsx, vitest and the Electron bundle alike.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 0');
let running = true;
const tick = () => {
  if (!running) return;
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (err) { parentPort.postMessage({ error: String(err && err.message || err) }); }
};
const timer = setInterval(tick, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  running = false;
  clearInterval(timer);
  db.close();
  parentPort.postMessage('stopped');
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(db: Database, log: Logger, intervalMs = 250): Checkpointer {
  if (db.memory || db.pragma('journal_mode', { simple: true }) !== 'wal') return { stop: async () => {} };
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { file: db.name, driver, intervalMs } });
  worker.unref();
  db.pragma('wal_autocheckpoint = 0');
  let alive = true;
  const fallBack = () => {
    if (!alive) return;
    alive = false;
    // Back to SQLite's own checkpoints, so the WAL cannot grow without end.
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  };
  worker.on('message', (m: unknown) => {
    if (m && typeof m === 'object' && 'error' in m)
      log.warn({ error: (m as { error: string }).error }, 'checkpoint failed');
  });
  worker.on('error', (err) => {
    log.error({ err }, 'checkpoint worker failed');
    fallBack();
  });
  worker.on('exit', fallBack);
  return {
    async stop() {
      if (!alive) return;
      alive = false;
      await new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.once('message', (m) => m === 'stopped' && void worker.terminate());
        worker.postMessage('stop');
      });
      if (db.open) db.pragma('wal_autocheckpoint = 1000');
    },
  };
}
