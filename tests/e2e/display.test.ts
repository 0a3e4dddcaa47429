// The hall wall display end to end: built pages served by a real hub, a staff socket changing things, Debian's
// Chromium showing the board at the three screen shapes. Live updates within a second, the emergency takeover,
// the LED wall's minimum character size, the cached board after the hub is gone, and no personal number ever on
// the page.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestHub, staffStation, waitFor, type TestHub, type TestStation } from '../helpers/hub';
import { approvedEmployer, postingArgs, validResidentId } from '../helpers/fixtures';
import { launchBrowser, openStation, SCREENS, screenPath } from '../helpers/browser';
import type { Station } from '../../shared/domain/entities';
import type { DisplayConfig } from '../../shared/domain/schemas';

const PHONE = /1[3-9]\d{9}/;
const ID_NUMBER = /\d{17}[\dXx]/;

const BASE_CONFIG: DisplayConfig = {
  layout: 'landscape',
  ledWidth: 384,
  ledHeight: 192,
  ledMode: 'page',
  filters: { jobTypes: [], trades: [], districts: [] },
  schedule: { darkFrom: null, darkTo: null, dimFrom: null, dimTo: null },
};

async function householdEmployer(staff: TestStation): Promise<string> {
  const { id } = await staff.ok('employer.create', {
    kind: 'household',
    name: '张秀英',
    householderId: validResidentId('19580412', 'female', 34),
    contactName: '张秀英',
    contactPhone: '13833334444',
    address: '裕华区槐安东路66号3单元',
    district: '130108',
  });
  await staff.ok('employer.vet', {
    employerId: id,
    outcome: 'approved',
    note: '',
    checks: { creditSystemChecked: true, operatingNormal: true, notOnAbnormalList: true, licenceSeen: true },
  });
  return id;
}

/** Every display station the staff socket knows of. */
function displayStations(staff: TestStation): Station[] {
  return [...staff.table<Station>('station').values()].filter((s) => s.role === 'display');
}

/** Open a display page and find the station the hub paired it as (the one display that was not there before). */
async function openDisplay(
  browser: Browser,
  hub: TestHub,
  staff: TestStation,
  viewport: { width: number; height: number },
) {
  const before = new Set(displayStations(staff).map((s) => s.id));
  const { context, page } = await openStation(browser, hub.url, 'display', viewport);
  const station = await waitFor(
    () => displayStations(staff).find((s) => !before.has(s.id)),
    10_000,
    'the page to pair',
  );
  await page.waitForSelector('[data-testid="display"][data-status="online"]', { timeout: 10_000 });
  return { context, page, stationId: station.id };
}

async function expectNoPersonalNumbers(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  const html = await page.content();
  for (const pattern of [PHONE, ID_NUMBER]) {
    expect(text).not.toMatch(pattern);
    expect(html).not.toMatch(pattern);
  }
}

/**
 * The built bundle served apart from the hub, as a thin client serves its local copy of dist/: the page then
 * survives the hub going away, and reaches the hub named in that copy's own /station.json.
 */
