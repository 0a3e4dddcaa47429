// The hall's time: its calendar day, "today", the time of day and the end of a date, always in the hall's time
// zone (the site's `timeZone`, Asia/Shanghai unless set) and never in the zone of the machine that runs the code.
// A kiosk or display PC left on UTC, or a hub in a data centre, must still agree with the hall's wall clock.
// Everything goes through Intl.DateTimeFormat with an explicit zone; nothing here reads Date's local getters.
// Dates are ISO calendar days (YYYY-MM-DD); instants are epoch milliseconds (the hub clock).

export const DEFAULT_HALL_TIME_ZONE = 'Asia/Shanghai';

const DAY_MS = 86_400_000;

/** Whether the runtime knows this IANA zone name. */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The hall's zone from the site record (older records, and a station without one yet, have none). */
export function hallZoneOf(site: { timeZone?: string | null } | null | undefined): string {
  const zone = site?.timeZone;
  return zone && isTimeZone(zone) ? zone : DEFAULT_HALL_TIME_ZONE;
}

/** Wall-clock parts of an instant in the hall. `weekday` 0 = Sunday; `minuteOfDay` 0..1439. */
export interface HallClock {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
  minuteOfDay: number;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function hallClock(epochMs: number, zone: string = DEFAULT_HALL_TIME_ZONE): HallClock {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(zone).formatToParts(epochMs)) parts[p.type] = p.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  return {
    year,
    month,
    day,
    weekday: WEEKDAYS[parts.weekday!] ?? 0,
    hour,
    minute,
    second,
    minuteOfDay: hour * 60 + minute,
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}`,
  };
}

/** The hall's calendar day of an instant: "today" when given the hub clock. */
export function hallDate(epochMs: number, zone: string = DEFAULT_HALL_TIME_ZONE): string {
  return hallClock(epochMs, zone).date;
}

/** "2026-11-29 08:05" in the hall. */
export function hallDateTime(epochMs: number, zone: string = DEFAULT_HALL_TIME_ZONE): string {
  const c = hallClock(epochMs, zone);
  return `${c.date} ${c.time}`;
}

/** "08:05" in the hall. */
export function hallTimeOfDay(epochMs: number, zone: string = DEFAULT_HALL_TIME_ZONE): string {
  return hallClock(epochMs, zone).time;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (no 2099-99-99, no Feb 30). */
export function isRealDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const t = new Date(Date.UTC(2000, mo - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function utcDayOf(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m || !isRealDate(iso)) throw new RangeError(`not a calendar date: ${iso}`);
  const t = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
  t.setUTCFullYear(Number(m[1]));
  return t.getTime();
}

/** The calendar day `days` after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
  const d = new Date(utcDayOf(iso) + days * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whole calendar days from `from` to `to` (2026-12-01 → 2026-12-03 is 2). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDayOf(to) - utcDayOf(from)) / DAY_MS);
}

/** How far the hall's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(epochMs: number, zone: string): number {
  const c = hallClock(epochMs, zone);
  const wall = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return wall - (epochMs - (((epochMs % 1000) + 1000) % 1000));
}

/** The instant the hall's wall clock shows `iso` at hh:mm (the earlier one when a clock change repeats it). */
export function hallInstant(iso: string, hour = 0, minute = 0, zone: string = DEFAULT_HALL_TIME_ZONE): number {
  const wall = utcDayOf(iso) + (hour * 60 + minute) * 60_000;
  let guess = wall - offsetAt(wall, zone);
  // A clock change between the guess and the answer: one more step settles it.
  const again = wall - offsetAt(guess, zone);
  if (again !== guess) guess = Math.min(guess, again);
  return guess;
}

/** The instant the hall's day `iso` begins (its midnight). */
export function startOfHallDate(iso: string, zone: string = DEFAULT_HALL_TIME_ZONE): number {
  return hallInstant(iso, 0, 0, zone);
}

/** The last millisecond of the hall's day `iso`: a posting that ends on `iso` runs until then. */
export function endOfHallDate(iso: string, zone: string = DEFAULT_HALL_TIME_ZONE): number {
  return startOfHallDate(addDays(iso, 1), zone) - 1;
}

/** The instant "today" began in the hall. */
export function startOfHallDay(epochMs: number, zone: string = DEFAULT_HALL_TIME_ZONE): number {
  return startOfHallDate(hallDate(epochMs, zone), zone);
}

/** Calendar days from the hall's today to `iso`: 0 today, 1 tomorrow, negative once past. */
export function hallDaysUntil(iso: string, nowMs: number, zone: string = DEFAULT_HALL_TIME_ZONE): number {
  return daysBetween(hallDate(nowMs, zone), iso);
}
