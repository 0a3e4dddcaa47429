// The contract between the station pages and the Electron shell, seen by both sides: the one `as const` list of IPC
// channels, the arguments and result of each, and `window.gighall` as the pages see it. The preload implements it,
// the main process handles it, and the pages' bridge (web/bridge.ts) calls it; every type below derives from the
// channel list, so a channel cannot be added on one side only. Pure: no Electron, no DOM.
import type { DisplayLayout, StationRole } from '../domain/enums';

export const IPC_CHANNELS = ['gighall:print', 'gighall:get-token', 'gighall:set-token'] as const;
export type IpcChannel = (typeof IPC_CHANNELS)[number];

/** What a page may ask to print: a kiosk slip (narrow receipt paper) or a console document (A4). */
export const PRINT_KINDS = ['slip', 'document'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

export type PrintResult = { ok: true } | { ok: false; error: string };

/**
 * Arguments and results of each channel (renderer → main, invoke/handle). The token channels carry no key: main
 * keeps one token per window (the sender's window), so a page can neither read nor overwrite another window's.
 */
export interface IpcContract {
  'gighall:print': { args: [kind: PrintKind]; result: PrintResult };
  'gighall:get-token': { args: []; result: string | null };
  'gighall:set-token': { args: [token: string | null]; result: boolean };
}
// Compile-time check that the contract covers exactly the listed channels.
type _Exact = [IpcChannel] extends [keyof IpcContract]
  ? [keyof IpcContract] extends [IpcChannel]
    ? true
    : never
  : never;
export const _channelsMatchContract: _Exact = true;

export type IpcArgs<C extends IpcChannel> = IpcContract[C]['args'];
export type IpcResult<C extends IpcChannel> = IpcContract[C]['result'];

/** Given to every page (synchronously, through the preload): which station it is and where its hub is. */
export interface StationInfo {
  role: StationRole;
  hubUrl: string;
  /**
   * Which window of this station: `console`, `kiosk`, `display-0`, `display-1`… Several display windows on one PC
   * share the app:// origin, so each keeps its own token, queue and cache under this key.
   */
  windowKey: string;
  stationName?: string;
  displayIndex?: number;
  layout?: DisplayLayout;
}

/** `window.gighall` as the pages see it. */
export interface GigHallApi {
  stationInfo(): StationInfo;
  appVersion(): string;
  print(kind?: PrintKind): Promise<PrintResult>;
  /** This window's pairing token, or null. */
  getToken(): Promise<string | null>;
  /** Store (null: forget) this window's token; false when it cannot be stored safely. */
  setToken(token: string | null): Promise<boolean>;
}

/** A window key: lower-case letters, digits and dashes (it names a file in the user data dir). */
export const WINDOW_KEY_RE = /^[a-z0-9-]{1,32}$/;

/** The station info travels to the preload as one command-line argument of the renderer process. */
export const STATION_ARG = '--gighall-station=';

export interface StationArg {
  info: StationInfo;
  version: string;
}

export function encodeStationArg(arg: StationArg): string {
  return STATION_ARG + encodeURIComponent(JSON.stringify(arg));
}

/** Reads the argument back; null when missing or malformed (the preload then exposes nothing). */
export function decodeStationArg(argv: readonly string[]): StationArg | null {
  const raw = argv.find((a) => a.startsWith(STATION_ARG));
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(raw.slice(STATION_ARG.length)));
    if (!parsed || typeof parsed !== 'object') return null;
    const { info, version } = parsed as Partial<StationArg>;
    if (
      !info ||
      typeof info.role !== 'string' ||
      typeof info.hubUrl !== 'string' ||
      typeof info.windowKey !== 'string' ||
      !WINDOW_KEY_RE.test(info.windowKey) ||
      typeof version !== 'string'
    )
      return null;
    return { info, version };
  } catch {
    return null;
  }
}

/** The pairing token is an opaque printable string from the hub. */
export function isValidToken(token: unknown): token is string {
  return typeof token === 'string' && token.length > 0 && token.length <= 512 && /^[\x21-\x7e]+$/.test(token);
}

export function isPrintKind(v: unknown): v is PrintKind {
  return (PRINT_KINDS as readonly unknown[]).includes(v);
}
