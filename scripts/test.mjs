// `npm test`: every check and every test, from a fresh clone with nothing run first.
//   typecheck (the whole tree, then each runtime on its own: shared/ with neither DOM nor Node, pages with the DOM and
//   no Node, the hub and the Electron main process with Node and no DOM, the sandboxed preload) · format (prettier) ·
//   file names · lint (incl. the layering rule) ·
//   electronegativity on the Electron shell · vitest: unit, component, integration, e2e (Chromium).
// Extra arguments go to vitest (e.g. `npm test -- --project unit`), and then only vitest runs. The checks run two at
// a time; each step prints how long it took.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, ensureDependencies, ensureChromium } from './setup.mjs';

ensureDependencies();
const extra = process.argv.slice(2);
const node = process.execPath;
const bin = (pkg, file) => join(ROOT, 'node_modules', pkg, file);

// The checks before the tests: independent of each other, so two run at a time (this machine has two cores).
const checks = extra.length
  ? []
  : [
      ...[
        ['whole tree, scripts/ and tests/', 'tsconfig.json'],
        ['shared/ (no DOM, no Node)', 'tsconfig.shared.json'],
        ['pages: web/, renderer/, display/ (DOM, no Node)', 'tsconfig.pages.json'],
        ['hub (Node, no DOM, no Electron)', 'tsconfig.hub.json'],
        ['Electron main (Node, no DOM)', 'tsconfig.electron.json'],
        ['preload (sandboxed)', 'tsconfig.preload.json'],
      ].map(([what, config]) => [`typecheck ${what}`, [bin('typescript', 'bin/tsc'), '-p', config, '--noEmit']]),
      ['format', [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.']],
      ['file names', [join(ROOT, 'scripts', 'lint', 'filenames.mjs')]],
      ['lint', [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings', '0']],
      ['electronegativity', [join(ROOT, 'electron', 'electronegativity.mjs')]],
    ];
if (!ensureChromium()) {
  console.error(
    'GigHall: the end-to-end tests need Chromium (Debian: apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH).',
  );
  process.exit(1);
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** One check, its output held back and printed whole when it ends, so two checks never interleave their lines. */
function runCheck([name, args]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(node, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      console.log(`\n${code === 0 ? '▶' : '✖'} ${name} (${seconds(started)})`);
      if (out.trim()) process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      resolve({ name, code });
    });
  });
}

const started = Date.now();
const queue = [...checks];
const failed = [];
await Promise.all(
  [1, 2].map(async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { name, code } = await runCheck(next);
      if (code !== 0) failed.push(name);
    }
  }),
);
if (failed.length) {
  console.error(`\n✖ failed: ${failed.join(', ')}`);
  process.exit(1);
}
if (checks.length) console.log(`\n✔ checks passed (${seconds(started)})`);

console.log('\n▶ vitest');
const vitestStarted = Date.now();
const res = spawnSync(node, [bin('vitest', 'vitest.mjs'), 'run', ...extra], { cwd: ROOT, stdio: 'inherit' });
if (res.status !== 0) {
  console.error(`\n✖ vitest failed (${seconds(vitestStarted)})`);
  process.exit(res.status ?? 1);
}
console.log(`\n✔ all checks and tests passed (${seconds(started)}; vitest ${seconds(vitestStarted)})`);
