// The posting rules as predicates: full, listed, open, past expiry, due to expire, the expiry of a date, the status
// after filling, and end ≥ start. (electron/hub/rules-sql.test.ts holds their SQL to the same answers.)
import { describe, expect, it } from 'vitest';
import {
  dateIssues,
  endDatePassed,
  endsBeforeStart,
  expiresAtFor,
  isDueToExpire,
  isFull,
  isListed,
  isOpen,
  isPastExpiry,
  placesLeft,
  postingIssues,
  statusAfterFill,
  type PostingState,
} from './posting';

const NOW = Date.parse('2026-11-29T10:00:00+08:00');
const p = (over: Partial<PostingState> = {}): PostingState => ({
  status: 'published',
  expiresAt: null,
  headcount: 3,
  filledCount: 0,
  ...over,
});

describe('open: published, not full, not past expiry', () => {
  it('is open while published, with places left and before its expiry', () => {
    expect(isOpen(p(), NOW)).toBe(true);
    expect(isOpen(p({ expiresAt: NOW + 1 }), NOW)).toBe(true);
  });

  it('counts the places left, never below zero', () => {
    expect(placesLeft(p({ filledCount: 1 }))).toBe(2);
    expect(placesLeft(p({ filledCount: 5 }))).toBe(0);
  });

  it('is not open once full, even while still published', () => {
    expect(isFull(p({ filledCount: 3 }))).toBe(true);
    expect(isListed(p({ filledCount: 3 }))).toBe(false);
    expect(isOpen(p({ filledCount: 3 }), NOW)).toBe(false);
    expect(isOpen(p({ filledCount: 2 }), NOW)).toBe(true);
  });

  it('is not open at the very millisecond of its expiry, nor after', () => {
    expect(isPastExpiry(p({ expiresAt: NOW }), NOW)).toBe(true);
    expect(isOpen(p({ expiresAt: NOW }), NOW)).toBe(false);
    expect(isOpen(p({ expiresAt: NOW - 1 }), NOW)).toBe(false);
  });

  it.each(['draft', 'filled', 'closed', 'expired'] as const)('is never open as %s', (status) => {
    expect(isOpen(p({ status }), NOW)).toBe(false);
    expect(isListed(p({ status }))).toBe(false);
  });

  it('is due to expire only while published and past its expiry', () => {
    expect(isDueToExpire(p({ expiresAt: NOW }), NOW)).toBe(true);
    expect(isDueToExpire(p({ expiresAt: NOW + 1 }), NOW)).toBe(false);
    expect(isDueToExpire(p({ expiresAt: null }), NOW)).toBe(false);
    expect(isDueToExpire(p({ status: 'closed', expiresAt: NOW - 1 }), NOW)).toBe(false);
  });
});

describe('expiry', () => {
  it('ends at 24:00 hall time of the end date', () => {
    expect(expiresAtFor('2026-12-01', NOW)).toBe(Date.parse('2026-12-01T23:59:59.999+08:00'));
    expect(expiresAtFor('2026-12-01', NOW, 'America/New_York')).toBe(Date.parse('2026-12-01T23:59:59.999-05:00'));
  });

  it('runs 30 days from publishing without an end date', () => {
    expect(expiresAtFor(null, NOW)).toBe(NOW + 30 * 86_400_000);
  });

  it('says an end date is over once its day has ended in the hall', () => {
    expect(endDatePassed('2026-11-29', NOW)).toBe(false);
    expect(endDatePassed('2026-11-28', NOW)).toBe(true);
    expect(endDatePassed('2026-11-29', Date.parse('2026-11-30T00:00:00+08:00'))).toBe(true);
    expect(endDatePassed(null, NOW)).toBe(false);
  });
});

describe('filling', () => {
  it('makes a published posting filled when full, and publishes a filled one again when places open', () => {
    expect(statusAfterFill(p({ filledCount: 3 }))).toBe('filled');
    expect(statusAfterFill(p({ status: 'filled', filledCount: 2 }))).toBe('published');
    expect(statusAfterFill(p({ status: 'filled', filledCount: 3 }))).toBe('filled');
    expect(statusAfterFill(p({ status: 'draft', filledCount: 3 }))).toBe('draft');
    expect(statusAfterFill(p({ status: 'closed', filledCount: 0 }))).toBe('closed');
  });
});

describe('dates and text', () => {
  it('refuses an end before the start, at the end date', () => {
    expect(endsBeforeStart('2026-12-02', '2026-12-01')).toBe(true);
    expect(endsBeforeStart('2026-12-01', '2026-12-01')).toBe(false);
    expect(endsBeforeStart('2026-12-01', null)).toBe(false);
    expect(dateIssues({ startDate: '2026-12-02', endDate: '2026-12-01' })).toEqual([
      { path: ['endDate'], key: 'endBeforeStart' },
    ]);
  });

  it('gathers the date rule and the public-text rule for a whole posting', () => {
    expect(
      postingIssues({
        startDate: '2026-12-02',
        endDate: '2026-12-01',
        title: '电工',
        description: '联系13812345678',
      }).map((i) => i.path.join('.')),
    ).toEqual(['endDate', 'description']);
  });
});
