// Kiosk figures, against a real hub with 5,000 published postings and the built kiosk page in headless Chromium
// (the e2e flags; portrait 1080×1920):
//  1. taps needed to register a typical worker (one trade, no certificates) — the same tap script as the e2e
//     test, counted by a click listener inside the page (so only taps that reached the page count), against the
//     58 taps of the 13-screen registration it replaced (BASELINE_TAPS);
//  2. time from tapping a trade tile to the result list rendered (p50/p99 over ~30 taps), measured in the page
//     from the tap to the first animation frame after the cards are in the DOM;
//  3. baseline, same run: the same posting.search sent to the hub over a kiosk socket with no UI (p50/p99), and
//     the UI/baseline ratio.
//
//   npx tsx scripts/bench/kiosk.ts           (builds dist/renderer/kiosk first when it is missing)
//   BENCH_POSTINGS=2000 BENCH_TAPS=20 npx tsx scripts/bench/kiosk.ts
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startHub } from '../../electron/hub/server';
import { ADMIN_PASSWORD, staffStation, station } from '../../tests/helpers/hub';
import { approvedEmployer, postingArgs } from '../../tests/helpers/fixtures';
import { launchBrowser, SCREENS } from '../../tests/helpers/browser';
import { JOB_TYPES } from '../../shared/domain/enums';
import { TRADES } from '../../shared/domain/trades';
import { districtsOf } from '../../electron/hub/divisions';
import type { CommandArgs } from '../../shared/protocol/commands';

/** The demo city's districts (石家庄市), as the hub stores them in the site record. */
const DISTRICTS = districtsOf('130100');

