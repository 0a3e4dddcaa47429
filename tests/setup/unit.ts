import { vi } from 'vitest';

// The Electron binary cannot run under Node in tests: mock the module once, here, for every unit test.
// Shell logic lives in pure modules; these stubs only satisfy their imports.
vi.mock('electron', () => import('../helpers/electron-mock'));
