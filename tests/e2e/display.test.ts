// The hall wall display end to end: built pages served by a real hub, a staff socket changing things, Debian's
// Chromium showing the board at the three screen shapes. Live updates, the emergency takeover, the LED wall's
// minimum character size, the cached board after the hub is gone, and no personal number ever on the page. How
// fast an update reaches a display is measured by `npm run bench:display` and `bench:hub`, not here.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { waitFor, type TestStation } from '../helpers/hub';
import { approvedEmployer, postingArgs, validResidentId } from '../helpers/fixtures';
import { SCREENS, screenPath } from '../helpers/browser';
import { e2e, type OpenOptions, type StationPage, type Viewport } from '../helpers/e2e';
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

type Open = (role: 'display', viewport: Viewport, opts?: OpenOptions) => Promise<StationPage>;

/** Open a display page and find the station the hub paired it as (the one display that was not there before). */
async function openDisplay(open: Open, staff: TestStation, viewport: Viewport, opts: OpenOptions = {}) {
  const before = new Set(displayStations(staff).map((s) => s.id));
  const { context, page } = await open('display', viewport, opts);
  const station = await waitFor(() => displayStations(staff).find((s) => !before.has(s.id)), 'the page to pair');
  await page.waitForSelector('[data-testid="display"][data-status="online"]');
  return { context, page, stationId: station.id };
}

