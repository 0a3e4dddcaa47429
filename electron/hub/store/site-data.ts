// Opening a site's data dir safely (docs/operations.md "Data dir"): a damaged database is refused at start with what
// is wrong and the exact restore command, instead of a hub that says /health ok and fails later; a missing or empty
// database in a data dir that has been used before is refused too, instead of silently starting a new, empty site
// (new admin password, every station unpaired) — unless the operator asks for a new site explicitly.
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import {
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from './db';

export const DB_FILE = 'gighall.sqlite';
/** Written when a data dir first holds a site: from then on a missing database is an accident, not a first start. */
export const SITE_MARKER = 'site.json';
const LOCK_FILE = 'hub.pid';

/** A data dir the hub must not open as it is; the message says what is wrong and what to run. */
export class DataDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataDirError';
  }
}

export function defaultBackupDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** Backup files in a folder, newest first (by when they were written; the hall-time name breaks ties). */
export function listBackupFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^gighall-.*\.sqlite$/.test(f))
    .map((f) => ({ file: join(dir, f), at: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at || b.file.localeCompare(a.file))
    .map((f) => f.file);
}

/** How to put the newest backup back, as a command to copy (source checkout and packaged app). */
export function restoreHint(dataDir: string, backupDir = defaultBackupDir(dataDir)): string {
  const newest = listBackupFiles(backupDir)[0];
  const file = newest ?? '<backup file>';
  const where = newest ? `The newest backup is ${newest}.` : `No backup was found in ${backupDir}.`;
  return (
    `${where}\nTo restore it, with the hub stopped:\n` +
    `  npm run restore -- --data "${dataDir}" "${file}"\n` +
    `  (packaged app: GigHall --data-dir="${dataDir}" --restore="${file}")`
  );
}

/** Has this data dir held a site before (so a missing database means data was lost, not a first start)? */
export function usedBefore(dataDir: string): boolean {
  if (existsSync(join(dataDir, SITE_MARKER)) || existsSync(join(dataDir, `${DB_FILE}-wal`))) return true;
  const logs = join(dataDir, 'logs');
  if (existsSync(logs) && readdirSync(logs).length > 0) return true;
  return listBackupFiles(defaultBackupDir(dataDir)).length > 0;
}

/**
 * SQLite's quick_check (every page and index structure, without cross-checking index contents: seconds even for a
 * large site). Returns the problems found; an empty list means the file is sound.
 */
export function checkDatabaseFile(file: string): string[] {
  let db: Db | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    const rows = db.pragma('quick_check(20)') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    return problems;
  } catch (err) {
    return [err instanceof Error ? err.message : String(err)];
  } finally {
    db?.close();
  }
}

export interface OpenSiteOptions {
  /** Start a new, empty site even though this data dir was used before (its database is gone). */
  init?: boolean;
  /** Where backups are kept, for the restore hint. */
  backupDir?: string;
}

/** Open the site database of a data dir, or refuse with a DataDirError that says why and what to do. */
export function openSiteDatabase(dataDir: string, opts: OpenSiteOptions = {}): Db {
  const file = join(dataDir, DB_FILE);
  const present = existsSync(file);
  const empty = present && statSync(file).size === 0;
  if (!present || empty) {
    if (usedBefore(dataDir) && !opts.init)
      throw new DataDirError(
        `GigHall hub refused to start: ${file} is ${present ? 'empty (0 bytes)' : 'missing'}, but this data dir ` +
          `has held a site before. Starting now would create a new, empty site (a new admin password, every ` +
          `station unpaired).\n${restoreHint(dataDir, opts.backupDir)}\n` +
          `To start a new, empty site here on purpose: npm run hub -- --data "${dataDir}" --init`,
      );
    // An empty file is no database; a stale WAL beside a missing file belongs to nothing.
    if (empty) unlinkSync(file);
    for (const extra of ['-wal', '-shm']) rmSync(`${file}${extra}`, { force: true });
  } else {
    const problems = checkDatabaseFile(file);
    if (problems.length)
      throw new DataDirError(
        `GigHall hub refused to start: the site database ${file} is damaged.\n` +
          problems
            .slice(0, 5)
            .map((p) => `  - ${p}`)
            .join('\n') +
          `\nNothing was changed. ${restoreHint(dataDir, opts.backupDir)}`,
      );
  }
  const db = openDatabase(file);
  if (!existsSync(join(dataDir, SITE_MARKER)))
    writeFileSync(
      join(dataDir, SITE_MARKER),
      `${JSON.stringify({ what: 'GigHall site data dir', createdAt: new Date().toISOString() }, null, 2)}\n`,
    );
  return db;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A running hub touches its lock file this often; one untouched for LOCK_STALE_MS is left over from a crash. */
export const LOCK_TOUCH_MS = 15_000;
const LOCK_STALE_MS = 4 * LOCK_TOUCH_MS;

/**
 * The pid of a hub running on this data dir (another process), or null. A lock file left by a hub that died (a
 * power cut, SIGKILL) does not count once it is stale, even if the system has since given its pid to another
 * process.
 */
export function runningHubPid(dataDir: string, now = Date.now()): number | null {
  const file = join(dataDir, LOCK_FILE);
  if (!existsSync(file)) return null;
  if (now - statSync(file).mtimeMs > LOCK_STALE_MS) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : null;
}

/**
 * Mark the data dir as in use by this process (restore refuses to run under a live hub). The hub calls `touch`
 * every LOCK_TOUCH_MS while it runs; `release` on a clean stop.
 */
export function lockDataDir(dataDir: string): { release(): void; touch(): void } {
  const other = runningHubPid(dataDir);
  if (other) throw new DataDirError(`Another GigHall hub (pid ${other}) is running on ${dataDir}: stop it first.`);
  const file = join(dataDir, LOCK_FILE);
  writeFileSync(file, String(process.pid));
  const mine = () => {
    try {
      return readFileSync(file, 'utf8').trim() === String(process.pid);
    } catch {
      return false;
    }
  };
  return {
    release() {
      if (mine()) unlinkSync(file);
    },
    touch() {
      if (mine()) {
        const t = new Date();
        utimesSync(file, t, t);
      }
    },
  };
}

/**
 * The data dir a maintenance command means when none is given: GIGHALL_DATA, else the first of ./data (`npm run
 * hub`) and ./.gighall-data/demo (`npm start`) that holds a site database.
 */
export function findDataDir(given: string | undefined, cwd = process.cwd()): string {
  if (given) return given;
  if (process.env.GIGHALL_DATA) return process.env.GIGHALL_DATA;
  const candidates = [join(cwd, 'data'), join(cwd, '.gighall-data', 'demo')];
  const found = candidates.find((dir) => existsSync(join(dir, DB_FILE)));
  if (!found)
    throw new DataDirError(
      `No GigHall database found in ${candidates.join(' or ')}; say which data dir with --data <dir> (or GIGHALL_DATA).`,
    );
  return found;
}