const POSTINGS = Number(process.env.BENCH_POSTINGS ?? 5000);
const TAPS = Number(process.env.BENCH_TAPS ?? 30);
const started = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}`);

if (!existsSync('dist/renderer/kiosk/index.html')) {
  log('building dist/renderer/kiosk …');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, GIGHALL_PAGES: 'kiosk' },
  });
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: percentile(s, 0.5), p99: percentile(s, 0.99), n: s.length };
};
const ms = (v: number) => `${v.toFixed(1)} ms`;

function variedArgs(employerId: string, i: number): CommandArgs<'posting.create'> {
  const trade = TRADES[i % TRADES.length]!;
  return postingArgs(employerId, {
    trade: trade.code,
    title: `${trade.zh}${['急招', '长期', '日结', '夜班'][i % 4]}${i}`,
    jobType: JOB_TYPES[i % JOB_TYPES.length],
    district: DISTRICTS[i % DISTRICTS.length]!.code,
    pay: { amount: 150 + (i % 200), unit: 'day', settlement: 'daily' },
    requirements: { certificates: [], minExperienceYears: 0, note: '' },
  });
}

// The tap script the e2e test uses (tests/e2e/kiosk.test.ts registerByTaps), as selectors: a typical worker,
// one trade and no certificates — 登记求职, agree, 王建国 from tiles, phone, 电工, check, PIN twice.
async function registerByTaps(page: Page, phone: string): Promise<void> {
  const btn = (name: string | RegExp, exact = false) => page.getByRole('button', { name, exact }).click();
  const digits = async (s: string) => {
    for (const d of s) await btn(`数字 ${d}`, true);
  };
  const next = () => page.getByTestId('step-next').click();
  await btn(/登记求职/);
  await page.getByTestId('consent-agree').click();
  await btn('王', true);
  await btn('建', true);
  await btn('国', true);
  await next();
  await digits(phone);
  await next();
  await page.getByTestId('reg-trade-electrician').click();
  await next();
  await next(); // summary: the defaults shown are kept
  await digits('2468'); // the fourth digit moves on by itself
  await digits('2468');
  await next();
  await page.getByTestId('done-message').waitFor({ timeout: 15_000 });
}

/**
 * Taps the same worker took before the summary took over the small questions (13 screens, one question each,
 * name by pinyin): the figure this bench printed then, kept as the baseline the new count is compared with.
 */
const BASELINE_TAPS = 58;

const dataDir = mkdtempSync(join(tmpdir(), 'gighall-bench-kiosk-'));
const running = await startHub({
  port: 0,
  host: '127.0.0.1',
  dataDir,
  log: 'silent',
  adminPassword: ADMIN_PASSWORD,
  autoPairLoopback: true,
  setup: { cityCode: '130100', name: '石家庄市零工市场', district: '130102', minHourlyWage: 22 },
});
const browser = await launchBrowser();
try {
  const staff = await staffStation(running.url);
  const employerId = await approvedEmployer(staff);
  log(`publishing ${POSTINGS} postings …`);
  for (let i = 0; i < POSTINGS; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, POSTINGS - i) }, (_, k) =>
        staff.ok('posting.create', variedArgs(employerId, i + k)),
      ),
    );
  }
  staff.close();

  const context = await browser.newContext({
    viewport: SCREENS.portrait,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // Count every tap that reaches the page.
  await context.addInitScript(
    'window.__taps = 0; document.addEventListener("click", () => { window.__taps++; }, true);',
  );
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[kiosk pageerror]', e.message));
  await page.goto(`${running.url}/kiosk/`);
  await page.getByRole('button', { name: /找工作/ }).waitFor({ timeout: 30_000 });
  log('kiosk open');

  // 1. Taps to register.
  await page.evaluate('window.__taps = 0');
  await registerByTaps(page, '13700001234');
  const taps = (await page.evaluate('window.__taps')) as number;
  const registered = running.hub.records.list('worker', 'phone = ?', '13700001234').length;
  await page.getByRole('button', { name: /首页/ }).first().click();

  // 2. Tile → results rendered, in the page.
  await page.getByRole('button', { name: /找工作/ }).click();
  await page.getByTestId('trade-electrician').waitFor();
  const tileTimes: number[] = [];
  const codes = TRADES.map((t) => t.code);
  for (let i = 0; i < TAPS + 3; i++) {
    const code = codes[i % codes.length]!;
    const t = (await page.evaluate(`new Promise((resolve) => {
      const tile = document.querySelector('[data-testid="trade-${code}"]');
      const done = () => {
        const list = document.querySelector('[data-testid="results"]');
        const settled = list && list.getAttribute('aria-busy') === 'false';
        return settled && (list.children.length > 0 || document.querySelector('[data-testid="no-results"]'));
      };
      const t0 = performance.now();
      const obs = new MutationObserver(() => {
        if (!done()) return;
        obs.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      });
      obs.observe(document.body, { subtree: true, childList: true, attributes: true });
      tile.click();
    })`)) as number;
    if (i >= 3) tileTimes.push(t); // the first taps warm up the JIT and the hub's statement cache
    await page.getByTestId('back').click();
    await page.getByTestId('trade-electrician').waitFor();
  }
  const cards = await page.evaluate(`(async () => {
    document.querySelector('[data-testid="trade-electrician"]').click();
    await new Promise((r) => setTimeout(r, 500));
    return document.querySelectorAll('[data-testid="result-card"]').length;
  })()`);
  await context.close();

  // 3. Baseline: the same queries over a kiosk socket, no UI.
  const kiosk = await station(running.url, 'kiosk');
  const socketTimes: number[] = [];
  for (let i = 0; i < TAPS + 3; i++) {
    const code = codes[i % codes.length]!;
    const t0 = performance.now();
    const reply = await kiosk.send('posting.search', {
      q: '',
      trades: [code as never],
      jobTypes: [],
      districts: [],
      sort: 'nearby',
      limit: 20,
      offset: 0,
    });
    const t = performance.now() - t0;
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    if (i >= 3) socketTimes.push(t);
  }
  kiosk.close();

  const ui = stats(tileTimes);
  const base = stats(socketTimes);
  console.log('');
  console.log(
    `kiosk bench — ${POSTINGS} published postings, Chromium ${SCREENS.portrait.width}×${SCREENS.portrait.height}, ${ui.n} tile taps`,
  );
  console.log(
    `  taps to register a typical worker:     ${taps} (baseline ${BASELINE_TAPS}: ×${(taps / BASELINE_TAPS).toFixed(2)}; ` +
      `worker stored at the hub: ${registered === 1 ? 'yes, once' : `NO (${registered})`})`,
  );
  console.log(
    `  tile tap → result list rendered:       p50 ${ms(ui.p50)}   p99 ${ms(ui.p99)}   (${cards} cards on the first page)`,
  );
  console.log(`  baseline posting.search over socket:   p50 ${ms(base.p50)}   p99 ${ms(base.p99)}`);
  console.log(
    `  ratio UI / baseline:                   p50 ×${(ui.p50 / base.p50).toFixed(1)}   p99 ×${(ui.p99 / base.p99).toFixed(1)}`,
  );
  console.log(`  total bench time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await browser.close();
  await running.close();
  rmSync(dataDir, { recursive: true, force: true });
}
