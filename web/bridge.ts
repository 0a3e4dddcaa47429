// The Electron bridge as the pages use it, with its browser fallback. Inside the GigHall app the preload exposes
// `window.gighall` (shared/ipc/contract.ts): the hub address the shell was configured with, this window's key,
// the pairing token kept in safeStorage, and silent printing. In a plain browser none of that exists: the token
// lives in this window's localStorage and printing opens the system dialog.
import type { StationRole } from '../shared/domain/enums';
import type { GigHallApi, PrintKind, PrintResult, StationInfo } from '../shared/ipc/contract';
import { WINDOW_KEY_RE } from '../shared/ipc/contract';
import type { TokenStore } from '../shared/station/connection';
import { keyValueTokenStore } from '../shared/station/kv-stores';

declare global {
  interface Window {
    gighall?: GigHallApi;
  }
}

export interface PageBridge {
  /** 'shell': inside the Electron app; 'browser': a plain browser (Chromium on a thin client, tests). */
  kind: 'shell' | 'browser';
  /** Names this window's own storage (token, queue, cache): `kiosk`, `display-1`… */
  windowKey: string;
  /** What the shell says about this station; null in a browser. */
  info: StationInfo | null;
  tokens: TokenStore;
  print(kind: PrintKind): Promise<PrintResult>;
}

/** The shell's API, if this page has a usable one. */
function shellApi(win: Window): { api: GigHallApi; info: StationInfo } | null {
  const api = win.gighall;
  if (!api || typeof api !== 'object') return null;
  const fns = ['stationInfo', 'print', 'getToken', 'setToken'] as const;
  if (fns.some((f) => typeof api[f] !== 'function')) return null;
  try {
    const info = api.stationInfo();
    if (!info || typeof info.hubUrl !== 'string' || !WINDOW_KEY_RE.test(String(info.windowKey))) return null;
    return { api, info };
  } catch {
    return null;
  }
}

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

/**
 * The shell's token store. A station that ran before the bridge was wired kept its token in localStorage: it is
 * moved into safeStorage once (and removed from localStorage) so the station need not pair again.
 */
function shellTokens(api: GigHallApi, legacy: Storage | null, legacyKey: string): TokenStore {
  return {
    get: async () => {
      const token = await api.getToken();
      if (token) return token;
      const old = legacy?.getItem(legacyKey) ?? null;
      if (old && (await api.setToken(old))) legacy?.removeItem(legacyKey);
      return old;
    },
    set: (token) => api.setToken(token),
  };
}

let cached: PageBridge | null = null;

function browserPrint(win: Window): Promise<PrintResult> {
  // The system dialog (or, with Chromium's --kiosk-printing, the default printer); blocks until done.
  win.print();
  return Promise.resolve({ ok: true });
}

/** This page's bridge (made once per page, by web/station.ts at start). */
export function pageBridge(page: StationRole, win: Window = window): PageBridge {
  if (cached && win === window) return cached;
  const shell = shellApi(win);
  const storage = storageOf(win);
  const bridge: PageBridge = shell
    ? {
        kind: 'shell',
        windowKey: shell.info.windowKey,
        info: shell.info,
        tokens: shellTokens(shell.api, storage, `gighall.${page}.token`),
        print: (kind) => shell.api.print(kind).catch((e: unknown) => ({ ok: false, error: String(e) })),
      }
    : {
        kind: 'browser',
        // One page per browser profile: the page's role names its storage (as it always has).
        windowKey: page,
        info: null,
        tokens: storage ? keyValueTokenStore(storage, `gighall.${page}`) : { get: () => null, set: () => false },
        print: () => browserPrint(win),
      };
  if (win === window) cached = bridge;
  return bridge;
}

/** Forget the page's bridge (tests that install a different `window.gighall`). */
export function resetPageBridge(): void {
  cached = null;
}

/** Print this page (styled by its @media print rules): silently to the configured printer inside the app. */
export function printPage(kind: PrintKind): Promise<PrintResult> {
  return cached ? cached.print(kind) : browserPrint(window);
}
