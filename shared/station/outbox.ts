// The durable outbox: commands a station must not lose while the hub is away, each tagged with its origin — which
// page load and which visit (a kiosk visitor, a staff sign-in) queued it. Pure; an OutboxStore keeps the entries
// across reloads. The flush loop (client.ts) uses the origin to tell a command someone is still waiting for from a
// replay, and turns a refusal nobody saw into a report for the front desk (`station.reportRefused`).
//
// What may be stored is narrow on purpose: only commands the hub records by id (so a resend is harmless), and
// never one carrying a PIN or password in clear — the kiosk queues a registration with the PIN already hashed the
// way the hub stores it (shared/validate/pinHash.ts).
import { COMMANDS, isCommandName, type CommandArgs } from '../protocol/commands';
import type { Command } from '../protocol/events';
import type { StationRole } from '../domain/enums';
import type { AppError } from '../errors';

export interface Origin {
  page: StationRole;
  /** The page load that queued it (a new id every start): an entry from an earlier load is a replay. */
  load: string;
  /** Who stood at the station: a kiosk visit, a staff sign-in; null when nobody in particular. */
  visit: string | null;
}

export interface OutboxEntry {
  command: Command;
  origin: Origin;
  /** Local epoch ms. */
  queuedAt: number;
}

/** Where the outbox lives between page loads; `save` must be durable when it returns. */
export interface OutboxStore {
  /** Whatever was saved (checked entry by entry; older formats are read too). */
  load(): unknown;
  save(entries: readonly OutboxEntry[]): void;
}

export const memoryOutboxStore = (): OutboxStore => {
  let saved: readonly OutboxEntry[] = [];
  return { load: () => saved, save: (entries) => void (saved = [...entries]) };
};

/** Argument keys that never go to storage, nor into a report. */
const SECRET_KEYS = new Set(['pin', 'password']);
const REPORT_DROPPED_KEYS = new Set([...SECRET_KEYS, 'pinHash']);

/** The dotted path of a PIN or password held in clear in `value`, or null. */
export function findSecret(value: unknown, path = ''): string | null {
  if (!value || typeof value !== 'object') return null;
  for (const [key, v] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (SECRET_KEYS.has(key) && typeof v === 'string' && v !== '') return here;
    const inner = findSecret(v, here);
    if (inner) return inner;
  }
  return null;
}

/** Why a command may not be queued, or null when it may. */
export function unqueueable(command: Command): string | null {
  if (!isCommandName(command.name)) return `unknown command ${String(command.name)}`;
  const spec = COMMANDS[command.name];
  // Not recorded by id at the hub: a resend after a lost ack could apply it twice.
  if ('log' in spec && spec.log === false) return `${command.name} is not idempotent`;
  const secret = findSecret(command.args);
  if (secret) return `${command.name} carries a secret in clear (${secret})`;
  return null;
}

function isEntry(v: unknown): v is { command: Command; queuedAt?: unknown; origin?: unknown } {
  if (!v || typeof v !== 'object') return false;
  const c = (v as { command?: Partial<Command> }).command;
  return !!c && typeof c.id === 'string' && isCommandName(c.name) && !!c.args && typeof c.args === 'object';
}

function isOrigin(v: unknown): v is Origin {
  const o = v as Partial<Origin> | null;
  return (
    !!o && typeof o.page === 'string' && typeof o.load === 'string' && (o.visit === null || typeof o.visit === 'string')
  );
}

export class Outbox {
  private entries: OutboxEntry[];

  constructor(
    private readonly store: OutboxStore,
    page: StationRole,
  ) {
    let raw: unknown;
    try {
      raw = store.load();
    } catch {
      raw = null;
    }
    // Entries from before origins were recorded came from an earlier page load and nobody in particular.
    this.entries = (Array.isArray(raw) ? raw : []).filter(isEntry).map((e) => ({
      command: e.command,
      origin: isOrigin(e.origin) ? e.origin : { page, load: 'earlier', visit: null },
      queuedAt: typeof e.queuedAt === 'number' ? e.queuedAt : 0,
    }));
  }

  get size(): number {
    return this.entries.length;
  }

  list(): readonly OutboxEntry[] {
    return this.entries;
  }

  head(): OutboxEntry | undefined {
    return this.entries[0];
  }

  /** Store a command durably; throws (a programming error) for one that must not be stored. */
  add(entry: OutboxEntry): void {
    const why = unqueueable(entry.command);
    if (why) throw new Error(`cannot queue: ${why}`);
    this.entries.push(entry);
    this.store.save(this.entries);
  }

  /** The hub has answered this command: drop it, and queue what must follow (a report), in one write. */
  settle(id: string, follow?: OutboxEntry): void {
    this.entries = this.entries.filter((e) => e.command.id !== id);
    if (follow) this.entries.push(follow);
    this.store.save(this.entries);
  }
}

/** True while the command's originator is still there: same page load, same visit. */
export function isLive(origin: Origin, current: { load: string; visit: string | null }): boolean {
  return origin.load === current.load && origin.visit === current.visit;
}

/** The args of a refused command as the desk may see them: without PIN, PIN hash or password. */
export function reportableArgs(args: unknown): Record<string, unknown> {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (!v || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !REPORT_DROPPED_KEYS.has(k))
        .map(([k, x]) => [k, strip(x)]),
    );
  };
  return strip(args) as Record<string, unknown>;
}

/** The report a refused replay becomes: queued in its place, so it reaches the hub even across reloads. */
export function refusalReport(entry: OutboxEntry, error: AppError, id: string): Command<'station.reportRefused'> {
  const args: CommandArgs<'station.reportRefused'> = {
    commandId: entry.command.id,
    command: entry.command.name,
    queuedAt: entry.queuedAt,
    visit: entry.origin.visit,
    error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
    args: reportableArgs(entry.command.args),
  };
  return { id, name: 'station.reportRefused', args };
}
