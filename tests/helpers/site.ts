// The demo hall's site record for tests that need a set-up hall without a hub: 石家庄市 with its districts as the
// hub resolves them from the division data, so a page test sees exactly what a real hub would send.
import { cityByCode, districtsOf, provincesWithCities } from '../../electron/hub/divisions';
import { DEMO_SITE } from '../../electron/hub/demo/seed';
import type { Site } from '../../shared/domain/entities';

/** Division codes of the Shijiazhuang districts tests use, by their old names. */
export const SJZ = {
  changan: '130102',
  qiaoxi: '130104',
  xinhua: '130105',
  yuhua: '130108',
  gaocheng: '130109',
  luquan: '130110',
  jingxing: '130107',
  zhengding: '130123',
  gaoxin: '130171',
} as const;

/** A site record set up for `cityCode` (default: the demo hall, 石家庄市 in 长安区 at 22 yuan/hour). */
export function setUpSite(over: Partial<Site> & { cityCode?: string } = {}): Site {
  const { cityCode = DEMO_SITE.cityCode, ...rest } = over;
  const city = cityByCode(cityCode);
  if (!city) throw new Error(`no city ${cityCode}`);
  const districts = districtsOf(cityCode);
  return {
    id: 'site',
    version: 1,
    updatedAt: 0,
    name: cityCode === DEMO_SITE.cityCode ? DEMO_SITE.name : `${city.zh}零工市场`,
    city,
    districts,
    district: cityCode === DEMO_SITE.cityCode ? DEMO_SITE.district : districts[0]!.code,
    minHourlyWage: 22,
    publicUrl: '',
    ...rest,
  };
}

/** What a hub answers to the setup step's queries, from the real division data (for console component tests). */
export function answerSiteQueries(name: string, args: unknown) {
  if (name === 'site.cities') return { ok: true as const, result: { provinces: provincesWithCities() } };
  if (name === 'site.cityDistricts') {
    const { cityCode } = args as { cityCode: string };
    return { ok: true as const, result: { city: cityByCode(cityCode)!, districts: districtsOf(cityCode) } };
  }
  return undefined;
}
