// A kiosk finds the same postings online and offline. Over the demo hall, each query (Chinese, pinyin initials,
// full pinyin, with and without the kiosk's filters and sorts) is asked of the hub (`posting.search`, its FTS5
// index) and of the kiosk's own offline search over the snapshot the kiosk holds (renderer/kiosk/postingQuery.ts,
// i.e. shared/search/match.ts): the same postings, the same count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, station, type TestHub, type TestStation } from '../helpers/hub';
import { EMPTY_FILTER, searchArgs, searchLocal, type PostingFilter } from '../../renderer/kiosk/postingQuery';
import type { Posting, PublicPosting, Site } from '../../shared/domain/entities';
import { SJZ } from '../helpers/site';
import { postingTextIssues } from '../../shared/rules/publicText';
import { isOpen } from '../../shared/rules/posting';

const QUERIES = ['电工', '木工', '保安', '司机', 'dg', 'kt', 'diangong', '空调维修', '保洁', 'bj', '长安', 'yuesao'];
const LIMIT = 200;

describe('kiosk search: online and offline agree over the demo hall', () => {
  let hub: TestHub;
  let kiosk: TestStation;
  beforeAll(async () => {
    hub = await startTestHub({ demo: true });
    kiosk = await station(hub.url, 'kiosk');
  });
  afterAll(async () => {
    kiosk?.close();
    await hub?.destroy();
  });

  const filters: [string, Partial<PostingFilter>][] = [
    ['no filter', {}],
    ['paid-daily and hourly work', { jobTypes: ['daily', 'hourly'] }],
    ['in the hall district', { districts: [SJZ.changan] }],
    [
      'two districts, long-term and daily, newest first',
      { districts: [SJZ.changan, SJZ.qiaoxi], jobTypes: ['long_term', 'daily'], sort: 'newest' },
    ],
    ['electricians and cleaners, best paid first', { trades: ['electrician', 'cleaner'], sort: 'pay' }],
  ];

  async function both(filter: PostingFilter) {
    const online = await kiosk.ok('posting.search', searchArgs(filter, 0, LIMIT));
    // The kiosk's own copy of the site record: its districts name the postings' districts, as on the hub.
    const site = kiosk.table<Site>('site').get('site')!;
    const offline = searchLocal(
      kiosk.table<PublicPosting>('posting').values(),
      filter,
      hub.hub.clock(),
      site.district,
      LIMIT,
      site.districts,
    );
    return { online, offline };
  }

  it('holds the open demo postings, and the demo text carries no personal numbers', () => {
    const all = hub.hub.records.list('posting') as Posting[];
    const open = all.filter((p) => isOpen(p, hub.hub.clock()));
    expect(kiosk.table('posting').size).toBe(open.length);
    expect(all.some((p) => p.status === 'published' && !isOpen(p, hub.hub.clock()))).toBe(false);
    expect(all.flatMap((p) => postingTextIssues(p))).toEqual([]);
  });

  describe.each(filters)('%s', (_what, over) => {
    it.each(QUERIES)('%s', async (q) => {
      const filter = { ...EMPTY_FILTER, ...over, q };
      const { online, offline } = await both(filter);
      expect(offline.total).toBe(online.total);
      expect(offline.items.map((p) => p.id).sort()).toEqual(online.items.map((p) => p.id).sort());
    });
  });

  it('finds something for every query without filters (the comparison is not of empty lists)', async () => {
    for (const q of QUERIES) {
      const { online } = await both({ ...EMPTY_FILTER, q });
      expect([q, online.total > 0]).toEqual([q, true]);
    }
  });

  it.each(filters)('browses the board alike with %s and no query', async (_what, over) => {
    const { online, offline } = await both({ ...EMPTY_FILTER, ...over });
    expect(offline.total).toBe(online.total);
    expect(offline.items.map((p) => p.id).sort()).toEqual(online.items.map((p) => p.id).sort());
  });

  it('ranks alike: the postings whose trade matches come first both ways', async () => {
    for (const q of ['电工', 'dg', '保安']) {
      const { online, offline } = await both({ ...EMPTY_FILTER, q });
      const tradeFirst = (items: PublicPosting[]) => {
        const trades = items.map((p) => p.trade);
        const lastOfTrade = trades.lastIndexOf(trades[0]!);
        return trades.slice(0, lastOfTrade + 1).every((t) => t === trades[0]);
      };
      expect(tradeFirst(online.items as PublicPosting[])).toBe(true);
      expect(tradeFirst(offline.items)).toBe(true);
      expect(offline.items[0]?.trade).toBe((online.items[0] as PublicPosting).trade);
    }
  });
});
