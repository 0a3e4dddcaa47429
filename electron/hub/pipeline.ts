// The command pipeline: check → prepare → group commit → emit. Each step only hands work forward.
//  - check: envelope and args (dispatch.ts), answered at once when they are wrong;
//  - prepare: what a command must compute before its transaction and what is too slow for the event loop (scrypt
//    hashes, credential checks) runs on libuv's thread pool, so a sign-in never stalls other stations;
//  - group commit: commands that are ready in the same turn of the event loop are applied in one SQLite
//    transaction (each in its own savepoint, so a refused one rolls back alone) and acknowledged only after that
//    transaction has committed with a full fsync. Every ack still promises durability; a busy site pays one fsync
//    per batch instead of one per command. While busy (the last batch had more than one command) the pipeline
//    waits up to 1 ms for as many commands as last time, so stations whose next commands are on their way share
//    the fsync instead of each half paying one; a lone command on a quiet site is committed at once;
//  - emit: after commit, the commands' live effects, then the batch's changes to the broadcaster, then the acks.
// Order per station holds: a station's commands are applied in the order they arrived, a command waiting on its
// prepare step holding back the ones behind it. A resent command id is applied once (dispatch.ts replays the
// stored reply), even when the copies overlap.
import type { Database } from 'better-sqlite3';
import type { Logger } from 'pino';
import { COMMANDS } from '../../shared/protocol/commands';
import type { CommandReply } from '../../shared/protocol/events';
import { appError } from '../../shared/errors';
import type { EntityName, RecordMap } from '../../shared/domain/entities';
import type { CheckedCommand, Dispatcher, DispatchOutcome } from './dispatch';
import type { PrepareCtx, PreparedMap, Preparers, Session } from './commands/context';
import type { RecordChange, Records } from './store/records';

/** Hands committed changes on (the broadcaster); told of every commit, commands' and the hub's own. */
export type Emit = (changes: RecordChange[]) => void;

/** What the hub itself may write outside a command (pairing requests, expiry sweeps, demo data). */
export interface SystemWriter {
  put<E extends EntityName>(entity: E, record: Omit<RecordMap[E], 'version' | 'updatedAt'>): RecordMap[E];
  del(entity: EntityName, id: string): void;
  now: number;
}

export interface PipelineDeps {
  db: Database;
  records: Records;
  dispatcher: Dispatcher;
  preparers: Preparers;
  credentials: PrepareCtx['credentials'];
  clock: () => number;
  log: Logger;
  emit: Emit;
}

interface Item {
  session: Session;
  command: CheckedCommand;
  ack: (reply: CommandReply) => void;
  ready: boolean;
  prepared?: unknown;
  /** The prepare step threw: the command is answered `internal` and changes nothing. */
  failed?: boolean;
}

const INTERNAL: CommandReply = { ok: false, error: appError('internal') };

export class CommandPipeline {
  /** Per session, commands that wait behind one whose prepare step has not finished. */
  private readonly waiting = new Map<Session, Item[]>();
  private pending: Item[] = [];
  private flushScheduled = false;
  /** Running totals (the benchmark reads them): batches committed, commands in them, time inside the commits. */
  readonly stats = { commits: 0, commands: 0, commitMs: 0 };

  constructor(private readonly deps: PipelineDeps) {}

  /** A command from a station; `ack` is called once, after commit for anything applied. */
  submit(session: Session, raw: unknown, ack: (reply: CommandReply) => void): void {
    const checked = this.deps.dispatcher.check(raw);
    // Refused before anything ran: nothing to order it against.
    if (!checked.ok) return ack(checked.reply);
    const item: Item = { session, command: checked.command, ack, ready: true };
    const preparing = this.prepare(session, checked.command);
    if (preparing) {
      item.ready = false;
      preparing
        .then(
          (prepared) => {
            item.prepared = prepared;
          },
          (err: unknown) => {
            this.deps.log.error({ err, command: item.command.name }, 'command prepare failed');
            item.failed = true;
          },
        )
        .finally(() => {
          item.ready = true;
          this.drain(session);
        });
    }
    const queue = this.waiting.get(session);
    if (!queue && item.ready) return this.enqueue(item);
    if (queue) queue.push(item);
    else this.waiting.set(session, [item]);
  }

