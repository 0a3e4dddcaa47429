// The hub of one site, composed from parts whose dependencies point one way and are passed in at construction:
//   store (records + their search index) ← command pipeline (check → prepare → group commit → emit)
//   → broadcaster → sessions (behind a transport interface); catch-up reads the store for a joining peer;
//   pairing uses the same credential check as staff sign-in (auth/credentials.ts, with the persistent attempt
//   counters of auth/attempts.ts); presence keeps health and sign-in resumes; retention and the sweeps keep the
//   database bounded.
// No part calls back into the hub: this file only wires them, and gives command handlers the live operations
// (LiveOps) they may trigger after commit. Transports (sockets.ts) and HTTP (http.ts) talk to the hub from outside.
import type { Database } from 'better-sqlite3';
import type { Logger } from 'pino';
import type { CommandReply } from '../../shared/protocol/events';
import type { RecordMap, Site } from '../../shared/domain/entities';
import { NOT_SET_UP, SiteSetup } from '../../shared/domain/site';
import type { ParsedArgs } from '../../shared/protocol/commands';
import { fromZodError } from '../../shared/errors';
import { settingsFromSetup } from './commands/site';
import { Records } from './store/records';
import { createPostingSearch, type PostingSearch } from './search/index';
import { Dispatcher } from './dispatch';
import { CommandPipeline, type SystemWriter } from './pipeline';
import { PREPARERS } from './commands/index';
import { HubError, type LiveOps, type Session } from './commands/context';
import { publicPosting, selfView } from './projection';
import { Attempts } from './auth/attempts';
import { Credentials } from './auth/credentials';
import { SessionRegistry, type GroupSend, type Peer } from './sessions';
import { Broadcaster } from './broadcast';
import { CatchUp, SNAPSHOT_AFTER } from './catchup';
import { HealthBoard, SignInResume } from './presence';
import { Pairing, type PairingLimits } from './pairing';
import { Retention, type RetentionPolicy } from './retention';
import { expirePostings } from './sweeps';
import { hashSecret, newId, newReadablePassword, tokenHash } from './secrets';
import type { PlacementWriter } from './placement/core';
import { purgeExpiredAgreements } from './placement/agreements';

export { SNAPSHOT_AFTER } from './catchup';
export type { Peer, ViewGroup } from './sessions';

export interface HubOptions {
  db: Database;
  log: Logger;
  /** Pair pages on the hub machine's own loopback at once (demo mode, and tests). */
  autoPairLoopback?: boolean;
  clock?: () => number;
  /** First-start admin password; generated when absent. */
  adminPassword?: string;
  /** The transport's one-encode-per-group send, when it has one (socket.io rooms). */
  groups?: GroupSend;
  pairing?: Partial<PairingLimits>;
  retention?: Partial<RetentionPolicy>;
  /** A station further behind than this many changes gets a snapshot. */
  snapshotAfter?: number;
}

/** How often the logs are trimmed (retention.ts); the sweep itself runs more often. */
const TRIM_EVERY_MS = 3600_000;

export class Hub {
  readonly records: Records;
  readonly search: PostingSearch;
  readonly clock: () => number;
  readonly sessions = new SessionRegistry();
  readonly pipeline: CommandPipeline;
  readonly catchUp: CatchUp;
  readonly pairing: Pairing;
  readonly health: HealthBoard;
  readonly retention: Retention;
  /** Failed PIN and password attempts, kept in the database (auth/attempts.ts). */
  readonly attempts: Attempts;
  /** Set on the first start only: print it once, never store it in clear. */
  initialAdminPassword: string | null = null;
  private readonly signIns: SignInResume;
  private readonly broadcaster: Broadcaster;
  private lastTrim = -Infinity;

  constructor(readonly opts: HubOptions) {
    const { db, log } = opts;
    this.clock = opts.clock ?? (() => Date.now());
    this.records = Records.open(db);
    this.search = createPostingSearch(db);
    this.broadcaster = new Broadcaster(this.sessions, opts.groups ?? null);
    this.catchUp = new CatchUp(this.records, this.clock, opts.snapshotAfter ?? SNAPSHOT_AFTER);
    this.health = new HealthBoard(this.sessions, this.broadcaster, this.clock);
    this.signIns = new SignInResume(this.records, this.clock);
    this.retention = new Retention(db, opts.retention);
    this.attempts = new Attempts(db);
    const credentials = new Credentials(this.records, this.attempts, this.clock);
    const emit = (changes: Parameters<Broadcaster['changes']>[0]) => this.broadcaster.changes(changes);

    const live: LiveOps = {
      paired: (requestId, info) => this.pairing.approved(requestId, info),
      revoked: (stationId) => {
        for (const peer of this.sessions.ofStation(stationId)) {
          peer.send.revoked();
          peer.disconnect();
        }
        this.health.forget(stationId);
      },
      resnapshot: (session) => this.resnapshot(session),
      workerChanged: (workerId) => this.broadcaster.self(workerId, selfView(this.records, workerId)),
      publicPulse: () => this.broadcaster.pulse(this.records.headSeq()),
      health: () => this.health.list(),
      rememberSignIn: (resume, session) => this.signIns.remember(resume, session),
      forgetSignIns: (stationId) => this.signIns.forgetStation(stationId),
      endSignIns: (userId) => {
        this.signIns.forgetUser(userId);
        for (const peer of this.sessions.filter((p) => p.session.user?.id === userId)) {
          peer.session.user = null;
          peer.session.signedIn = false;
          this.resnapshot(peer.session);
        }
      },
      heartbeat: (session, h) => this.health.heartbeat(session, h),
      pageError: (session, report) =>
        log.error(
          { station: session.stationName, stationId: session.stationId, role: session.role, ...report },
          'page error',
        ),
    };
    const dispatcher = new Dispatcher(
      db,
      this.records,
      { search: this.search, live, publicPosting, credentials, attempts: this.attempts },
      this.clock,
    );
    this.pipeline = new CommandPipeline({
      db,
      records: this.records,
      dispatcher,
      preparers: PREPARERS,
      credentials,
      clock: this.clock,
      log,
      emit,
    });
    this.pairing = new Pairing({
      records: this.records,
      write: (fn) => this.pipeline.system(fn),
      credentials,
      clock: this.clock,
      autoPairLoopback: !!opts.autoPairLoopback,
      limits: opts.pairing,
    });
    this.ensureSite();
  }

