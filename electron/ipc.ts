// The one list of IPC channels between the station pages (via preload) and the main process.
// Every type below derives from it, so a channel cannot be added on one side only.
import type { DisplayLayout, StationRole } from '../shared/domain';

export const IPC_CHANNELS = ['gighall:print', 'gighall:get-token', 'gighall:set-token'] as const;
export type IpcChannel = (typeof IPC_CHANNELS)[number];

/** What a page may ask to print: a kiosk slip (narrow receipt paper) or a console document (A4). */
export const PRINT_KINDS = ['slip', 'document'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

export type PrintResult = { ok: true } | { ok: false; error: string };

/** Arguments and results of each channel (renderer → main, invoke/handle). */
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

/** Given to every page (synchronously, through the preload) so it knows where its hub is. */
export interface StationInfo {
  role: StationRole;
  hubUrl: string;
  stationName?: string;
  displayIndex?: number;
  layout?: DisplayLayout;
}

/** `window.gighall` as the pages see it. */
export interface GigHallApi {
  stationInfo(): StationInfo;
  appVersion(): string;
  print(kind?: PrintKind): Promise<PrintResult>;
  getToken(): Promise<string | null>;
  setToken(token: string | null): Promise<boolean>;
}

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
    if (!info || typeof info.role !== 'string' || typeof info.hubUrl !== 'string' || typeof version !== 'string')
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
