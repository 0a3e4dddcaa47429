// 004: the hall's city became a setting. Every hub set up before was a Shijiazhuang hall whose districts were
// words ('changan'); it becomes 石家庄市 (130100) with the city's districts in the site record, and every district a
// record holds (a posting's, an employer's, a worker's wishes, a display's filter) becomes its GB/T 2260 code.
// Each rewritten record gets a new version and a change in the log, so stations that catch up receive it. A new
// database has no site yet: the hub creates it "not set up". Frozen: the city and its districts are written out
// below as they were (not read from the divisions package, which may change), and the search index — whose
// district tokens and names changed — is rebuilt by the hub at start (search/upkeep.ts), not here.
import type { Database } from 'better-sqlite3';

export const name = 'site_city';

/** The fixed district list of the Shijiazhuang hall, as it was, to its division codes. */
export const OLD_DISTRICTS: Readonly<Record<string, string>> = {
  changan: '130102',
  qiaoxi: '130104',
  xinhua: '130105',
  yuhua: '130108',
  gaocheng: '130109',
  luquan: '130110',
  luancheng: '130111',
  zhengding: '130123',
  jingxing: '130107',
  gaoxin: '130171',
};
const code = (d: unknown) => (typeof d === 'string' ? (OLD_DISTRICTS[d] ?? d) : d);
const codes = (list: unknown) => (Array.isArray(list) ? list.map(code) : list);

/** 石家庄市 and its districts as the divisions data gave them when this migration was written. */
const SHIJIAZHUANG = { code: '130100', zh: '石家庄市', en: 'Shijiazhuang', province: '河北省' };
const SHIJIAZHUANG_DISTRICTS = [
  { code: '130102', zh: '长安区', en: "Chang'an District", pinyin: 'caq changanqu' },
  { code: '130104', zh: '桥西区', en: 'Qiaoxi District', pinyin: 'qxq qiaoxiqu' },
  { code: '130105', zh: '新华区', en: 'Xinhua District', pinyin: 'xhq xinhuaqu' },
  { code: '130107', zh: '井陉矿区', en: 'Jingxingkuang District', pinyin: 'jxkq jingxingkuangqu' },
  { code: '130108', zh: '裕华区', en: 'Yuhua District', pinyin: 'yhq yuhuaqu' },
  { code: '130109', zh: '藁城区', en: 'Gaocheng District', pinyin: 'gcq gaochengqu' },
  { code: '130110', zh: '鹿泉区', en: 'Luquan District', pinyin: 'lqq luquanqu' },
  { code: '130111', zh: '栾城区', en: 'Luancheng District', pinyin: 'lcq luanchengqu' },
  { code: '130121', zh: '井陉县', en: 'Jingxing County', pinyin: 'jxx jingxingxian' },
  { code: '130123', zh: '正定县', en: 'Zhengding County', pinyin: 'zdx zhengdingxian' },
  { code: '130125', zh: '行唐县', en: 'Xingtang County', pinyin: 'xtx xingtangxian' },
  { code: '130126', zh: '灵寿县', en: 'Lingshou County', pinyin: 'lsx lingshouxian' },
  { code: '130127', zh: '高邑县', en: 'Gaoyi County', pinyin: 'gyx gaoyixian' },
  { code: '130128', zh: '深泽县', en: 'Shenze County', pinyin: 'szx shenzexian' },
  { code: '130129', zh: '赞皇县', en: 'Zanhuang County', pinyin: 'zhx zanhuangxian' },
  { code: '130130', zh: '无极县', en: 'Wuji County', pinyin: 'wjx wujixian' },
  { code: '130131', zh: '平山县', en: 'Pingshan County', pinyin: 'psx pingshanxian' },
  { code: '130132', zh: '元氏县', en: 'Yuanshi County', pinyin: 'ysx yuanshixian' },
  { code: '130133', zh: '赵县', en: 'Zhao County', pinyin: 'zx zhaoxian' },
  { code: '130171', zh: '高新区', en: 'Hi-tech Zone', pinyin: 'gxq gaoxinqu' },
  { code: '130172', zh: '循环化工园区', en: 'Xunhuanhuagong Park', pinyin: 'xhhgyq xunhuanhuagongyuanqu' },
  { code: '130181', zh: '辛集市', en: 'Xinji City', pinyin: 'xjs xinjishi' },
  { code: '130183', zh: '晋州市', en: 'Jinzhou City', pinyin: 'jzs jinzhoushi' },
  { code: '130184', zh: '新乐市', en: 'Xinle City', pinyin: 'xls xinleshi' },
];

type Row = { id: string; version: number; data: string };

export function up(db: Database): void {
  const siteRow = db.prepare(`SELECT id, version, data FROM site WHERE id = 'site'`).get() as Row | undefined;
  if (!siteRow) return;
  const site = JSON.parse(siteRow.data) as Record<string, unknown>;
  if ('city' in site) return;

  const now = Date.now();
  const logChange = db.prepare(`INSERT INTO changes (entity, id, op, data, at) VALUES (?, ?, 'put', ?, ?)`);
  const rewrite = (
    entity: string,
    table: string,
    change: (data: Record<string, unknown>) => Record<string, unknown> | null,
    extra = '',
  ) => {
    const update = db.prepare(`UPDATE ${table} SET version = ?, data = ?${extra} WHERE id = ?`);
    for (const row of db.prepare(`SELECT id, version, data FROM ${table}`).all() as Row[]) {
      const before = JSON.parse(row.data) as Record<string, unknown>;
      const after = change(before);
      if (!after || JSON.stringify(after) === JSON.stringify(before)) continue;
      const version = row.version + 1;
      const data = JSON.stringify({ ...after, version, updatedAt: now });
      if (extra) update.run(version, data, String(after.district), row.id);
      else update.run(version, data, row.id);
      logChange.run(entity, row.id, data, now);
    }
  };

  rewrite('site', 'site', (s) => ({
    ...s,
    city: SHIJIAZHUANG,
    districts: SHIJIAZHUANG_DISTRICTS,
    district: code(s.district) ?? '130102',
  }));
  rewrite('posting', 'postings', (p) => ({ ...p, district: code(p.district) }), ', district = ?');
  rewrite('employer', 'employers', (e) => ({ ...e, district: code(e.district) }));
  rewrite('worker', 'workers', (w) => ({ ...w, districts: codes(w.districts) }));
  rewrite('station', 'stations', (s) => {
    const display = s.display as { filters?: { districts?: unknown } } | null;
    if (!display?.filters) return null;
    return {
      ...s,
      display: { ...display, filters: { ...display.filters, districts: codes(display.filters.districts) } },
    };
  });
}
