// THE command list: every write and every query a station can send, with its argument schema, its result type
// and the roles allowed to send it. The hub's dispatcher, the socket.io types and the station client are all
// derived from this one object, so adding a command here is the only way to add one anywhere.
import { z } from 'zod';
import {
  ApplicationInput,
  ApplicationUpdate,
  DisplayConfig,
  EmployerInput,
  EmployerPatch,
  NoticeInput,
  PostingFields,
  PostingPatch,
  SiteSetup,
  SiteUpdate,
  StaffUserInput,
  VettingInput,
  WorkerInput,
  WorkerPatch,
  addIssues,
  claim,
  id,
  jobType,
  district,
  trade,
  pin,
  phone,
  stationRole,
} from '../domain/schemas';
import type { Posting, PublicPosting, StaffUser, StationHealth } from '../domain/entities';
import type { WorkerSelf } from './events';
import { ERROR_CODES } from '../errors';
import type { District } from '../domain/districts';
import type { City } from '../domain/site';
import { POSTING_STATUSES, STAFF_ROLES } from '../domain/enums';
import { postingIssues } from '../rules/posting';
import { pinHash } from '../validate/pinHash';

/**
 * Who may send a command.
 * - station roles: 'kiosk' | 'display' | 'staff' (the paired station's role)
 * - `signedIn`: a staff user must be signed in on the socket; `admin`: and be an admin.
 * - `log: false`: volatile (heartbeats, queries): not recorded for idempotency, not in the changes log.
 */
export interface CommandSpec<A extends z.ZodType = z.ZodType, R = unknown> {
  args: A;
  roles: readonly ('kiosk' | 'display' | 'staff')[];
  signedIn?: boolean;
  admin?: boolean;
  log?: boolean;
  /** Phantom: the result type. Never set at runtime. */
  result?: R;
}

function cmd<R>() {
  return <A extends z.ZodType>(spec: Omit<CommandSpec<A, R>, 'result'>): CommandSpec<A, R> => spec;
}

const Empty = z.object({}).strict();
const StaffOnly = ['staff'] as const;
const versioned = { id, baseVersion: z.number().int().min(0) };

export const SearchArgs = z.object({
  q: z.string().trim().max(40).default(''),
  jobTypes: z.array(jobType).max(6).default([]),
  trades: z.array(trade).max(30).default([]),
  districts: z.array(district).max(20).default([]),
  payMin: z.number().min(0).nullable().default(null),
  payMax: z.number().min(0).nullable().default(null),
  /** 'relevance' when q is given, else newest first; 'pay' highest hourly-equivalent first; 'nearby' hall district first. */
  sort: z.enum(['relevance', 'newest', 'pay', 'nearby']).default('relevance'),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(100_000).default(0),
  /** Staff only: include drafts, closed and expired postings. */
  includeAll: z.boolean().default(false),
});
export type SearchArgs = z.input<typeof SearchArgs>;
/** A province and its cities as the city picker lists them; `pinyin` is a search key ("zzs zhengzhoushi"). */
export interface ProvinceCities {
  code: string;
  zh: string;
  cities: { code: string; zh: string; en: string; pinyin: string }[];
}

export interface SearchResult {
  total: number;
  items: (PublicPosting | Posting)[];
}

/** Everything a station sends about a command of its that the hub refused after nobody was there to see it. */
export const RefusedReport = z.object({
  /** The refused command's id and name. */
  commandId: z.string().min(8).max(64),
  command: z.string().min(1).max(40),
  /** When the station queued it (station clock, epoch ms). */
  queuedAt: z.number().int().min(0),
  /** The visit (kiosk visitor, staff sign-in) that queued it. */
  visit: z.string().max(80).nullable(),
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.object({ zh: z.string().max(300), en: z.string().max(300) }),
    field: z.string().max(80).optional(),
  }),
  /** Its arguments without PIN, PIN hash or password: what the desk needs to follow it up. */
  args: z.record(z.string(), z.unknown()).refine((a) => JSON.stringify(a).length <= 4000),
});

/** A kiosk registration: the PIN in clear (the desk, online) or hashed on the kiosk (see validate/pinHash.ts). */
const WorkerRegistration = WorkerInput.extend({ pinHash: pinHash.nullable().default(null) }).refine(
  (w) => !(w.pin && w.pinHash),
  { error: 'pin', path: ['pin'] },
);

