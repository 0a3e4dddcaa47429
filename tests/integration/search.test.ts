// Chinese search answered by a real hub: real SQLite (FTS5 over our own tokens), real socket.io stations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, staffStation, station, type TestHub, type TestStation } from '../helpers/hub';
import { approvedEmployer, postingArgs } from '../helpers/fixtures';
import type { CommandArgs } from '../../shared/protocol/commands';
import type { PublicPosting } from '../../shared/domain/entities';

const START = Date.parse('2026-11-20T02:00:00Z');

describe('posting search', () => {
  let hub: TestHub;
  let staff: TestStation;
  let kiosk: TestStation;
  let now = START;
  const ids: Record<string, string> = {};

  const find = async (args: CommandArgs<'posting.search'>, by: TestStation = kiosk) => {
    const { total, items } = await by.ok('posting.search', args);
    return { total, titles: items.map((p) => p.title), items: items as PublicPosting[] };
  };

  beforeAll(async () => {
    // No expiry sweep during the test: expiry must be honoured by search itself.
    hub = await startTestHub({ autoPairLoopback: true, clock: () => now, sweepSeconds: 3600 });
    staff = await staffStation(hub.url);
    kiosk = await station(hub.url, 'kiosk');
    const employer = await approvedEmployer(staff);
    const create = async (key: string, over: Partial<CommandArgs<'posting.create'>>) => {
      now += 60_000; // each a minute newer than the last
      ids[key] = (
        await staff.ok(
          'posting.create',
          postingArgs(employer, {
            description: '',
            requirements: { certificates: [], minExperienceYears: 0, note: '' },
            ...over,
          }),
        )
      ).id;
    };
    await create('electrician', {
      trade: 'electrician',
      title: '小区电路检修电工',
      jobType: 'daily',
      pay: { amount: 260, unit: 'day', settlement: 'daily' },
      district: '130102',
    });
    await create('renovation', {
      trade: 'renovation',
      title: '装修水电工',
      jobType: 'short_term',
      pay: { amount: 240, unit: 'day', settlement: 'weekly' },
      district: '130104',
    });
    await create('cleaner', {
      trade: 'cleaner',
      title: '开荒保洁',
      jobType: 'hourly',
      pay: { amount: 25, unit: 'hour', settlement: 'daily' },
      district: '130108',
      description: '配合电工清理装修现场',
    });
    await create('carpenter', {
      trade: 'carpenter',
      title: '装修木工师傅',
      jobType: 'daily',
      pay: { amount: 320, unit: 'day', settlement: 'daily' },
      district: '130104',
    });
    await create('security', {
      trade: 'security',
      title: '小区保安',
      jobType: 'long_term',
      pay: { amount: 4200, unit: 'month', settlement: 'monthly' },
      district: '130105',
      endDate: null,
    });
    await create('driver', {
      trade: 'driver',
      title: '商务车司机',
      jobType: 'hourly',
      pay: { amount: 40, unit: 'hour', settlement: 'weekly' },
      district: '130108',
      description: '需C1驾照',
    });
    await create('truck', {
      trade: 'truck_driver',
      title: '4.2米货车司机',
      jobType: 'long_term',
      pay: { amount: 7000, unit: 'month', settlement: 'monthly' },
      district: '130109',
    });
    await create('ac', {
      trade: 'ac_repair',
      title: '家用空调维修师傅',
      jobType: 'seasonal',
      pay: { amount: 350, unit: 'day', settlement: 'daily' },
      district: '130102',
    });
    await create('draft', { trade: 'electrician', title: '电工草稿岗位', publish: false });
    await create('expiring', {
      trade: 'electrician',
      title: '临时电工明天截止',
      startDate: '2026-11-20',
      endDate: '2026-11-21',
    });
  });
  afterAll(async () => {
    staff?.close();
    kiosk?.close();
    await hub?.destroy();
  });

  // For 电工 the newest electrician posting (the one ending tomorrow) comes first.
  it.each([
    ['电工', 'expiring'],
    ['木工', 'carpenter'],
    ['保安', 'security'],
    ['空调维修', 'ac'],
    ['dg', 'expiring'],
    ['kt', 'ac'],
    ['ktwx', 'ac'],
    ['diangong', 'expiring'],
    ['kongtiao', 'ac'],
    ['mg', 'carpenter'],
  ])('finds %s, best match first', async (q, key) => {
    const { items } = await find({ q });
    expect(items[0]?.id).toBe(ids[key]);
  });

  it('finds both kinds of 司机 (a two-character term inside 货车司机)', async () => {
    const { items } = await find({ q: '司机' });
    expect(items.map((p) => p.id).sort()).toEqual([ids.driver, ids.truck].sort());
  });

  it('reads mixed text: pinyin with Chinese, a district with a trade, latin with Chinese', async () => {
    expect((await find({ q: 'kt维修' })).items.map((p) => p.id)).toEqual([ids.ac]);
    expect((await find({ q: '长安 电工' })).items.map((p) => p.id)).toContain(ids.electrician);
    expect((await find({ q: '长安 电工' })).items.map((p) => p.id)).not.toContain(ids.renovation);
    expect((await find({ q: 'C1 司机' })).items.map((p) => p.id)).toEqual([ids.driver]);
    expect((await find({ q: '电工 木工' })).total).toBe(0);
  });

  it('ranks a trade match over a title match over a description mention', async () => {
    const { items, total } = await find({ q: '电工' });
    // Published only: the draft is not there; the one expiring tomorrow is (newest electrician first).
    expect(items.map((p) => p.id)).toEqual([ids.expiring, ids.electrician, ids.renovation, ids.cleaner]);
    expect(total).toBe(4);
  });

  it('filters by job type, trade, district and hourly pay', async () => {
    const ofIds = async (args: CommandArgs<'posting.search'>) => (await find(args)).items.map((p) => p.id).sort();
    expect(await ofIds({ q: '电工', jobTypes: ['daily'] })).toEqual([ids.electrician, ids.expiring].sort());
    expect(await ofIds({ q: '电工', trades: ['renovation'] })).toEqual([ids.renovation]);
    expect(await ofIds({ q: '电工', districts: ['130104', '130108'] })).toEqual([ids.renovation, ids.cleaner].sort());
    // 260/day = 32.5/h, 240/day = 30/h, 25/h: a bound on an indexed step (30) and one between steps (31).
    expect(await ofIds({ q: '电工', payMin: 30 })).toEqual([ids.electrician, ids.renovation, ids.expiring].sort());
    expect(await ofIds({ q: '电工', payMin: 31 })).toEqual([ids.electrician, ids.expiring].sort());
    expect(await ofIds({ q: '电工', payMax: 30 })).toEqual([ids.renovation, ids.cleaner].sort());
    expect(await ofIds({ q: '电工', payMin: 26, payMax: 31 })).toEqual([ids.renovation]);
    // Job types × districts (× minimum pay) use the combined tokens: on a step, between steps, below every step.
    expect(await ofIds({ q: '电工', jobTypes: ['daily', 'short_term'], districts: ['130102', '130104'] })).toEqual(
      [ids.electrician, ids.renovation, ids.expiring].sort(),
    );
    expect(await ofIds({ q: '电工', jobTypes: ['daily', 'short_term'], districts: ['130104', '130108'] })).toEqual([
      ids.renovation,
    ]);
    expect(
      await ofIds({
        q: '电工',
        jobTypes: ['daily', 'short_term', 'hourly'],
        districts: ['130102', '130104', '130108'],
        payMin: 30,
      }),
    ).toEqual([ids.electrician, ids.renovation, ids.expiring].sort());
    expect(
      await ofIds({
        q: '电工',
        jobTypes: ['daily', 'short_term', 'hourly'],
        districts: ['130102', '130104', '130108'],
        payMin: 31,
      }),
    ).toEqual([ids.electrician, ids.expiring].sort());
    expect(
      await ofIds({ q: '电工', jobTypes: ['hourly', 'short_term'], districts: ['130108', '130104'], payMin: 10 }),
    ).toEqual([ids.renovation, ids.cleaner].sort());
    expect(await ofIds({ jobTypes: ['long_term'], districts: ['130105', '130109'], payMin: 40 })).toEqual([ids.truck]);
    // Filters alone, without a query.
    expect(await ofIds({ districts: ['130109'] })).toEqual([ids.truck]);
    expect(await ofIds({ jobTypes: ['seasonal'] })).toEqual([ids.ac]);
  });

  it('sorts by pay, by newest and with the hall district first', async () => {
    // Hourly equivalents: 350/day = 43.75, 7000/month = 40.2, 40/hour; the 320/day carpenter (40) ties with the
    // driver and the newer one comes first.
    expect((await find({ sort: 'pay', limit: 4 })).items.map((p) => p.id)).toEqual([
      ids.ac,
      ids.truck,
      ids.driver,
      ids.carpenter,
    ]);
    expect((await find({ q: '司机', sort: 'pay' })).items.map((p) => p.id)).toEqual([ids.truck, ids.driver]);
    expect((await find({ sort: 'newest', limit: 3 })).items.map((p) => p.id)).toEqual([
      ids.expiring,
      ids.ac,
      ids.truck,
    ]);
    // The hall is in 长安区 (changan): its postings first, newest first; then the rest.
    expect((await find({ sort: 'nearby', limit: 4 })).items.map((p) => p.id)).toEqual([
      ids.expiring,
      ids.ac,
      ids.electrician,
      ids.truck,
    ]);
    expect((await find({ q: '电工', sort: 'nearby' })).items.map((p) => p.id)).toEqual([
      ids.expiring,
      ids.electrician,
      ids.renovation,
      ids.cleaner,
    ]);
    expect((await find({ q: '修', sort: 'nearby' })).items[0]?.id).toBe(ids.ac);
  });

  it('pages through the results with a stable total', async () => {
    const all = await find({ limit: 100 });
    const first = await find({ limit: 3 });
    const second = await find({ limit: 3, offset: 3 });
    expect(first.total).toBe(all.total);
    expect([...first.items, ...second.items].map((p) => p.id)).toEqual(all.items.slice(0, 6).map((p) => p.id));
    expect((await find({ q: '电工', limit: 2, offset: 2 })).items.map((p) => p.id)).toEqual([
      ids.renovation,
      ids.cleaner,
    ]);
    expect((await find({ q: '电工', limit: 2, offset: 10 })).total).toBe(4);
  });

  it('never shows drafts or expired postings to a kiosk; staff may include them', async () => {
    expect((await find({ q: '草稿' })).total).toBe(0);
    expect((await find({ q: '草稿', includeAll: true })).total).toBe(0); // a kiosk cannot ask for all
    expect((await find({ q: '草稿', includeAll: true }, staff)).titles).toEqual(['电工草稿岗位']);
    // Past its end date (China time) the posting is gone at once, before any expiry sweep runs.
    const saved = now;
    now = Date.parse('2026-11-21T16:00:01Z');
    try {
      expect((await find({ q: '截止' })).total).toBe(0);
      expect((await find({ q: '电工' })).items.map((p) => p.id)).not.toContain(ids.expiring);
    } finally {
      now = saved;
    }
  });

  it('re-indexes a posting when it is edited, withdrawn and published again', async () => {
    const security = ids.security!;
    const before = await staff.ok('posting.search', { q: '保安', includeAll: true });
    const posting = before.items.find((p) => p.id === ids.security)!;
    await staff.ok('posting.update', {
      id: security,
      baseVersion: posting.version,
      patch: { title: '商场夜班巡逻员' },
    });
    expect((await find({ q: '巡逻' })).items.map((p) => p.id)).toEqual([ids.security]);
    expect((await find({ q: 'xl' })).items.map((p) => p.id)).toEqual([ids.security]);
    // Still a security-trade posting, so 保安 still finds it through the trade.
    expect((await find({ q: '保安' })).items.map((p) => p.id)).toEqual([ids.security]);
    expect((await find({ q: '小区保安' })).total).toBe(0);

    await staff.ok('posting.setStatus', { id: security, status: 'closed' });
    expect((await find({ q: '巡逻' })).total).toBe(0);
    expect((await find({ q: '巡逻', includeAll: true }, staff)).total).toBe(1);

    await staff.ok('posting.publish', { id: security });
    const again = await find({ q: '巡逻' });
    expect(again.items.map((p) => p.id)).toEqual([ids.security]);
    // Republished, it is now the newest posting on the board.
    expect((await find({ sort: 'newest', limit: 1 })).items[0]?.id).toBe(ids.security);
  });

  it('keeps the index across a restart', async () => {
    hub = await hub.restart();
    staff.close();
    kiosk.close();
    staff = await staffStation(hub.url);
    kiosk = await station(hub.url, 'kiosk');
    expect((await find({ q: 'dg' })).items[0]?.id).toBe(ids.expiring);
    expect((await find({ q: '巡逻' })).items.map((p) => p.id)).toEqual([ids.security]);
  });
});
