import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

// One build, three pages. Relative base so the same bundle works when the hub serves it
// (http://hub/kiosk/) and when the Electron shell serves it (app://bundle/renderer/kiosk/).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    rollupOptions: {
      input: {
        kiosk: resolve(import.meta.dirname, 'renderer/kiosk/index.html'),
        staff: resolve(import.meta.dirname, 'renderer/staff/index.html'),
        display: resolve(import.meta.dirname, 'display/index.html'),
      },
    },
  },
});
