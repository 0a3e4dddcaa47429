// The hall's numbers and exports at scale: a hub database with 100,000 placements and 1,000,000 step rows (plus
// 50,000 workers, 5,000 postings, 1,000 employers and 2,000 disputes over two years), then the monthly report, the
// numbers by day / week / month / district / trade / job type, and each export (placements CSV and XLSX, numbers
// XLSX, monthly XLSX) written to a stream that counts and discards bytes, with the process's memory sampled while
// it runs. Target: each under 2 s, memory flat (the export's peak RSS over the RSS before it stays small and does
// not grow with the rows). Baseline in the same run: a plain indexed COUNT over the step rows.
//
//   npm run bench:placement        (node --expose-gc, so each figure starts from a collected heap)
//   BENCH_PLACEMENTS=20000 npx tsx scripts/bench/placement.ts     (smaller, quicker)
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { openDatabase } from '../../electron/hub/store/db';
import { districtsOf, cityByCode } from '../../electron/hub/divisions';
import { hallNumbers, monthlyReport } from '../../electron/hub/placement/numbers';
import { writeExport } from '../../electron/hub/placement/export';
import { ExportInput } from '../../shared/placement/schemas';
import { TRADES } from '../../shared/domain/trades';
import { JOB_TYPES, type ApplicationStatus } from '../../shared/domain/enums';
import type { Site } from '../../shared/domain/entities';
import { addDays, hallDate } from '../../shared/rules/hallTime';

const PLACEMENTS = Number(process.env.BENCH_PLACEMENTS ?? 100_000);
const STEPS_PER = 10;
const WORKERS = Math.round(PLACEMENTS / 2);
const POSTINGS = Math.max(100, Math.round(PLACEMENTS / 20));
const EMPLOYERS = Math.max(20, Math.round(PLACEMENTS / 100));
const DISPUTES = Math.max(20, Math.round(PLACEMENTS / 50));
const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T10:00:00+08:00');
const SPAN_DAYS = 730;

let seed = 20261201;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const DISTRICTS = districtsOf('130100');
const site: Site = {
  id: 'site',
  version: 1,
  updatedAt: NOW,
  name: '栾城区零工市场',
  city: cityByCode('130100')!,
  districts: DISTRICTS,
  district: '130111',
  minHourlyWage: 22,
  publicUrl: '',
  timeZone: 'Asia/Shanghai',
};

