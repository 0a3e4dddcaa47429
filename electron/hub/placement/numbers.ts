// The hall's numbers, computed once for every reader: the console's charts, the CSV/XLSX exports, the monthly
// report and the city uplink (which collects 登记 / 推荐 / 就业 per hall). Counted from the records themselves:
//  - 登记 registered: workers whose record was created in the range (deleted ones too: the anonymous row stays);
//  - 推荐 recommended: referral steps (已推荐) in the range; 就业 employed: hire steps (已录用) in the range —
//    from `placement_steps`, one row per step with its hall day and the posting's trade, job type and district;
//  - postings published and people needed, employers registered by kind, disputes opened, wages recovered.
// Grouped by a worker's first wish (district, trade, job type) where a worker is counted by a dimension.
import type { Database } from 'better-sqlite3';
import type { Dispute, Site } from '../../../shared/domain/entities';
import {
  MONTHLY_COLUMNS,
  emptyRow,
  isTimeGrouping,
  timeKey,
  timeKeys,
  totalOf,
  type MonthlyReport,
  type MonthlyRow,
  type NumbersResult,
  type NumbersRow,
} from '../../../shared/placement/numbers';
import type { NumbersBy } from '../../../shared/placement/schemas';
import { endOfHallDate, hallDate, hallZoneOf, startOfHallDate } from '../../../shared/rules/hallTime';

/** Hall day of an instant, memoised per quarter hour (every zone's offset is a multiple of 15 minutes). */
function dayFn(zone: string): (at: number) => string {
  const memo = new Map<number, string>();
  return (at) => {
    const q = Math.floor(at / 900_000);
    let d = memo.get(q);
    if (d === undefined) {
      d = hallDate(q * 900_000, zone);
      memo.set(q, d);
    }
    return d;
  };
}

const DIM_COLUMN = { district: 'district', trade: 'trade', jobType: 'job_type' } as const;

export interface NumbersQuery {
  from: string;
  to: string;
  by: NumbersBy;
}

