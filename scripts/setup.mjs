// Shared by `npm start` and `npm test`: make a fresh clone runnable with nothing run first.
// Only Node built-ins here: this runs before the dependencies exist.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Install dependencies when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && mtime(marker) >= mtime(join(ROOT, 'package-lock.json'))) return;
  // Said once, before the long quiet part: npm prints little while the native SQLite driver compiles, and npm ci
  // starts from an empty node_modules, so it compiles again whenever package-lock.json has changed.
  console.log(
    'GigHall: installing dependencies (npm ci). This builds the SQLite driver (better-sqlite3) from source when no\n' +
      'prebuilt copy can be downloaded: about 5-10 minutes on a small 2-core machine, with little output meanwhile.\n' +
      'It happens on the first start and after package-lock.json changes.',
  );
  const started = Date.now();
  const res = spawnSync(NPM, ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error(
      'GigHall: npm ci failed. Check that the npm registry is reachable, then run npm start / npm test again.',
    );
    process.exit(res.status ?? 1);
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`GigHall: dependencies installed in ${Math.floor(seconds / 60)} min ${seconds % 60} s.`);
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : mtime(full));
  }
  return newest;
}

/** Build the pages when dist/ is missing or older than their sources. */
export function ensureBuilt() {
  const built = mtime(join(ROOT, 'dist', 'renderer', 'kiosk', 'index.html'));
  const sources = Math.max(
    ...['renderer', 'display', 'shared'].map((d) => newestSource(join(ROOT, d))),
    mtime(join(ROOT, 'vite.config.ts')),
  );
  if (built && built >= sources) return;
  console.log('GigHall: building the pages (vite build)…');
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
}

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export function findChromium() {
  return [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((p) => p && existsSync(p)) ?? null;
}

/** The end-to-end tests need Debian's Chromium and a CJK font; install them when we can (root with apt). */
export function ensureChromium() {
  if (findChromium()) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('GigHall: installing Chromium and CJK fonts from Debian (apt-get)…');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return !!findChromium();
}
