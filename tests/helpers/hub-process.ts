// A hub as its own OS process (`npm run hub`), for tests that must kill it for real (SIGKILL leaves no chance to
// flush or close anything) and start it again on the same data dir.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { ADMIN_PASSWORD, TEST_SITE } from './hub';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface HubProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

export async function startHubProcess(dataDir: string, extra: string[] = []): Promise<HubProcess> {
  const child = spawn(
    process.execPath,
    [
      // tsx as a loader in this very process: its CLI would run the hub in a child, which a SIGKILL of the CLI
      // would leave running.
      '--import',
      'tsx',
      resolve(ROOT, 'electron/hub/cli.ts'),
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--data',
      dataDir,
      '--quiet',
      '--backup-hours',
      '0',
      // A set-up hall (TEST_SITE), so commands that need its districts work.
      '--city',
      TEST_SITE.cityCode,
      '--district',
      TEST_SITE.district,
      '--min-wage',
      String(TEST_SITE.minHourlyWage),
      ...extra,
    ],
    { cwd: ROOT, env: { ...process.env, GIGHALL_ADMIN_PASSWORD: ADMIN_PASSWORD } },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const url = await new Promise<string>((ok, fail) => {
    const t = setTimeout(() => fail(new Error(`hub process did not start:\n${out}`)), 30_000);
    const look = () => {
      const m = /GigHall hub listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        ok(m[1]!);
      }
    };
    child.stdout!.on('data', look);
    void exited.then(() => {
      clearTimeout(t);
      fail(new Error(`hub process exited before it was ready:\n${out}`));
    });
  });
  return { child, url, output: () => out, exited };
}
