// The hall's settings as one rule: whether the hall is set up, which districts are its own, and the range of a
// local minimum wage.
import { describe, expect, it } from 'vitest';
import { NOT_SET_UP, SiteSetup, defaultHallName, districtError, districtsError, isSetUp, minHourlyWage } from './site';
import { districtIn, homeFirst, type District } from './districts';

const districts: District[] = [
  { code: '410102', zh: '中原区', en: 'Zhongyuan District', pinyin: 'zyq zhongyuanqu' },
  { code: '410105', zh: '金水区', en: 'Jinshui District', pinyin: 'jsq jinshuiqu' },
];
const zhengzhou = {
  ...NOT_SET_UP,
  name: '郑州市零工市场',
  city: { code: '410100', zh: '郑州市', en: 'Zhengzhou', province: '河南省' },
  districts,
  district: '410105',
  minHourlyWage: 22,
};

describe('site settings', () => {
  it('is not set up until it has a city, its districts, its own district and a minimum wage', () => {
    expect(isSetUp(NOT_SET_UP)).toBe(false);
    expect(isSetUp(null)).toBe(false);
    expect(isSetUp({ ...zhengzhou, districts: [] })).toBe(false);
    expect(isSetUp({ ...zhengzhou, minHourlyWage: null })).toBe(false);
    expect(isSetUp(zhengzhou)).toBe(true);
    expect(defaultHallName(zhengzhou.city)).toBe('郑州市零工市场');
  });

  it("accepts only the hall's own districts, naming the city in both languages", () => {
    expect(districtError(zhengzhou, '410105')).toBeNull();
    const other = districtError(zhengzhou, '130102');
    expect(other).toMatchObject({ code: 'invalid_args', field: 'district' });
    expect(other!.message.zh).toBe('区县代码 130102 不是郑州市的区县');
    expect(other!.message.en).toBe('District code 130102 is not a district of Zhengzhou');
    expect(districtError(NOT_SET_UP, '410105')).toMatchObject({ code: 'site_not_set_up' });
    expect(districtsError(zhengzhou, ['410102', '130104'])).toMatchObject({ field: 'districts.1' });
    expect(districtsError(zhengzhou, [])).toBeNull();
    expect(districtsError(NOT_SET_UP, [])).toBeNull();
  });

  it('holds the minimum wage to 10–60 yuan/hour in jiao', () => {
    for (const ok of [10, 22, 25.7, 60]) expect(minHourlyWage.safeParse(ok).success).toBe(true);
    for (const bad of [9.9, 60.1, 22.55, Number.NaN]) expect(minHourlyWage.safeParse(bad).success).toBe(false);
  });

  it('checks the shape of a setup: six-digit codes, a name, a wage', () => {
    expect(
      SiteSetup.safeParse({ cityCode: '410100', name: '郑州市零工市场', district: '410105', minHourlyWage: 22 })
        .success,
    ).toBe(true);
    const bad = SiteSetup.safeParse({ cityCode: 'zhengzhou', name: '', district: '4101', minHourlyWage: 22 });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(['name', 'district', 'cityCode']);
  });

  it('finds a district and puts the hall district first', () => {
    expect(districtIn(districts, '410102')?.zh).toBe('中原区');
    expect(districtIn(districts, '130102')).toBeUndefined();
    expect(homeFirst(districts, '410105').map((d) => d.code)).toEqual(['410105', '410102']);
  });
});