function seedDb(file: string): void {
  const db = openDatabase(file);
  db.pragma('synchronous = OFF');
  const t0 = performance.now();
  db.transaction(() => {
    db.prepare(`INSERT INTO site (id, version, data) VALUES ('site', 1, ?)`).run(JSON.stringify(site));
    const emp = db.prepare(
      `INSERT INTO employers (id, kind, vetting, blocked, version, data) VALUES (?, ?, 'approved', 0, 1, ?)`,
    );
    for (let i = 0; i < EMPLOYERS; i++) {
      const kind = rand() < 0.8 ? 'enterprise' : 'household';
      const at = NOW - Math.floor(rand() * SPAN_DAYS) * DAY;
      emp.run(
        `e${i}`,
        kind,
        JSON.stringify({ id: `e${i}`, kind, name: `用工方${i}`, district: pick(DISTRICTS).code, createdAt: at }),
      );
    }
    const post = db.prepare(
      `INSERT INTO postings (id, employer_id, status, trade, job_type, district, published_at, version, data)
       VALUES (?, ?, 'published', ?, ?, ?, ?, 1, ?)`,
    );
    const postings: { id: string; trade: string; jobType: string; district: string }[] = [];
    for (let i = 0; i < POSTINGS; i++) {
      const p = { id: `p${i}`, trade: pick(TRADES).code, jobType: pick(JOB_TYPES), district: pick(DISTRICTS).code };
      postings.push(p);
      const at = NOW - Math.floor(rand() * SPAN_DAYS) * DAY;
      post.run(
        p.id,
        `e${i % EMPLOYERS}`,
        p.trade,
        p.jobType,
        p.district,
        at,
        JSON.stringify({
          ...p,
          title: `岗位${i}`,
          employerId: `e${i % EMPLOYERS}`,
          employerName: `用工方${i % EMPLOYERS}`,
          headcount: 1 + (i % 5),
        }),
      );
    }
    const wk = db.prepare(`INSERT INTO workers (id, phone, status, version, data) VALUES (?, ?, 'active', 1, ?)`);
    for (let i = 0; i < WORKERS; i++) {
      const at = NOW - Math.floor(rand() * SPAN_DAYS) * DAY - Math.floor(rand() * DAY);
      wk.run(
        `w${i}`,
        `139${String(i).padStart(8, '0')}`,
        JSON.stringify({
          id: `w${i}`,
          name: `工人${i}`,
          createdAt: at,
          districts: [pick(DISTRICTS).code],
          trades: [pick(TRADES).code],
          jobTypes: [pick(JOB_TYPES)],
        }),
      );
    }
    const app = db.prepare(
      `INSERT INTO applications (id, posting_id, worker_id, phone, status, version, data, slip_no, created_at, source,
        referred_at, wage_agreed, wage_paid, wage_pay_date, wage_status) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, 'desk', ?, ?, ?, ?, ?)`,
    );
    const step = db.prepare(
      `INSERT INTO placement_steps (application_id, status, at, day, trade, job_type, district) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const flow: ApplicationStatus[] = ['new', 'contacted', 'referred', 'interviewed', 'hired'];
    for (let i = 0; i < PLACEMENTS; i++) {
      const p = postings[i % postings.length]!;
      const created = NOW - Math.floor(rand() * SPAN_DAYS) * DAY - Math.floor(rand() * DAY);
      const status: ApplicationStatus =
        rand() < 0.4 ? 'hired' : pick(['referred', 'rejected', 'no_show', 'withdrawn'] as const);
      const slipNo = `130111-${new Date(created).getUTCFullYear()}-${String(i + 1).padStart(6, '0')}`;
      const history = [];
      // Ten step rows each: the flow, then notes-only steps (re-interviews, wage reports) counted as the status.
      for (let s = 0; s < STEPS_PER; s++) {
        const st = s < flow.length ? (status === 'hired' || s < 3 ? flow[s]! : status) : status;
        const at = created + s * 3_600_000;
        history.push({ status: st, at, by: { kind: 'system' }, note: '' });
        step.run(`a${i}`, st, at, hallDate(at), p.trade, p.jobType, p.district);
      }
      const wage =
        status === 'hired'
          ? {
              agreedAmount: 1300,
              payDate: addDays(hallDate(created), 7),
              status: rand() < 0.8 ? 'paid' : 'due',
              paidAmount: 1300,
              paidOn: null,
              entries: [],
            }
          : null;
      app.run(
        `a${i}`,
        p.id,
        `w${i % WORKERS}`,
        `139${String(i % WORKERS).padStart(8, '0')}`,
        status,
        JSON.stringify({
          id: `a${i}`,
          postingId: p.id,
          workerId: `w${i % WORKERS}`,
          source: 'desk',
          status,
          createdAt: created,
          note: '',
          history,
          referral: { slipNo, issuedAt: created, interview: null, receipt: null },
          wage,
          agreement: null,
        }),
        slipNo,
        created,
        created,
        wage?.agreedAmount ?? null,
        wage?.paidAmount ?? null,
        wage?.payDate ?? null,
        wage?.status ?? null,
      );
    }
    const dsp = db.prepare(
      `INSERT INTO disputes (id, employer_id, worker_id, application_id, closed_at, version, data) VALUES (?, ?, ?, ?, ?, 1, ?)`,
    );
    for (let i = 0; i < DISPUTES; i++) {
      const at = NOW - Math.floor(rand() * SPAN_DAYS) * DAY;
      const closed = rand() < 0.7 ? at + 5 * DAY : null;
      dsp.run(
        `d${i}`,
        `e${i % EMPLOYERS}`,
        `w${i}`,
        `a${i * 7}`,
        closed,
        JSON.stringify({
          id: `d${i}`,
          type: 'unpaid',
          applicationId: `a${i * 7}`,
          workerId: `w${i}`,
          employerId: `e${i % EMPLOYERS}`,
          amountClaimed: 1300,
          openedAt: at,
          steps: [{ at: at + DAY, kind: 'call', note: '', recovered: closed ? 1300 : 0, by: { kind: 'system' } }],
          outcome: closed ? 'recovered' : null,
          amountRecovered: closed ? 1300 : 0,
          closedAt: closed,
        }),
      );
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  const n = (db.prepare(`SELECT COUNT(*) n FROM placement_steps`).get() as { n: number }).n;
  console.log(
    `  seeded ${PLACEMENTS.toLocaleString()} placements, ${n.toLocaleString()} step rows ` +
      `in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  db.close();
}

/** Counts bytes and throws them away, a little slowly (a socket is never instant). */
function sink(): Writable & { bytes: number } {
  const w = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _enc, cb) {
      w.bytes += chunk.length;
      setImmediate(cb);
    },
  }) as Writable & { bytes: number };
  w.bytes = 0;
  return w;
}

