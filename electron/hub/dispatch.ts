// Commands in, changes out (DESIGN.md "Data and sync"): validate the envelope and the args against the shared
// schema, check the caller's role, replay the stored reply for a command id seen before, otherwise apply the
// handler in one transaction that also records the command id, the changes and the audit entry; then commit,
// and only then run live effects and broadcast.
import type { Database } from 'better-sqlite3';
import { COMMANDS, isCommandName } from '../../shared/protocol/commands';
import type { Change, CommandReply } from '../../shared/protocol/events';
import { appError, fromZodError } from '../../shared/errors';
import type { Site } from '../../shared/domain/entities';
import { HANDLERS } from './commands/index';
import { HubError, type HandlerCtx, type HubServices, type Session } from './commands/context';
import type { Records } from './store/records';
import { auditRef, redactArgs } from './privacy/redact';

export interface DispatchOutcome {
  reply: CommandReply;
  changes: Change[];
  effects: (() => void)[];
}

const ID_RE = /^[A-Za-z0-9_-]{8,64}$/;

export class Dispatcher {
  private readonly findCommand;
  private readonly saveCommand;
  private readonly saveAudit;

  constructor(
    private readonly db: Database,
    private readonly records: Records,
    private readonly services: Omit<HubServices, 'afterCommit'>,
    private readonly clock: () => number,
  ) {
    this.findCommand = db.prepare(`SELECT reply FROM commands WHERE id = ?`);
    this.saveCommand = db.prepare(`INSERT INTO commands (id, name, station_id, reply, at) VALUES (?, ?, ?, ?, ?)`);
    this.saveAudit = db.prepare(
      `INSERT INTO audit (at, user_id, station_id, command, summary, args, ref) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  dispatch(session: Session, raw: unknown): DispatchOutcome {
    const none = (reply: CommandReply): DispatchOutcome => ({ reply, changes: [], effects: [] });
    if (!raw || typeof raw !== 'object') return none({ ok: false, error: appError('invalid_args') });
    const { id, name, args } = raw as { id?: unknown; name?: unknown; args?: unknown };
    if (typeof id !== 'string' || !ID_RE.test(id))
      return none({ ok: false, error: appError('invalid_args', { field: 'id' }) });
    if (!isCommandName(name)) return none({ ok: false, error: appError('unknown_command') });
    const spec = COMMANDS[name];
    if (!(spec.roles as readonly string[]).includes(session.role))
      return none({ ok: false, error: appError('forbidden') });
    if ('signedIn' in spec && spec.signedIn && !session.user)
      return none({ ok: false, error: appError('not_signed_in') });
    if ('admin' in spec && spec.admin && session.user?.role !== 'admin')
      return none({ ok: false, error: appError('forbidden') });
    const logged = !('log' in spec) || spec.log !== false;

    if (logged) {
      const seen = this.findCommand.get(id) as { reply: string } | undefined;
      if (seen) return none(JSON.parse(seen.reply) as CommandReply);
    }
    const parsed = spec.args.safeParse(args ?? {});
    if (!parsed.success) return none({ ok: false, error: fromZodError(parsed.error) });

    const effects: (() => void)[] = [];
    const now = this.clock();
    const ctx: HandlerCtx = {
      now,
      records: this.records,
      session,
      services: { ...this.services, afterCommit: (fn) => effects.push(fn) },
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
    const handler = HANDLERS[name] as (c: HandlerCtx, a: unknown) => unknown;
    try {
      const reply = this.db.transaction((): CommandReply => {
        const result = handler(ctx, parsed.data);
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
              redactArgs(parsed.data),
              auditRef(parsed.data, result),
            );
        }
        return ok;
      })();
      return { reply, changes: ctx.changes, effects };
    } catch (err) {
      if (err instanceof HubError) {
        err.options.keep?.();
        // A refused command is remembered too, so a resend gets the same answer (only when it wrote nothing).
        if (logged && err.error.code !== 'rate_limited')
          this.saveCommand.run(id, name, session.stationId, JSON.stringify({ ok: false, error: err.error }), now);
        return none({ ok: false, error: err.error });
      }
      throw err;
    }
  }
}
