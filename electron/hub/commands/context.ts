// What a command handler gets: the clock, the records, who is asking, and write helpers that log changes.
import type {
  EntityMap,
  EntityName,
  Posting,
  PublicPosting,
  Site,
  StaffUser,
  StationHealth,
} from '../../../shared/domain/entities';
import type { StaffRole, StationRole } from '../../../shared/domain/enums';
import { appError, type AppError } from '../../../shared/errors';
import type { CommandName, CommandResultOf, ParsedArgs } from '../../../shared/protocol/commands';
import type { Change } from '../../../shared/protocol/events';
import type { Records } from '../store/records';
import type { Viewer } from '../projection';
import type { PostingSearch } from '../search/index';
import type { Attempts } from '../auth/attempts';

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
  heartbeat(session: Session, health: Omit<StationHealth, 'stationId' | 'online' | 'at'>): void;
  /** A page's error boundary caught an error: into the hub's log. */
  pageError(session: Session, report: { message: string; stack: string; where: string }): void;
}

export interface HubServices {
  search: PostingSearch;
  publicPosting(p: Posting): PublicPosting;
  /** Called after commit: pairing approvals, revocations and sign-ins touch live sockets. */
  afterCommit(fn: () => void): void;
  live: LiveOps;
  /** Failed PIN / password attempts per target and per source, persistent (auth/attempts.ts). */
  attempts: Attempts;
}

export interface HandlerCtx {
  now: number;
  records: Records;
  session: Session;
  services: HubServices;
  site(): Site;
  put<E extends EntityName>(
    entity: E,
    record: Omit<EntityMap[E], 'version' | 'updatedAt'> & { version?: number },
  ): EntityMap[E];
  del(entity: EntityName, id: string): void;
  changes: Change[];
  /** For the audit log: what this command touched, in a few words. */
  summary: string;
}

export type Handler<N extends CommandName> = (ctx: HandlerCtx, args: ParsedArgs<N>) => CommandResultOf<N>;
export type Handlers = { [N in CommandName]: Handler<N> };

export function mustGet<E extends EntityName>(ctx: HandlerCtx, entity: E, id: string): EntityMap[E] {
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

export function staffUserOf(ctx: HandlerCtx): StaffUser | undefined {
  return ctx.session.user ? ctx.records.get('staffUser', ctx.session.user.id) : undefined;
}
