import { describe, expect, it } from 'vitest';
import {
  CrashTracker,
  DEFAULT_RECOVERY,
  HangTracker,
  loadRetryDelayMs,
  msUntilNextLocalTime,
  nightlyRestartDue,
} from './recovery';

describe('crash policy', () => {
  it('reloads a crashed page within seconds', () => {
    const t = new CrashTracker();
    const a = t.onGone('crashed', 0);
    expect(a).toEqual({ action: 'reload', delayMs: DEFAULT_RECOVERY.reloadDelayMs });
    expect(DEFAULT_RECOVERY.reloadDelayMs).toBeLessThanOrEqual(5_000);
  });
  it('relaunches after repeated crashes within the window', () => {
    const t = new CrashTracker();
    expect(t.onGone('crashed', 0).action).toBe('reload');
    expect(t.onGone('oom', 60_000).action).toBe('reload');
    expect(t.onGone('killed', 120_000)).toEqual({ action: 'relaunch' });
    expect(t.recentCrashes).toBe(0);
  });
  it('forgets crashes older than the window', () => {
    const t = new CrashTracker({ ...DEFAULT_RECOVERY, windowMs: 1_000 });
    t.onGone('crashed', 0);
    t.onGone('crashed', 500);
    expect(t.onGone('crashed', 2_000).action).toBe('reload');
  });
  it('recreates the window instead of relaunching on the hub PC', () => {
    const t = new CrashTracker(DEFAULT_RECOVERY, false);
    t.onGone('crashed', 0);
    t.onGone('crashed', 1);
    expect(t.onGone('crashed', 2)).toEqual({ action: 'recreate', delayMs: DEFAULT_RECOVERY.reloadDelayMs });
  });
  it('ignores a clean exit', () => {
    expect(new CrashTracker().onGone('clean-exit', 0)).toEqual({ action: 'none' });
  });
});

describe('hang policy', () => {
  it('kills a page that stays unresponsive past the grace period', () => {
    const h = new HangTracker();
    expect(h.onUnresponsive(1_000)).toEqual({ checkAfterMs: DEFAULT_RECOVERY.hangGraceMs });
    expect(h.onUnresponsive(4_000)).toEqual({ checkAfterMs: DEFAULT_RECOVERY.hangGraceMs - 3_000 });
    expect(h.shouldKill(5_000)).toBe(false);
    expect(h.shouldKill(1_000 + DEFAULT_RECOVERY.hangGraceMs)).toBe(true);
  });
  it('spares a page that recovers', () => {
    const h = new HangTracker();
    h.onUnresponsive(0);
    h.onResponsive();
    expect(h.shouldKill(60_000)).toBe(false);
  });
});

describe('nightly restart and retries', () => {
  it('finds the next local HH:MM', () => {
    const now = new Date(2025, 5, 1, 22, 0, 0);
    expect(msUntilNextLocalTime(now, '23:30')).toBe(90 * 60_000);
    expect(msUntilNextLocalTime(now, '03:30')).toBe(5.5 * 3_600_000);
    expect(msUntilNextLocalTime(new Date(2025, 5, 1, 3, 30), '03:30')).toBe(24 * 3_600_000);
    expect(() => msUntilNextLocalTime(now, '3:30')).toThrow();
  });
  it('skips a restart right after a start', () => {
    expect(nightlyRestartDue(0, 10 * 60_000)).toBe(false);
    expect(nightlyRestartDue(0, 2 * 3_600_000)).toBe(true);
  });
  it('backs off page-load retries up to a minute', () => {
    expect(loadRetryDelayMs(0)).toBe(2_000);
    expect(loadRetryDelayMs(1)).toBe(4_000);
    expect(loadRetryDelayMs(10)).toBe(60_000);
  });
});
