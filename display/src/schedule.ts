// Per-station dark and dim hours (the LED wall off 22:00–06:00). Times are wall-clock times in the hall's time
// zone (shared/rules/hallTime.ts), read from the hub clock, whatever zone the display PC is set to; a window whose
// start is after its end wraps midnight.
import type { DisplayConfig } from '../../shared/domain/schemas';
import { DEFAULT_HALL_TIME_ZONE, hallClock } from '../../shared/rules/hallTime';

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

export function screenMode(
  schedule: DisplayConfig['schedule'],
  now: number,
  zone: string = DEFAULT_HALL_TIME_ZONE,
): ScreenMode {
  const at = hallClock(now, zone).minuteOfDay;
  if (inWindow(schedule.darkFrom, schedule.darkTo, at)) return 'dark';
  if (inWindow(schedule.dimFrom, schedule.dimTo, at)) return 'dim';
  return 'on';
}
