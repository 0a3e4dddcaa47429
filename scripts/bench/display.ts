// Display smoothness and memory: headless Chromium (same flags as the e2e tests; software compositing, no GPU)
// scrolls the landscape board for 20 s with 50 and with 2,000 postings while a staff socket publishes, edits or
// withdraws a posting every second. Frame intervals come from requestAnimationFrame timestamps collected in the
// page; the JS heap from CDP. A static page (same viewport, nothing moving) is measured in the same run as the
// baseline, and every figure is printed with its ratio to it.
//
//   npx tsx scripts/bench/display.ts            (builds dist/display first when it is missing)
//   BENCH_SECONDS=10 npx tsx scripts/bench/display.ts
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startHub } from '../../electron/hub/server';
import { staffStation, ADMIN_PASSWORD, type TestStation } from '../../tests/helpers/hub';
import { approvedEmployer, postingArgs } from '../../tests/helpers/fixtures';
import { launchBrowser, SCREENS } from '../../tests/helpers/browser';
import { JOB_TYPES } from '../../shared/domain/enums';
import { TRADES } from '../../shared/domain/trades';
import { districtsOf } from '../../electron/hub/divisions';

/** The demo city's districts (石家庄市), as the hub stores them in the site record. */
const DISTRICTS = districtsOf('130100');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const STATIC_SECONDS = Math.max(5, Math.round(SECONDS / 2));
const WARMUP_MS = 2000;
const VIEWPORT = SCREENS.landscape;

interface Figures {
  frames: number;
  median: number;
  p99: number;
  over16: number;
  over50: number;
  max: number;
  heapMB: number;
  heapAfterGcMB: number;
  /** Main-thread tasks over 50 ms: how many, and the longest. */
  longTasks: number;
  longestTask: number;
}

