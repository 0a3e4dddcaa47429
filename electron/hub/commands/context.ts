// What a command handler gets: the clock, the records, who is asking, write helpers that log changes, and what
// its command's prepare step computed off the event loop (hashes, credential checks) before the transaction.
import type {
  EntityName,
  Posting,
  PublicPosting,
  RecordMap,
  Site,
  StaffUser,
  StationHealth,
} from '../../../shared/domain/entities';
import type { StaffRole, StationRole } from '../../../shared/domain/enums';
import { appError, type AppError } from '../../../shared/errors';
import type { CommandName, CommandResultOf, ParsedArgs } from '../../../shared/protocol/commands';
import type { RecordChange, Records } from '../store/records';
import type { Viewer } from '../projection';
import type { PostingSearch } from '../search/index';
import type { Credentials, PinCheck, StaffCheck } from '../auth/credentials';

/** The socket's session: who is at the station right now. */
export interface Session extends Viewer {
  stationName: string;
  address: string;
  user: { id: string; role: StaffRole; username: string } | null;
  /** Kiosk: the worker who identified with phone + PIN. */
  workerId: string | null;
}

/**
 * A domain failure: thrown inside a handler, it rolls the transaction back and becomes the reply. `keep` runs after
 * that rollback, in the same commit as the reply: what a refusal must still record (a failed PIN or password).
 */
export class HubError extends Error {
  constructor(
    readonly error: AppError,
    readonly options: { keep?: () => void } = {},
  ) {
    super(error.message.en);
  }
}

/** Effects on connected sockets, run after the transaction commits. */
export interface LiveOps {
  /** Hand the token to the station that is showing this pairing request's code. */
  paired(requestId: string, info: { token: string; stationId: string; role: StationRole; name: string }): void;
  /** Disconnect every socket of a revoked station. */
  revoked(stationId: string): void;
  /** The session's view changed (sign-in / sign-out): send it a fresh snapshot. */
  resnapshot(session: Session): void;
  /** Kiosk: push the identified worker's own data to their socket(s). */
  workerChanged(workerId: string): void;
  /** Tell public stations the head seq, as a write they cannot see would (so a refusal looks like a write). */
  publicPulse(): void;
  health(): StationHealth[];
  /** Remember a sign-in so the same station can resume it after a reconnect; forget a station's on sign-out. */
  rememberSignIn(resume: string, session: Session): void;
  forgetSignIns(stationId: string): void;
  /** A user was deactivated or demoted: sign them out everywhere at once (sessions and resume tokens). */
  endSignIns(userId: string): void;
  heartbeat(session: Session, health: Omit<StationHealth, 'stationId' | 'online' | 'at'>): void;
  /** A page's error boundary caught an error: into the hub's log. */
  pageError(session: Session, report: { message: string; stack: string; where: string }): void;
}

export interface HubServices {
  search: PostingSearch;
  /** Settles, inside the transaction, what a prepare step's credential check found (auth/credentials.ts). */
  credentials: Pick<Credentials, 'settleStaff' | 'settlePin'>;
  publicPosting(p: Posting): PublicPosting;
  /** Called after commit: pairing approvals, revocations and sign-ins touch live sockets. */
  afterCommit(fn: () => void): void;
  live: LiveOps;
  /** Failed PIN / password attempts per target and per source, persistent (auth/attempts.ts). */
  attempts: Credentials['attempts'];
}

/**
 * What a command's prepare step computes before its transaction, on libuv's thread pool: scrypt hashes and
 * credential checks, which would otherwise stall every station's commands for tens of milliseconds each.
 */
export interface PreparedMap {
  /** The credential check, and the replacement of a one-time password hashed (only when it will be needed). */
  'staff.signIn': { check: StaffCheck; newHash: string | null };
  'staff.create': { hash: string };
  'staff.setPassword': { hash: string };
  'worker.register': { hashedPin: string | null };
  'worker.resetPin': { pinHash: string };
  'worker.identify': PinCheck;
}
export type PreparedOf<N extends CommandName> = N extends keyof PreparedMap ? PreparedMap[N] : undefined;

export interface PrepareCtx {
  session: Session;
  credentials: Credentials;
}
export type Preparers = {
  [N in keyof PreparedMap]: (ctx: PrepareCtx, args: ParsedArgs<N>) => Promise<PreparedMap[N]>;
};

export interface HandlerCtx {
  now: number;
  records: Records;
  session: Session;
  services: HubServices;
  site(): Site;
  put<E extends EntityName>(
    entity: E,
    record: Omit<RecordMap[E], 'version' | 'updatedAt'> & { version?: number },
  ): RecordMap[E];
  del(entity: EntityName, id: string): void;
  changes: RecordChange[];
  /** For the audit log: what this command touched, in a few words. */
  summary: string;
}

export type Handler<N extends CommandName> = (
  ctx: HandlerCtx,
  args: ParsedArgs<N>,
  prepared: PreparedOf<N>,
) => CommandResultOf<N>;
export type Handlers = { [N in CommandName]: Handler<N> };

export function mustGet<E extends EntityName>(ctx: HandlerCtx, entity: E, id: string): RecordMap[E] {
  const record = ctx.records.get(entity, id);
  if (!record) throw new HubError(appError('not_found', { field: 'id' }));
  return record;
}

/** Optimistic concurrency: the caller edited version `base`; if the record moved on, show them what it is now. */
export function checkVersion(ctx: HandlerCtx, record: { version: number }, base: number): void {
  if (record.version !== base) {
    throw new HubError(appError('conflict', { current: record }));
  }
}

/** A record with a patch's given fields applied (fields left undefined keep their value). */
export function patched<T extends object>(record: T, patch: { [K in keyof T]?: T[K] | undefined }): T {
  const next = { ...record };
  for (const key of Object.keys(patch) as (keyof T)[])
    if (patch[key] !== undefined) next[key] = patch[key] as T[keyof T];
  return next;
}

export function staffUserOf(ctx: HandlerCtx): StaffUser | undefined {
  return ctx.session.user ? ctx.records.get('staffUser', ctx.session.user.id) : undefined;
}
