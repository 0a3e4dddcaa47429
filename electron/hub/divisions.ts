// China's administrative divisions for choosing a hall's city: provinces, their cities, and each city's
// county-level districts with GB/T 2260 codes, from @vant/area-data (a maintained package; see docs/operations.md).
// Only the hub reads the national data: a hall stores its own city's districts in the site record, and the
// console's city picker asks the hub for the province → city list (site.cities).
import { areaList } from '@vant/area-data';
import { pinyin } from 'pinyin-pro';
import type { District } from '../../shared/domain/districts';
import type { City } from '../../shared/domain/site';
import type { ProvinceCities } from '../../shared/protocol/commands';

/** Municipalities are one city each: their districts and counties (重庆's 县 too) belong to the city xx0100. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
/** Provinces of the mainland (71 Taiwan, 81 Hong Kong, 82 Macao have no hall). */
const MAINLAND = (code: string) => Number(code) < 710000;

interface CityEntry {
  code: string;
  zh: string;
  province: { code: string; zh: string };
  /** Division codes of its districts, in code order. */
  districtCodes: string[];
}

// Built once, on first use (a few milliseconds).
let cache: { provinces: { code: string; zh: string; cities: CityEntry[] }[]; byCode: Map<string, CityEntry> } | null =
  null;

function build() {
  if (cache) return cache;
  const { province_list: provinces, city_list: cities, county_list: counties } = areaList;
  const countiesOf = new Map<string, string[]>();
  for (const code of Object.keys(counties).sort()) {
    const prefix = code.slice(0, 4);
    countiesOf.set(prefix, [...(countiesOf.get(prefix) ?? []), code]);
  }
  const byCode = new Map<string, CityEntry>();
  const out: { code: string; zh: string; cities: CityEntry[] }[] = [];
  for (const pCode of Object.keys(provinces).sort()) {
    if (!MAINLAND(pCode)) continue;
    const province = { code: pCode, zh: provinces[pCode]! };
    const p2 = pCode.slice(0, 2);
    const list: CityEntry[] = [];
    if (MUNICIPALITIES.has(p2)) {
      const codes = Object.keys(cities)
        .filter((c) => c.startsWith(p2))
        .flatMap((c) => countiesOf.get(c.slice(0, 4)) ?? []);
      list.push({ code: `${p2}0100`, zh: province.zh, province, districtCodes: codes });
    } else {
      for (const cCode of Object.keys(cities).sort()) {
        if (!cCode.startsWith(p2)) continue;
        const codes = countiesOf.get(cCode.slice(0, 4)) ?? [];
        // 省直辖县: county-level cities under the province itself; each is a hall's city of its own.
        if (cCode.slice(2, 4) === '90') {
          for (const code of codes) list.push({ code, zh: counties[code]!, province, districtCodes: [code] });
        } else if (codes.length) {
          list.push({ code: cCode, zh: cities[cCode]!, province, districtCodes: codes });
        }
      }
    }
    for (const c of list) byCode.set(c.code, c);
    out.push({ ...province, cities: list });
  }
  cache = { provinces: out, byCode };
  return cache;
}

// ── Names ───────────────────────────────────────────────────────────────────────────────────

/** Official long names people shorten; the short form is what a kiosk chip or a TV line shows. */
const SHORTER: [RegExp, string][] = [
  [/高新技术产业开发区$/, '高新区'],
  [/高新技术开发区$/, '高新区'],
  [/经济技术开发区$/, '经开区'],
  [/经济开发区$/, '经开区'],
  [/航空港经济综合实验区$/, '航空港区'],
];

/** 石家庄高新技术产业开发区 → 高新区: drop the city's own name in front, shorten the usual long forms. */
export function shortDistrictName(name: string, cityZh: string): string {
  const city = cityZh.replace(/(市|地区|自治州|盟)$/, '');
  let out = name.startsWith(city) && name.length - city.length >= 2 ? name.slice(city.length) : name;
  for (const [re, short] of SHORTER) out = out.replace(re, short);
  return out;
}