/** The numbers for hall dates `from`..`to` (inclusive), grouped `by`. */
export function hallNumbers(db: Database, q: NumbersQuery, site: Pick<Site, 'timeZone'>): NumbersResult {
  const zone = hallZoneOf(site);
  const start = startOfHallDate(q.from, zone);
  const end = endOfHallDate(q.to, zone);
  const dayOf = dayFn(zone);
  const time = isTimeGrouping(q.by);
  const rows = new Map<string, NumbersRow>();
  if (isTimeGrouping(q.by)) for (const k of timeKeys(q.from, q.to, q.by)) rows.set(k, emptyRow(k));
  const row = (key: string | null | undefined) => {
    const k = key ?? '';
    let r = rows.get(k);
    if (!r) rows.set(k, (r = emptyRow(k)));
    return r;
  };
  const byDay = (day: string) => (isTimeGrouping(q.by) ? timeKey(day, q.by) : day);

  // 推荐 and 就业 from the step rows (index on status, day).
  const keyExpr = time ? (q.by === 'month' ? 'substr(day, 1, 7)' : 'day') : DIM_COLUMN[q.by as keyof typeof DIM_COLUMN];
  const steps = db
    .prepare(
      `SELECT ${keyExpr} AS k, status, COUNT(*) AS n FROM placement_steps
       WHERE status IN ('referred', 'hired') AND day BETWEEN ? AND ? GROUP BY k, status`,
    )
    .all(q.from, q.to) as { k: string; status: string; n: number }[];
  for (const s of steps) {
    const r = row(q.by === 'week' ? timeKey(s.k, 'week') : s.k);
    if (s.status === 'referred') r.recommended += s.n;
    else r.employed += s.n;
  }

  // 登记: workers created in the range.
  const workers = db
    .prepare(
      `SELECT json_extract(data, '$.createdAt') AS at, json_extract(data, '$.districts[0]') AS district,
              json_extract(data, '$.trades[0]') AS trade, json_extract(data, '$.jobTypes[0]') AS jobType
       FROM workers WHERE json_extract(data, '$.createdAt') BETWEEN ? AND ?`,
    )
    .all(start, end) as { at: number; district: string | null; trade: string | null; jobType: string | null }[];
  for (const w of workers) row(time ? byDay(dayOf(w.at)) : w[q.by as 'district' | 'trade' | 'jobType']).registered++;

  // Postings published, and the people they ask for.
  const postings = db
    .prepare(
      `SELECT published_at AS at, trade, job_type AS jobType, district, json_extract(data, '$.headcount') AS headcount
       FROM postings WHERE published_at BETWEEN ? AND ?`,
    )
    .all(start, end) as { at: number; trade: string; jobType: string; district: string; headcount: number }[];
  for (const p of postings) {
    const r = row(time ? byDay(dayOf(p.at)) : p[q.by as 'district' | 'trade' | 'jobType']);
    r.postings++;
    r.peopleNeeded += p.headcount;
  }

  // Employers registered, by kind (by time or district only: an employer has no trade of its own).
  if (time || q.by === 'district') {
    const employers = db
      .prepare(
        `SELECT json_extract(data, '$.createdAt') AS at, kind, json_extract(data, '$.district') AS district
         FROM employers WHERE json_extract(data, '$.createdAt') BETWEEN ? AND ?`,
      )
      .all(start, end) as { at: number; kind: string; district: string }[];
    for (const e of employers) {
      const r = row(time ? byDay(dayOf(e.at)) : e.district);
      if (e.kind === 'enterprise') r.employersEnterprise++;
      else r.employersHousehold++;
    }
  }

  // Disputes opened, and wages recovered by the day of each mediation step that recovered some.
  const dimOf = disputeDimension(db, q.by);
  for (const { data } of db.prepare(`SELECT data FROM disputes`).all() as { data: string }[]) {
    const d = JSON.parse(data) as Dispute;
    if (d.openedAt >= start && d.openedAt <= end) row(time ? byDay(dayOf(d.openedAt)) : dimOf(d)).disputesOpened++;
    for (const s of d.steps)
      if (s.recovered > 0 && s.at >= start && s.at <= end) {
        const r = row(time ? byDay(dayOf(s.at)) : dimOf(d));
        r.wagesRecovered = Math.round((r.wagesRecovered + s.recovered) * 100) / 100;
      }
  }

  const list = [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { from: q.from, to: q.to, by: q.by, rows: list, totals: totalOf(list) };
}

/** A dispute's group: its placement's posting (trade, job type, district), else its employer's district. */
function disputeDimension(db: Database, by: NumbersBy): (d: Dispute) => string {
  if (isTimeGrouping(by)) return () => '';
  const col = DIM_COLUMN[by as keyof typeof DIM_COLUMN];
  const viaApp = db.prepare(
    `SELECT p.${col} AS v FROM applications a JOIN postings p ON p.id = a.posting_id WHERE a.id = ?`,
  );
  const employerDistrict = db.prepare(`SELECT json_extract(data, '$.district') AS v FROM employers WHERE id = ?`);
  return (d) => {
    const hit = d.applicationId ? (viaApp.get(d.applicationId) as { v: string } | undefined) : undefined;
    if (hit) return hit.v;
    return by === 'district' ? ((employerDistrict.get(d.employerId) as { v: string } | undefined)?.v ?? '') : '';
  };
}

/** The monthly report (`month` = YYYY-MM): per district of the hall's city, this month and the year so far. */
export function monthlyReport(db: Database, month: string, site: Site, now: number): MonthlyReport {
  const zone = hallZoneOf(site);
  const from = `${month}-01`;
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate();
  const last = `${month}-${String(days).padStart(2, '0')}`;
  const thisMonth = hallNumbers(db, { from, to: last, by: 'district' }, site);
  const thisYear = hallNumbers(db, { from: `${month.slice(0, 4)}-01-01`, to: last, by: 'district' }, site);
  const start = startOfHallDate(from, zone);
  const end = endOfHallDate(last, zone);
  const resolved = new Map<string, number>();
  const dimOf = disputeDimension(db, 'district');
  for (const { data } of db.prepare(`SELECT data FROM disputes WHERE closed_at BETWEEN ? AND ?`).all(start, end) as {
    data: string;
  }[]) {
    const k = dimOf(JSON.parse(data) as Dispute);
    resolved.set(k, (resolved.get(k) ?? 0) + 1);
  }
  const codes = [...site.districts.map((d) => d.code)];
  for (const r of [...thisMonth.rows, ...thisYear.rows]) if (!codes.includes(r.key)) codes.push(r.key);
  const rows: MonthlyRow[] = codes.map((code) => {
    const m = thisMonth.rows.find((r) => r.key === code) ?? emptyRow(code);
    const y = thisYear.rows.find((r) => r.key === code) ?? emptyRow(code);
    return {
      district: code,
      registered: m.registered,
      recommended: m.recommended,
      employed: m.employed,
      registeredYear: y.registered,
      recommendedYear: y.recommended,
      employedYear: y.employed,
      postings: m.postings,
      peopleNeeded: m.peopleNeeded,
      employersEnterprise: m.employersEnterprise,
      employersHousehold: m.employersHousehold,
      disputesOpened: m.disputesOpened,
      disputesResolved: resolved.get(code) ?? 0,
      wagesRecovered: m.wagesRecovered,
    };
  });
  const total = { district: '' } as MonthlyRow;
  for (const c of MONTHLY_COLUMNS)
    if (c.key !== 'district') (total[c.key] as number) = rows.reduce((n, r) => n + (r[c.key] as number), 0);
  total.wagesRecovered = Math.round(total.wagesRecovered * 100) / 100;
  return { hallName: site.name, city: site.city?.zh ?? '', month, madeOn: hallDate(now, zone), rows, total };
}

/** The three numbers the city collects, for a range of hall dates: the same function the console reads. */
export function threeNumbers(
  db: Database,
  from: string,
  to: string,
  site: Pick<Site, 'timeZone'>,
): { registered: number; recommended: number; employed: number } {
  const { totals } = hallNumbers(db, { from, to, by: 'month' }, site);
  return { registered: totals.registered, recommended: totals.recommended, employed: totals.employed };
}
