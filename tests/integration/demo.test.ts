// The demo hall seeded by `--demo` on a new data dir, through a real hub and a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, station, type TestHub } from '../helpers/hub';
import { JOB_TYPES } from '../../shared/domain/enums';
import { TRADES } from '../../shared/domain/trades';
import { belowMinimumWage, hourlyEquivalent } from '../../shared/domain/pay';
import { checkCreditCode } from '../../shared/validate/creditCode';
import { checkResidentId } from '../../shared/validate/residentId';
import type { Employer, Posting, Worker } from '../../shared/domain/entities';
import { DEMO_PIN, DEMO_WORKER_PHONE } from '../../electron/hub/demo/seed';

describe('demo hall', () => {
  let hub: TestHub;
  let employers: Employer[];
  let postings: Posting[];
  let workers: Worker[];

  beforeAll(async () => {
    hub = await startTestHub({ demo: true });
    employers = hub.hub.records.list('employer');
    postings = hub.hub.records.list('posting');
    workers = hub.hub.records.list('worker');
  });
  afterAll(async () => hub?.destroy());

  it('seeds a believable hall: 40+ employers of both kinds and every vetting state, 150+ postings, 300+ workers', () => {
    expect(employers.length).toBeGreaterThanOrEqual(40);
    expect(employers.filter((e) => e.kind === 'enterprise').length).toBeGreaterThan(20);
    expect(employers.filter((e) => e.kind === 'household').length).toBeGreaterThan(5);
    expect(new Set(employers.map((e) => e.vetting))).toEqual(new Set(['approved', 'pending', 'rejected']));
    expect(employers.filter((e) => e.blocked)).toHaveLength(1);
    expect(postings.length).toBeGreaterThanOrEqual(150);
    expect(workers.length).toBeGreaterThanOrEqual(300);
    expect(hub.hub.records.list('application').length).toBeGreaterThan(0);
    expect(hub.hub.records.list('notice').length).toBeGreaterThan(0);
  });

  it('has every job type and every trade, mostly published, with drafts, filled and closed ones too', () => {
    expect(new Set(postings.map((p) => p.jobType))).toEqual(new Set(JOB_TYPES));
    expect(new Set(postings.map((p) => p.trade))).toEqual(new Set(TRADES.map((t) => t.code)));
    const byStatus = (s: Posting['status']) => postings.filter((p) => p.status === s).length;
    expect(byStatus('published')).toBeGreaterThan(postings.length / 2);
    for (const s of ['draft', 'filled', 'closed'] as const) expect(byStatus(s)).toBeGreaterThan(0);
  });

  it('never pays under 22 yuan an hour', () => {
    for (const p of postings) {
      expect(belowMinimumWage(p.pay, 22), `${p.title} ${JSON.stringify(p.pay)}`).toBe(false);
      const hourly = hourlyEquivalent(p.pay);
      if (hourly !== null) expect(hourly).toBeGreaterThanOrEqual(22);
    }
  });

  it('lists only vetted, unblocked employers, and published postings are live', () => {
    const byId = new Map(employers.map((e) => [e.id, e]));
    const now = hub.hub.clock();
    for (const p of postings.filter((x) => x.status === 'published')) {
      const e = byId.get(p.employerId)!;
      expect(e.vetting).toBe('approved');
      expect(e.blocked).toBe(false);
      expect(p.expiresAt).toBeGreaterThan(now);
    }
    // Some work starts today.
    const today = new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(postings.some((p) => p.status === 'published' && p.startDate === today)).toBe(true);
  });

  it('uses valid credit codes, householder IDs and worker IDs, and unique phones', () => {
    for (const e of employers) {
      if (e.kind === 'enterprise') expect(checkCreditCode(e.creditCode!), e.creditCode!).toEqual({ ok: true });
      else expect(checkResidentId(e.householderId!).ok, e.householderId!).toBe(true);
    }
    for (const w of workers.filter((x) => x.idNumber)) expect(checkResidentId(w.idNumber!).ok, w.idNumber!).toBe(true);
    expect(new Set(workers.map((w) => w.phone)).size).toBe(workers.length);
  });

  it('lets the documented demo worker sign in with the PIN, and search the seeded postings', async () => {
    const kiosk = await station(hub.url, 'kiosk');
    try {
      const reply = await kiosk.send('worker.identify', { phone: DEMO_WORKER_PHONE, pin: DEMO_PIN });
      expect(reply.ok).toBe(true);
      const { total } = await kiosk.ok('posting.search', { q: 'dg' });
      expect(total).toBeGreaterThan(0);
    } finally {
      kiosk.close();
    }
  });

  it('is the same on every run and is not seeded twice on the same data dir', async () => {
    const titles = postings.map((p) => p.title).sort();
    hub = await hub.restart();
    expect(hub.hub.records.list('employer')).toHaveLength(employers.length);
    expect(hub.hub.records.list('posting')).toHaveLength(postings.length);
    expect(hub.hub.records.list('worker')).toHaveLength(workers.length);
    const other = await startTestHub({ demo: true });
    try {
      expect(
        other.hub.records
          .list('posting')
          .map((p) => p.title)
          .sort(),
      ).toEqual(titles);
    } finally {
      await other.destroy();
    }
  });
});
