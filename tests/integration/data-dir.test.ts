// A damaged disk (docs/security.md, docs/operations.md "Data dir"): a hub whose database has a damaged page refuses
// to start and says which file, what is wrong and the exact restore command; a data dir that held a site but whose
// database is missing or empty is refused instead of silently becoming a new, empty site.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, writeSync, closeSync, writeFileSync, existsSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staffStation, startTestHub } from '../helpers/hub';
import { approvedEmployer, postingArgs } from '../helpers/fixtures';
import { backupDatabase } from '../../electron/hub/backup';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'gighall-datadir-'));
  dirs.push(d);
  return d;
}

/** A data dir holding a real site with some postings, closed cleanly, and a backup of it. */
async function usedDataDir(): Promise<string> {
  const dir = tempDir();
  const hub = await startTestHub({}, dir);
  const staff = await staffStation(hub.url);
  const employerId = await approvedEmployer(staff);
  for (let i = 0; i < 40; i++) await staff.ok('posting.create', postingArgs(employerId, { title: `岗位${i}` }));
  staff.close();
  await backupDatabase(hub.hub.db, join(dir, 'backups'));
  await hub.close();
  return dir;
}

/** Overwrite one page of the `changes` table's b-tree with junk, as a failing disk sector would. */
function damagePage(file: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const { rootpage } = db.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'changes'`).get() as {
    rootpage: number;
  };
  db.close();
  const junk = Buffer.alloc(pageSize);
  for (let i = 0; i < pageSize; i++) junk[i] = (i * 131 + 7) % 251;
  const fd = openSync(file, 'r+');
  writeSync(fd, junk, 0, pageSize, (rootpage - 1) * pageSize);
  closeSync(fd);
}

function runCli(dataDir: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'electron/hub/cli.ts', '--port', '0', '--host', '127.0.0.1', '--data', dataDir],
    { env: { ...process.env, GIGHALL_ADMIN_PASSWORD: '' } },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
    // A hub that starts anyway is the bug: stop it so the test can report it.
    if (out.includes('listening on')) child.kill('SIGTERM');
  });
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

describe('a damaged database', () => {
  it('is refused at start with the file, the problem and the restore command', async () => {
    const dir = await usedDataDir();
    const file = join(dir, 'gighall.sqlite');
    damagePage(file);
    await expect(startTestHub({}, dir)).rejects.toThrow(/damaged/);
    const { code, out } = await runCli(dir);
    expect(out).not.toContain('listening on');
    expect(code).toBe(1);
    expect(out).toContain(file);
    expect(out).toMatch(/damaged/);
    expect(out).toMatch(/npm run restore -- --data ".+" ".+gighall-\d{4}-\d{2}-\d{2}_\d{4}\.sqlite"/);
  });
});

describe('a missing or empty database in a used data dir', () => {
  it('is refused rather than started as a new empty site', async () => {
    const dir = await usedDataDir();
    rmSync(join(dir, 'gighall.sqlite'));
    await expect(startTestHub({}, dir)).rejects.toThrow(/missing.*held a site before/s);
    writeFileSync(join(dir, 'gighall.sqlite'), '');
    const { code, out } = await runCli(dir);
    expect(code).toBe(1);
    expect(out).toMatch(/empty \(0 bytes\)/);
    expect(out).toMatch(/--init/);
    expect(out).not.toMatch(/one-time password/);
  });

  it('starts a new site there when asked explicitly, and on a first start', async () => {
    const dir = await usedDataDir();
    rmSync(join(dir, 'gighall.sqlite'));
    const fresh = await startTestHub({ init: true }, dir);
    expect(fresh.hub.records.list('posting')).toHaveLength(0);
    await fresh.close();
    const first = tempDir();
    const hub = await startTestHub({}, first);
    expect(existsSync(join(first, 'site.json'))).toBe(true);
    await hub.close();
  });
});

describe('the data dir lock', () => {
  it('ignores a lock left by a hub that died long ago, even if its pid now belongs to another process', async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(dir, 'hub.pid'), String(other.pid));
      await expect(startTestHub({}, dir)).rejects.toThrow(/Another GigHall hub/);
      const longAgo = new Date(Date.now() - 3600_000);
      utimesSync(join(dir, 'hub.pid'), longAgo, longAgo);
      const hub = await startTestHub({}, dir);
      await hub.close();
    } finally {
      other.kill();
    }
  });
});
