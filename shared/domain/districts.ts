// Districts of Shijiazhuang (石家庄) served by the seed hall. The site's own district is configurable (site.district)
// so the kiosk can put "this hall's district first".

export interface District {
  code: string;
  zh: string;
  en: string;
}

export const DISTRICTS = [
  { code: 'changan', zh: '长安区', en: "Chang'an" },
  { code: 'qiaoxi', zh: '桥西区', en: 'Qiaoxi' },
  { code: 'xinhua', zh: '新华区', en: 'Xinhua' },
  { code: 'yuhua', zh: '裕华区', en: 'Yuhua' },
  { code: 'gaocheng', zh: '藁城区', en: 'Gaocheng' },
  { code: 'luquan', zh: '鹿泉区', en: 'Luquan' },
  { code: 'luancheng', zh: '栾城区', en: 'Luancheng' },
  { code: 'zhengding', zh: '正定县', en: 'Zhengding' },
  { code: 'jingxing', zh: '井陉矿区', en: 'Jingxing Mining' },
  { code: 'gaoxin', zh: '高新区', en: 'Hi-tech Zone' },
] as const satisfies readonly District[];

export type DistrictCode = (typeof DISTRICTS)[number]['code'];
export const DISTRICT_CODES = DISTRICTS.map((d) => d.code) as unknown as readonly [DistrictCode, ...DistrictCode[]];
const BY_CODE = new Map<string, District>(DISTRICTS.map((d) => [d.code, d]));
export function districtByCode(code: string): District | undefined {
  return BY_CODE.get(code);
}
