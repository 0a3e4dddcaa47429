import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

// The kiosk's bundled voice (eSpeak NG, GPL-3.0) ships with its licence beside it in every build.
const espeakLicence: Plugin = {
  name: 'gighall-espeak-licence',
  apply: 'build',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'assets/espeak-ng-LICENSE.txt',
      source: `eSpeak NG, compiled to WebAssembly (npm package espeak-ng), used unmodified by the kiosk's read-aloud.
Source: https://github.com/espeak-ng/espeak-ng and https://github.com/ianmarmour/espeak-ng.js

${readFileSync(resolve(import.meta.dirname, 'node_modules/espeak-ng/LICENSE'), 'utf8')}`,
    });
  },
};

const PAGES = {
  kiosk: 'renderer/kiosk/index.html',
  staff: 'renderer/staff/index.html',
  display: 'display/index.html',
};
// GIGHALL_PAGES=display builds only some pages and keeps the rest of dist/ (handy while working on one page).
const only = process.env.GIGHALL_PAGES?.split(',').filter((p): p is keyof typeof PAGES => p in PAGES);
const input = Object.fromEntries(
  Object.entries(PAGES)
    .filter(([name]) => !only?.length || only.includes(name as keyof typeof PAGES))
    .map(([name, file]) => [name, resolve(import.meta.dirname, file)]),
);

// A build is always a production build, whoever runs it: vitest sets NODE_ENV=test for the e2e global setup,
// and Vite would then ship React's development build (jsxDEV, dev checks) — several times slower on a display.
if (process.argv.includes('build')) process.env.NODE_ENV = 'production';

// One build, three pages. Relative base so the same bundle works when the hub serves it
// (http://hub/kiosk/) and when the Electron shell serves it (app://bundle/renderer/kiosk/).
export default defineConfig({
  base: './',
  plugins: [react(), espeakLicence],
  // The kiosk's voice worker is an ES module (it loads the bundled speech engine, a separate file).
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: !only?.length,
    target: 'chrome120',
    rollupOptions: {
      input,
    },
  },
});
