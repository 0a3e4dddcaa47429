import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Logic tests (*.test.ts), the pages' included: they need no DOM, so they skip jsdom's set-up.
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'scripts/**/*.test.ts',
            'renderer/**/*.test.ts',
            'display/**/*.test.ts',
          ],
          setupFiles: ['tests/setup/unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          // Component tests (*.test.tsx) and web/'s page wiring (*.test.ts there): React and the page in jsdom.
          include: ['renderer/**/*.test.tsx', 'display/**/*.test.tsx', 'web/**/*.test.tsx', 'web/**/*.test.ts'],
          // One jsdom and one module registry per worker instead of per file: jsdom's set-up was most of this
          // project's time (10 s of 24 s on a quiet machine, 20 s of 55 s under load). Each test unmounts what it
          // rendered (tests/setup/component.ts) and restores what it stubbed; component tests must not vi.mock
          // modules, which would now leak into the next file.
          isolate: false,
          setupFiles: ['tests/setup/component.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          // Real parts only (no module mocks), so files can share one module registry per worker: each file no
          // longer re-imports the hub, SQLite and socket.io (25 s → 6 s of imports under load).
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/e2e-global.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // An e2e test waits for states. expect.poll gives up after 1 s by default, which is a clock on a busy
          // 2-core machine; give it the same safety net as the helpers' waitFor (tests/helpers/hub.ts, GIVE_UP_MS).
          expect: { poll: { timeout: 20_000 } },
          // Two cores: one browser at a time keeps timings honest and the machine responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
