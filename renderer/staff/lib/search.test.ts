import { describe, expect, it } from 'vitest';
import { matches, matchesRecord } from './search';

describe('matches', () => {
  it('finds Chinese names by pinyin initials, full pinyin and characters', () => {
    expect(matches(['王建国'], 'wjg')).toBe(true);
    expect(matches(['王建国'], 'wangjianguo')).toBe(true);
    expect(matches(['王建国'], '建国')).toBe(true);
    expect(matches(['王建国'], 'lsf')).toBe(false);
  });
  it('needs every word to match somewhere', () => {
    expect(matches(['王建国', '13912345678', '电工'], 'wjg 1391')).toBe(true);
    expect(matches(['王建国', '13912345678', '电工'], 'wjg 1380')).toBe(false);
  });
  it('matches everything for an empty query and ignores missing fields', () => {
    expect(matches([null, undefined, ''], '  ')).toBe(true);
    expect(matches([null, 'Electrician'], 'elec')).toBe(true);
  });
});

describe('matchesRecord', () => {
  it('builds a record key once per record object, and a replaced record is searched afresh', () => {
    let built = 0;
    const v1 = { name: '王建国' };
    const fields = (r: { name: string }) => () => {
      built++;
      return [r.name];
    };
    expect(matchesRecord(v1, fields(v1), 'wjg')).toBe(true);
    expect(matchesRecord(v1, fields(v1), 'wj')).toBe(true);
    expect(built).toBe(1);
    const v2 = { name: '李秀英' }; // the same worker after an edit arrives as a new object
    expect(matchesRecord(v2, fields(v2), 'wjg')).toBe(false);
    expect(matchesRecord(v2, fields(v2), 'lxy')).toBe(true);
    expect(built).toBe(2);
  });
});
