// A minimal stand-in for the parts of Electron's API the shell modules import. The Electron binary cannot run
// under Node in tests, so tests/setup/unit.ts mocks `electron` with this, once, for every unit test.
import { vi } from 'vitest';

export const app = {
  getPath: vi.fn(() => '/tmp/gighall-test'),
  getVersion: vi.fn(() => '0.0.0-test'),
  isPackaged: false,
  on: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  relaunch: vi.fn(),
  exit: vi.fn(),
  commandLine: { appendSwitch: vi.fn() },
};
export const BrowserWindow = vi.fn();
export const Menu = { setApplicationMenu: vi.fn() };
export const ipcMain = { handle: vi.fn(), on: vi.fn(), removeHandler: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(), on: vi.fn() };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const protocol = { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() };
export const session = { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } };
export const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  encryptString: vi.fn((s: string) => Buffer.from(`enc:${s}`)),
  decryptString: vi.fn((b: Buffer) => b.toString().replace(/^enc:/, '')),
};
export const powerSaveBlocker = { start: vi.fn(() => 1), stop: vi.fn() };
export const screen = { getAllDisplays: vi.fn(() => []) };
export const net = { fetch: vi.fn() };
export const shell = { openExternal: vi.fn() };
export default {
  app,
  BrowserWindow,
  Menu,
  ipcMain,
  ipcRenderer,
  contextBridge,
  protocol,
  session,
  safeStorage,
  powerSaveBlocker,
  screen,
  net,
  shell,
};
