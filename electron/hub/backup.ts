// Backups of the site database (docs/operations.md "Backups"): consistent online copies through SQLite's backup API,
// named by hall time; a schedule inside the hub with a retention count; and a restore that checks the backup,
// keeps the database it replaces, and makes sure no station mistakes the restored history for the one it saw.
import { DEFAULT_HALL_TIME_ZONE, hallDate, hallTimeOfDay, hallZoneOf } from '../../shared/rules/hallTime';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  closeSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { MIGRATIONS } from './store/migrations/index';
import {
  DB_FILE,
  DataDirError,
  SITE_MARKER,
  checkDatabaseFile,
  listBackupFiles,
  runningHubPid,
} from './store/site-data';
import { writeFileSync } from 'node:fs';

/** `gighall-2026-11-29_0300.sqlite`: the minute it was made, as the hall reads a clock (shared/rules/hallTime.ts). */
export function backupFileName(at: Date, timeZone = DEFAULT_HALL_TIME_ZONE): string {
  const ms = at.getTime();
  return `gighall-${hallDate(ms, timeZone)}_${hallTimeOfDay(ms, timeZone).replace(':', '')}.sqlite`;
}

/** The hall's own time zone, read from the site record of an open database (the default when none is set). */
function hallZoneIn(db: Db): string {
  try {
    const row = db.prepare(`SELECT data FROM site WHERE id = 'site'`).get() as { data: string } | undefined;
    return hallZoneOf(row ? (JSON.parse(row.data) as { timeZone?: string }) : null);
  } catch {
    return DEFAULT_HALL_TIME_ZONE;
  }
}

