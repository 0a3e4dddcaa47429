// Tokenising and query parsing for Chinese search (pure).
import { describe, expect, it } from 'vitest';
import { ftsExpression, parseQuery, postingTokens, splitPinyin, pinyinTokens, hanGrams, searchPostings } from './index';

describe('tokenising posting text', () => {
  it('makes every character and adjacent pair of a Chinese run a token', () => {
    expect(hanGrams('空调维修')).toEqual(['空', '调', '维', '修', '空调', '调维', '维修']);
    expect(hanGrams('电工', false)).toEqual(['电工']);
  });

  it('adds pinyin syllables, pairs, the whole run and initials windows, read in context', () => {
    const tokens = pinyinTokens('空调维修');
    expect(tokens).toEqual(
      expect.arrayContaining(['kong', 'tiao', 'kongtiao', 'weixiu', 'kongtiaoweixiu', 'kt', 'ktwx', 'wx']),
    );
    expect(pinyinTokens('电工')).toEqual(expect.arrayContaining(['dian', 'gong', 'diangong', 'dg']));
    expect(pinyinTokens('女工')).toContain('nv');
  });

  it('keeps latin words and full-width text, and gives pinyin for trade and title only', () => {
    const t = postingTokens({ trade: '司机 Driver', title: '商务车司机', extra: '长安区', description: '需Ｃ１驾照' });
    expect(t.trade.split(' ')).toEqual(expect.arrayContaining(['司机', 'driver']));
    expect(t.description.split(' ')).toEqual(expect.arrayContaining(['c1', '驾照']));
    expect(t.extra.split(' ')).toContain('长安');
    expect(t.titlePinyin.split(' ')).toEqual(expect.arrayContaining(['swcs', 'wcsj', 'shangwu']));
    expect(t.tradePinyin.split(' ')).toContain('sj');
    expect(t.description).not.toMatch(/[a-z]{3}/);
  });
});

describe('parsing a query', () => {
  it('splits full pinyin into syllables', () => {
    expect(splitPinyin('diangong')).toEqual(['dian', 'gong']);
    expect(splitPinyin('kongtiaoweixiu')).toEqual(['kong', 'tiao', 'wei', 'xiu']);
    expect(splitPinyin('dg')).toBeNull();
  });

  it('turns terms into an FTS5 expression: pairs ANDed, pinyin alternatives ORed, terms ANDed', () => {
    expect(ftsExpression(parseQuery('电工'))).toBe('"电工"');
    expect(ftsExpression(parseQuery('空调维修'))).toBe('("空调" AND "调维" AND "维修")');
    expect(ftsExpression(parseQuery('dg'))).toBe('"dg"*');
    expect(ftsExpression(parseQuery('kt维修'))).toBe('"kt"* AND "维修"');
    expect(ftsExpression(parseQuery('dianlujianxiu'))).toBe(
      '("dianlujianxiu"* OR ("dianlu" AND "lujian" AND "jianxiu"))',
    );
    expect(ftsExpression(parseQuery('ktwxg'))).toBe('("ktwxg"* OR ("ktwx" AND "twxg"))');
  });

  it('makes any input safe: punctuation and quotes separate, nothing else reaches FTS5', () => {
    expect(ftsExpression(parseQuery('a"b OR NEAR(x) *'))).toBe('"a" AND "b" AND "or"* AND "near"* AND "x"');
    expect(parseQuery('，。！')).toEqual([]);
    // A CJK radical (not a letter) separates, as the index's tokenizer would treat it.
    expect(parseQuery('⺀电工').map((t) => t.raw)).toEqual(['电工']);
    expect(parseQuery('ＡＢ')[0]?.raw).toBe('ab');
  });
});

describe('searching postings in memory (the rule the hub index answers)', () => {
  const base = {
    trade: 'electrician',
    title: '小区电路检修',
    employerKind: 'enterprise' as const,
    employerName: '恒达物业',
    district: '130102',
    requirements: { note: '' },
    description: '',
    status: 'published' as const,
    expiresAt: null,
    headcount: 2,
    filledCount: 0,
    jobType: 'daily',
    pay: { amount: 240, unit: 'day' as const },
    publishedAt: 1,
  };
  const list = [
    { ...base, id: 'trade' },
    { ...base, id: 'title', trade: 'cleaner', title: '电工助理', publishedAt: 5 },
    { ...base, id: 'text', trade: 'cleaner', title: '保洁', description: '会电工优先', publishedAt: 9 },
    { ...base, id: 'full', filledCount: 2 },
    { ...base, id: 'piece', pay: { amount: 2, unit: 'piece' as const }, publishedAt: 0 },
  ];
  const filter = {
    q: '',
    trades: [],
    jobTypes: [],
    districts: [],
    payMin: null,
    payMax: null,
    sort: 'relevance' as const,
    limit: 50,
    offset: 0,
  };
  const ids = (over: Partial<typeof filter> | Record<string, unknown>) =>
    searchPostings(list, { ...filter, ...over }, { now: 0, homeDistrict: '130102' }).items.map((p) => p.id);

  it('ranks trade matches, then title, then the rest, and never shows a full posting', () => {
    expect(ids({ q: '电工' })).toEqual(['trade', 'piece', 'title', 'text']);
    expect(ids({ q: 'dg' })).toEqual(['trade', 'piece', 'title']);
  });

  it('filters by trade and by hourly pay, which a piece rate never meets', () => {
    expect(ids({ trades: ['cleaner'], sort: 'newest' })).toEqual(['text', 'title']);
    expect(ids({ payMin: 30 })).toEqual(['text', 'title', 'trade']);
    expect(ids({ payMin: 31 })).toEqual([]);
    expect(ids({ payMax: 30, sort: 'newest' })).toEqual(['text', 'title', 'trade']);
  });
});
