// A hall's districts are the county-level divisions of the city it chose at first start (GB/T 2260 codes): the
// hub resolves them from the national division data and stores them in the site record (site.districts), so no
// page carries a national list and no city is written into the code. A district's identity is its six-digit
// code, whatever its name is shown as.
import { z } from 'zod';

export const DIVISION_CODE_RE = /^\d{6}$/;
/** A six-digit administrative division code (GB/T 2260): 130102 is 长安区 of 石家庄市 (130100). */
export const divisionCode = z.string().trim().regex(DIVISION_CODE_RE, { error: 'divisionCode' });

export const District = z.object({
  code: divisionCode,
  /** The name people use (石家庄高新技术产业开发区 is shown as 高新区). */
  zh: z.string().min(1).max(40),
  /** Pinyin romanisation with the kind of division: "Chang'an District", "Zhengding County". */
  en: z.string().min(1).max(120),
  /** Search key: initials and full pinyin, lower case ("caq changanqu"). */
  pinyin: z.string().max(200),
});
export type District = z.infer<typeof District>;

/** The district with this code among a site's districts. */
export function districtIn(districts: readonly District[] | null | undefined, code: string): District | undefined {
  return districts?.find((d) => d.code === code);
}

/** The districts with the hall's own first (the kiosk puts "this hall's district" first). */
export function homeFirst(districts: readonly District[] | null | undefined, home: string | null | undefined) {
  return [...(districts ?? [])].sort((a, b) => Number(b.code === home) - Number(a.code === home));
}

// Names for labels. A page learns its hall's districts from the site record it synced (showDistrictsOf, called
// by each page's root as the site record arrives), so a label function needs no site argument. The hub never
// uses this table: it serves several sites in one process (tests) and looks districts up in the site it holds.
let shown: readonly District[] | undefined;
let byCode = new Map<string, District>();

/** Use these districts for labels (a page calls this with its synced site record's districts). */
export function showDistrictsOf(districts: readonly District[] | null | undefined): void {
  if (!districts || districts === shown) return;
  shown = districts;
  byCode = new Map(districts.map((d) => [d.code, d]));
}

/** A district of the hall this page belongs to, by code. */
export function districtByCode(code: string): District | undefined {
  return byCode.get(code);
}
