// `npm run hub` as an operator runs it: one ready line, a log file in the data dir, clean stop on SIGTERM/SIGINT.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runHubCli } from '../helpers/cli';

const runHub = (dataDir: string, extra: string[] = []) => runHubCli(dataDir, extra, { GIGHALL_ADMIN_PASSWORD: '' });

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
