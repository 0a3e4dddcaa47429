// `npm run hub` as an operator runs it: one ready line, a log file in the data dir, clean stop on SIGTERM/SIGINT.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

function runHub(dataDir: string, extra: string[] = []) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/hub/cli.ts', '--port', '0', '--host', '127.0.0.1', '--data', dataDir, ...extra],
    {
      env: { ...process.env, GIGHALL_ADMIN_PASSWORD: '' },
    },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  // Ready when the line comes; a hub that exits first never will.
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /GigHall hub listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`the hub exited (${code}) before its ready line:\n${out}`)));
  });
  ready.catch(() => undefined); // a test that expects the exit does not await `ready`
  return { child, ready, exited, output: () => out };
}

// Each test starts the hub twice, compiling it on the way (tsx): slow on a busy machine, so a wide net.
describe('hub command line', { timeout: 120_000 }, () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`prints one ready line, serves /health, and stops cleanly on ${signal}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gighall-cli-'));
      try {
        const hub = runHub(dir);
        const url = await hub.ready;
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const health = await (await fetch(`${url}/health`)).json();
        expect(health.ok).toBe(true);
        hub.child.kill(signal);
        expect(await hub.exited).toBe(0);
        expect(hub.output().match(/GigHall hub listening on/g)).toHaveLength(1);
        expect(hub.output()).toMatch(/one-time password: \S+/);
        // The WAL was folded back: the database file stands on its own and is consistent.
        const db = new Database(join(dir, 'gighall.sqlite'), { readonly: true });
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        db.close();
        expect(readdirSync(join(dir, 'logs')).some((f) => f.endsWith('.log'))).toBe(true);
        // The password is printed on the first start only.
        const second = runHub(dir);
        await second.ready;
        second.child.kill('SIGTERM');
        await second.exited;
        expect(second.output()).not.toMatch(/password/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('refuses a bad port with a clear message', async () => {
    const hub = runHub('/tmp/unused', ['--port', 'abc']);
    await expect(hub.exited).resolves.toBe(2);
    expect(hub.output()).toMatch(/--port must be/);
  });
});