/** Before a screenshot: the fonts loaded and two frames drawn since the last change. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
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
const test = e2e();

describe('display in Chromium against a real hub', () => {
  let enterprise: string;
  let household: string;

  test.beforeAll(async ({ staff }) => {
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
  });

  test('landscape TV: a published posting appears live, a withdrawn one leaves, nothing personal shows', async ({
    staff,
    open,
  }) => {
    const { page, stationId } = await openDisplay(open, staff, SCREENS.landscape);
    await waitFor(async () => (await cardCount(page)) === 8, 'the seeded board');
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
    await page.waitForSelector(`[data-posting-id="${id}"]`);
    expect(await page.locator(`[data-posting-id="${id}"]`).first().innerText()).toMatch(
      /钢结构厂房焊工急招[\s\S]*40元\/小时/,
    );

    await staff.ok('posting.setStatus', { id, status: 'closed' });
    await page.waitForSelector(`[data-posting-id="${id}"]`, { state: 'detached' });

    // The household posting shows neither the householder's name nor any number of theirs.
    expect(await page.locator('body').innerText()).not.toContain('张秀英');
    await expectNoPersonalNumbers(page);

    // The heartbeat reached the hub for the console.
    await expect
      .poll(async () => (await staff.ok('station.health', {})).find((h) => h.stationId === stationId)?.postingsShown)
      .toBe(8);
    const health = (await staff.ok('station.health', {})).find((h) => h.stationId === stationId)!;
    expect(health).toMatchObject({ layout: 'landscape', screenOn: true });
    expect(health.frameP99Ms).toBeGreaterThan(0);

    await settled(page);
    await page.screenshot({ path: screenPath('display-landscape.png') });
  });

  test('portrait TV: the layout follows station.configure live', async ({ staff, open }) => {
    const { page, stationId } = await openDisplay(open, staff, SCREENS.portrait);
    await staff.ok('station.configure', { stationId, display: { ...BASE_CONFIG, layout: 'portrait' } });
    await page.waitForSelector('[data-testid="display"][data-layout="portrait"]');
    await waitFor(async () => (await cardCount(page)) === 8, 'the board');
    await expectNoPersonalNumbers(page);
    await settled(page);
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
    await waitFor(async () => (await cardCount(page)) === 4, 'the filtered board');
    const types = await page
      .locator('[data-testid="posting-card"] [data-job-type]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-job-type')));
    expect(new Set(types)).toEqual(new Set(['hourly', 'daily', 'temporary']));
  });

  test('LED wall 384×192: paging and ticker, no character under 16 px', async ({ staff, open }) => {
    const { page, stationId } = await openDisplay(open, staff, SCREENS.led);
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
    await page.waitForSelector('[data-testid="led"]');
    await page.waitForSelector('[data-testid="posting-card"]');
    const paged = await smallest();
    expect(paged.count).toBeGreaterThan(4);
    expect(paged.min).toBeGreaterThanOrEqual(16);
    await expectNoPersonalNumbers(page);
    await page.screenshot({ path: screenPath('display-led.png') });

    await staff.ok('station.configure', { stationId, display: { ...BASE_CONFIG, layout: 'led', ledMode: 'ticker' } });
    await page.waitForSelector('[data-testid="led-ticker"] [data-testid="posting-card"]');
    const ticker = await waitFor(async () => {
      const now = await smallest();
      return now.count > 2 && now;
    }, 'the ticker filled with text');
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
    await page.waitForSelector('[data-testid="dark"]');
    expect(await cardCount(page)).toBe(0);
  });

  test('an emergency notice takes over every display and leaves when cleared', async ({ staff, open }) => {
    const tv = await openDisplay(open, staff, SCREENS.landscape);
    const led = await openDisplay(open, staff, SCREENS.led);
    await staff.ok('station.configure', { stationId: led.stationId, display: { ...BASE_CONFIG, layout: 'led' } });
    await led.page.waitForSelector('[data-testid="led"]');

    const { id } = await staff.ok('notice.create', {
      text: '大风橙色预警，室外招聘暂停，请到室内大厅',
      kind: 'emergency',
      expiresAt: Date.now() + 3_600_000,
    });
    for (const { page } of [tv, led]) {
      await page.waitForSelector('[data-testid="emergency"]');
      expect(await page.locator('[data-testid="emergency"]').innerText()).toContain('大风橙色预警');
      expect(await cardCount(page)).toBe(0);
    }
    await tv.page.screenshot({ path: screenPath('display-emergency.png') });
    await staff.ok('notice.clear', { id });
    for (const { page } of [tv, led]) {
      await page.waitForSelector('[data-testid="emergency"]', { state: 'detached' });
      await page.waitForSelector('[data-testid="posting-card"]');
    }
  });

  test('with the hub stopped, the board keeps going and a reload still shows the cached board with the updated mark', async ({
    hub,
    staff,
    open,
  }) => {
    const shell = await serveBundle(hub.url);
    try {
      const { page, stationId } = await openDisplay(open, staff, SCREENS.landscape, {
        url: `${shell.url}/display/index.html`,
      });
      await waitFor(async () => (await cardCount(page)) === 8, 'the board');
      // The display writes its replica to IndexedDB (gighall-<window>) once updates settle: wait until the whole
      // board is there — postings, station and site.
      await page.waitForFunction(
        async () => {
          const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('gighall'));
          const counts = await Promise.all(
            names.map(
              (name) =>
                new Promise<number>((resolve) => {
                  const open = indexedDB.open(name);
                  open.onerror = () => resolve(0);
                  open.onsuccess = () => {
                    const db = open.result;
                    if (!db.objectStoreNames.contains('cache')) {
                      db.close();
                      return resolve(0);
                    }
                    const keys = db.transaction('cache', 'readonly').objectStore('cache').getAllKeys();
                    keys.onerror = () => resolve(0);
                    keys.onsuccess = () => {
                      db.close();
                      const all = keys.result.map(String);
                      // The board needs its postings, and its station (layout, filters) and site to draw them.
                      const whole = ['station:', 'site:', 'meta'].every((k) => all.some((key) => key.startsWith(k)));
                      resolve(whole ? all.filter((k) => k.startsWith('posting:')).length : 0);
                    };
                  };
                }),
            ),
          );
          return counts.includes(8);
        },
        undefined,
        { polling: 100 },
      );

      // And the page has reported the board it shows (its heartbeat reached the hub).
      await expect
        .poll(async () => (await staff.ok('station.health', {})).find((h) => h.stationId === stationId)?.postingsShown)
        .toBe(8);

      // The last test of the file: the hub stops here for good (the file's clean-up closes it only once).
      staff.close();
      await hub.close();
      await page.waitForSelector('[data-testid="display"][data-status="offline"]');
      await expect.poll(() => page.locator('[data-testid="updated-mark"]').innerText()).toMatch(/^更新于 \d{2}:\d{2}$/);
      expect(await cardCount(page)).toBe(8);

      await page.reload();
      await page.waitForSelector('[data-testid="posting-card"]');
      expect(await cardCount(page)).toBe(8);
      await page.waitForSelector('[data-testid="updated-mark"]');
      expect(await page.locator('[data-testid="site-name"]').innerText()).toBe('石家庄市零工市场');
      await expectNoPersonalNumbers(page);
      await page.screenshot({ path: screenPath('display-offline.png') });
    } finally {
      shell.server.close();
    }
  });
});
