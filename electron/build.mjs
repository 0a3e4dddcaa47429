// Bundles the station shell for Electron: electron/main.ts → dist-electron/main.js (ESM, package.json "main"),
// electron/preload.ts → dist-electron/preload.cjs (one CommonJS file, as sandboxed preloads must be).
// npm packages stay external (they ship in the asar's node_modules; better-sqlite3 is rebuilt for Electron).
// Usage: node electron/build.mjs   (run after `npm run build`, which builds the pages into dist/)
import { build } from 'esbuild';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist-electron');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'info',
  absWorkingDir: root,
};

await build({
  ...common,
  entryPoints: { main: 'electron/main.ts' },
  outdir,
  format: 'esm',
  packages: 'external',
  outExtension: { '.js': '.js' },
});

await build({
  ...common,
  entryPoints: { preload: 'electron/preload.ts' },
  outdir,
  format: 'cjs',
  external: ['electron'],
  outExtension: { '.js': '.cjs' },
});
