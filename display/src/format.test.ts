// The board's clock, date, "starts today/tomorrow", today's count and dark hours are the hall's (Asia/Shanghai),
// whatever zone the display PC is set to.
import { afterEach, describe, expect, it } from 'vitest';
import { dateLine, hhmm, startsLabel } from './format';
import { todayNumbers } from './board';
import { screenMode } from './schedule';
import { initDisplayI18n } from './i18n';
import { posting } from '../../tests/helpers/display';

const { t } = initDisplayI18n('zh');
// 00:30 on Monday 30 November in the hall: still Sunday the 29th in UTC and in New York.
const NOW = Date.parse('2026-11-30T00:30:00+08:00');
const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(['UTC', 'America/New_York'])('a display PC set to %s', (tz) => {
  it("shows the hall's clock and date", () => {
    process.env.TZ = tz;
    expect(new Date(NOW).getDate()).toBe(29); // the machine's own day really is another one
    expect(hhmm(NOW)).toBe('00:30');
    expect(dateLine(NOW, t)).toBe('11月30日 星期一');
  });

  it("says when work starts by the hall's calendar", () => {
    process.env.TZ = tz;
    expect(startsLabel('2026-11-30', NOW, t)).toBe('今天开工');
    expect(startsLabel('2026-12-01', NOW, t)).toBe('明天开工');
    expect(startsLabel('2026-11-29', NOW, t)).toBe('随时上岗');
    expect(startsLabel('2026-12-05', NOW, t)).toBe('12月5日开工');
  });

  it("counts postings published since the hall's midnight as today's", () => {
    process.env.TZ = tz;
    const numbers = todayNumbers(
      [
        posting({ id: 'a', publishedAt: Date.parse('2026-11-30T00:10:00+08:00') }),
        posting({ id: 'b', publishedAt: Date.parse('2026-11-29T23:50:00+08:00') }),
      ],
      NOW,
    );
    expect(numbers.newToday).toBe(1);
  });

  it("goes dark by the hall's wall clock", () => {
    process.env.TZ = tz;
    const schedule = { darkFrom: '00:00', darkTo: '06:00', dimFrom: null, dimTo: null };
    expect(screenMode(schedule, NOW)).toBe('dark');
    expect(screenMode(schedule, Date.parse('2026-11-30T06:00:00+08:00'))).toBe('on');
  });

  it('uses the zone the site sets', () => {
    process.env.TZ = tz;
    expect(hhmm(NOW, 'Asia/Urumqi')).toBe('22:30');
    expect(startsLabel('2026-11-29', NOW, t, 'Asia/Urumqi')).toBe('今天开工');
  });
});
