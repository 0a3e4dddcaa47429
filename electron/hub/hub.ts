// The hub: one site's database, the command dispatcher, and the live socket sessions it keeps in sync.
// Transport-independent parts live here; sockets.ts wires socket.io to it and http.ts serves the pages.
import type { Database } from 'better-sqlite3';
import type { Logger } from 'pino';
import type { Change, CommandReply, Snapshot } from '../../shared/protocol/events';
import type { EntityMap, EntityName, Posting, Site, StationHealth } from '../../shared/domain/entities';
import type { StationRole } from '../../shared/domain/enums';
import { NOT_SET_UP, SiteSetup } from '../../shared/domain/site';
import type { ParsedArgs } from '../../shared/protocol/commands';
import { settingsFromSetup } from './commands/site';
import { appError, fromZodError, type AppError } from '../../shared/errors';
import { Records } from './store/records';
import { Dispatcher } from './dispatch';
import { publicPosting, projectChange, projectRecord, snapshotEntities, type Viewer } from './projection';
import { createPostingSearch, type PostingSearch } from './search/index';
import { Attempts } from './auth/attempts';
import { checkStaffCredentials } from './auth/credentials';
import { selfView } from './commands/workers';
import { openSql } from '../../shared/rules/posting';
import { noticeLiveSql } from '../../shared/rules/notice';
import { HubError, type LiveOps, type Session } from './commands/context';
import { hashSecret, newId, newPairingCode, newReadablePassword, newToken, tokenHash } from './secrets';

/** A connected station as the hub sees it; the transport fills in `send`. */
export interface Peer {
  session: Session;
  send: {
    changes(changes: Change[], headSeq: number): void;
    snapshot(snapshot: Snapshot): void;
    self(self: ReturnType<typeof selfView>): void;
    health(health: StationHealth): void;
    paired(info: { token: string; stationId: string; role: StationRole; name: string }): void;
    revoked(): void;
  };
  disconnect(): void;
  /** Put the peer in the broadcast group its view belongs to (see Hub.broadcast). */
  setGroup?(group: ViewGroup): void;
}

/** Peers that receive identical broadcasts: signed-in staff, and everyone else (public projection). */
export type ViewGroup = 'staff' | 'public';
export function groupOf(session: Session): ViewGroup {
  return session.role === 'staff' && session.signedIn ? 'staff' : 'public';
}
/** Sends one message to every peer of a group, encoding it once (socket.io rooms). */
export type GroupBroadcaster = (group: ViewGroup, changes: Change[], headSeq: number) => void;

interface PendingCommand {
  session: Session;
  raw: unknown;
  ack: (reply: CommandReply) => void;
}

/** A station this far behind gets a snapshot instead of the changes. */
export const SNAPSHOT_AFTER = 2000;
export const PAIRING_TTL_MS = 10 * 60_000;
/** How long a console's sign-in survives without a sign-out (the console's own idle timeout is shorter). */
export const SIGN_IN_RESUME_MS = 8 * 3600_000;

export interface HubOptions {
  db: Database;
  log: Logger;
  demo?: boolean;
  clock?: () => number;
  /** First-start admin password; generated when absent. */
  adminPassword?: string;
}

export class Hub {
  readonly records: Records;
  readonly search: PostingSearch;
  readonly dispatcher: Dispatcher;
  readonly peers = new Set<Peer>();
  /** Pairing request id → the waiting (unpaired) peer. */
  readonly waiting = new Map<string, Peer>();
  readonly health = new Map<string, StationHealth>();
  readonly clock: () => number;
  /** Set on the first start only: print it once, never store it in clear. */
  initialAdminPassword: string | null = null;
  readonly attempts: Attempts;
  private readonly seqKnown;
  /** Staff sign-ins that a reconnecting console may resume (memory only: a hub restart asks for the password). */
  private readonly signIns = new Map<string, { userId: string; stationId: string; expiresAt: number }>();

