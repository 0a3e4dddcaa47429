// Failed PIN and password attempts, counted per target (a worker's phone, a staff user name) and per source (a
// station, a network address), in SQLite so a hub restart hands out no fresh attempts (docs/security.md).
//
// Each kind has a policy: a few failures are free; past that every further failure makes the caller wait longer
// (doubling, capped); one failure is forgiven per quiet period, so an honest station that mistypes recovers on its
// own; a target may lock for good (a worker's PIN) until staff clear it at the desk. A success clears only the
// counter of the account that succeeded, never another's, and never a station's.
import type { Database, Statement } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { appError, say, type AppError, type MessageKey } from '../../../shared/errors';

export type AttemptKind =
  /** A worker's PIN, keyed by a hash of the phone typed (known or not, so a lock does not tell who is registered). */
  | 'pin-target'
  /** Wrong PINs from one kiosk, across all phones: slows a kiosk down, never locks it. */
  | 'pin-station'
  /** A staff user name (known or not). */
  | 'signin-user'
  /** Wrong staff passwords from one paired station. */
  | 'signin-station'
  /** Wrong staff passwords from one network address: survives re-pairing (demo auto-pairing, pairing flows). */
  | 'signin-source'
  /** Kiosk registrations from one station (each counts, whatever the outcome). */
  | 'register-station';

export interface AttemptPolicy {
  /** Failures that cost nothing. */
  free: number;
  /** Wait after the first failure past `free`; doubles with each further one. */
  baseMs: number;
  maxMs: number;
  /** One failure is forgiven per this much time without a new one. */
  forgiveMs: number;
  /** Lock the key for good at this many failures (until `clear`). */
  lockAt?: number;
}

export const POLICIES: Record<AttemptKind, AttemptPolicy> = {
  // Two slips are free, the third and fourth cost 30 s and 60 s, the fifth locks the PIN until the desk resets it.
  'pin-target': { free: 2, baseMs: 30_000, maxMs: 60_000, forgiveMs: 24 * 3600_000, lockAt: 5 },
  // A kiosk where visitors keep mistyping slows down (15 s, 30 s, … at most 5 min), and recovers in minutes.
  'pin-station': { free: 6, baseMs: 15_000, maxMs: 5 * 60_000, forgiveMs: 3 * 60_000 },
  'signin-user': { free: 5, baseMs: 30_000, maxMs: 15 * 60_000, forgiveMs: 10 * 60_000 },
  'signin-station': { free: 8, baseMs: 30_000, maxMs: 15 * 60_000, forgiveMs: 5 * 60_000 },
  'signin-source': { free: 8, baseMs: 30_000, maxMs: 15 * 60_000, forgiveMs: 5 * 60_000 },
  // Registering takes a visitor minutes; a burst of 5 then one per 2 minutes is far above what a kiosk sees.
  'register-station': { free: 5, baseMs: 20_000, maxMs: 5 * 60_000, forgiveMs: 2 * 60_000 },
};

export type AttemptState =
  | { blocked: false; failures: number }
  | { blocked: true; failures: number; locked: true; retryAt: null }
  | { blocked: true; failures: number; locked: false; retryAt: number };

interface Row {
  failures: number;
  last_at: number;
  locked: number;
}

/** A phone number as an attempts key: hashed, so the table never holds a number in clear. */
export function phoneKey(phone: string): string {
  return createHash('sha256').update(`gighall-phone:${phone}`).digest('hex').slice(0, 40);
}

export class Attempts {
  private readonly getRow: Statement;
  private readonly putRow: Statement;
  private readonly delRow: Statement;
  private readonly delStale: Statement;

  constructor(
    db: Database,
    private readonly policies: Record<AttemptKind, AttemptPolicy> = POLICIES,
  ) {
    this.getRow = db.prepare(`SELECT failures, last_at, locked FROM attempts WHERE kind = ? AND key = ?`);
    this.putRow = db.prepare(
      `INSERT INTO attempts (kind, key, failures, last_at, locked) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(kind, key) DO UPDATE SET failures = excluded.failures, last_at = excluded.last_at, locked = excluded.locked`,
    );
    this.delRow = db.prepare(`DELETE FROM attempts WHERE kind = ? AND key = ?`);
    this.delStale = db.prepare(`DELETE FROM attempts WHERE kind = ? AND locked = 0 AND last_at < ?`);
  }

  /** Failures still counted at `now`, after forgiveness (a locked key forgives nothing). */
  private effective(kind: AttemptKind, row: Row | undefined, now: number): number {
    if (!row) return 0;
    if (row.locked) return row.failures;
    const forgiven = Math.floor(Math.max(0, now - row.last_at) / this.policies[kind].forgiveMs);
    return Math.max(0, row.failures - forgiven);
  }

