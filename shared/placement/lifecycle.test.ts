// Every transition of the placement lifecycle, allowed and refused: the table is walked in full, so a status
// added without its rules, or a final status that can move, fails here.
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../domain/enums';
import type { Actor, Referral } from '../domain/entities';
import { FINAL_STATUSES, NEXT_STATUSES, nextSteps, transition } from './lifecycle';

const by: Actor = { kind: 'staff', id: 'u1', name: '张敏' };
const slip: Referral = { slipNo: '130111-2026-000001', issuedAt: 1, by, interview: null, receipt: null };
const at = Date.parse('2026-12-01T09:00:00+08:00');

const ALLOWED: [ApplicationStatus, ApplicationStatus][] = [
  ['new', 'contacted'],
  ['new', 'referred'],
  ['new', 'rejected'],
  ['new', 'withdrawn'],
  ['contacted', 'referred'],
  ['contacted', 'rejected'],
  ['contacted', 'withdrawn'],
  ['referred', 'interviewed'],
  ['referred', 'hired'],
  ['referred', 'rejected'],
  ['referred', 'no_show'],
  ['referred', 'withdrawn'],
  ['interviewed', 'hired'],
  ['interviewed', 'rejected'],
  ['interviewed', 'withdrawn'],
];

describe('placement transitions', () => {
  it.each(ALLOWED)('%s → %s is a step with time, who and its own note', (from, to) => {
    const r = transition({ app: { status: from, referral: slip }, to, at, by, note: `${from}→${to}` });
    expect(r).toEqual({ ok: true, status: to, step: { status: to, at, by, note: `${from}→${to}` } });
  });

  const refused = APPLICATION_STATUSES.flatMap((from) =>
    APPLICATION_STATUSES.filter((to) => !ALLOWED.some(([f, t]) => f === from && t === to)).map(
      (to) => [from, to] as [ApplicationStatus, ApplicationStatus],
    ),
  );
  it.each(refused)('%s → %s is refused with a reason', (from, to) => {
    const r = transition({ app: { status: from, referral: slip }, to, at, by });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(['placementStepNotAllowed', 'placementHiredTwice']).toContain(r.issue.key);
  });

  it('refuses hiring twice with its own message', () => {
    const r = transition({ app: { status: 'hired', referral: slip }, to: 'hired', at, by });
    expect(r).toEqual({ ok: false, issue: { path: ['status'], key: 'placementHiredTwice' } });
  });

  it('names both statuses in both languages when a step is not allowed', () => {
    const r = transition({ app: { status: 'no_show', referral: slip }, to: 'hired', at, by });
    expect(r.ok || r.issue.params).toEqual({
      from: { zh: '未到', en: 'Did not show' },
      to: { zh: '已录用', en: 'Hired' },
    });
  });

  it('makes a referral only with its slip', () => {
    expect(transition({ app: { status: 'new', referral: null }, to: 'referred', at, by })).toMatchObject({
      ok: false,
      issue: { key: 'placementNeedsSlip' },
    });
  });

  it('refuses a hire when the posting is full, and allows the last place', () => {
    const app = { status: 'referred' as const, referral: slip };
    expect(transition({ app, to: 'hired', at, by, posting: { headcount: 3, filledCount: 3 } })).toMatchObject({
      ok: false,
      issue: { key: 'placementPostingFull' },
    });
    expect(transition({ app, to: 'hired', at, by, posting: { headcount: 3, filledCount: 2 } }).ok).toBe(true);
  });

  it('never moves a final status, and offers the console only what transition allows (no bare referral)', () => {
    for (const s of FINAL_STATUSES) expect(NEXT_STATUSES[s]).toEqual([]);
    for (const s of APPLICATION_STATUSES)
      for (const to of nextSteps(s))
        expect(transition({ app: { status: s, referral: slip }, to, at, by }).ok).toBe(true);
    expect(nextSteps('new')).not.toContain('referred');
  });
});