  constructor(readonly opts: HubOptions) {
    this.clock = opts.clock ?? (() => Date.now());
    this.search = createPostingSearch(opts.db);
    // Every posting write, whoever makes it (a command, the hub itself, demo seeding), re-indexes it.
    this.records = new Records(opts.db, (entity, id, record) => {
      if (entity !== 'posting') return;
      if (record) this.search.index(record as Posting);
      else this.search.remove(id);
    });
    this.attempts = new Attempts(opts.db);
    this.seqKnown = opts.db.prepare(`SELECT 1 FROM changes WHERE seq = ?`);
    const live: LiveOps = {
      paired: (requestId, info) => {
        const peer = this.waiting.get(requestId);
        this.waiting.delete(requestId);
        peer?.send.paired(info);
      },
      revoked: (stationId) => {
        for (const peer of [...this.peers])
          if (peer.session.stationId === stationId) {
            peer.send.revoked();
            peer.disconnect();
          }
        this.health.delete(stationId);
      },
      resnapshot: (session) => {
        const peer = [...this.peers].find((p) => p.session === session);
        peer?.setGroup?.(groupOf(session));
        peer?.send.snapshot(this.snapshot(session));
      },
      workerChanged: (workerId) => this.pushSelf(workerId),
      publicPulse: () => {
        const head = this.headSeq();
        if (this.groupBroadcaster) this.groupBroadcaster('public', [], head);
        else for (const p of this.peers) if (groupOf(p.session) === 'public') p.send.changes([], head);
      },
      health: () => [...this.health.values()],
      rememberSignIn: (resume, session) => {
        if (session.user)
          this.signIns.set(resume, {
            userId: session.user.id,
            stationId: session.stationId,
            expiresAt: this.clock() + SIGN_IN_RESUME_MS,
          });
      },
      forgetSignIns: (stationId) => {
        for (const [k, v] of this.signIns) if (v.stationId === stationId) this.signIns.delete(k);
      },
      heartbeat: (session, h) => {
        const health: StationHealth = {
          ...this.health.get(session.stationId),
          ...h,
          stationId: session.stationId,
          online: true,
          at: this.clock(),
        };
        this.health.set(session.stationId, health);
        this.broadcastHealth(health);
      },
      pageError: (session, report) =>
        opts.log.error(
          { station: session.stationName, stationId: session.stationId, role: session.role, ...report },
          'page error',
        ),
    };
    this.dispatcher = new Dispatcher(
      opts.db,
      this.records,
      {
        search: this.search,
        live,
        publicPosting,
        attempts: this.attempts,
      },
      this.clock,
    );
    this.ensureSite();
  }

  get db(): Database {
    return this.opts.db;
  }

  site(): Site {
    return this.records.get('site', 'site') as Site;
  }

  headSeq(): number {
    return this.records.headSeq();
  }

  /** Run one command now, in its own transaction (internal callers and tests). */
  command(session: Session, raw: unknown): CommandReply {
    let reply: CommandReply | undefined;
    this.runBatch([{ session, raw, ack: (r) => (reply = r) }]);
    return reply!;
  }

