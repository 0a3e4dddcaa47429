// One station's trouble stays that station's: an error inside one socket's handler — here a damaged database
// page met while a reconnecting kiosk is sent its snapshot — is logged and drops that socket, and the hub process
// (the real command line, in its own process) goes on serving every other station.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ADMIN_PASSWORD, TestStation, connected, pairStation, rawSocket, staffStation, waitFor } from '../helpers/hub';

function runHub(dataDir: string) {
  const child = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'electron/hub/cli.ts', '--port', '0', '--host', '127.0.0.1', '--data', dataDir],
    { env: { ...process.env, GIGHALL_ADMIN_PASSWORD: ADMIN_PASSWORD } },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const ready = new Promise<string>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no ready line:\n${out}`)), 20_000);
    child.stdout.on('data', () => {
      const m = /GigHall hub listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(m[1]!);
      }
    });
  });
  let exitCode: number | null | undefined;
  child.on('exit', (code) => (exitCode = code));
  return { child, ready, exited: () => exitCode !== undefined, output: () => out };
}

/** Overwrite the root page of `table` in the database file, then make the hub drop its page cache. */
function damage(file: string, table: string): void {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const { rootpage } = db.prepare(`SELECT rootpage FROM sqlite_master WHERE name = ?`).get(table) as {
    rootpage: number;
  };
  db.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xff), 0, pageSize, (rootpage - 1) * pageSize);
  closeSync(fd);
  // Any commit by another connection tells the hub's connection that its cached pages are stale.
  const other = new Database(file);
  other.pragma('busy_timeout = 5000');
  other.exec(`CREATE TABLE touched (x)`);
  other.close();
}

describe('an error in one socket handler', () => {
  it('drops that socket and keeps the hub serving the others (damaged page during a kiosk reconnect)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gighall-resilience-'));
    const hub = runHub(dir);
    try {
      const url = await hub.ready;
      const staff = await staffStation(url);
      await staff.ok('notice.create', { text: '本周六招聘会', kind: 'normal', expiresAt: Date.now() + 3600_000 });
      const kioskToken = await pairStation(url, 'kiosk');
      const kiosk = await new TestStation(url, kioskToken).connect();
      kiosk.close();

      damage(join(dir, 'gighall.sqlite'), 'notices');

      // The kiosk comes back with nothing cached: its snapshot reads the damaged table.
      const again = rawSocket(url, { token: kioskToken, lastSeq: 0 });
      await connected(again.socket);
      await waitFor(() => !again.socket.connected, 10_000, 'the failing kiosk socket to be dropped');
      expect(again.received.some((r) => r.event === 'snapshot')).toBe(false);

      // The hub is still there for everyone else.
      expect(hub.exited()).toBe(false);
      const health = await (await fetch(`${url}/health`)).json();
      expect(health.ok).toBe(true);
      const search = await staff.send('posting.search', {});
      expect(search.ok).toBe(true);
      expect(hub.output()).toMatch(/socket handler failed/);
      staff.close();
    } finally {
      hub.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
