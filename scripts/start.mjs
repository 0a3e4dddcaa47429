// `npm start`: a demo site on this machine. Installs what is missing, builds the pages, starts the hub with demo
// data, and opens the stations — the Electron app if its binary is present, else Chromium app windows if
// Chromium is installed (and a screen is available), else prints the three URLs.
//   npm start -- --no-open      only the hub
//   npm start -- --port 8420 --data .gighall-data/demo
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, ensureBuilt, ensureDependencies, findChromium } from './setup.mjs';

const { values } = parseArgs({
  options: {
    open: { type: 'boolean', default: true },
    'no-open': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.GIGHALL_PORT ?? '8420' },
    data: { type: 'string', default: process.env.GIGHALL_DATA ?? join(ROOT, '.gighall-data', 'demo') },
  },
  allowNegative: true,
});
const open = values.open && !values['no-open'];

ensureDependencies();
ensureBuilt();

// A known password for the demo's admin, so the console can be tried at once (a real site prints a random one).
const DEMO_PASSWORD = process.env.GIGHALL_ADMIN_PASSWORD ?? 'gighall-demo';
const children = [];
// `--import tsx` compiles the TypeScript in the hub's own process (as `npm run hub` does): Ctrl+C reaches the hub
// itself, which closes the database cleanly, instead of a tsx wrapper that kills it if it answers slowly.
const hub = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    join(ROOT, 'electron', 'hub', 'cli.ts'),
    '--port',
    values.port,
    '--data',
    values.data,
    '--demo',
    '--quiet',
  ],
  {
    cwd: ROOT,
    env: { ...process.env, GIGHALL_ADMIN_PASSWORD: DEMO_PASSWORD },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
children.push(hub);

let url = null;
hub.stdout.setEncoding('utf8');
hub.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const m = /GigHall hub listening on (http:\/\/\S+)/.exec(chunk);
  if (m && !url) {
    url = m[1];
    ready(url);
  }
});
// Ctrl+C (or a stop from the system) ends everything quietly; a hub that ends by itself is a problem worth saying.
let stopping = false;
hub.on('exit', (code, signal) => {
  stopAll();
  if (stopping || code === 0) {
    console.log('\nGigHall stopped.');
    process.exit(0);
  }
  console.error(
    `\nGigHall: the hub ended unexpectedly (${signal ?? `exit code ${code}`}); the lines above say why. ` +
      `Its log is in ${join(values.data, 'logs')}.`,
  );
  process.exit(code || 1);
});

function ready(base) {
  const pages = { staff: `${base}/staff/`, kiosk: `${base}/kiosk/`, display: `${base}/display/` };
  console.log(`
  GigHall demo site is running.
    Staff console : ${pages.staff}   (sign in: admin / ${DEMO_PASSWORD})
    Kiosk         : ${pages.kiosk}
    Wall display  : ${pages.display}
    Phones        : ${base}/m/
  Pages opened on this machine pair themselves (demo mode). Press Ctrl+C to stop.
`);
  if (!open) return;
  const electronBin = join(
    ROOT,
    'node_modules',
    'electron',
    'dist',
    process.platform === 'win32' ? 'electron.exe' : 'electron',
  );
  const hasScreen = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
  if (existsSync(electronBin) && existsSync(join(ROOT, 'dist-electron', 'main.js')) && hasScreen) {
    for (const role of ['kiosk', 'display']) {
      const dir = join(ROOT, '.gighall-data', `electron-${role}`);
      children.push(
        spawn(electronBin, [ROOT, `--role=${role}`, `--hub=${base}`, `--data-dir=${dir}`], { stdio: 'inherit' }),
      );
    }
    // The Electron "hub" role would run a second hub; the console of this demo is the page above.
    console.log(`  Open the staff console at ${pages.staff}`);
    return;
  }
  const chromium = findChromium();
  if (chromium && hasScreen) {
    const windows = [
      ['staff', pages.staff, '1600,1000'],
      ['kiosk', pages.kiosk, '720,1280'],
      ['display', pages.display, '1280,720'],
    ];
    for (const [role, page, size] of windows) {
      // One profile per station: each keeps its own pairing token, like separate machines.
      const profile = join(ROOT, '.gighall-data', `chromium-${role}`);
      mkdirSync(profile, { recursive: true });
      children.push(
        spawn(
          chromium,
          [
            `--app=${page}`,
            `--user-data-dir=${profile}`,
            `--window-size=${size}`,
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
          ],
          { stdio: 'ignore' },
        ),
      );
    }
    return;
  }
  console.log(
    chromium
      ? '  (No screen here: open the URLs above from a browser on this machine.)'
      : '  (Neither Electron nor Chromium found: open the URLs above in a browser on this machine.)',
  );
}

function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    stopAll();
  });
}