  /**
   * Queue a command from a socket. Commands that arrive in the same turn of the event loop are applied in one
   * SQLite transaction (each inside its own savepoint, so a refused one rolls back alone) and acknowledged only
   * after that transaction has committed with a full fsync: group commit. Every ack still promises durability,
   * but a busy site pays one fsync per batch instead of one per command.
   */
  submit(session: Session, raw: unknown, ack: (reply: CommandReply) => void): void {
    this.pending.push({ session, raw, ack });
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        const batch = this.pending.splice(0);
        this.runBatch(batch);
      });
    }
  }

  private readonly pending: PendingCommand[] = [];
  private flushScheduled = false;

  private runBatch(batch: PendingCommand[]): void {
    const outcomes: { item: PendingCommand; reply: CommandReply; changes: Change[]; effects: (() => void)[] }[] = [];
    const internal: CommandReply = {
      ok: false,
      error: {
        code: 'internal',
        message: {
          zh: '系统出错，请稍后再试或联系工作人员',
          en: 'Something went wrong; please try again or ask staff',
        },
      },
    };
    try {
      this.db.transaction(() => {
        for (const item of batch) {
          try {
            const outcome = this.dispatcher.dispatch(item.session, item.raw);
            outcomes.push({ item, ...outcome });
          } catch (err) {
            // Its savepoint was rolled back; the rest of the batch goes on.
            this.opts.log.error({ err, command: (item.raw as { name?: string })?.name }, 'command failed');
            outcomes.push({ item, reply: internal, changes: [], effects: [] });
          }
        }
      })();
    } catch (err) {
      // The commit itself failed (disk full, I/O error): nothing in the batch happened.
      this.opts.log.error({ err }, 'commit failed');
      for (const item of batch) item.ack(internal);
      return;
    }
    const changes: Change[] = [];
    for (const outcome of outcomes) {
      for (const effect of outcome.effects) {
        try {
          effect();
        } catch (err) {
          this.opts.log.error({ err }, 'after-commit effect failed');
        }
      }
      changes.push(...outcome.changes);
    }
    if (changes.length) this.broadcast(changes);
    for (const outcome of outcomes) outcome.item.ack(outcome.reply);
  }

  /** A write by the hub itself (pairing requests, expiry sweeps, demo seeding), logged and broadcast like any other. */
  writeSystem(
    fn: (w: {
      put<E extends EntityName>(entity: E, record: Omit<EntityMap[E], 'version' | 'updatedAt'>): EntityMap[E];
      del(entity: EntityName, id: string): void;
      now: number;
    }) => void,
  ): void {
    const changes: Change[] = [];
    const now = this.clock();
    this.db.transaction(() => {
      fn({
        now,
        put: (entity, record) => {
          const { record: stored, change } = this.records.put(entity, record, now);
          changes.push(change);
          return stored;
        },
        del: (entity, id) => {
          changes.push(this.records.del(entity, id, now));
        },
      });
    })();
    if (changes.length) this.broadcast(changes);
  }

  // ── Sessions ──────────────────────────────────────────────────────────────────────────────

  /** A staff station reconnecting with its resume token gets its signed-in user back (if still active). */
  resumeSignIn(resume: string, session: Session): void {
    const entry = this.signIns.get(resume);
    if (!entry || entry.stationId !== session.stationId || entry.expiresAt <= this.clock()) return;
    const user = this.records.get('staffUser', entry.userId);
    if (!user?.active) return;
    session.user = { id: user.id, role: user.role, username: user.username };
    session.signedIn = true;
  }

  /** Look up a paired station by its token; null when unknown or revoked. */
  stationForToken(token: string): EntityMap['station'] | null {
    const station = this.records.list('station', 'token_hash = ? AND revoked = 0', tokenHash(token))[0];
    return station ?? null;
  }

  /** A paired peer joins: catch it up from `lastSeq` (or snapshot), then it receives every broadcast. */
  join(peer: Peer, lastSeq: number): void {
    this.catchUp(peer, lastSeq);
    this.peers.add(peer);
    peer.setGroup?.(groupOf(peer.session));
    const health: StationHealth = {
      ...this.health.get(peer.session.stationId),
      stationId: peer.session.stationId,
      online: true,
      at: this.clock(),
    };
    this.health.set(peer.session.stationId, health);
    this.broadcastHealth(health);
  }

  leave(peer: Peer): void {
    this.peers.delete(peer);
    for (const [requestId, waiting] of this.waiting)
      if (waiting === peer) {
        this.waiting.delete(requestId);
        if (this.records.get('pairingRequest', requestId)) this.writeSystem((w) => w.del('pairingRequest', requestId));
      }
    const stillOnline = [...this.peers].some((p) => p.session.stationId === peer.session.stationId);
    if (peer.session.stationId && !stillOnline && this.health.has(peer.session.stationId)) {
      const health = { ...this.health.get(peer.session.stationId)!, online: false, at: this.clock() };
      this.health.set(peer.session.stationId, health);
      this.broadcastHealth(health);
    }
  }

  catchUp(peer: Peer, lastSeq: number): void {
    const head = this.headSeq();
    // A seq the log does not hold (a restored backup, docs/operations.md) means the station saw another history.
    if (lastSeq <= 0 || lastSeq > head || head - lastSeq > SNAPSHOT_AFTER || !this.seqKnown.get(lastSeq)) {
      peer.send.snapshot(this.snapshot(peer.session));
      return;
    }
    const changes = this.records.changesSince(lastSeq, SNAPSHOT_AFTER + 1);
    const projected = changes.map((c) => projectChange(peer.session, c)).filter((c): c is Change => c !== null);
    peer.send.changes(projected, head);
  }

  snapshot(viewer: Viewer): Snapshot {
    const seq = this.headSeq();
    const records: Snapshot['records'] = {};
    const now = this.clock();
    for (const entity of snapshotEntities(viewer)) {
      let list: unknown[];
      if (viewer.role === 'staff' && viewer.signedIn) list = this.records.list(entity);
      else if (entity === 'posting') list = this.records.list('posting', openSql(), now);
      else if (entity === 'notice') list = this.records.list('notice', noticeLiveSql(), now);
      else if (entity === 'station')
        list = viewer.stationId ? this.records.list('station', 'id = ?', viewer.stationId) : [];
      else list = this.records.list(entity);
      (records as Record<string, unknown[]>)[entity] = list
        .map((r) => projectRecord(viewer, entity, r as never))
        .filter((r) => r !== null);
    }
    return { seq, records };
  }

  /** Set by the transport: lets broadcasts go out once per group instead of once per peer. */
  groupBroadcaster: GroupBroadcaster | null = null;

  /** Send committed changes to every paired peer, each through its own projection. */
  broadcast(changes: Change[]): void {
    const head = changes.at(-1)!.seq;
    // Common case: one encoded message per group. A station record goes only to its own station, so a batch
    // holding one is sent peer by peer (in seq order, in one message each, so no station skips a change).
    if (this.groupBroadcaster && !changes.some((c) => c.entity === 'station')) {
      this.groupBroadcaster('staff', changes, head);
      const forPublic = changes
        .map((c) => projectChange({ role: 'kiosk', stationId: '', signedIn: false }, c))
        .filter((c): c is Change => c !== null);
      this.groupBroadcaster('public', forPublic, head);
      return;
    }
    let forPublic: Change[] | null = null;
    let forStaff: Change[] | null = null;
    for (const peer of this.peers) {
      const s = peer.session;
      if (s.role === 'staff' && s.signedIn) {
        forStaff ??= changes;
        peer.send.changes(forStaff, head);
      } else {
        // Project once for all public viewers; a station record goes only to its own station.
        forPublic ??= changes
          .filter((c) => c.entity !== 'station')
          .map((c) => projectChange({ role: 'kiosk', stationId: '', signedIn: false }, c))
          .filter((c): c is Change => c !== null);
        const own = changes
          .filter((c) => c.entity === 'station' && c.id === s.stationId)
          .map((c) => projectChange(s, c))
          .filter((c): c is Change => c !== null);
        peer.send.changes(own.length ? [...forPublic, ...own].sort((a, b) => a.seq - b.seq) : forPublic, head);
      }
    }
  }

  private pushSelf(workerId: string): void {
    const view = selfView(this, workerId);
    for (const peer of this.peers)
      if (peer.session.role === 'kiosk' && peer.session.workerId === workerId) peer.send.self(view);
  }

  private broadcastHealth(health: StationHealth): void {
    for (const peer of this.peers) if (peer.session.role === 'staff' && peer.session.signedIn) peer.send.health(health);
  }

  // ── Pairing ───────────────────────────────────────────────────────────────────────────────

  /** An unpaired station asks to pair: a code to show, or (demo mode, loopback) a token at once. */
  requestPairing(
    peer: Peer,
    role: StationRole | undefined,
    loopback: boolean,
    credentials?: { username: string; password: string; name?: string },
  ):
    | { ok: true; code: string; expiresAt: number }
    | { ok: true; token: string; stationId: string; role: StationRole; name: string }
    | { ok: false; error: AppError } {
    if (credentials) {
      // The same check, limits and counters as staff.signIn (auth/credentials.ts).
      const checked = checkStaffCredentials(
        { records: this.records, attempts: this.attempts, now: this.clock() },
        {
          username: credentials.username,
          password: credentials.password,
          stationId: '',
          address: peer.session.address,
        },
      );
      if (!checked.ok) {
        checked.recordFailure?.();
        return { ok: false, error: checked.error };
      }
      if (!role) return { ok: false, error: appError('invalid_args', { field: 'role' }) };
      return { ok: true, ...this.pairAtOnce(role, credentials.name?.trim().slice(0, 40) || undefined) };
    }
    if (this.opts.demo && loopback && role) return { ok: true, ...this.pairAtOnce(role) };
    for (const [requestId, waiting] of this.waiting)
      if (waiting === peer) {
        const existing = this.records.get('pairingRequest', requestId);
        if (existing && existing.expiresAt > this.clock())
          return { ok: true, code: existing.code, expiresAt: existing.expiresAt };
      }
    let code = newPairingCode();
    while (this.records.list('pairingRequest', 'code = ?', code).length) code = newPairingCode();
    const id = newId();
    let expiresAt = 0;
    this.writeSystem((w) => {
      expiresAt = w.now + PAIRING_TTL_MS;
      w.put('pairingRequest', {
        id,
        code,
        address: peer.session.address,
        requestedRole: role ?? null,
        requestedAt: w.now,
        expiresAt,
      });
    });
    this.waiting.set(id, peer);
    return { ok: true, code, expiresAt };
  }

  /** Demo mode: a page on the hub machine itself is paired with the role it asks for. */
  private pairAtOnce(
    role: StationRole,
    givenName?: string,
  ): { token: string; stationId: string; role: StationRole; name: string } {
    const token = newToken();
    const stationId = newId();
    const count = this.records.list('station', 'role = ?', role).length + 1;
    const name = givenName ?? `${{ kiosk: '演示一体机', display: '演示大屏', staff: '演示服务台' }[role]} ${count}`;
    this.writeSystem((w) => {
      w.put('station', {
        id: stationId,
        name,
        role,
        pairedAt: w.now,
        revoked: false,
        display:
          role === 'display'
            ? {
                layout: 'landscape',
                ledWidth: 384,
                ledHeight: 192,
                ledMode: 'page',
                filters: { jobTypes: [], trades: [], districts: [] },
                schedule: { darkFrom: null, darkTo: null, dimFrom: null, dimTo: null },
              }
            : null,
      });
      this.records.setColumn('station', stationId, 'token_hash', tokenHash(token));
    });
    return { token, stationId, role, name };
  }

  /**
   * Choose the hall's city and settings outside any session (the CLI's --city flags, the demo): the same checks
   * as the console's site.setup. Throws a HubError (zh + en) and changes nothing when the input is refused.
   */
  setUpSite(input: unknown): void {
    const parsed = SiteSetup.safeParse(input);
    if (!parsed.success) throw new HubError(fromZodError(parsed.error));
    const args: ParsedArgs<'site.setup'> = parsed.data;
    const site = this.site();
    const next = settingsFromSetup(site, args);
    // The same flags on every start (a service unit) change nothing the second time.
    const { id: _id, version: _v, updatedAt: _u, ...current } = site;
    if (JSON.stringify(current) === JSON.stringify({ ...current, ...next })) return;
    this.writeSystem((w) => {
      w.put('site', { ...site, ...next });
      if (site.city?.code !== next.city?.code)
        for (const p of this.records.list('posting')) this.search.index(p as Posting);
    });
  }

  /** Move published postings past their expiry to `expired`, and drop stale pairing requests. */
  sweep(): void {
    const now = this.clock();
    this.attempts.sweep(now);
    const expired = this.records.list(
      'posting',
      `status = 'published' AND expires_at IS NOT NULL AND expires_at <= ?`,
      now,
    ) as Posting[];
    const stale = this.records.list('pairingRequest', 'expires_at <= ?', now);
    if (!expired.length && !stale.length) return;
    this.writeSystem((w) => {
      for (const p of expired) w.put('posting', { ...p, status: 'expired' });
      for (const r of stale) {
        w.del('pairingRequest', r.id);
        this.waiting.delete(r.id);
      }
    });
  }

  private ensureSite(): void {
    // A new hub is not set up: no city until an admin (console) or the operator (--city) chooses one.
    if (!this.site()) this.writeSystem((w) => w.put('site', { id: 'site', ...NOT_SET_UP }));
    const hasStaff = (this.db.prepare('SELECT COUNT(*) n FROM staff_users').get() as { n: number }).n > 0;
    if (!hasStaff) {
      const password = this.opts.adminPassword ?? newReadablePassword();
      const id = newId();
      this.writeSystem((w) => {
        w.put('staffUser', { id, username: 'admin', displayName: '管理员', role: 'admin', active: true });
        this.records.setColumn('staffUser', id, 'password_hash', hashSecret(password));
        // A generated password is printed on a screen: its first sign-in must replace it (an operator's own,
        // given by GIGHALL_ADMIN_PASSWORD, is theirs already).
        if (!this.opts.adminPassword) this.records.setColumn('staffUser', id, 'must_change_password', 1);
      });
      this.initialAdminPassword = password;
    }
  }
}