  get db(): Database {
    return this.opts.db;
  }

  /** Connected stations (tests and /health look at them). */
  get peers(): ReadonlySet<Peer> {
    return this.sessions.all();
  }

  site(): Site {
    return this.records.get('site', 'site') as Site;
  }

  headSeq(): number {
    return this.records.headSeq();
  }

  /** Queue a command from a station; `ack` gets the reply once it is durable (pipeline.ts). */
  submit(session: Session, raw: unknown, ack: (reply: CommandReply) => void): void {
    this.pipeline.submit(session, raw, ack);
  }

  /** Run one command through the pipeline and wait for its reply (internal callers and tests). */
  command(session: Session, raw: unknown): Promise<CommandReply> {
    return this.pipeline.command(session, raw);
  }

  /** A write by the hub itself (expiry sweeps, demo seeding), logged and broadcast like any other. */
  writeSystem(fn: (w: SystemWriter) => void): void {
    this.pipeline.system(fn);
  }

  /**
   * A placement write from outside any command (the employer's return receipt on the phone page, demo seeding):
   * one transaction through the pipeline's system writer, logged and broadcast like a command's, with the same
   * after-commit push of the worker's own list to a kiosk they identified on.
   */
  writePlacement(fn: (w: PlacementWriter) => void): void {
    const effects: (() => void)[] = [];
    this.pipeline.system((w) =>
      fn({
        now: w.now,
        records: this.records,
        site: () => this.site(),
        put: (entity, record) => w.put(entity, record as never),
        afterCommit: (effect) => effects.push(effect),
        workerChanged: (workerId) => this.broadcaster.self(workerId, selfView(this.records, workerId)),
      }),
    );
    for (const effect of effects) {
      try {
        effect();
      } catch (err) {
        this.opts.log.error({ err }, 'after-commit effect failed');
      }
    }
  }

  /** Look up a paired station by its token; null when unknown or revoked. */
  stationForToken(token: string): RecordMap['station'] | null {
    return this.records.list('station', 'token_hash = ? AND revoked = 0', tokenHash(token))[0] ?? null;
  }

  /** A staff station reconnecting with its resume token gets its signed-in user back (if still active). */
  resumeSignIn(resume: string, session: Session): void {
    this.signIns.resume(resume, session);
  }

  /** A paired peer joins: catch it up from `lastSeq` (or snapshot), then it receives every broadcast. */
  join(peer: Peer, lastSeq: number): void {
    this.catchUp.catchUp(peer, lastSeq);
    this.sessions.add(peer);
    this.health.online(peer.session.stationId);
  }

  leave(peer: Peer): void {
    this.sessions.remove(peer);
    this.pairing.left(peer);
    if (peer.session.stationId) this.health.left(peer.session.stationId);
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
      // District names in the index come from the site: a new city re-indexes every posting.
      if (site.city?.code !== next.city?.code) this.records.reindexPostings();
    });
  }

  /**
   * Periodic upkeep: expire postings past their end, drop expired pairing codes (and their sockets), forget
   * expired sign-in resumes and fully forgiven attempt counters, purge restricted agreement texts past their
   * retention date (placement/agreements.ts), and — hourly — trim the logs to their retention.
   */
  sweep(): void {
    const now = this.clock();
    this.attempts.sweep(now);
    purgeExpiredAgreements(this.db, now, this.site()?.timeZone);
    expirePostings(this.records, (fn) => this.pipeline.system(fn), now);
    this.pairing.sweep();
    this.signIns.sweep();
    if (now - this.lastTrim >= TRIM_EVERY_MS) {
      this.lastTrim = now;
      this.retention.trim(now);
    }
  }

  private resnapshot(session: Session): void {
    const peer = this.sessions.regroup(session);
    peer?.send.snapshot(this.catchUp.snapshot(session));
  }

  private ensureSite(): void {
    // A new hub is not set up: no city until an admin (console) or the operator (--city) chooses one.
    if (!this.site()) this.writeSystem((w) => w.put('site', { id: 'site', ...NOT_SET_UP }));
    const hasStaff = (this.db.prepare('SELECT COUNT(*) n FROM staff_users').get() as { n: number }).n > 0;
    if (!hasStaff) {
      const password = this.opts.adminPassword ?? newReadablePassword();
      const id = newId();
      // At first start no station is connected yet, so hashing on the event loop holds nobody up.
      const hash = hashSecret(password);
      this.writeSystem((w) => {
        w.put('staffUser', { id, username: 'admin', displayName: '管理员', role: 'admin', active: true });
        this.records.setColumn('staffUser', id, 'password_hash', hash);
        // A generated password is printed on a screen: its first sign-in must replace it (an operator's own,
        // given by GIGHALL_ADMIN_PASSWORD, is theirs already).
        if (!this.opts.adminPassword) this.records.setColumn('staffUser', id, 'must_change_password', 1);
      });
      this.initialAdminPassword = password;
    }
  }
}