/**
 * Wall time, and the CPU time this process spent (user + system): on a shared machine with a high load average the
 * wall clock mostly measures the other processes, the CPU time what this work costs.
 */
async function timed<T>(fn: () => T | Promise<T>): Promise<{
  ms: number;
  cpuMs: number;
  value: T;
  peakRssMB: number;
  baseRssMB: number;
  heapGrowthMB: number;
}> {
  global.gc?.();
  const baseRss = process.memoryUsage().rss;
  const baseHeap = process.memoryUsage().heapUsed;
  let peak = baseRss;
  let peakHeap = baseHeap;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 5);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    value,
    peakRssMB: peak / 2 ** 20,
    baseRssMB: baseRss / 2 ** 20,
    heapGrowthMB: (peakHeap - baseHeap) / 2 ** 20,
  };
}

async function main(): Promise<void> {
  console.log(
    `placement benchmark · node ${process.version} · ${cpus().length} cores · load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'gighall-bench-placement-'));
  const file = join(dir, 'gighall.sqlite');
  try {
    seedDb(file);
    const db = openDatabase(file);
    const month = '2026-11';
    // Baseline: a plain indexed count over the step rows of the same month.
    const baseline = await timed(() =>
      db
        .prepare(`SELECT COUNT(*) n FROM placement_steps WHERE status = 'hired' AND day BETWEEN ? AND ?`)
        .get('2026-11-01', '2026-11-30'),
    );
    const rows: [string, number, number, string][] = [];
    const add = (name: string, r: { ms: number; cpuMs: number }, extra = '') => rows.push([name, r.ms, r.cpuMs, extra]);
    add('baseline: indexed COUNT of a month of hires', baseline);

    const report = await timed(() => monthlyReport(db, month, site, NOW));
    add(`monthly report ${month}`, report, `employed ${report.value.total.employed}`);
    for (const [by, from] of [
      ['day', '2026-11-01'],
      ['week', '2026-06-01'],
      ['month', '2025-01-01'],
      ['district', '2026-01-01'],
      ['trade', '2026-01-01'],
      ['jobType', '2026-01-01'],
    ] as const) {
      const r = await timed(() => hallNumbers(db, { from, to: '2026-11-30', by }, site));
      add(`numbers by ${by} from ${from}`, r, `referred ${r.value.totals.recommended}`);
    }
    db.close();

    const memRows: string[] = [];
    for (const input of [
      // A tenth of the rows first: memory that stays flat does not grow with the rows.
      { kind: 'placements', format: 'csv', from: '2026-09-22', to: '2026-12-01' },
      { kind: 'placements', format: 'xlsx', from: '2026-09-22', to: '2026-12-01' },
      { kind: 'placements', format: 'csv' },
      { kind: 'placements', format: 'xlsx' },
      { kind: 'numbers', format: 'xlsx', from: '2025-01-01', to: '2026-11-30', by: 'day' },
      { kind: 'monthly', format: 'xlsx', month },
    ]) {
      const parsed = ExportInput.parse(input);
      const out = sink();
      const r = await timed(() => writeExport(file, site, parsed, NOW, out));
      const name = `export ${parsed.kind} ${parsed.format}${parsed.kind === 'placements' && parsed.from ? ' (last 70 days)' : ''}`;
      add(name, r, `${(out.bytes / 2 ** 20).toFixed(1)} MB out`);
      memRows.push(
        `    ${name.padEnd(48)} RSS before ${r.baseRssMB.toFixed(0).padStart(5)} MB` +
          `  peak ${r.peakRssMB.toFixed(0).padStart(5)} MB` +
          `  growth ${(r.peakRssMB - r.baseRssMB).toFixed(0).padStart(4)} MB` +
          `  JS heap peak +${r.heapGrowthMB.toFixed(0).padStart(3)} MB` +
          `  for ${(out.bytes / 2 ** 20).toFixed(1)} MB written`,
      );
    }

    console.log(
      '\n  figure                                         wall ms   CPU ms   × baseline (CPU)   CPU under 2 s',
    );
    for (const [name, ms, cpuMs, extra] of rows)
      console.log(
        `    ${name.padEnd(46)} ${ms.toFixed(1).padStart(8)} ${cpuMs.toFixed(1).padStart(8)} ` +
          `${(cpuMs / Math.max(baseline.cpuMs, 0.001)).toFixed(0).padStart(12)}       ` +
          `${cpuMs < 2000 ? 'MET' : 'NOT MET'}   ${extra}`,
      );
    console.log('\n  memory while exporting (sampled every 5 ms)');
    for (const line of memRows) console.log(line);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
