// Exports to CSV (csv-stringify) and XLSX (./xlsx.ts over zip-stream), streamed over HTTP so a hall's
// whole history leaves in constant memory: rows come off a read-only SQLite connection of their own (WAL lets it
// read beside the hub's writer without holding up a single command) one at a time, and each is written through
// before the next is read, waiting whenever the socket is full.
//
// The console asks for a one-time ticket (report.exportTicket, signed-in staff) and opens /export/<ticket>; the
// ticket lives two minutes in memory, serves one download, and names what to export.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import type { Site, Wage } from '../../../shared/domain/entities';
import type { ApplicationStatus, JobType } from '../../../shared/domain/enums';
import type { ExportInput } from '../../../shared/placement/schemas';
import { MONTHLY_COLUMNS, NUMBER_FIELDS, NUMBER_WORDS } from '../../../shared/placement/numbers';
import { STATUS_WORDS, WAGE_WORDS } from '../../../shared/placement/words';
import { wageState } from '../../../shared/placement/wages';
import { tradeByCode } from '../../../shared/domain/trades';
import { districtIn } from '../../../shared/domain/districts';
import { common } from '../../../shared/i18n/common';
import { addDays, hallDate, hallDateTime, hallZoneOf } from '../../../shared/rules/hallTime';
import { hallNumbers, monthlyReport } from './numbers';
import { writeXlsx, type Cell, type XlsxSheet } from './xlsx';

/** One table to export (the monthly report's heading goes in `title`). */
export type Sheet = XlsxSheet;

// ── Tickets ───────────────────────────────────────────────────────────────────────────────────

const TICKET_MS = 2 * 60_000;
const tickets = new WeakMap<Db, Map<string, { input: ExportInput; expiresAt: number }>>();

/** A one-time download ticket for `input`, valid two minutes. */
export function issueTicket(db: Db, input: ExportInput, now: number): string {
  let map = tickets.get(db);
  if (!map) tickets.set(db, (map = new Map()));
  for (const [k, v] of map) if (v.expiresAt <= now) map.delete(k);
  const ticket = randomBytes(24).toString('base64url');
  map.set(ticket, { input, expiresAt: now + TICKET_MS });
  return ticket;
}

/** The export a ticket names, once; null when unknown, used or expired. */
export function takeTicket(db: Db, ticket: string, now: number): ExportInput | null {
  const map = tickets.get(db);
  const entry = map?.get(ticket);
  if (!entry) return null;
  map!.delete(ticket);
  return entry.expiresAt > now ? entry.input : null;
}

// ── What each export holds ─────────────────────────────────────────────────────────────────────

/**
 * "YYYY-MM-DD HH:MM" in the hall, memoised per quarter hour: every zone's offset is a whole number of quarter
 * hours, so within one UTC quarter hour the hall's minutes only count up and never cross the hour. Formatting
 * each of 100,000 rows through Intl would otherwise dominate an export.
 */
function hallClockMemo(zone: string): (at: number) => string {
  const memo = new Map<number, { head: string; minute: number }>();
  return (at) => {
    const q = Math.floor(at / 900_000);
    let m = memo.get(q);
    if (!m) {
      const text = hallDateTime(q * 900_000, zone);
      m = { head: text.slice(0, 14), minute: Number(text.slice(14)) };
      memo.set(q, m);
    }
    return m.head + String(m.minute + Math.floor((at - q * 900_000) / 60_000)).padStart(2, '0');
  };
}

const mask = (phone: string | null) =>
  phone && phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '';

/** A statement's row by key, fetched once. */
function memo(stmt: Statement): (key: string) => unknown {
  const cache = new Map<string, unknown>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, stmt.get(key));
    return cache.get(key);
  };
}

