// 004: the hall's city became a setting. Every hub set up before was a Shijiazhuang hall whose districts were
// words ('changan'); it becomes 石家庄市 (130100) with the city's districts in the site record, and every district a
// record holds (a posting's, an employer's, a worker's wishes, a display's filter) becomes its GB/T 2260 code.
// Each rewritten record gets a new version and a change in the log, so stations that catch up receive it; the
// search index is rebuilt because its district tokens and names changed. A new database has no site yet: the
// hub creates it "not set up".
import type { Database } from 'better-sqlite3';
import { cityByCode, districtsOf } from '../../divisions';
import { SearchIndexer } from '../../search/indexer';

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
    city: cityByCode('130100'),
    districts: districtsOf('130100'),
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
  new SearchIndexer(db).rebuild();
}
