// Backups (docs/operations.md "Backups"): consistent online copies named by hall time, `npm run backup` with no
// arguments, scheduled backups with retention inside the hub, and a restore tested end to end.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import pino from 'pino';
import { TestStation, staffStation, startTestHub, station, waitFor } from '../helpers/hub';
import { approvedEmployer, postingArgs } from '../helpers/fixtures';
import {
  backupDatabase,
  backupFileName,
  pruneBackups,
  restoreBackup,
  startBackupSchedule,
} from '../../electron/hub/backup';
import { listBackupFiles } from '../../electron/hub/store/site-data';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'gighall-backup-'));
  dirs.push(d);
  return d;
}

describe('backup', () => {
  it('copies a running hub’s database consistently', async () => {
    const hub = await startTestHub();
    const out = tempDir();
    try {
      const staff = await staffStation(hub.url);
      await approvedEmployer(staff, '备份测试公司');
      const file = await backupDatabase(hub.dataDir, out);
      const copy = new Database(file, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare(`SELECT COUNT(*) n FROM employers`).get()).toEqual({ n: 1 });
      expect((copy.prepare(`SELECT MAX(seq) s FROM changes`).get() as { s: number }).s).toBe(hub.hub.headSeq());
      copy.close();
      staff.close();
    } finally {
      await hub.destroy();
    }
  });

  it('names backups by hall time, not UTC', () => {
    // 19:30 UTC is 03:30 the next morning in Shijiazhuang.
    expect(backupFileName(new Date('2026-11-28T19:30:00Z'), 'Asia/Shanghai')).toBe('gighall-2026-11-29_0330.sqlite');
  });

  it('`npm run backup` with no arguments finds the site `npm start` keeps and backs it up beside it', async () => {
    const cwd = tempDir();
    const dataDir = join(cwd, '.gighall-data', 'demo');
    const hub = await startTestHub({}, dataDir);
    await hub.close();
    const env = { ...process.env };
    delete env.GIGHALL_DATA;
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/backup.ts')],
      {
        cwd,
        env,
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const written = readdirSync(join(dataDir, 'backups'));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^gighall-\d{4}-\d{2}-\d{2}_\d{4}\.sqlite$/);
    expect(run.stdout).toContain(join(dataDir, 'backups', written[0]!));
  });

  it('backs up on a schedule inside the hub and keeps only the newest few', async () => {
    const hub = await startTestHub();
    const dir = tempDir();
    try {
      const schedule = startBackupSchedule({
        db: hub.hub.db,
        dir,
        everyHours: 24,
        keep: 3,
        log: pino({ level: 'silent' }),
      });
      // Due at start: there is no backup yet.
      await waitFor(() => listBackupFiles(dir).length === 1, 5000, 'first scheduled backup');
      for (let i = 0; i < 4; i++) {
        // Age the newest so the next one is due, as a day passing would.
        const newest = listBackupFiles(dir)[0]!;
        const dayAgo = new Date(Date.now() - (25 + i) * 3600_000);
        utimesSync(newest, dayAgo, dayAgo);
        await schedule.runNow();
      }
      schedule.stop();
      expect(listBackupFiles(dir)).toHaveLength(3);
    } finally {
      await hub.destroy();
    }
  });

  it('pruning never deletes the last backup', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const db = new Database(join(dir, 'gighall-2026-01-01_0000.sqlite'));
    db.close();
    expect(pruneBackups(dir, 0)).toEqual([]);
  });
});

describe('restore', () => {
  it('puts a backup back: the change made after it is gone, the hub starts, and stations converge on it', async () => {
    let hub = await startTestHub();
    const dataDir = hub.dataDir;
    const backups = tempDir();
    const staff = await staffStation(hub.url);
    const employerId = await approvedEmployer(staff);
    const { id: kept } = await staff.ok('posting.create', postingArgs(employerId, { title: '备份前的岗位' }));
    const display = await station(hub.url, 'display');
    const backup = await backupDatabase(hub.hub.db, backups);
    // The change after the backup: a posting the display has already shown.
    const { id: lost } = await staff.ok('posting.create', postingArgs(employerId, { title: '备份后的岗位' }));
    await waitFor(() => display.table('posting').has(lost), 3000, 'display shows the later posting');
    display.close();
    staff.close();
    await hub.close();

    const result = restoreBackup(dataDir, backup);
    expect(result.previous && existsSync(result.previous)).toBe(true);
    expect(basename(result.previous!)).toMatch(/^gighall\.sqlite\.before-restore-/);

    hub = await startTestHub({}, dataDir);
    try {
      expect(hub.hub.records.get('posting', kept)).toBeDefined();
      expect(hub.hub.records.get('posting', lost)).toBeUndefined();
      // A new posting on the restored hub, before the display comes back.
      const staff2 = await staffStation(hub.url);
      const { id: after } = await staff2.ok('posting.create', postingArgs(employerId, { title: '恢复后的岗位' }));
      expect(hub.hub.headSeq()).toBeGreaterThan(display.lastSeq);
      // The display still holds the lost posting and a seq from the history the restore undid: it must not take
      // the restored log's changes after that seq as a continuation, but start again from a snapshot.
      const back = new TestStation(hub.url, display.token);
      for (const [entity, rows] of display.records) back.records.set(entity, new Map(rows));
      back.lastSeq = display.lastSeq;
      expect(back.table('posting').has(lost)).toBe(true);
      await back.connect();
      await waitFor(() => back.table('posting').has(after), 3000, 'display gets the new posting');
      expect(back.table('posting').has(lost)).toBe(false);
      expect(back.table('posting').has(kept)).toBe(true);
      back.close();
      staff2.close();
    } finally {
      await hub.destroy();
    }
  });

  it('refuses to restore under a running hub, or from a damaged backup, changing nothing', async () => {
    const dir = tempDir();
    const junk = join(dir, 'gighall-2026-01-01_0000.sqlite');
    const db = new Database(junk);
    db.exec(`CREATE TABLE t (x); INSERT INTO t VALUES (1);`);
    db.close();
    const dataDir = join(dir, 'data');
    const hub = await startTestHub({}, dataDir);
    const good = await backupDatabase(hub.hub.db, join(dir, 'b'));
    await hub.close();
    expect(() => restoreBackup(dataDir, junk)).toThrow(/not a GigHall site database/);
    // A hub in another (live) process holds the data dir.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    writeFileSync(join(dataDir, 'hub.pid'), String(other.pid));
    try {
      expect(() => restoreBackup(dataDir, good)).toThrow(/is running on/);
    } finally {
      other.kill();
    }
    expect(readdirSync(dataDir).some((f) => f.includes('before-restore'))).toBe(false);
  });
});