/** Every placement (referrals and applications), one row each, oldest first, within the creation range. */
export function placementsSheet(db: Db, site: Site, from: string | undefined, to: string | undefined): Sheet {
  const zone = hallZoneOf(site);
  const today = hallDate(Date.now(), zone);
  const clock = hallClockMemo(zone);
  const trades = new Map<string, string>();
  const tradeName = (code: string) => {
    if (!trades.has(code)) trades.set(code, tradeByCode(code)?.zh ?? code);
    return trades.get(code)!;
  };
  const districts = new Map(site.districts.map((d) => [d.code, d.zh]));
  const districtName = (code: string) => districts.get(code) ?? code;
  const dt = (at: number | null) => (at ? clock(at) : '');
  const start = from ? Date.parse(`${from}T00:00:00Z`) - 86_400_000 : 0;
  const end = to ? Date.parse(`${addDays(to, 1)}T00:00:00Z`) + 86_400_000 : Number.MAX_SAFE_INTEGER;
  // Columns only (records.ts keeps them beside each record): no record's JSON is parsed per row.
  const stmt = db.prepare(`
    SELECT a.slip_no AS slipNo, a.status, a.source, a.created_at AS createdAt, a.referred_at AS referredAt,
           a.interview, a.wage_agreed AS agreed, a.wage_pay_date AS payDate, a.wage_paid AS paid,
           a.wage_status AS wageStatus,
           (SELECT MAX(at) FROM placement_steps s WHERE s.application_id = a.id AND s.status = 'hired') AS hiredAt,
           a.posting_id AS postingId, a.worker_id AS workerId, a.phone
    FROM applications a WHERE a.created_at BETWEEN ? AND ? ORDER BY a.rowid`);
  // Postings are looked up once each (a hall has far fewer of them than placements).
  const postingOf = memo(
    db.prepare(
      `SELECT json_extract(data, '$.title') AS title, json_extract(data, '$.employerName') AS employer, trade,
              job_type AS jobType, district FROM postings WHERE id = ?`,
    ),
  );
  // Workers are many: looked up by key each time (no cache that grows with them).
  const workerStmt = db.prepare(`SELECT json_extract(data, '$.name') AS name FROM workers WHERE id = ?`);
  const workerOf = (id: string) => workerStmt.get(id);
  type Row = {
    slipNo: string | null;
    status: ApplicationStatus;
    source: string;
    createdAt: number;
    referredAt: number | null;
    interview: string | null;
    agreed: number | null;
    payDate: string | null;
    paid: number | null;
    wageStatus: Wage['status'] | null;
    hiredAt: number | null;
    postingId: string;
    workerId: string | null;
    phone: string | null;
  };
  type PostingRow = { title: string; employer: string; trade: string; jobType: JobType; district: string };
  function* rows(): Iterable<Cell[]> {
    for (const r of stmt.iterate(start, end) as Iterable<Row>) {
      // The hall-day range exactly (the SQL range is a day wider either side, whatever the zone).
      const day = clock(r.createdAt).slice(0, 10);
      if ((from && day < from) || (to && day > to)) continue;
      const wage =
        r.agreed !== null && r.payDate
          ? { agreedAmount: r.agreed, payDate: r.payDate, paidAmount: r.paid ?? 0, status: r.wageStatus ?? 'due' }
          : null;
      const p = (postingOf(r.postingId) as PostingRow | undefined) ?? {
        title: '',
        employer: '',
        trade: '',
        jobType: 'daily' as JobType,
        district: '',
      };
      const worker = r.workerId ? (workerOf(r.workerId) as { name: string | null } | undefined)?.name : '';
      yield [
        r.slipNo ?? '',
        p.title,
        p.employer,
        tradeName(p.trade),
        common.zh.jobType[p.jobType] ?? p.jobType,
        districtName(p.district),
        worker ?? '',
        mask(r.phone),
        r.source,
        STATUS_WORDS[r.status]?.zh ?? r.status,
        dt(r.createdAt),
        dt(r.referredAt),
        r.interview ?? '',
        dt(r.hiredAt),
        wage ? wage.agreedAmount : null,
        wage ? wage.payDate : '',
        wage ? wage.paidAmount : null,
        wage ? WAGE_WORDS[wageState(wage, today)].zh : '',
      ];
    }
  }
  const headers: [string, number][] = [
    ['介绍信编号', 20],
    ['岗位', 24],
    ['用工方', 28],
    ['工种', 10],
    ['用工类型', 10],
    ['区县', 10],
    ['求职者', 10],
    ['手机号', 14],
    ['来源', 8],
    ['状态', 10],
    ['报名时间', 17],
    ['推荐时间', 17],
    ['面试', 17],
    ['录用时间', 17],
    ['约定工资（元）', 12],
    ['发薪日', 12],
    ['已付（元）', 12],
    ['工资状态', 10],
  ];
  return { name: '推荐就业明细', columns: headers.map(([header, width]) => ({ header, width })), rows: rows() };
}

function dimensionName(site: Site, by: ExportInput['by'], key: string): string {
  if (by === 'district') return districtIn(site.districts, key)?.zh ?? (key || '未填');
  if (by === 'trade') return tradeByCode(key)?.zh ?? (key || '未填');
  if (by === 'jobType') return common.zh.jobType[key as JobType] ?? (key || '未填');
  return key;
}

