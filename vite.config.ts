import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

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
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: !only?.length,
    target: 'chrome120',
    rollupOptions: {
      input,
    },
  },
});
