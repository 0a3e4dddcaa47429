// The division lookup the hub sets a hall's city up from: cities by code, their districts with stable codes and
// usable names, and the province → city list of the console's picker.
import { describe, expect, it } from 'vitest';
import {
  cityByCode,
  districtsOf,
  englishName,
  findCities,
  provincesWithCities,
  romanise,
  shortDistrictName,
} from './divisions';

describe('division lookup', () => {
  it('finds a prefecture-level city and its districts by GB/T 2260 code', () => {
    expect(cityByCode('130100')).toEqual({ code: '130100', zh: '石家庄市', en: 'Shijiazhuang', province: '河北省' });
    const districts = districtsOf('130100');
    expect(districts.find((d) => d.code === '130102')).toEqual({
      code: '130102',
      zh: '长安区',
      en: "Chang'an District",
      pinyin: 'caq changanqu',
    });
    expect(districts.map((d) => d.zh)).toEqual(expect.arrayContaining(['桥西区', '正定县', '辛集市', '高新区']));
    // Every district of the city, and only those: codes under 1301.
    expect(districts.every((d) => /^1301\d\d$/.test(d.code))).toBe(true);
    expect(districts.length).toBeGreaterThanOrEqual(20);
  });

  it('gives 郑州市 its own districts, with no name twice', () => {
    expect(cityByCode('410100')?.zh).toBe('郑州市');
    const districts = districtsOf('410100');
    expect(districts.map((d) => d.code)).toEqual(expect.arrayContaining(['410102', '410105', '410172']));
    expect(districts.find((d) => d.code === '410105')?.zh).toBe('金水区');
    expect(new Set(districts.map((d) => d.zh)).size).toBe(districts.length);
  });

  it('treats a municipality as one city holding every district and county', () => {
    expect(cityByCode('500100')).toMatchObject({ zh: '重庆市', province: '重庆市' });
    const codes = districtsOf('500100').map((d) => d.code);
    expect(codes).toContain('500101'); // 万州区
    expect(codes).toContain('500229'); // 城口县 (listed by the data under 500200 县)
    expect(cityByCode('500200')).toBeNull();
    expect(districtsOf('110100').map((d) => d.zh)).toContain('海淀区');
  });

  it('lists a county-level city under its province as a city of its own', () => {
    expect(cityByCode('429004')).toMatchObject({ zh: '仙桃市', province: '湖北省' });
    expect(districtsOf('429004').map((d) => d.code)).toEqual(['429004']);
  });

  it('knows no city for a district, a province, a made-up code or Taiwan', () => {
    expect(cityByCode('130102')).toBeNull();
    expect(cityByCode('130000')).toBeNull();
    expect(cityByCode('999999')).toBeNull();
    expect(cityByCode('710100')).toBeNull();
    expect(districtsOf('999999')).toEqual([]);
  });

  it('lists the mainland provinces with their cities for the picker', () => {
    const provinces = provincesWithCities();
    expect(provinces).toHaveLength(31);
    const henan = provinces.find((p) => p.zh === '河南省')!;
    expect(henan.cities.find((c) => c.code === '410100')).toEqual({
      code: '410100',
      zh: '郑州市',
      en: 'Zhengzhou',
      pinyin: 'zzs zhengzhoushi',
    });
    // Small enough to send to a console: no districts in it.
    expect(JSON.stringify(provinces).length).toBeLessThan(60_000);
  });

  it('finds cities by name, pinyin, initials or code', () => {
    expect(findCities('郑州').map((c) => c.code)).toEqual(['410100']);
    expect(findCities('zhengzhou').map((c) => c.code)).toEqual(['410100']);
    expect(findCities('zz').map((c) => c.zh)).toEqual(expect.arrayContaining(['郑州市', '株洲市', '漳州市']));
    expect(findCities('130100').map((c) => c.zh)).toEqual(['石家庄市']);
    expect(findCities('  ')).toEqual([]);
  });

  it('shortens official long names and writes English names as place names are written', () => {
    expect(shortDistrictName('石家庄高新技术产业开发区', '石家庄市')).toBe('高新区');
    expect(shortDistrictName('郑州经济技术开发区', '郑州市')).toBe('经开区');
    expect(shortDistrictName('长安区', '西安市')).toBe('长安区');
    expect(romanise('西安')).toBe("Xi'an");
    expect(englishName('正定县')).toBe('Zhengding County');
    expect(englishName('郑州市', { dropCity: true })).toBe('Zhengzhou');
    expect(englishName('高新区')).toBe('Hi-tech Zone');
  });
});