const BY_WORDS: Record<ExportInput['by'], string> = {
  day: '日期',
  week: '周（周一）',
  month: '月份',
  district: '区县',
  trade: '工种',
  jobType: '用工类型',
};

export function numbersSheet(db: Db, site: Site, input: ExportInput, now: number): Sheet {
  const zone = hallZoneOf(site);
  const to = input.to ?? hallDate(now, zone);
  const from = input.from ?? addDays(to, -29);
  const result = hallNumbers(db, { from, to, by: input.by }, site);
  const line = (key: string, r: (typeof result.rows)[number]): Cell[] => [key, ...NUMBER_FIELDS.map((f) => r[f])];
  return {
    name: '统计',
    title: [`${site.name} 统计 ${from} 至 ${to}`],
    columns: [
      { header: BY_WORDS[input.by], width: 14 },
      ...NUMBER_FIELDS.map((f) => ({ header: NUMBER_WORDS[f].zh, width: 12 })),
    ],
    rows: [...result.rows.map((r) => line(dimensionName(site, input.by, r.key), r)), line('合计', result.totals)],
  };
}

export function monthlySheet(db: Db, site: Site, input: ExportInput, now: number): Sheet {
  const month = input.month ?? hallDate(now, hallZoneOf(site)).slice(0, 7);
  const report = monthlyReport(db, month, site, now);
  const row = (r: (typeof report.rows)[number], name: string): Cell[] =>
    MONTHLY_COLUMNS.map((c) => (c.key === 'district' ? name : r[c.key]));
  return {
    name: `${month} 月报`,
    title: [
      `${report.city}${report.hallName} 零工市场服务情况月报`,
      `统计月份：${month}\u3000填报日期：${report.madeOn}\u3000填报单位：${report.hallName}`,
    ],
    columns: MONTHLY_COLUMNS.map((c) => ({ header: c.zh, width: c.key === 'district' ? 14 : 12 })),
    rows: [
      ...report.rows.map((r) => row(r, districtIn(site.districts, r.district)?.zh ?? (r.district || '未填'))),
      row(report.total, '合计'),
    ],
  };
}

/** What an export input makes, read from `db`. */
export function sheetFor(db: Db, site: Site, input: ExportInput, now: number): Sheet {
  if (input.kind === 'placements') return placementsSheet(db, site, input.from, input.to);
  if (input.kind === 'numbers') return numbersSheet(db, site, input, now);
  return monthlySheet(db, site, input, now);
}

export function exportFileName(input: ExportInput, now: number, zone: string): string {
  const stamp = input.kind === 'monthly' && input.month ? input.month : hallDate(now, zone);
  return `${input.kind}-${stamp}.${input.format}`;
}

// ── Writers ───────────────────────────────────────────────────────────────────────────────────

/** Rows per chunk written: one write per few hundred rows keeps a socket busy without a turn per row. */
const CSV_BATCH = 500;

/** CSV with a BOM (so Excel reads the Chinese), title lines first; written in batches, waiting when the socket is full. */
export async function writeCsv(sheet: Sheet, out: Writable): Promise<void> {
  let batch: Cell[][] = [];
  const flush = async () => {
    if (!batch.length) return;
    const text = stringify(batch.map((row) => row.map((c) => (c === null ? '' : c))));
    batch = [];
    if (!out.write(text)) await once(out, 'drain');
  };
  out.write('\uFEFF');
  for (const line of sheet.title ?? []) batch.push([line]);
  batch.push(sheet.columns.map((c) => c.header));
  for (const row of sheet.rows) {
    batch.push(row);
    if (batch.length >= CSV_BATCH) await flush();
  }
  await flush();
}

/** Open the hub's database file read-only for one export (its own connection: the writer is never held). */
export function openReader(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('query_only = ON');
  // Its own page cache starts cold: give it room for the step index and the rows an export walks.
  db.pragma('cache_size = -65536');
  return db;
}

/** Write one export to `out` from a read-only connection of `dbFile`. */
export async function writeExport(dbFile: string, site: Site, input: ExportInput, now: number, out: Writable) {
  const db = openReader(dbFile);
  try {
    const sheet = sheetFor(db, site, input, now);
    if (input.format === 'csv') await writeCsv(sheet, out);
    else await writeXlsx(sheet, out);
  } finally {
    db.close();
  }
}
