// Commands in, changes out (DESIGN.md "Data and sync"). Two halves, so the pipeline can put its prepare step
// between them:
//  - check(): what needs no state — the envelope, the command name, the args against the shared schema;
//  - apply(): inside the batch transaction — who is asking *now* (the user's current role and active flag, read
//    from the record on every command), the role rules, the replay of a stored reply (only to the station that
//    sent the command), then the handler in its own savepoint, which also records the command id, the changes and
//    the audit entry (its arguments masked, with a ref to the record touched: privacy/redact.ts). A refusal rolls
//    the savepoint back but may keep a record of itself (HubError's `keep`: a failed PIN or password is counted).
//    Live effects are handed back to run after commit.
import type { Database, Statement } from 'better-sqlite3';
import { COMMANDS, isCommandName, type CommandName } from '../../shared/protocol/commands';
import type { CommandReply } from '../../shared/protocol/events';
import { appError, fromZodError } from '../../shared/errors';
import type { Site } from '../../shared/domain/entities';
import { HANDLERS } from './commands/index';
import { HubError, type HandlerCtx, type HubServices, type Session } from './commands/context';
import type { RecordChange, Records } from './store/records';
import { auditRef, redactArgs } from './privacy/redact';

export interface DispatchOutcome {
  reply: CommandReply;
  changes: RecordChange[];
  effects: (() => void)[];
}

/** A command whose envelope and args passed; not yet authorised, not yet applied. */
export interface CheckedCommand {
  id: string;
  name: CommandName;
  args: unknown;
  /** Recorded for idempotency (false for heartbeats, queries and sign-in). */
  logged: boolean;
}

const ID_RE = /^[A-Za-z0-9_-]{8,64}$/;

const ID_TAKEN = appError('invalid_args', { key: 'commandIdTaken', field: 'id' });

export class Dispatcher {
  private readonly findCommand: Statement;
  private readonly saveCommand: Statement;
  private readonly saveAudit: Statement;
  /** Runs a function in a savepoint of the batch transaction (better-sqlite3 nests transactions as savepoints). */
  private readonly inSavepoint: <T>(fn: () => T) => T;
  private readonly services: HubServices;
  private handlerEffects: (() => void)[] = [];

