// The hall's numbers as the console, the exports and the city uplink read them: 登记 (workers registered),
// 推荐 (referrals made), 就业 (hires), plus postings, employers by kind and wages recovered, grouped by hall day,
// week, month, district, trade or job type. The hub computes them (electron/hub/placement/numbers.ts); the shapes
// and the grouping keys are here so every reader agrees.
import { addDays, daysBetween } from '../rules/hallTime';
import type { NumbersBy } from './schemas';

export interface NumbersRow {
  /** The group: a hall date, the Monday of a week, YYYY-MM, a division code, a trade or job type code ('' unknown). */
  key: string;
  registered: number;
  recommended: number;
  employed: number;
  postings: number;
  peopleNeeded: number;
  employersEnterprise: number;
  employersHousehold: number;
  disputesOpened: number;
  wagesRecovered: number;
}

export interface NumbersResult {
  from: string;
  to: string;
  by: NumbersBy;
  rows: NumbersRow[];
  totals: NumbersRow;
}

export const NUMBER_FIELDS = [
  'registered',
  'recommended',
  'employed',
  'postings',
  'peopleNeeded',
  'employersEnterprise',
  'employersHousehold',
  'disputesOpened',
  'wagesRecovered',
] as const satisfies readonly (keyof NumbersRow)[];

export function emptyRow(key: string): NumbersRow {
  return {
    key,
    registered: 0,
    recommended: 0,
    employed: 0,
    postings: 0,
    peopleNeeded: 0,
    employersEnterprise: 0,
    employersHousehold: 0,
    disputesOpened: 0,
    wagesRecovered: 0,
  };
}

/** The Monday of the (ISO) week holding a hall date. */
export function weekOf(date: string): string {
  // 2024-01-01 was a Monday.
  const offset = ((daysBetween('2024-01-01', date) % 7) + 7) % 7;
  return addDays(date, -offset);
}

/** The group key of a hall date for a time grouping. */
export function timeKey(date: string, by: 'day' | 'week' | 'month'): string {
  return by === 'day' ? date : by === 'week' ? weekOf(date) : date.slice(0, 7);
}

/** Every key of a time grouping between two hall dates, so a chart shows the quiet days as zero. */
export function timeKeys(from: string, to: string, by: 'day' | 'week' | 'month'): string[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (let d = from; d <= to && keys.length < 3700; d = addDays(d, 1)) {
    const k = timeKey(d, by);
    if (!seen.has(k)) {
      seen.add(k);
      keys.push(k);
    }
  }
  return keys;
}

export function isTimeGrouping(by: NumbersBy): by is 'day' | 'week' | 'month' {
  return by === 'day' || by === 'week' || by === 'month';
}

/** Column totals. */
export function totalOf(rows: readonly NumbersRow[]): NumbersRow {
  const t = emptyRow('');
  for (const r of rows) for (const f of NUMBER_FIELDS) t[f] += r[f];
  t.wagesRecovered = Math.round(t.wagesRecovered * 100) / 100;
  return t;
}

/** One row of the monthly report: the month's figures and the year's so far, for a district or the hall. */
export interface MonthlyRow {
  district: string;
  registered: number;
  recommended: number;
  employed: number;
  registeredYear: number;
  recommendedYear: number;
  employedYear: number;
  postings: number;
  peopleNeeded: number;
  employersEnterprise: number;
  employersHousehold: number;
  disputesOpened: number;
  disputesResolved: number;
  wagesRecovered: number;
}

/** The monthly report in the shape a district bureau collects: one row per district, and the hall's total. */
export interface MonthlyReport {
  hallName: string;
  city: string;
  month: string;
  /** Hall date the report was made. */
  madeOn: string;
  rows: MonthlyRow[];
  total: MonthlyRow;
}

/** The report's columns in order, with their headings (zh first: the bureau's form is in Chinese). */
export const MONTHLY_COLUMNS: readonly { key: keyof MonthlyRow; zh: string; en: string }[] = [
  { key: 'district', zh: '区县', en: 'District' },
  { key: 'registered', zh: '本月登记人数', en: 'Registered this month' },
  { key: 'recommended', zh: '本月推荐就业人数', en: 'Referred this month' },
  { key: 'employed', zh: '本月实现就业人数', en: 'Employed this month' },
  { key: 'registeredYear', zh: '本年累计登记', en: 'Registered this year' },
  { key: 'recommendedYear', zh: '本年累计推荐', en: 'Referred this year' },
  { key: 'employedYear', zh: '本年累计就业', en: 'Employed this year' },
  { key: 'postings', zh: '发布岗位数', en: 'Postings published' },
  { key: 'peopleNeeded', zh: '岗位需求人数', en: 'People needed' },
  { key: 'employersEnterprise', zh: '新登记用工企业', en: 'New enterprises' },
  { key: 'employersHousehold', zh: '新登记家庭用工', en: 'New households' },
  { key: 'disputesOpened', zh: '受理纠纷（件）', en: 'Disputes opened' },
  { key: 'disputesResolved', zh: '调解结案（件）', en: 'Disputes closed' },
  { key: 'wagesRecovered', zh: '追回工资（元）', en: 'Wages recovered (yuan)' },
];

/** The headings of the numbers columns, for charts and exports. */
export const NUMBER_WORDS: Record<(typeof NUMBER_FIELDS)[number], { zh: string; en: string }> = {
  registered: { zh: '登记人数', en: 'Registered' },
  recommended: { zh: '推荐就业', en: 'Referred' },
  employed: { zh: '实现就业', en: 'Employed' },
  postings: { zh: '发布岗位', en: 'Postings' },
  peopleNeeded: { zh: '需求人数', en: 'People needed' },
  employersEnterprise: { zh: '新用工企业', en: 'New enterprises' },
  employersHousehold: { zh: '新家庭用工', en: 'New households' },
  disputesOpened: { zh: '受理纠纷', en: 'Disputes opened' },
  wagesRecovered: { zh: '追回工资（元）', en: 'Wages recovered (yuan)' },
};
