// `npm run hub` as an operator runs it (node --import tsx electron/hub/cli.ts), for the tests of the command line:
// the child process, its output, its ready URL and its exit code. `ready` waits for the ready line, and fails as
// soon as the hub exits without one — a state, not a clock.
import { spawn } from 'node:child_process';

export interface HubProcess {
  child: ReturnType<typeof spawn>;
  /** The URL from "GigHall hub listening on …". */
  ready: Promise<string>;
  exited: Promise<number | null>;
  output(): string;
}

/** The hub CLI on an ephemeral loopback port with `dataDir`, plus `flags`; `env` is added to this process's. */
export function runHubCli(dataDir: string, flags: string[] = [], env: Record<string, string> = {}): HubProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/hub/cli.ts', '--port', '0', '--host', '127.0.0.1', '--data', dataDir, ...flags],
    { env: { ...process.env, ...env } },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const m = /GigHall hub listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`the hub exited (${code}) before its ready line:\n${out}`)));
  });
  ready.catch(() => undefined); // a test that expects the exit need not await `ready`
  return { child, ready, exited, output: () => out };
}