  constructor(
    db: Database,
    private readonly records: Records,
    services: Omit<HubServices, 'afterCommit'>,
    private readonly clock: () => number,
  ) {
    this.services = { ...services, afterCommit: (fn) => this.handlerEffects.push(fn) };
    const savepoint = db.transaction((fn: () => unknown) => fn());
    this.inSavepoint = <T>(fn: () => T) => savepoint(fn) as T;
    this.findCommand = db.prepare(`SELECT reply, station_id AS stationId FROM commands WHERE id = ?`);
    this.saveCommand = db.prepare(`INSERT INTO commands (id, name, station_id, reply, at) VALUES (?, ?, ?, ?, ?)`);
    this.saveAudit = db.prepare(
      `INSERT INTO audit (at, user_id, station_id, command, summary, args, ref) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  check(raw: unknown): { ok: true; command: CheckedCommand } | { ok: false; reply: CommandReply } {
    const refuse = (reply: CommandReply) => ({ ok: false as const, reply });
    if (!raw || typeof raw !== 'object') return refuse({ ok: false, error: appError('invalid_args') });
    const { id, name, args } = raw as { id?: unknown; name?: unknown; args?: unknown };
    if (typeof id !== 'string' || !ID_RE.test(id))
      return refuse({ ok: false, error: appError('invalid_args', { field: 'id' }) });
    if (!isCommandName(name)) return refuse({ ok: false, error: appError('unknown_command') });
    const spec = COMMANDS[name];
    const parsed = spec.args.safeParse(args ?? {});
    if (!parsed.success) return refuse({ ok: false, error: fromZodError(parsed.error) });
    return { ok: true, command: { id, name, args: parsed.data, logged: !('log' in spec) || spec.log !== false } };
  }

  /** The role rules for this session as it stands (used to decide whether a prepare step is worth running). */
  refusal(session: Session, name: CommandName): CommandReply | null {
    const spec = COMMANDS[name];
    if (!(spec.roles as readonly string[]).includes(session.role)) return { ok: false, error: appError('forbidden') };
    if ('signedIn' in spec && spec.signedIn && !session.user) return { ok: false, error: appError('not_signed_in') };
    if ('admin' in spec && spec.admin && session.user?.role !== 'admin')
      return { ok: false, error: appError('forbidden') };
    return null;
  }

  /** The stored reply of a command already applied, if this station sent it; another station's id is refused. */
  replay(session: Session, command: CheckedCommand): CommandReply | null {
    if (!command.logged) return null;
    const seen = this.findCommand.get(command.id) as { reply: string; stationId: string | null } | undefined;
    if (!seen) return null;
    if (seen.stationId !== session.stationId) return { ok: false, error: ID_TAKEN };
    return JSON.parse(seen.reply) as CommandReply;
  }

  /** Apply one checked command. Call inside the batch transaction: it runs in its own savepoint. */
  apply(session: Session, command: CheckedCommand, prepared: unknown): DispatchOutcome {
    // Effects of the session check stand whatever the command does; the handler's only if it commits.
    const effects: (() => void)[] = [];
    const none = (reply: CommandReply): DispatchOutcome => ({ reply, changes: [], effects });
    this.refresh(session, effects);
    const refused = this.refusal(session, command.name);
    if (refused) return none(refused);
    const replayed = this.replay(session, command);
    if (replayed) return none(replayed);

    const { id, name, logged } = command;
    const now = this.clock();
    const handlerEffects: (() => void)[] = [];
    this.handlerEffects = handlerEffects;
    const ctx: HandlerCtx = {
      now,
      records: this.records,
      session,
      services: this.services,
      site: () => this.records.get('site', 'site') as Site,
      changes: [],
      summary: '',
      put: (entity, record) => {
        const { record: stored, change } = this.records.put(entity, record, now);
        ctx.changes.push(change);
        return stored;
      },
      del: (entity, rid) => {
        ctx.changes.push(this.records.del(entity, rid, now));
      },
    };
    const handler = HANDLERS[name] as (c: HandlerCtx, a: unknown, p: unknown) => unknown;
    try {
      const reply = this.inSavepoint((): CommandReply => {
        const result = handler(ctx, command.args, prepared);
        const seq = ctx.changes.at(-1)?.seq;
        // Only staff learn the seq of their own write: a kiosk must not tell a write from a refusal that looks
        // like one (a registration for a known phone, docs/security.md).
        const ok: CommandReply = {
          ok: true,
          result: result as never,
          ...(seq && session.role === 'staff' ? { seq } : {}),
        };
        if (logged) {
          this.saveCommand.run(id, name, session.stationId, JSON.stringify(ok), now);
          if (session.user)
            this.saveAudit.run(
              now,
              session.user.id,
              session.stationId,
              name,
              ctx.summary,
              // An agreement's fields are its parties' identity: the audit keeps which placement, nothing more.
              redactArgs(
                name === 'agreement.create'
                  ? { applicationId: (command.args as { applicationId: string }).applicationId }
                  : command.args,
              ),
              auditRef(command.args, result),
            );
        }
        return ok;
      });
      return { reply, changes: ctx.changes, effects: [...effects, ...handlerEffects] };
    } catch (err) {
      // The savepoint was rolled back: effects queued by the handler must not run.
      if (err instanceof HubError) {
        // What the refusal must still record (a failed PIN or password), in the batch's commit, in a savepoint of
        // its own so a failure there rolls back alone.
        const keep = err.options.keep;
        if (keep) this.inSavepoint(keep);
        // A refused command is remembered too, so a resend gets the same answer (only when it wrote nothing).
        if (logged && err.error.code !== 'rate_limited')
          this.saveCommand.run(id, name, session.stationId, JSON.stringify({ ok: false, error: err.error }), now);
        return none({ ok: false, error: err.error });
      }
      throw err;
    }
  }

  /**
   * Who is signed in is checked against the user's record on every command, not remembered from sign-in: a
   * deactivated (or deleted) account is signed out here and now, and a demoted one loses its admin role at once.
   */
  private refresh(session: Session, effects: (() => void)[]): void {
    if (!session.user) return;
    const user = this.records.get('staffUser', session.user.id);
    if (user?.active) {
      if (user.role !== session.user.role) session.user = { ...session.user, role: user.role };
      return;
    }
    const userId = session.user.id;
    session.user = null;
    session.signedIn = false;
    // After commit: the same on every other station of this user, and this station's view follows.
    effects.push(() => {
      this.services.live.endSignIns(userId);
      this.services.live.resnapshot(session);
    });
  }
}