const started = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}`);

if (!existsSync('dist/display/index.html')) {
  log('building dist/display …');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, GIGHALL_PAGES: 'display' },
  });
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

/** Start collecting rAF timestamps in the page (after a warm-up), wait, and read them back. */
async function measure(page: Page, seconds: number, during?: () => Promise<void>): Promise<Figures> {
  const cdp = await page.context().newCDPSession(page);
  await page.waitForTimeout(WARMUP_MS);
  // A string, not a function: tsx would wrap named inner functions in a helper the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__long = [];
    window.__collect = true;
    new PerformanceObserver((list) => {
      if (window.__collect) for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask' });
    const tick = (t) => { if (!window.__collect) return; window.__frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  if (process.env.BENCH_PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const tick = Date.now();
    if (during) await during();
    await page.waitForTimeout(Math.max(0, 1000 - (Date.now() - tick)));
  }
  const { stamps, long } = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __long: number[]; __collect: boolean };
    w.__collect = false;
    return { stamps: w.__frames, long: w.__long };
  });
  if (process.env.BENCH_PROFILE) printProfile((await cdp.send('Profiler.stop')).profile as unknown as CpuProfile);
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.send('HeapProfiler.collectGarbage');
  const heapGc = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    frames: intervals.length,
    median: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    over16: intervals.filter((d) => d > 16.7).length / Math.max(1, intervals.length),
    over50: intervals.filter((d) => d > 50).length,
    max: sorted[sorted.length - 1] ?? 0,
    heapMB: heap.usedSize / 1048576,
    heapAfterGcMB: heapGc.usedSize / 1048576,
    longTasks: long.length,
    longestTask: Math.max(0, ...long),
  };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** BENCH_PROFILE=1: the page's top functions by self time (where a slow frame's main-thread time went). */
function printProfile(profile: CpuProfile): void {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byNode.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
}

/** Postings across trades, types and districts, so the board looks like a real one. */
function variedArgs(employerId: string, i: number) {
  const trade = TRADES[i % TRADES.length]!;
  const jobType = JOB_TYPES[i % JOB_TYPES.length]!;
  const monthly = jobType === 'long_term' || jobType === 'seasonal';
  return postingArgs(employerId, {
    trade: trade.code as never,
    title: `${trade.zh}岗位${i}`,
    jobType,
    headcount: 1 + (i % 9),
    district: DISTRICTS[i % DISTRICTS.length]!.code,
    pay: monthly
      ? { amount: 3800 + (i % 10) * 100, unit: 'month', settlement: 'monthly' }
      : jobType === 'hourly'
        ? { amount: 22 + (i % 10), unit: 'hour', settlement: 'daily' }
        : { amount: 180 + (i % 12) * 10, unit: 'day', settlement: 'daily' },
    requirements: { certificates: [], minExperienceYears: 0, note: '' },
  });
}

async function seed(staff: TestStation, employerId: string, from: number, to: number): Promise<string[]> {
  const ids: string[] = [];
  const BATCH = 50;
  for (let i = from; i < to; i += BATCH) {
    const replies = await Promise.all(
      Array.from({ length: Math.min(BATCH, to - i) }, (_, k) =>
        staff.ok('posting.create', variedArgs(employerId, i + k)),
      ),
    );
    ids.push(...replies.map((r) => r.id));
  }
  return ids;
}

/** One change a second, cycling through what happens at the desk: publish, edit, fill, withdraw. */
function updater(staff: TestStation, employerId: string, live: string[]) {
  let n = 0;
  return async () => {
    const step = n++ % 4;
    if (step === 0) live.push((await staff.ok('posting.create', variedArgs(employerId, 100_000 + n))).id);
    else if (step === 1) {
      const id = live[(n * 7) % live.length]!;
      const p = staff.table<{ version: number }>('posting').get(id);
      if (p) await staff.ok('posting.update', { id, baseVersion: p.version, patch: { headcount: 1 + (n % 8) } });
    } else if (step === 2) await staff.ok('posting.setFilled', { id: live[(n * 13) % live.length]!, filledCount: 1 });
    else await staff.ok('posting.setStatus', { id: live.splice((n * 3) % live.length, 1)[0]!, status: 'closed' });
  };
}

const STATIC_HTML = `<!doctype html><html><head><meta charset="utf-8"><style>
  body{margin:0;background:#07111d;color:#fff;font:700 40px sans-serif;overflow:hidden}
  .c{margin:16px;padding:24px;height:160px;background:#11243b;border-radius:16px}</style></head>
  <body>${Array.from({ length: 8 }, (_, i) => `<div class="c">static card ${i}</div>`).join('')}</body></html>`;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gighall-bench-display-'));
  const hub = await startHub({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    log: 'silent',
    adminPassword: ADMIN_PASSWORD,
    autoPairLoopback: true,
    setup: { cityCode: '130100', name: '石家庄市零工市场', district: '130102', minHourlyWage: 22 },
  });
  const browser = await launchBrowser();
  const results: { name: string; f: Figures }[] = [];
  try {
    const staff = await staffStation(hub.url);
    const employerId = await approvedEmployer(staff);

    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    page.on('pageerror', (err) => console.error('[display pageerror]', err.message));

    log(`static page, ${STATIC_SECONDS} s …`);
    await page.setContent(STATIC_HTML);
    results.push({ name: 'static page (baseline)', f: await measure(page, STATIC_SECONDS) });

    const live = await seed(staff, employerId, 0, 50);
    log(`board with 50 postings, ${SECONDS} s, one update a second …`);
    await page.goto(`${hub.url}/display/`);
    await page.waitForSelector('[data-testid="posting-card"]');
    results.push({ name: 'board, 50 postings', f: await measure(page, SECONDS, updater(staff, employerId, live)) });

    log('seeding to 2,000 postings …');
    live.push(...(await seed(staff, employerId, 50, 50 + (2000 - live.length))));
    await page.reload();
    await page.waitForSelector('[data-testid="posting-card"]');
    const shown = await page.evaluate(() => document.querySelectorAll('[data-testid="posting-card"]').length);
    log(`board with ${live.length} postings (${shown} cards in the DOM), ${SECONDS} s, one update a second …`);
    results.push({
      name: `board, ${live.length} postings`,
      f: await measure(page, SECONDS, updater(staff, employerId, live)),
    });
    staff.close();
    await context.close();
  } finally {
    await browser.close();
    await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const base = results[0]!.f;
  const ratio = (v: number, b: number) => (b > 0 ? `×${(v / b).toFixed(2)}` : '—');
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  console.log('');
  console.log(
    `display bench — ${VIEWPORT.width}×${VIEWPORT.height} landscape, headless Chromium (software compositing), ` +
      `${SECONDS} s each after ${WARMUP_MS / 1000} s warm-up (static ${STATIC_SECONDS} s), 1 update/s`,
  );
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} (1/5/15 min) — frame figures include other processes' CPU use; compare with the static row`,
  );
  console.log(
    'run                          frames  median ms       p99 ms          >16.7 ms        >50 ms  max ms   ' +
      'JS heap MB (after GC)   long tasks (longest ms)',
  );
  for (const { name, f } of results) {
    const isBase = f === base;
    console.log(
      [
        name.padEnd(28),
        String(f.frames).padStart(6),
        `${f.median.toFixed(1)}${isBase ? '' : ` ${ratio(f.median, base.median)}`}`.padStart(15),
        `${f.p99.toFixed(1)}${isBase ? '' : ` ${ratio(f.p99, base.p99)}`}`.padStart(15),
        `${pct(f.over16)}${isBase ? '' : ` (base ${pct(base.over16)})`}`.padStart(21),
        String(f.over50).padStart(8),
        f.max.toFixed(1).padStart(7),
        `${f.heapMB.toFixed(1)} (${f.heapAfterGcMB.toFixed(1)})${isBase ? '' : ` ${ratio(f.heapMB, base.heapMB)}`}`.padStart(
          22,
        ),
        `${f.longTasks} (${f.longestTask.toFixed(0)})`.padStart(12),
      ].join(' '),
    );
  }
  const big = results[results.length - 1]!.f;
  console.log('');
  console.log(
    `targets at 2,000 postings: p99 ≤ 20 ms → ${big.p99.toFixed(1)} ms ${big.p99 <= 20 ? 'MET' : 'MISSED'}; ` +
      `no frame > 50 ms after warm-up → ${big.over50} ${big.over50 === 0 ? 'MET' : 'MISSED'}; ` +
      `JS heap < 100 MB → ${big.heapMB.toFixed(1)} MB ${big.heapMB < 100 ? 'MET' : 'MISSED'}`,
  );
  console.log(`total run time ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
