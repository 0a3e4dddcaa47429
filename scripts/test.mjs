// `npm test`: every check and every test, from a fresh clone with nothing run first.
//   typecheck (the whole tree, then each runtime on its own: shared/ with neither DOM nor Node, pages with the DOM and
//   no Node, the hub and the Electron main process with Node and no DOM, the sandboxed preload) · format (prettier) ·
//   file names · lint (incl. the layering rule) ·
//   electronegativity on the Electron shell · vitest: unit, component, integration, e2e (Chromium).
// Extra arguments go to vitest (e.g. `npm test -- --project unit`), and then only vitest runs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, ensureDependencies, ensureChromium } from './setup.mjs';

ensureDependencies();
const extra = process.argv.slice(2);
const node = process.execPath;
const bin = (pkg, file) => join(ROOT, 'node_modules', pkg, file);

const steps = extra.length
  ? []
  : [
      ...[
        ['whole tree, scripts/ and tests/', 'tsconfig.json'],
        ['shared/ (no DOM, no Node)', 'tsconfig.shared.json'],
        ['pages: web/, renderer/, display/ (DOM, no Node)', 'tsconfig.pages.json'],
        ['hub (Node, no DOM)', 'tsconfig.hub.json'],
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
steps.push(['vitest', [bin('vitest', 'vitest.mjs'), 'run', ...extra]]);

for (const [name, args] of steps) {
  console.log(`\n▶ ${name}`);
  const res = spawnSync(node, args, { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(res.status ?? 1);
  }
}
console.log('\n✔ all checks and tests passed');