function freeName(dir: string, name: string): string {
  if (!existsSync(join(dir, name))) return join(dir, name);
  for (let i = 2; ; i++) {
    const candidate = join(dir, name.replace(/\.sqlite$/, `-${i}.sqlite`));
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Copy a site database into `outDir`. `source` is the hub's own open connection (scheduled backups) or a data dir
 * (the command line; safe while the hub runs, SQLite's backup API reads a consistent snapshot).
 */
export async function backupDatabase(source: Db | string, outDir: string, now = new Date()): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  let db: Db;
  if (typeof source === 'string') {
    const file = join(source, DB_FILE);
    if (!existsSync(file)) throw new Error(`No GigHall database at ${file}`);
    db = new Database(file, { readonly: true, fileMustExist: true });
  } else db = source;
  const target = freeName(outDir, backupFileName(now, hallZoneIn(db)));
  const partial = `${target}.partial`;
  try {
    await db.backup(partial);
  } finally {
    if (typeof source === 'string') db.close();
  }
  // Only a complete copy gets a backup's name.
  fsyncFile(partial);
  renameSync(partial, target);
  return target;
}

/** Keep the newest `keep` backups in `dir`, delete the rest; returns what was deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const old = listBackupFiles(dir).slice(Math.max(1, keep));
  for (const f of old) rmSync(f, { force: true });
  return old;
}

export interface BackupScheduleOptions {
  db: Db;
  dir: string;
  /** Hours between backups; 0 turns the schedule off. */
  everyHours: number;
  /** Backups kept in `dir` (older ones deleted). */
  keep: number;
  log: Logger;
  /** Minutes between checks (tests: small). */
  checkMinutes?: number;
}

/** Back up when the newest backup is older than `everyHours` (checked at start and every few minutes). */
export function startBackupSchedule(opts: BackupScheduleOptions): { stop(): void; runNow(): Promise<string | null> } {
  let running: Promise<string | null> | null = null;
  const due = () => {
    const newest = listBackupFiles(opts.dir)[0];
    return !newest || Date.now() - statSync(newest).mtimeMs >= opts.everyHours * 3600_000;
  };
  const run = (force: boolean): Promise<string | null> => {
    if (running) return running;
    if (!force && !due()) return Promise.resolve(null);
    running = backupDatabase(opts.db, opts.dir)
      .then((file) => {
        const pruned = pruneBackups(opts.dir, opts.keep);
        opts.log.info({ file, pruned }, 'backup written');
        return file;
      })
      .catch((err: unknown) => {
        opts.log.error({ err, dir: opts.dir }, 'scheduled backup failed');
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  if (opts.everyHours <= 0) return { stop() {}, runNow: () => run(true) };
  void run(false);
  const timer = setInterval(() => void run(false), (opts.checkMinutes ?? 10) * 60_000);
  timer.unref();
  return {
    stop: () => clearInterval(timer),
    runNow: () => run(true),
  };
}

export interface RestoreResult {
  restored: string;
  /** Where the database it replaced was kept (null when there was none). */
  previous: string | null;
  headSeq: number;
}

/**
 * Put a backup in place of a data dir's database. Refuses while a hub runs on the data dir, and refuses a backup
 * that is damaged or written by a newer GigHall. The replaced database (and its WAL) is kept beside it. The restored
 * change log continues numbering above anything the replaced one reached, so a station that saw changes the backup
 * does not have finds its seq unknown and takes a fresh snapshot (catchup.ts).
 */
export function restoreBackup(dataDir: string, from: string, now = new Date()): RestoreResult {
  const pid = runningHubPid(dataDir);
  if (pid) throw new DataDirError(`A GigHall hub (pid ${pid}) is running on ${dataDir}: stop it, then restore.`);
  if (!existsSync(from)) throw new DataDirError(`No backup file at ${from}`);
  const problems = checkDatabaseFile(from);
  if (problems.length)
    throw new DataDirError(`The backup ${from} is damaged (${problems[0]}); choose another. Nothing was changed.`);
  const check = new Database(from, { readonly: true, fileMustExist: true });
  let backupHead: number;
  try {
    const version = check.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length)
      throw new DataDirError(
        `The backup ${from} was written by a newer GigHall (schema ${version}); restore it with that version.`,
      );
    const hasChanges = check.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'changes'`).get();
    if (!hasChanges) throw new DataDirError(`${from} is not a GigHall site database. Nothing was changed.`);
    backupHead = (check.prepare(`SELECT COALESCE(MAX(seq), 0) AS s FROM changes`).get() as { s: number }).s;
  } finally {
    check.close();
  }

  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DB_FILE);
  let previous: string | null = null;
  let previousHead: number | null = null;
  if (existsSync(file) && statSync(file).size > 0) {
    try {
      const old = new Database(file, { readonly: true, fileMustExist: true });
      previousHead = (old.prepare(`SELECT COALESCE(MAX(seq), 0) AS s FROM changes`).get() as { s: number }).s;
      old.close();
    } catch {
      previousHead = null; // damaged: the seq jump below covers whatever it had reached
    }
    previous = `${file}.before-restore-${backupFileName(now).replace(/^gighall-|\.sqlite$/g, '')}`;
    for (const extra of ['', '-wal', '-shm'])
      if (existsSync(`${file}${extra}`)) renameSync(`${file}${extra}`, `${previous}${extra}`);
  } else {
    for (const extra of ['', '-wal', '-shm']) rmSync(`${file}${extra}`, { force: true });
  }

  const incoming = `${file}.restoring`;
  copyFileSync(from, incoming);
  const db = new Database(incoming);
  try {
    // Numbering continues above anything stations may have seen (unknown → a wide margin).
    const floor = Math.max(backupHead, previousHead ?? backupHead + 1_000_000);
    db.prepare(`UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = 'changes'`).run(floor);
    db.prepare(
      `INSERT INTO sqlite_sequence (name, seq) SELECT 'changes', ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'changes')`,
    ).run(floor);
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  fsyncFile(incoming);
  renameSync(incoming, file);
  if (!existsSync(join(dataDir, SITE_MARKER)))
    writeFileSync(
      join(dataDir, SITE_MARKER),
      `${JSON.stringify({ what: 'GigHall site data dir', restoredFrom: from })}\n`,
    );
  return { restored: from, previous, headSeq: backupHead };
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
