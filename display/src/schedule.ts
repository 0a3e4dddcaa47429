// Per-station dark and dim hours (the LED wall off 22:00–06:00). Times are local wall-clock times of the hall,
// read from the hub clock; a window whose start is after its end wraps midnight.
import type { DisplayConfig } from '../../shared/domain/schemas';

export type ScreenMode = 'on' | 'dim' | 'dark';

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** Whether `at` (minutes since midnight) falls in [from, to), wrapping midnight when from > to. */
export function inWindow(from: string | null, to: string | null, at: number): boolean {
  if (!from || !to) return false;
  const a = minutes(from);
  const b = minutes(to);
  if (a === b) return false;
  return a < b ? at >= a && at < b : at >= a || at < b;
}

export function screenMode(schedule: DisplayConfig['schedule'], now: number): ScreenMode {
  const d = new Date(now);
  const at = d.getHours() * 60 + d.getMinutes();
  if (inWindow(schedule.darkFrom, schedule.darkTo, at)) return 'dark';
  if (inWindow(schedule.dimFrom, schedule.dimTo, at)) return 'dim';
  return 'on';
}