  /** Run one command through the whole pipeline (internal callers and tests). */
  command(session: Session, raw: unknown): Promise<CommandReply> {
    return new Promise((resolve) => this.submit(session, raw, resolve));
  }

  /** A write by the hub itself, in its own transaction, logged and emitted like any other. */
  system(fn: (w: SystemWriter) => void): void {
    const changes: RecordChange[] = [];
    const now = this.deps.clock();
    const { records } = this.deps;
    this.deps.db.transaction(() => {
      fn({
        now,
        put: (entity, record) => {
          const { record: stored, change } = records.put(entity, record, now);
          changes.push(change);
          return stored;
        },
        del: (entity, id) => {
          changes.push(records.del(entity, id, now));
        },
      });
    })();
    if (changes.length) this.deps.emit(changes);
  }

  private prepare(session: Session, command: CheckedCommand): Promise<unknown> | null {
    const name = command.name as keyof PreparedMap;
    const prepare = this.deps.preparers[name] as ((ctx: PrepareCtx, args: unknown) => Promise<unknown>) | undefined;
    if (!prepare) return null;
    // Nothing to compute for a station that may never send it, or for a resend that will be replayed.
    if (!(COMMANDS[name].roles as readonly string[]).includes(session.role)) return null;
    if (this.deps.dispatcher.replay(session, command)) return null;
    return prepare({ session, credentials: this.deps.credentials }, command.args);
  }

  private drain(session: Session): void {
    const queue = this.waiting.get(session);
    if (!queue) return;
    while (queue.length && queue[0]!.ready) this.enqueue(queue.shift()!);
    if (!queue.length) this.waiting.delete(session);
  }

  private enqueue(item: Item): void {
    this.pending.push(item);
    // Busy (the last batch had company) and fewer ready than last time: give the rest a moment to arrive, so one
    // fsync serves them all. A lone command (a quiet site) is committed at once.
    const gather = this.lastBatch > 1 && this.pending.length < this.lastBatch;
    if (!gather && this.gatherTimer) {
      clearTimeout(this.gatherTimer);
      this.gatherTimer = null;
      this.flushScheduled = false;
    }
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    if (gather) this.gatherTimer = setTimeout(() => this.flush(), 1);
    else setImmediate(() => this.flush());
  }

  private gatherTimer: ReturnType<typeof setTimeout> | null = null;
  private lastBatch = 0;

  private flush(): void {
    if (this.gatherTimer) clearTimeout(this.gatherTimer);
    this.gatherTimer = null;
    this.flushScheduled = false;
    const batch = this.pending;
    if (!batch.length) return;
    this.pending = [];
    this.lastBatch = batch.length;
    this.commit(batch);
  }

  private commit(batch: Item[]): void {
    const { db, dispatcher, log } = this.deps;
    const outcomes: DispatchOutcome[] = [];
    const started = performance.now();
    try {
      db.transaction(() => {
        for (const item of batch) {
          if (item.failed) {
            outcomes.push({ reply: INTERNAL, changes: [], effects: [] });
            continue;
          }
          try {
            outcomes.push(dispatcher.apply(item.session, item.command, item.prepared));
          } catch (err) {
            // Its savepoint was rolled back; the rest of the batch goes on.
            log.error({ err, command: item.command.name }, 'command failed');
            outcomes.push({ reply: INTERNAL, changes: [], effects: [] });
          }
        }
      })();
    } catch (err) {
      // The commit itself failed (disk full, I/O error): nothing in the batch happened.
      log.error({ err }, 'commit failed');
      for (const item of batch) item.ack(INTERNAL);
      return;
    }
    this.stats.commits++;
    this.stats.commands += batch.length;
    this.stats.commitMs += performance.now() - started;
    const changes: RecordChange[] = [];
    for (const outcome of outcomes) {
      for (const effect of outcome.effects) {
        try {
          effect();
        } catch (err) {
          log.error({ err }, 'after-commit effect failed');
        }
      }
      for (const change of outcome.changes) changes.push(change);
    }
    if (changes.length) {
      try {
        this.deps.emit(changes);
      } catch (err) {
        // Committed is committed: stations that missed the broadcast catch up from the log.
        log.error({ err }, 'broadcast failed');
      }
    }
    for (let i = 0; i < batch.length; i++) {
      try {
        batch[i]!.ack(outcomes[i]!.reply);
      } catch (err) {
        log.error({ err }, 'ack failed');
      }
    }
  }
}