export const COMMANDS = {
  // ── Stations and pairing ───────────────────────────────────────────────────────────────────
  'station.approve': cmd<{ stationId: string }>()({
    args: z.object({
      code: z.string().regex(/^\d{6}$/, { error: 'required' }),
      role: stationRole,
      name: z.string().trim().min(1, { error: 'required' }).max(40),
    }),
    roles: StaffOnly,
    signedIn: true,
  }),
  'station.revoke': cmd<null>()({ args: z.object({ stationId: id }), roles: StaffOnly, signedIn: true }),
  'station.rename': cmd<null>()({
    args: z.object({ stationId: id, name: z.string().trim().min(1, { error: 'required' }).max(40) }),
    roles: StaffOnly,
    signedIn: true,
  }),
  'station.configure': cmd<null>()({
    args: z.object({ stationId: id, display: DisplayConfig }),
    roles: StaffOnly,
    signedIn: true,
  }),
  'station.heartbeat': cmd<null>()({
    args: z.object({
      layout: z.string().max(20).optional(),
      postingsShown: z.number().int().min(0).optional(),
      contentVersion: z.number().int().min(0).optional(),
      lastSyncAt: z.number().int().min(0).optional(),
      frameP99Ms: z.number().min(0).max(100_000).optional(),
      screenOn: z.boolean().optional(),
      appVersion: z.string().max(40).optional(),
    }),
    roles: ['kiosk', 'display', 'staff'],
    log: false,
  }),
  'station.health': cmd<StationHealth[]>()({ args: Empty, roles: StaffOnly, signedIn: true, log: false }),
  /** A queued command was refused when nobody was there to see it: kept on the station record for the desk. */
  'station.reportRefused': cmd<null>()({ args: RefusedReport, roles: ['kiosk', 'staff'] }),
  /** The desk has followed up a refused command. */
  'station.resolveRefused': cmd<null>()({
    args: z.object({ stationId: id, commandId: z.string().min(8).max(64) }),
    roles: StaffOnly,
    signedIn: true,
  }),
  /** A page hit an error (its error boundary caught it and recovered): written to the hub's log. */
  'station.reportError': cmd<null>()({
    args: z.object({
      message: z.string().max(500),
      stack: z.string().max(4000).default(''),
      where: z.string().max(2000).default(''),
    }),
    roles: ['kiosk', 'display', 'staff'],
    log: false,
  }),

  // ── Staff accounts ─────────────────────────────────────────────────────────────────────────
  'staff.signIn': cmd<{ user: StaffUser; resume: string }>()({
    args: z.object({
      username: z.string().trim().min(1, { error: 'required' }).max(32),
      password: z.string().min(1, { error: 'required' }).max(128),
      /** Required when the password is a one-time one (first start, reset): it replaces it. */
      newPassword: z.string().min(6, { error: 'password' }).max(128).optional(),
    }),
    roles: StaffOnly,
    log: false,
  }),
  'staff.signOut': cmd<null>()({ args: Empty, roles: StaffOnly, log: false }),
  'staff.create': cmd<{ id: string }>()({ args: StaffUserInput, roles: StaffOnly, signedIn: true, admin: true }),
  'staff.update': cmd<null>()({
    args: z.object({
      id,
      displayName: z.string().trim().min(1).max(20).optional(),
      role: z.enum(STAFF_ROLES).optional(),
      active: z.boolean().optional(),
    }),
    roles: StaffOnly,
    signedIn: true,
    admin: true,
  }),
  'staff.setPassword': cmd<null>()({
    args: z.object({ id, password: z.string().min(6, { error: 'password' }).max(128) }),
    roles: StaffOnly,
    signedIn: true,
  }),
  /** The hall's name, own district, minimum wage and public address; its city stays. */
  'site.update': cmd<null>()({ args: SiteUpdate, roles: StaffOnly, signedIn: true, admin: true }),
  /** Choose the hall's city (first start, or an explicit change) together with the settings above. */
  'site.setup': cmd<null>()({ args: SiteSetup, roles: StaffOnly, signedIn: true, admin: true }),
  /** The country's provinces and their cities, for the console's city picker (the hub holds the division data). */
  'site.cities': cmd<{ provinces: ProvinceCities[] }>()({ args: Empty, roles: StaffOnly, signedIn: true, log: false }),
  /** One city's districts, so the setup step can offer the hall's own district before the city is saved. */
  'site.cityDistricts': cmd<{ city: City; districts: District[] }>()({
    args: z.object({ cityCode: district }),
    roles: StaffOnly,
    signedIn: true,
    log: false,
  }),

  // ── Workers ────────────────────────────────────────────────────────────────────────────────
  'worker.register': cmd<{ workerId: string }>()({ args: WorkerRegistration, roles: ['kiosk', 'staff'] }),
  'worker.update': cmd<null>()({
    args: z.object({ ...versioned, patch: WorkerPatch }),
    roles: StaffOnly,
    signedIn: true,
  }),
  'worker.resetPin': cmd<null>()({ args: z.object({ id, pin }), roles: StaffOnly, signedIn: true }),
  'worker.delete': cmd<null>()({ args: z.object({ id }), roles: StaffOnly, signedIn: true }),
  /** Kiosk: a returning worker identifies; the socket then receives that worker's own record and applications. */
  'worker.identify': cmd<WorkerSelf>()({
    args: z.object({ phone, pin }),
    roles: ['kiosk'],
    log: false,
  }),
  'worker.forget': cmd<null>()({ args: Empty, roles: ['kiosk'], log: false }),
  /** Staff: is this worker's PIN locked (too many wrong tries at kiosks)? `worker.resetPin` unlocks it. */
  'worker.pinStatus': cmd<{ locked: boolean; failures: number; retryAt: number | null }>()({
    args: z.object({ id }),
    roles: StaffOnly,
    signedIn: true,
    log: false,
  }),

  // ── Employers and vetting ──────────────────────────────────────────────────────────────────
  'employer.create': cmd<{ id: string }>()({ args: EmployerInput, roles: StaffOnly, signedIn: true }),
  'employer.update': cmd<null>()({
    args: z.object({ ...versioned, patch: EmployerPatch }),
    roles: StaffOnly,
    signedIn: true,
  }),
  'employer.vet': cmd<{ id: string }>()({ args: VettingInput, roles: StaffOnly, signedIn: true }),
  'employer.block': cmd<null>()({
    args: z.object({ id, reason: z.string().trim().min(1, { error: 'required' }).max(200) }),
    roles: StaffOnly,
    signedIn: true,
  }),
  'employer.unblock': cmd<null>()({
    args: z.object({ id, note: z.string().trim().max(200).default('') }),
    roles: StaffOnly,
    signedIn: true,
  }),

  // ── Postings ───────────────────────────────────────────────────────────────────────────────
  'posting.create': cmd<{ id: string }>()({
    args: PostingFields.extend({ publish: z.boolean().default(false) }).superRefine((p, ctx) =>
      addIssues(ctx, postingIssues(p)),
    ),
    roles: StaffOnly,
    signedIn: true,
  }),
  'posting.update': cmd<null>()({
    args: z.object({ ...versioned, patch: PostingPatch }),
    roles: StaffOnly,
    signedIn: true,
  }),
  'posting.publish': cmd<null>()({ args: z.object({ id }), roles: StaffOnly, signedIn: true }),
  'posting.setStatus': cmd<null>()({
    args: z.object({ id, status: z.enum(POSTING_STATUSES).exclude(['published', 'expired']) }),
    roles: StaffOnly,
    signedIn: true,
  }),
  'posting.setFilled': cmd<null>()({
    args: z.object({ id, filledCount: z.number().int().min(0).max(9999) }),
    roles: StaffOnly,
    signedIn: true,
  }),
  'posting.duplicate': cmd<{ id: string }>()({ args: z.object({ id }), roles: StaffOnly, signedIn: true }),
  'posting.search': cmd<SearchResult>()({ args: SearchArgs, roles: ['kiosk', 'display', 'staff'], log: false }),

  // ── Applications ("I'm interested") ────────────────────────────────────────────────────────
  'application.create': cmd<{ id: string }>()({ args: ApplicationInput, roles: ['kiosk', 'staff'] }),
  'application.update': cmd<null>()({ args: ApplicationUpdate, roles: StaffOnly, signedIn: true }),

  // ── Notices ────────────────────────────────────────────────────────────────────────────────
  'notice.create': cmd<{ id: string }>()({ args: NoticeInput, roles: StaffOnly, signedIn: true }),
  'notice.clear': cmd<null>()({ args: z.object({ id }), roles: StaffOnly, signedIn: true }),

  // ── Reads for staff that are not part of the synced state ──────────────────────────────────
  'audit.list': cmd<{
    items: { id: number; at: number; who: string | null; station: string | null; command: string; summary: string }[];
  }>()({
    args: z.object({
      limit: z.number().int().min(1).max(500).default(100),
      before: z.number().int().optional(),
      q: z.string().max(40).default(''),
    }),
    roles: StaffOnly,
    signedIn: true,
    log: false,
  }),
  'report.counts': cmd<{
    registered: number;
    recommended: number;
    employed: number;
    postingsOpen: number;
    peopleNeeded: number;
    newPostingsToday: number;
  }>()({
    args: z.object({ from: z.number().int().optional(), to: z.number().int().optional() }),
    roles: StaffOnly,
    signedIn: true,
    log: false,
  }),
} as const satisfies Record<string, CommandSpec>;

// Every command's arguments are ours: their wrong-type issues say what a value should be (see schemas.ts).
claim(...Object.values(COMMANDS).map((spec) => spec.args));

export type CommandName = keyof typeof COMMANDS;
export type CommandArgs<N extends CommandName> = z.input<(typeof COMMANDS)[N]['args']>;
export type ParsedArgs<N extends CommandName> = z.output<(typeof COMMANDS)[N]['args']>;
export type CommandResultOf<N extends CommandName> = Exclude<(typeof COMMANDS)[N]['result'], undefined>;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(COMMANDS, name);
}
