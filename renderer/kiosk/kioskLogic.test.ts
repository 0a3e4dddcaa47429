// Pure kiosk logic: field checks (the hub's own schemas), idle timings from the URL, local filtering and matching.
import { describe, expect, it } from 'vitest';
import { checkBirthYear, checkPay, checkPhone, checkPin, checkYears } from './fieldCheck';
import { idleConfigFrom, DEFAULT_IDLE } from './idleConfig';
import { fitsWorker, searchArgs, searchLocal, EMPTY_FILTER } from './postingQuery';
import type { PublicPosting } from '../../shared/domain/entities';

const base: PublicPosting = {
  id: 'a',
  version: 1,
  updatedAt: 1,
  trade: 'electrician',
  title: '小区电路检修电工',
  jobType: 'daily',
  pay: { amount: 260, unit: 'day', settlement: 'daily' },
  district: '130102',
  address: '',
  headcount: 2,
  filledCount: 0,
  startDate: '2026-12-01',
  endDate: null,
  dailyHours: { from: '08:00', to: '17:00' },
  requirements: { certificates: [], minExperienceYears: 0, note: '' },
  benefits: { meals: false, lodging: false, transport: false },
  description: '',
  employerKind: 'enterprise',
  employerName: 'x',
  publishedAt: 1,
  expiresAt: null,
  status: 'published',
};

describe('field checks', () => {
  it('phone: wrong start flagged as typed; complete numbers must pass PHONE_RE', () => {
    expect(checkPhone('2')).toBe('phoneStart');
    expect(checkPhone('12')).toBe('phoneStart');
    expect(checkPhone('139')).toBeNull();
    expect(checkPhone('1391234', true)).toBe('phone');
    expect(checkPhone('13912345678')).toBeNull();
  });
  it('PIN 4–6 digits, years 0–60, pay 1–1,000,000, birth year 1940–2010', () => {
    expect(checkPin('123', true)).toBe('pin');
    expect(checkPin('1234', true)).toBeNull();
    expect(checkPin('1234567', false)).toBe('pin');
    expect(checkYears('61')).toBe('years');
    expect(checkYears('0')).toBeNull();
    expect(checkPay('0')).toBe('pay');
    expect(checkPay('1000001')).toBe('pay');
    expect(checkPay('300')).toBeNull();
    expect(checkBirthYear(1939)).toBe('birthYear');
    expect(checkBirthYear(2010)).toBeNull();
  });
});

describe('idle config', () => {
  it('defaults to 60 s / 15 s and takes ?idle=&warn= in seconds', () => {
    expect(idleConfigFrom('')).toEqual(DEFAULT_IDLE);
    expect(idleConfigFrom('?idle=2&warn=1')).toEqual({ idleMs: 2000, warnMs: 1000 });
    expect(idleConfigFrom('?idle=abc&warn=-3')).toEqual(DEFAULT_IDLE);
  });
});

describe('postings', () => {
  it('search args: a query sorts by relevance, tiles by the chosen order', () => {
    expect(searchArgs({ ...EMPTY_FILTER, q: 'dg' }, 0).sort).toBe('relevance');
    expect(searchArgs({ ...EMPTY_FILTER, trades: ['electrician'] }, 20, 20)).toMatchObject({
      sort: 'nearby',
      offset: 20,
      limit: 20,
      trades: ['electrician'],
    });
  });
  it('local filter drops closed, expired and filled postings and puts the home district first', () => {
    const list = [
      { ...base, id: '1', district: '130104', publishedAt: 5 },
      { ...base, id: '2', publishedAt: 1 },
      { ...base, id: '3', status: 'closed' as const },
      { ...base, id: '4', expiresAt: 10 },
      { ...base, id: '5', filledCount: 2 },
    ];
    const ids = (filter: typeof EMPTY_FILTER) => searchLocal(list, filter, 100, '130102').items.map((p) => p.id);
    expect(ids(EMPTY_FILTER)).toEqual(['2', '1']);
    expect(ids({ ...EMPTY_FILTER, sort: 'newest' })).toEqual(['1', '2']);
  });
  it('matches Chinese, pinyin initials and full pinyin', () => {
    const found = (q: string) => searchLocal([base], { ...EMPTY_FILTER, q }, 100, null).total === 1;
    expect(found('电工')).toBe(true);
    expect(found('dg')).toBe(true);
    expect(found('diangong')).toBe(true);
    expect(found('bj')).toBe(false);
  });
  it('fits a worker by trade, job type, district and day/evening availability', () => {
    const w = {
      trades: ['electrician'],
      jobTypes: ['daily' as const],
      districts: ['130102'],
      availability: ['weekday_evening' as const],
    };
    expect(fitsWorker(base, w)).toBe(false); // 08:00–17:00 is daytime only
    expect(fitsWorker({ ...base, dailyHours: { from: '18:00', to: '22:00' } }, w)).toBe(true);
    expect(fitsWorker({ ...base, dailyHours: null }, w)).toBe(true);
    expect(fitsWorker({ ...base, trade: 'cleaner', dailyHours: null }, w)).toBe(false);
    expect(fitsWorker(base, { trades: [], jobTypes: [], districts: [], availability: [] })).toBe(true);
  });
});
