// Station configuration: one JSON file in the user data dir (station.json), overridable by command-line flags.
// Pure: the caller reads the file and passes its text; nothing here touches the disk.
import { z } from 'zod';
import { DISPLAY_LAYOUTS } from '../shared/domain';
import type { StationRole } from '../shared/domain';

export const SHELL_ROLES = ['hub', 'kiosk', 'display'] as const;
export type ShellRole = (typeof SHELL_ROLES)[number];

export const CONFIG_FILE_NAME = 'station.json';
export const DEFAULT_HUB_PORT = 8420;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected HH:MM (24 h)' });

/** http(s) URL of the site hub; reduced to its origin. */
const hubUrl = z
  .string()
  .trim()
  .transform((s, ctx) => {
    try {
      const u = new URL(s);
      if ((u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password) return u.origin;
    } catch {
      /* reported below */
    }
    ctx.addIssue({
      code: 'custom',
      message: 'expected an http:// or https:// address of the hub, e.g. http://192.168.1.10:4080',
    });
    return z.NEVER;
  });

export const DisplayScreen = z.object({
  /** Position of the monitor in the OS's display list (0 = first). */
  monitor: z.number().int().min(0).max(15),
  layout: z.enum(DISPLAY_LAYOUTS).default('landscape'),
});
export type DisplayScreen = z.infer<typeof DisplayScreen>;

export const StationConfig = z
  .object({
    role: z.enum(SHELL_ROLES).default('kiosk'),
    /** The hub to connect to; null = find it on the LAN by mDNS (_gighall._tcp). Ignored by role hub. */
    hubUrl: hubUrl.nullable().default(null),
    /** How long to look for the hub on the LAN before showing the "no hub" page and retrying. */
    discoveryTimeoutMs: z.number().int().min(500).max(60_000).default(5_000),
    stationName: z.string().trim().min(1).max(40).optional(),
    /** Role hub: port the in-process hub listens on, all interfaces. */
    hubPort: z.number().int().min(1).max(65_535).default(DEFAULT_HUB_PORT),
    /** Role hub: database directory; default <userData>/hub-data. */
    dataDir: z.string().min(1).optional(),
    /** Role hub: seed demo data into an empty database. */
    demo: z.boolean().default(false),
    /** Role display: one fullscreen window per entry. */
    displays: z
      .array(DisplayScreen)
      .min(1)
      .max(16)
      .default([{ monitor: 0, layout: 'landscape' }]),
    /** Role kiosk: which monitor the kiosk window covers. */
    kioskMonitor: z.number().int().min(0).max(15).default(0),
    /** System printer name for silent printing; null = the system default printer. */
    printer: z.string().min(1).max(200).nullable().default(null),
    /** Paper: receipt widths for slip printers, A4 for documents. */
    slipPaper: z.enum(['receipt80', 'receipt58', 'A4', 'A5']).default('receipt80'),
    documentPaper: z.enum(['A4', 'A5']).default('A4'),
    /** Local time at which kiosk and display stations relaunch once a night; null = never. */
    nightlyRestart: hhmm.nullable().default(null),
    /** Developer tools; honoured only when the app is not packaged. */
    devTools: z.boolean().default(false),
  })
  .strict();
export type StationConfig = z.infer<typeof StationConfig>;

export interface ConfigResult {
  config: StationConfig;
  /** Human-readable problems; when present, the offending source was ignored. */
  errors: string[];
}

/** Command-line flags (`--name=value`, or `--name` for booleans) → partial config. Unknown flags are ignored
 *  (Chromium and Electron pass their own). */
export function parseFlags(argv: readonly string[]): {
  values: Record<string, unknown>;
  configPath?: string;
  errors: string[];
} {
  const values: Record<string, unknown> = {};
  const errors: string[] = [];
  let configPath: string | undefined;
  const num = (flag: string, v: string): number | undefined => {
    const n = Number(v);
    if (v === '' || !Number.isInteger(n)) {
      errors.push(`--${flag}: expected a whole number, got "${v}"`);
      return undefined;
    }
    return n;
  };
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!m) continue;
    const flag = m[1] as string;
    const v = m[2];
    switch (flag) {
      case 'config':
        if (v) configPath = v;
        break;
      case 'role':
        values.role = v;
        break;
      case 'hub':
        values.hubUrl = v === 'auto' || v === 'mdns' ? null : v;
        break;
      case 'name':
        values.stationName = v;
        break;
      case 'port':
        if (v !== undefined) values.hubPort = num(flag, v);
        break;
      case 'data-dir':
        values.dataDir = v;
        break;
      case 'printer':
        values.printer = v === '' || v === 'default' ? null : v;
        break;
      case 'nightly-restart':
        values.nightlyRestart = v === '' || v === 'off' ? null : v;
        break;
      case 'kiosk-monitor':
        if (v !== undefined) values.kioskMonitor = num(flag, v);
        break;
      case 'displays':
        // --displays=0:landscape,1:portrait
        values.displays = (v ?? '')
          .split(',')
          .filter(Boolean)
          .map((part) => {
            const [mon, layout] = part.split(':');
            return { monitor: Number(mon), ...(layout ? { layout } : {}) };
          });
        break;
      case 'demo':
      case 'devtools':
        values[flag === 'demo' ? 'demo' : 'devTools'] =
          v === undefined ? true : !['0', 'false', 'off', 'no'].includes(v);
        break;
      default:
        break;
    }
  }
  for (const k of Object.keys(values)) if (values[k] === undefined) delete values[k];
  return { values, configPath, errors };
}

function describe(error: z.ZodError, source: string): string[] {
  return error.issues.map((i) => `${source}: ${i.path.join('.') || '(root)'}: ${i.message}`);
}

/**
 * Merge defaults ← config file ← flags. A config file that is not valid JSON or fails the schema is ignored as a
 * whole (with an error), so a typo never half-applies; the same for flags.
 */
export function resolveConfig(
  fileText: string | null,
  argv: readonly string[],
  fileLabel = CONFIG_FILE_NAME,
): ConfigResult {
  const errors: string[] = [];
  let fromFile: Record<string, unknown> = {};
  if (fileText !== null && fileText.trim() !== '') {
    try {
      const raw: unknown = JSON.parse(fileText);
      const checked = StationConfig.safeParse(raw);
      if (checked.success) fromFile = raw as Record<string, unknown>;
      else errors.push(...describe(checked.error, fileLabel));
    } catch (e) {
      errors.push(`${fileLabel}: not valid JSON (${(e as Error).message})`);
    }
  }
  const flags = parseFlags(argv);
  errors.push(...flags.errors);
  const merged = StationConfig.safeParse({ ...fromFile, ...flags.values });
  if (merged.success) return { config: merged.data, errors };
  errors.push(...describe(merged.error, 'command line'));
  return { config: StationConfig.parse(fromFile), errors };
}

/** The page role a shell role opens: the hub PC runs the staff console. */
export function pageRole(role: ShellRole): StationRole {
  return role === 'hub' ? 'staff' : role;
}