async function serveBundle(hubUrl: string): Promise<{ url: string; server: Server }> {
  const root = join(process.cwd(), 'dist');
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
  };
  const server = createServer((req, res) => {
    if (req.url === '/station.json')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ hubUrl }));
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    readFile(join(root, path)).then(
      (body) => res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

const cardCount = (page: Page) => page.locator('[data-testid="posting-card"]').count();

describe('display in Chromium against a real hub', () => {
  let hub: TestHub;
  let staff: TestStation;
  let browser: Browser;
  let enterprise: string;
  let household: string;
  let hubStopped = false;

  beforeAll(async () => {
    hub = await startTestHub({ autoPairLoopback: true });
    staff = await staffStation(hub.url);
    enterprise = await approvedEmployer(staff);
    household = await householdEmployer(staff);
    // A realistic morning board: every job type, pay unit and a household employer.
    const board = [
      postingArgs(enterprise),
      postingArgs(enterprise, {
        trade: 'mover',
        title: '物流仓库装卸搬运',
        jobType: 'hourly',
        headcount: 6,
        pay: { amount: 25, unit: 'hour', settlement: 'daily' },
        district: '130105',
        dailyHours: { from: '18:00', to: '22:00' },
        requirements: { certificates: [], minExperienceYears: 0, note: '' },
      }),
      postingArgs(household, {
        trade: 'housekeeping',
        title: '老人陪护做饭',
        jobType: 'long_term',
        headcount: 1,
        pay: { amount: 4500, unit: 'month', settlement: 'monthly' },
        district: '130108',
        address: '',
        benefits: { meals: true, lodging: true, transport: false },
        requirements: { certificates: ['health'], minExperienceYears: 1, note: '' },
      }),
      postingArgs(enterprise, {
        trade: 'cleaner',
        title: '写字楼日常保洁',
        jobType: 'temporary',
        headcount: 4,
        pay: { amount: 180, unit: 'day', settlement: 'daily' },
        district: '130104',
        requirements: { certificates: [], minExperienceYears: 0, note: '' },
      }),
      postingArgs(enterprise, {
        trade: 'packer',
        title: '电商仓库打包分拣',
        jobType: 'short_term',
        headcount: 10,
        pay: { amount: 22, unit: 'hour', settlement: 'weekly' },
        district: '130171',
        requirements: { certificates: [], minExperienceYears: 0, note: '' },
      }),
      postingArgs(enterprise, {
        trade: 'kitchen_helper',
        title: '食堂帮厨洗菜切配',
        jobType: 'seasonal',
        headcount: 2,
        pay: { amount: 3800, unit: 'month', settlement: 'monthly' },
        district: '130102',
        requirements: { certificates: ['health'], minExperienceYears: 0, note: '' },
      }),
      postingArgs(enterprise, {
        trade: 'security',
        title: '小区夜班保安',
        jobType: 'long_term',
        headcount: 2,
        pay: { amount: 4200, unit: 'month', settlement: 'monthly' },
        district: '130110',
        requirements: { certificates: ['security_guard'], minExperienceYears: 0, note: '' },
      }),
      postingArgs(enterprise, {
        trade: 'painter',
        title: '外墙粉刷油漆工',
        jobType: 'daily',
        headcount: 3,
        pay: { amount: 300, unit: 'day', settlement: 'daily' },
        district: '130123',
        requirements: { certificates: ['height_work'], minExperienceYears: 1, note: '' },
      }),
    ];
    for (const args of board) await staff.ok('posting.create', args);
    await staff.ok('notice.create', {
      text: '本周六上午九点举办家政专场招聘会，欢迎求职者前来',
      kind: 'normal',
      expiresAt: Date.now() + 86_400_000,
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    staff?.close();
    if (hubStopped) await hub?.destroy().catch(() => undefined);
    else await hub?.destroy();
  });

  it('landscape TV: a published posting appears within 1 s, a withdrawn one leaves, nothing personal shows', async () => {
    const { context, page, stationId } = await openDisplay(browser, hub, staff, SCREENS.landscape);
    await waitFor(async () => (await cardCount(page)) === 8, 10_000, 'the seeded board');
    await expect.poll(() => page.locator('[data-testid="notice"]').first().textContent()).toContain('家政专场招聘会');

    const { id } = await staff.ok(
      'posting.create',
      postingArgs(enterprise, {
        trade: 'welder',
        title: '钢结构厂房焊工急招',
        jobType: 'hourly',
        pay: { amount: 40, unit: 'hour', settlement: 'daily' },
      }),
    );
    await page.waitForSelector(`[data-posting-id="${id}"]`, { timeout: 1000 });
    expect(await page.locator(`[data-posting-id="${id}"]`).first().innerText()).toMatch(
      /钢结构厂房焊工急招[\s\S]*40元\/小时/,
    );

    await staff.ok('posting.setStatus', { id, status: 'closed' });
    await page.waitForSelector(`[data-posting-id="${id}"]`, { state: 'detached', timeout: 1000 });

    // The household posting shows neither the householder's name nor any number of theirs.
    expect(await page.locator('body').innerText()).not.toContain('张秀英');
    await expectNoPersonalNumbers(page);

    // The heartbeat reached the hub for the console.
    await expect
      .poll(async () => (await staff.ok('station.health', {})).find((h) => h.stationId === stationId)?.postingsShown, {
        timeout: 15_000,
      })
      .toBe(8);
    const health = (await staff.ok('station.health', {})).find((h) => h.stationId === stationId)!;
    expect(health).toMatchObject({ layout: 'landscape', screenOn: true });
    expect(health.frameP99Ms).toBeGreaterThan(0);

    await page.waitForTimeout(800);
    await page.screenshot({ path: screenPath('display-landscape.png') });
    await context.close();
  });

  it('portrait TV: the layout follows station.configure live', async () => {
    const { context, page, stationId } = await openDisplay(browser, hub, staff, SCREENS.portrait);
    await staff.ok('station.configure', { stationId, display: { ...BASE_CONFIG, layout: 'portrait' } });
    await page.waitForSelector('[data-testid="display"][data-layout="portrait"]', { timeout: 2000 });
    await waitFor(async () => (await cardCount(page)) === 8, 5000, 'the board');
    await expectNoPersonalNumbers(page);
    await page.waitForTimeout(800);
    await page.screenshot({ path: screenPath('display-portrait.png') });

    // A filter for the outdoor wall: only hourly, paid-daily and temporary work.
    await staff.ok('station.configure', {
      stationId,
      display: {
        ...BASE_CONFIG,
        layout: 'portrait',
        filters: { jobTypes: ['hourly', 'daily', 'temporary'], trades: [], districts: [] },
      },
    });
    await waitFor(async () => (await cardCount(page)) === 4, 2000, 'the filtered board');
    const types = await page
      .locator('[data-testid="posting-card"] [data-job-type]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-job-type')));
    expect(new Set(types)).toEqual(new Set(['hourly', 'daily', 'temporary']));
    await context.close();
  });

  it('LED wall 384×192: paging and ticker, no character under 16 px', async () => {
    const { context, page, stationId } = await openDisplay(browser, hub, staff, SCREENS.led);
    const smallest = () =>
      page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let min = Infinity;
        let count = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim() || !node.parentElement) continue;
          count++;
          min = Math.min(min, parseFloat(getComputedStyle(node.parentElement).fontSize));
        }
        return { min, count };
      });

    await staff.ok('station.configure', { stationId, display: { ...BASE_CONFIG, layout: 'led', ledMode: 'page' } });
    await page.waitForSelector('[data-testid="led"]', { timeout: 2000 });
    await page.waitForSelector('[data-testid="posting-card"]');
    const paged = await smallest();
    expect(paged.count).toBeGreaterThan(4);
    expect(paged.min).toBeGreaterThanOrEqual(16);
    await expectNoPersonalNumbers(page);
    await page.screenshot({ path: screenPath('display-led.png') });

    await staff.ok('station.configure', { stationId, display: { ...BASE_CONFIG, layout: 'led', ledMode: 'ticker' } });
    await page.waitForSelector('[data-testid="led-ticker"] [data-testid="posting-card"]', { timeout: 2000 });
    await page.waitForTimeout(500);
    const ticker = await smallest();
    expect(ticker.count).toBeGreaterThan(2);
    expect(ticker.min).toBeGreaterThanOrEqual(16);
    await page.screenshot({ path: screenPath('display-led-ticker.png') });

    // A taller wall (768×384) shows two postings a page.
    await staff.ok('station.configure', {
      stationId,
      display: { ...BASE_CONFIG, layout: 'led', ledMode: 'page', ledWidth: 768, ledHeight: 384 },
    });
    await expect
      .poll(() => page.locator('[data-testid="led"]').evaluate((el) => el.getBoundingClientRect().width))
      .toBe(768);
    expect(await page.locator('.led-page').first().locator('[data-testid="posting-card"]').count()).toBe(2);
    expect((await smallest()).min).toBeGreaterThanOrEqual(16);

    // The outdoor wall goes dark at night: a dark window around now.
    const hh = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    const shanghai = (ms: number) => new Date(new Date(ms).toLocaleString('en-US', { timeZone: 'Asia/Shanghai' }));
    await staff.ok('station.configure', {
      stationId,
      display: {
        ...BASE_CONFIG,
        layout: 'led',
        schedule: {
          darkFrom: hh(shanghai(Date.now() - 3_600_000)),
          darkTo: hh(shanghai(Date.now() + 3_600_000)),
          dimFrom: null,
          dimTo: null,
        },
      },
    });
    await page.waitForSelector('[data-testid="dark"]', { timeout: 3000 });
    expect(await cardCount(page)).toBe(0);
    await context.close();
  });

  it('an emergency notice takes over every display and leaves when cleared', async () => {
    const tv = await openDisplay(browser, hub, staff, SCREENS.landscape);
    const led = await openDisplay(browser, hub, staff, SCREENS.led);
    await staff.ok('station.configure', { stationId: led.stationId, display: { ...BASE_CONFIG, layout: 'led' } });
    await led.page.waitForSelector('[data-testid="led"]');

    const { id } = await staff.ok('notice.create', {
      text: '大风橙色预警，室外招聘暂停，请到室内大厅',
      kind: 'emergency',
      expiresAt: Date.now() + 3_600_000,
    });
    for (const { page } of [tv, led]) {
      await page.waitForSelector('[data-testid="emergency"]', { timeout: 1000 });
      expect(await page.locator('[data-testid="emergency"]').innerText()).toContain('大风橙色预警');
      expect(await cardCount(page)).toBe(0);
    }
    await tv.page.screenshot({ path: screenPath('display-emergency.png') });
    await staff.ok('notice.clear', { id });
    for (const { page } of [tv, led]) {
      await page.waitForSelector('[data-testid="emergency"]', { state: 'detached', timeout: 1000 });
      await page.waitForSelector('[data-testid="posting-card"]', { timeout: 1000 });
    }
    await tv.context.close();
    await led.context.close();
  });

  it('with the hub stopped, the board keeps going and a reload still shows the cached board with the updated mark', async () => {
    const shell = await serveBundle(hub.url);
    try {
      const before = new Set(displayStations(staff).map((s) => s.id));
      const context = await browser.newContext({
        viewport: SCREENS.landscape,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      const page = await context.newPage();
      await page.goto(`${shell.url}/display/index.html`);
      await waitFor(() => displayStations(staff).find((s) => !before.has(s.id)), 10_000, 'the page to pair');
      await page.waitForSelector('[data-testid="display"][data-status="online"]', { timeout: 10_000 });
      await waitFor(async () => (await cardCount(page)) === 8, 5000, 'the board');
      // Let the client persist its cache (it batches writes for half a second).
      await page.waitForTimeout(1200);

      staff.close();
      await hub.close();
      hubStopped = true;
      await page.waitForSelector('[data-testid="display"][data-status="offline"]', { timeout: 10_000 });
      await expect.poll(() => page.locator('[data-testid="updated-mark"]').innerText()).toMatch(/^更新于 \d{2}:\d{2}$/);
      expect(await cardCount(page)).toBe(8);

      await page.reload();
      await page.waitForSelector('[data-testid="posting-card"]', { timeout: 5000 });
      expect(await cardCount(page)).toBe(8);
      await page.waitForSelector('[data-testid="updated-mark"]', { timeout: 5000 });
      expect(await page.locator('[data-testid="site-name"]').innerText()).toBe('石家庄市零工市场');
      await expectNoPersonalNumbers(page);
      await page.screenshot({ path: screenPath('display-offline.png') });
      await context.close();
    } finally {
      shell.server.close();
    }
  });
});