  private waitFor(kind: AttemptKind, failures: number): number {
    const p = this.policies[kind];
    if (failures <= p.free) return 0;
    return Math.min(p.maxMs, p.baseMs * 2 ** (failures - p.free - 1));
  }

  private cap(kind: AttemptKind): number {
    const p = this.policies[kind];
    return Math.max(p.lockAt ?? 0, p.free + Math.ceil(Math.log2(p.maxMs / p.baseMs)) + 1);
  }

  /** May `key` try now? */
  check(kind: AttemptKind, key: string, now: number): AttemptState {
    return this.stateOf(kind, this.getRow.get(kind, key) as Row | undefined, now);
  }

  private stateOf(kind: AttemptKind, row: Row | undefined, now: number): AttemptState {
    const failures = this.effective(kind, row, now);
    if (row?.locked) return { blocked: true, failures, locked: true, retryAt: null };
    const wait = this.waitFor(kind, failures);
    if (row && wait > 0 && now < row.last_at + wait)
      return { blocked: true, failures, locked: false, retryAt: row.last_at + wait };
    return { blocked: false, failures };
  }

  /** The state the next try would meet if a failure were counted now (nothing is written). */
  afterFailure(kind: AttemptKind, key: string, now: number): AttemptState {
    return this.stateOf(kind, this.next(kind, key, now), now);
  }

  /** Count a failure; returns the state the next try will meet. */
  fail(kind: AttemptKind, key: string, now: number): AttemptState {
    const row = this.next(kind, key, now);
    this.putRow.run(kind, key, row.failures, row.last_at, row.locked);
    return this.stateOf(kind, row, now);
  }

  private next(kind: AttemptKind, key: string, now: number): Row {
    const row = this.getRow.get(kind, key) as Row | undefined;
    // Past the cap every wait is already the longest, so counting higher would only delay forgiveness.
    const failures = Math.min(this.effective(kind, row, now) + 1, this.cap(kind));
    const lockAt = this.policies[kind].lockAt;
    const locked = !!row?.locked || (lockAt !== undefined && failures >= lockAt);
    return { failures, last_at: now, locked: locked ? 1 : 0 };
  }

  /** Forget a key: a success of that account, or staff resetting a worker's PIN. */
  clear(kind: AttemptKind, key: string): void {
    this.delRow.run(kind, key);
  }

  /** Drop rows whose failures have all been forgiven (the hub's sweep). */
  sweep(now: number): void {
    // A row holds at most `cap` failures, so after that many quiet periods it is fully forgiven.
    for (const [kind, p] of Object.entries(this.policies) as [AttemptKind, AttemptPolicy][])
      this.delStale.run(kind, now - p.forgiveMs * this.cap(kind));
  }
}

/** "请 3 分钟后再试" — a wait as people say it, rounded up. */
export function waitText(ms: number): { zh: string; en: string } {
  if (ms < 60_000) {
    const s = Math.max(1, Math.ceil(ms / 1000));
    return { zh: `${s} 秒`, en: `${s} second${s === 1 ? '' : 's'}` };
  }
  const m = Math.ceil(ms / 60_000);
  return { zh: `${m} 分钟`, en: `${m} minute${m === 1 ? '' : 's'}` };
}

/** The refusal a blocked state means, in words that say what happened and how long to wait. */
export function refusal(state: AttemptState & { blocked: true }, now: number, what: 'pin' | 'password'): AppError {
  if (state.locked) return appError('locked', { key: 'pinLocked', field: 'pin' });
  return appError('rate_limited', {
    key: 'tooManyTries',
    params: { wait: waitText(state.retryAt - now) },
    field: what,
    retryAt: state.retryAt,
  });
}

/** A wrong PIN or password: say so, and if the next try must wait (or is locked), say that too. */
export function failure(
  wrong: MessageKey,
  next: (AttemptState & { blocked: true }) | null,
  now: number,
  field: 'pin' | 'password',
): AppError {
  if (next?.locked) return refusal(next, now, field);
  if (!next) return appError('bad_credentials', { key: wrong, field });
  return appError('bad_credentials', {
    key: 'wrongThenWait',
    params: { wrong: say(wrong), wait: waitText(next.retryAt - now) },
    field,
    retryAt: next.retryAt,
  });
}

/** The later of several blocked states (the caller must wait for all of them). */
export function worst(...states: AttemptState[]): (AttemptState & { blocked: true }) | null {
  let out: (AttemptState & { blocked: true }) | null = null;
  for (const s of states) {
    if (!s.blocked) continue;
    if (s.locked) return s;
    if (!out || (out.retryAt !== null && s.retryAt > out.retryAt)) out = s;
  }
  return out;
}
