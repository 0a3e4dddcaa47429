// Crash and hang recovery policy, pure and clock-driven so it can be tested without Electron.
//  - A crashed renderer is reloaded after a short delay.
//  - A renderer that stays unresponsive past a grace period is killed and then handled as a crash.
//  - Too many crashes within a window means reloading is not helping: relaunch the whole app — except on the hub
//    PC, where relaunching would stop the hub: there the window is destroyed and created afresh instead.

export interface RecoveryPolicy {
  /** Delay before reloading a crashed page. */
  reloadDelayMs: number;
  /** How long an unresponsive page may stay unresponsive before it is killed. */
  hangGraceMs: number;
  /** This many crashes within windowMs → escalate. */
  maxCrashes: number;
  windowMs: number;
}

export const DEFAULT_RECOVERY: RecoveryPolicy = {
  reloadDelayMs: 2_000,
  hangGraceMs: 10_000,
  maxCrashes: 3,
  windowMs: 10 * 60_000,
};

export type RecoveryAction =
  | { action: 'reload'; delayMs: number }
  | { action: 'recreate'; delayMs: number }
  | { action: 'relaunch' }
  | { action: 'none' };

/** render-process-gone reasons that are not failures of the page. */
const BENIGN_REASONS = new Set(['clean-exit']);

export class CrashTracker {
  private crashes: number[] = [];

  constructor(
    private readonly policy: RecoveryPolicy = DEFAULT_RECOVERY,
    /** False on the hub PC: the app must keep running for the hub's sake. */
    private readonly canRelaunch = true,
  ) {}

  /** A renderer is gone (render-process-gone) or failed to load; decide what to do. */
  onGone(reason: string, now: number): RecoveryAction {
    if (BENIGN_REASONS.has(reason)) return { action: 'none' };
    this.crashes = this.crashes.filter((t) => now - t < this.policy.windowMs);
    this.crashes.push(now);
    if (this.crashes.length >= this.policy.maxCrashes) {
      this.crashes = [];
      return this.canRelaunch ? { action: 'relaunch' } : { action: 'recreate', delayMs: this.policy.reloadDelayMs };
    }
    return { action: 'reload', delayMs: this.policy.reloadDelayMs };
  }

  get recentCrashes(): number {
    return this.crashes.length;
  }
}

/** Tracks unresponsive / responsive events of one window; tells when the grace period is up. */
export class HangTracker {
  private since: number | null = null;

  constructor(private readonly policy: RecoveryPolicy = DEFAULT_RECOVERY) {}

  onUnresponsive(now: number): { checkAfterMs: number } {
    if (this.since === null) this.since = now;
    return { checkAfterMs: Math.max(0, this.since + this.policy.hangGraceMs - now) };
  }

  onResponsive(): void {
    this.since = null;
  }

  /** Still hung at `now` and past the grace period → the page should be killed. */
  shouldKill(now: number): boolean {
    return this.since !== null && now - this.since >= this.policy.hangGraceMs;
  }
}

/** Milliseconds from `now` until the next local `HH:MM` (always in the future: at 03:30 sharp it is tomorrow's).
 *  Daylight-saving gaps are handled by the Date arithmetic of the local zone. */
export function msUntilNextLocalTime(now: Date, hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`bad time ${hhmm}`);
  const next = new Date(now.getTime());
  next.setHours(Number(m[1]), Number(m[2]), 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

/** The app is "young" if it started less than this long ago: a nightly restart right after a start is skipped so
 *  a clock jump cannot cause a restart loop. */
export const MIN_UPTIME_BEFORE_NIGHTLY_RESTART_MS = 60 * 60_000;

export function nightlyRestartDue(startedAt: number, now: number): boolean {
  return now - startedAt >= MIN_UPTIME_BEFORE_NIGHTLY_RESTART_MS;
}

/** Retry delay for pages that failed to load (e.g. a bundle file missing after a bad update): 2 s doubling to 60 s. */
export function loadRetryDelayMs(attempt: number): number {
  return Math.min(60_000, 2_000 * 2 ** Math.max(0, attempt));
}