/** Kinds of division, longest first, with their English word. */
const KINDS: [string, string][] = [
  ['高新区', 'Hi-tech Zone'],
  ['经开区', 'Development Zone'],
  ['开发区', 'Development Zone'],
  ['实验区', 'Pilot Zone'],
  ['示范区', 'Demonstration Zone'],
  ['园区', 'Park'],
  ['街道', 'Subdistrict'],
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['自治州', 'Autonomous Prefecture'],
  ['林区', 'Forestry District'],
  ['新区', 'New Area'],
  ['地区', 'Prefecture'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
  ['旗', 'Banner'],
  ['盟', 'League'],
  ['镇', 'Town'],
];

function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array' }).filter((s) => /^[a-zü]+$/i.test(s));
}

/** Hanyu pinyin as a place name is written: one word, capitalised, ' before a, o, e (Chang'an, Xi'an). */
export function romanise(text: string): string {
  const word = syllables(text)
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** English name: the pinyin of the name with the kind of division in English ("Zhengding County"). */
export function englishName(zh: string, opts: { dropCity?: boolean } = {}): string {
  for (const [kind, en] of KINDS) {
    if (zh.endsWith(kind)) {
      const stem = romanise(zh.slice(0, -kind.length));
      if (!stem) return en;
      // A prefecture-level city is known by its name alone: Shijiazhuang, not Shijiazhuang City.
      return opts.dropCity && kind === '市' ? stem : `${stem} ${en}`;
    }
  }
  return romanise(zh) || zh;
}

/** Search key: pinyin initials and full pinyin ("zzs zhengzhoushi"), so a picker finds 郑州 by "zz". */
export function pinyinKey(zh: string): string {
  const s = syllables(zh).map((x) => x.toLowerCase().replace(/ü/g, 'v'));
  return `${s.map((x) => x[0]).join('')} ${s.join('')}`;
}

// ── Lookups ─────────────────────────────────────────────────────────────────────────────────

function cityOf(entry: CityEntry): City {
  return { code: entry.code, zh: entry.zh, en: englishName(entry.zh, { dropCity: true }), province: entry.province.zh };
}

/** The city with this division code (a prefecture-level city, a municipality, or a county-level city under its province). */
export function cityByCode(code: string): City | null {
  const entry = build().byCode.get(code);
  return entry ? cityOf(entry) : null;
}

/** A city's districts, with names as people use them, English names and pinyin search keys. */
export function districtsOf(cityCode: string): District[] {
  const entry = build().byCode.get(cityCode);
  if (!entry) return [];
  const { county_list: counties } = areaList;
  const out: District[] = [];
  const names = new Set<string>();
  for (const code of entry.districtCodes) {
    const zh = shortDistrictName(counties[code]!, entry.zh);
    // The data lists a few development zones twice (郑州's 高新区 as 410172 and 410190): keep the first code, so
    // no two chips read alike.
    if (names.has(zh)) continue;
    names.add(zh);
    out.push({ code, zh, en: englishName(zh), pinyin: pinyinKey(zh) });
  }
  return out;
}

/** Every province with its cities, for the console's city picker. */
export function provincesWithCities(): ProvinceCities[] {
  return build().provinces.map((p) => ({
    code: p.code,
    zh: p.zh,
    cities: p.cities.map((c) => ({ code: c.code, zh: c.zh, en: cityOf(c).en, pinyin: pinyinKey(c.zh) })),
  }));
}

/** Cities whose name, pinyin, pinyin initials or code start with the query (the CLI's prompt). */
export function findCities(query: string): City[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const out: City[] = [];
  for (const entry of build().byCode.values()) {
    const [initials, full] = pinyinKey(entry.zh).split(' ');
    if (
      entry.code === q ||
      entry.zh.startsWith(q) ||
      `${entry.province.zh}${entry.zh}`.startsWith(q) ||
      initials!.startsWith(q) ||
      full!.startsWith(q)
    )
      out.push(cityOf(entry));
  }
  return out;
}
