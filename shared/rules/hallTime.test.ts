// The hall's day and time of day come from the hall's zone, never the machine's: the same answers with the process
// in UTC, in New York and in Shanghai. Also real calendar dates and date arithmetic, and a zone with daylight
// saving for a hall that sets one.
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  endOfHallDate,
  hallClock,
  hallDate,
  hallDateTime,
  hallDaysUntil,
  hallZoneOf,
  isRealDate,
  isTimeZone,
  startOfHallDate,
  startOfHallDay,
} from './hallTime';

// 2026-11-29 23:30 in UTC is already 2026-11-30 07:30 in Shanghai, and still 18:30 on the 29th in New York.
const LATE_UTC = Date.parse('2026-11-29T23:30:00Z');
// 2026-11-30 00:30 in Shanghai is 2026-11-29 16:30 UTC and 11:30 in New York.
const AFTER_MIDNIGHT_HALL = Date.parse('2026-11-30T00:30:00+08:00');

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(['UTC', 'America/New_York', 'Asia/Shanghai'])('with the machine in %s', (tz) => {
  it("gives Shanghai's day and time, not the machine's", () => {
    process.env.TZ = tz;
    // The machine's own view really differs (so this test could fail if the rule read it).
    if (tz === 'America/New_York') expect(new Date(AFTER_MIDNIGHT_HALL).getDate()).toBe(29);
    if (tz === 'UTC') expect(new Date(LATE_UTC).getDate()).toBe(29);
    expect(hallDate(LATE_UTC)).toBe('2026-11-30');
    expect(hallDate(AFTER_MIDNIGHT_HALL)).toBe('2026-11-30');
    expect(hallDateTime(AFTER_MIDNIGHT_HALL)).toBe('2026-11-30 00:30');
    expect(hallClock(AFTER_MIDNIGHT_HALL)).toMatchObject({ hour: 0, minute: 30, minuteOfDay: 30, weekday: 1 });
    expect(startOfHallDay(AFTER_MIDNIGHT_HALL)).toBe(Date.parse('2026-11-30T00:00:00+08:00'));
    expect(endOfHallDate('2026-12-01')).toBe(Date.parse('2026-12-01T23:59:59.999+08:00'));
    expect(hallDaysUntil('2026-12-01', AFTER_MIDNIGHT_HALL)).toBe(1);
  });
});

describe('a hall in a zone with daylight saving', () => {
  const ny = 'America/New_York';
  it('finds midnight and the end of the day either side of the clock change', () => {
    // US clocks go forward on 2026-03-08 and back on 2026-11-01.
    expect(startOfHallDate('2026-03-08', ny)).toBe(Date.parse('2026-03-08T00:00:00-05:00'));
    expect(endOfHallDate('2026-03-08', ny)).toBe(Date.parse('2026-03-08T23:59:59.999-04:00'));
    expect(startOfHallDate('2026-11-01', ny)).toBe(Date.parse('2026-11-01T00:00:00-04:00'));
    expect(endOfHallDate('2026-11-01', ny)).toBe(Date.parse('2026-11-01T23:59:59.999-05:00'));
    expect(hallDate(Date.parse('2026-07-01T03:00:00Z'), ny)).toBe('2026-06-30');
  });
});

describe('calendar dates', () => {
  it.each(['2026-12-01', '2028-02-29', '2000-02-29', '1999-12-31'])('accepts the real date %s', (d) => {
    expect(isRealDate(d)).toBe(true);
  });

  it.each([
    '2099-99-99',
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-12-00',
    '2026-1-1',
  ])('refuses %s', (d) => {
    expect(isRealDate(d)).toBe(false);
  });

  it('adds days across months, years and leap days, and counts days between', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-29', '2026-12-01')).toBe(2);
    expect(daysBetween('2026-12-01', '2026-11-29')).toBe(-2);
  });
});

describe('the site setting', () => {
  it('knows real zone names and defaults to Shanghai', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Asia/Urumqi')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(hallZoneOf(undefined)).toBe('Asia/Shanghai');
    expect(hallZoneOf({})).toBe('Asia/Shanghai');
    expect(hallZoneOf({ timeZone: 'Asia/Urumqi' })).toBe('Asia/Urumqi');
    expect(hallZoneOf({ timeZone: 'nowhere' })).toBe('Asia/Shanghai');
  });
});
