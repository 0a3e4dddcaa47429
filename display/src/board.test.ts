import { describe, expect, it } from 'vitest';
import { configOf, emergencyNotice, selectPostings, tickerNotices, todayNumbers } from './board';
import { screenMode, inWindow } from './schedule';
import { NOW, notice, posting, station } from '../../tests/helpers/display';

const ALL = { jobTypes: [], trades: [], districts: [] };

describe('what the board shows', () => {
  it('keeps published, unexpired postings, newest first', () => {
    const list = selectPostings(
      [
        posting({ id: 'old', publishedAt: NOW - 3_600_000 }),
        posting({ id: 'new', publishedAt: NOW - 60_000 }),
        posting({ id: 'expired', expiresAt: NOW - 1 }),
        posting({ id: 'closed', status: 'closed' }),
      ],
      ALL,
      NOW,
    );
    expect(list.map((p) => p.id)).toEqual(['new', 'old']);
  });

  it('drops a posting the moment it expires by the given clock (the hub may be gone)', () => {
    const p = posting({ expiresAt: NOW + 1000 });
    expect(selectPostings([p], ALL, NOW)).toHaveLength(1);
    expect(selectPostings([p], ALL, NOW + 1000)).toHaveLength(0);
  });

  it('applies per-station filters; an empty list means all', () => {
    const list = [
      posting({ id: 'a', jobType: 'hourly', trade: 'mover', district: '130105' }),
      posting({ id: 'b', jobType: 'long_term', trade: 'security', district: '130102' }),
      posting({ id: 'c', jobType: 'temporary', trade: 'cleaner', district: '130102' }),
    ];
    const ids = (filters: typeof ALL | Record<string, string[]>) =>
      selectPostings(list, { ...ALL, ...filters } as typeof ALL, NOW)
        .map((p) => p.id)
        .sort();
    expect(ids({ jobTypes: ['hourly', 'daily', 'temporary'] })).toEqual(['a', 'c']);
    expect(ids({ districts: ['130102'] })).toEqual(['b', 'c']);
    expect(ids({ trades: ['security'], districts: ['130102'] })).toEqual(['b']);
    expect(ids({})).toEqual(['a', 'b', 'c']);
  });

  it("counts today's new postings and people still needed", () => {
    const numbers = todayNumbers(
      [
        posting({ headcount: 5, filledCount: 2, publishedAt: NOW - 60_000 }),
        posting({ headcount: 2, filledCount: 2, publishedAt: NOW - 3 * 86_400_000 }),
      ],
      NOW,
    );
    expect(numbers).toEqual({ newToday: 1, needed: 3 });
  });

  it('an emergency notice takes over until it is cleared or expires; normal ones go to the ticker', () => {
    const emergency = notice({ id: 'e', kind: 'emergency', text: '暴雨预警' });
    const normal = notice({ id: 'n' });
    expect(emergencyNotice([normal, emergency], NOW)?.id).toBe('e');
    expect(emergencyNotice([{ ...emergency, cleared: true }], NOW)).toBeNull();
    expect(emergencyNotice([emergency], emergency.expiresAt)).toBeNull();
    expect(tickerNotices([normal, emergency], NOW).map((n) => n.id)).toEqual(['n']);
  });

  it('fills in defaults for a station without a display config', () => {
    expect(configOf(undefined).layout).toBe('landscape');
    expect(configOf({ ...station(), display: null }).filters.jobTypes).toEqual([]);
    expect(configOf(station({ layout: 'led', ledMode: 'ticker' }))).toMatchObject({
      layout: 'led',
      ledMode: 'ticker',
      ledWidth: 384,
    });
  });
});

describe('dark and dim hours', () => {
  // Hall wall-clock times (Asia/Shanghai), whatever zone the machine running the test is in.
  const at = (hhmm: string) => new Date(`2026-11-29T${hhmm}:00+08:00`).getTime();
  it('wraps midnight when the window starts after it ends (the LED wall off 22:00–06:00)', () => {
    const schedule = { darkFrom: '22:00', darkTo: '06:00', dimFrom: '18:00', dimTo: '22:00' };
    expect(screenMode(schedule, at('23:30'))).toBe('dark');
    expect(screenMode(schedule, at('05:59'))).toBe('dark');
    expect(screenMode(schedule, at('06:00'))).toBe('on');
    expect(screenMode(schedule, at('19:00'))).toBe('dim');
    expect(screenMode({ darkFrom: null, darkTo: null, dimFrom: null, dimTo: null }, at('23:30'))).toBe('on');
    expect(inWindow('08:00', '08:00', 480)).toBe(false);
  });
});
