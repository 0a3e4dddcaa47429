// The walk-in kiosk end to end: built page served by a real hub, driven by taps in Debian's Chromium at
// 1080×1920 (portrait kiosk) and 1920×1080 (landscape). Every screen visited is audited with axe-core (no serious
// or critical violations), for 60×60 px touch targets and 24 px body text; portrait runs save docs/screens shots.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staffStation, waitFor } from '../helpers/hub';
import { approvedEmployer, postingArgs } from '../helpers/fixtures';
import { SCREENS, screenPath } from '../helpers/browser';
import { referenceStrokes } from '../helpers/strokes';
import { e2e, type OpenOptions, type StationPage, type Viewport } from '../helpers/e2e';

const AXE = 'node_modules/axe-core/axe.min.js';
const test = e2e();
type Open = (role: 'kiosk', viewport: Viewport, opts?: OpenOptions) => Promise<StationPage>;

/** A kiosk page on its first screen. bypassCSP: the page's CSP (script-src 'self') would refuse axe-core. */
async function openKiosk(open: Open, viewport: Viewport, opts: OpenOptions = {}): Promise<StationPage> {
  const station = await open('kiosk', viewport, { bypassCSP: true, ...opts });
  await station.page.getByRole('button', { name: /找工作/ }).waitFor();
  return station;
}

/** axe-core, touch-target and text-size checks on what is on screen now; a screenshot when `shot` is given. */
async function audit(page: Page, shot?: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  if (shot) await page.screenshot({ path: screenPath(`kiosk-${shot}.png`), fullPage: false });
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
  expect(violations, `axe on ${shot ?? page.url()}`).toEqual([]);
  const small = await page.evaluate(() => {
    const out: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    for (const el of document.querySelectorAll(
      'button, a[href], input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])',
    )) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 60 || r.height < 60)
        out.push(
          `target ${Math.round(r.width)}×${Math.round(r.height)}: ${(el.textContent ?? '').trim().slice(0, 20)}`,
        );
    }
    // Every visible text node's element: body text at least 24 px.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !(n.textContent ?? '').trim() || !visible(el) || el.closest('.slip, [aria-hidden="true"]')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 24) out.push(`text ${size}px: ${(n.textContent ?? '').trim().slice(0, 20)}`);
    }
    return [...new Set(out)];
  });
  expect(small, `sizes on ${shot ?? page.url()}`).toEqual([]);
}

async function tapDigits(page: Page, digits: string): Promise<void> {
  for (const d of digits) await page.getByRole('button', { name: `数字 ${d}`, exact: true }).click();
}
async function tapLetters(page: Page, letters: string): Promise<void> {
  for (const l of letters) await page.getByRole('button', { name: `字母 ${l}`, exact: true }).click();
}
const next = (page: Page) => page.getByTestId('step-next').click();

/** Write a character on the 手写 pad with the mouse, along its reference strokes scaled to the pad on screen. */
async function drawWithMouse(page: Page, char: string): Promise<void> {
  const pad = page.getByTestId('handwriting-pad');
  const box = (await pad.boundingBox())!;
  const before = Number(await pad.getAttribute('data-strokes'));
  const strokes = referenceStrokes(char);
  const at = (p: { x: number; y: number }) => ({
    x: box.x + box.width * (0.1 + (0.8 * p.x) / 1024),
    y: box.y + box.height * (0.1 + (0.8 * p.y) / 1024),
  });
  for (const stroke of strokes) {
    const first = at(stroke[0]!);
    await page.mouse.move(first.x, first.y);
    await page.mouse.down();
    for (const p of stroke.slice(1)) {
      const q = at(p);
      await page.mouse.move(q.x, q.y, { steps: 4 });
    }
    await page.mouse.up();
  }
  await expect.poll(() => pad.getAttribute('data-strokes')).toBe(String(before + strokes.length));
}

async function resultTrades(page: Page): Promise<string[]> {
  await page.getByTestId('result-card').first().waitFor();
  return page.getByTestId('result-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-trade') ?? ''));
}

/** Count every tap that reaches the page from now on (a capture listener on the document, as the benchmark does). */
async function countTaps(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __taps: number };
    w.__taps = 0;
    document.addEventListener('click', () => w.__taps++, true);
  });
  return () => page.evaluate(() => (window as unknown as { __taps: number }).__taps);
}

/**
 * Register a typical worker — one trade, no certificates — by taps alone (the same script the benchmark counts):
 * 登记求职, agree, 王建国 from tiles, phone, 电工, check, PIN twice. Returns the taps the page received.
 */
async function registerByTaps(page: Page, phone: string, shots: boolean): Promise<number> {
  const shot = async (name: string) => (shots ? audit(page, name) : undefined);
  const taps = await countTaps(page);
  await page.getByRole('button', { name: /登记求职/ }).click();
  await shot('register-01-consent');
  await page.getByTestId('consent-agree').click();
  await page.getByRole('button', { name: '王', exact: true }).click();
  await page.getByTestId('name-tiles-given').waitFor();
  await shot('register-02-name');
  await page.getByRole('button', { name: '建', exact: true }).click();
  await page.getByRole('button', { name: '国', exact: true }).click();
  await expect.poll(() => page.getByTestId('name-value').textContent()).toContain('王建国');
  await next(page);
  await tapDigits(page, phone);
  await shot('register-03-phone');
  await next(page);
  await page.getByTestId('reg-trade-electrician').click();
  await shot('register-04-trades');
  await next(page);
  await expect.poll(() => page.getByTestId('summary-name').textContent()).toContain('王建国');
  expect(await page.getByTestId('summary-phone').textContent()).toBe(phone);
  expect(await page.getByTestId('summary-districts').textContent()).toBe('哪个区都行');
  await shot('register-05-summary');
  await next(page);
  await tapDigits(page, '2468');
  await page.getByText('请再输一遍密码', { exact: true }).first().waitFor();
  await shot('register-06-pin-again');
  await tapDigits(page, '2468');
  await next(page);
  await page.getByTestId('done-message').waitFor();
  return taps();
}

/** From the summary, fill every field the typical path leaves to its default: one 改 each, each screen audited. */
async function completeFromSummary(page: Page, shots: boolean): Promise<void> {
  const shot = async (name: string) => audit(page, shots ? name : undefined);
  const back = () => page.getByTestId('summary-name').waitFor();
  await page.getByTestId('edit-basics').click();
  await page.getByRole('button', { name: /男/ }).click();
  await page.getByRole('button', { name: '1960年代' }).click();
  await page.getByRole('button', { name: '1969年' }).click();
  await shot('landscape-register-later-basics');
  await next(page);
  await back();
  await page.getByTestId('edit-trades').click();
  await page.getByTestId('reg-trade-plumber').click();
  await next(page);
  await back();
  await page.getByTestId('edit-skills').click();
  await page.getByRole('button', { name: /电工证/ }).click();
  await tapDigits(page, '15');
  await shot('landscape-register-later-skills');
  await next(page);
  await back();
  await page.getByTestId('edit-when').click();
  await page.getByRole('button', { name: /工作日晚上/ }).click();
  await page.getByRole('button', { name: /周末白天/ }).click();
  await page.getByRole('button', { name: /^按天|^日结/ }).click();
  await shot('landscape-register-later-when');
  await next(page);
  await back();
  await page.getByTestId('edit-districts').click();
  await page.getByRole('button', { name: /长安区/ }).click();
  await shot('landscape-register-later-districts');
  await next(page);
  await back();
  await page.getByTestId('edit-pay').click();
  await tapDigits(page, '300');
  await shot('landscape-register-later-pay');
  await next(page);
  await back();
  await shot('landscape-register-summary-complete');
}

describe('kiosk', () => {
  const titles = { elec1: '小区电路检修电工', elec2: '商场夜间电工', cleaner: '写字楼保洁', mover: '仓库搬运装卸' };

  test.beforeAll(async ({ staff }) => {
    const employerId = await approvedEmployer(staff);
    await staff.ok('posting.create', postingArgs(employerId, { title: titles.elec1 }));
    await staff.ok(
      'posting.create',
      postingArgs(employerId, {
        title: titles.elec2,
        district: '130104',
        jobType: 'hourly',
        pay: { amount: 35, unit: 'hour', settlement: 'weekly' },
        dailyHours: { from: '18:00', to: '23:00' },
      }),
    );
    await staff.ok(
      'posting.create',
      postingArgs(employerId, {
        title: titles.cleaner,
        trade: 'cleaner',
        requirements: { certificates: ['health'], minExperienceYears: 0, note: '' },
        pay: { amount: 150, unit: 'day', settlement: 'daily' },
      }),
    );
    await staff.ok(
      'posting.create',
      postingArgs(employerId, {
        title: titles.mover,
        trade: 'mover',
        requirements: { certificates: [], minExperienceYears: 0, note: '' },
      }),
    );
  });

  for (const [vpName, viewport] of [
    ['portrait', SCREENS.portrait],
    ['landscape', SCREENS.landscape],
  ] as const) {
    const shots = vpName === 'portrait';
    test(`${vpName}: finds 电工 jobs by tiles alone and applies with a phone number`, async ({ staff, open }) => {
      const { page } = await openKiosk(open, viewport);
      await audit(page, shots ? '01-attract' : 'landscape-01-attract');
      await page.getByRole('button', { name: /找工作/ }).click();
      await audit(page, shots ? '02-trades' : undefined);
      await page.getByTestId('trade-electrician').click();
      const trades = await resultTrades(page);
      expect(trades.length).toBe(2);
      expect(new Set(trades)).toEqual(new Set(['electrician']));
      await expect.poll(() => page.getByTestId('results-heading').textContent()).toContain('电工');
      await audit(page, shots ? '03-results' : 'landscape-03-results');
      // A district chosen is never a silent filter: the line names it, and stays when another trade is opened,
      // until 看全部.
      expect(await page.getByTestId('filter-note').count()).toBe(0);
      await page.getByRole('group', { name: '地区' }).getByRole('button', { name: '桥西区', exact: true }).click();
      await expect.poll(() => page.getByTestId('result-card').count()).toBe(1);
      expect(await page.getByTestId('filter-note').textContent()).toContain('只看了桥西区的岗位');
      await page.getByTestId('back').click();
      await page.getByTestId('trade-electrician').click();
      await expect.poll(() => page.getByTestId('filter-note').textContent()).toContain('只看了桥西区的岗位');
      await audit(page, shots ? '03b-results-filtered' : undefined);
      await page.getByTestId('show-all').click();
      await expect.poll(() => page.getByTestId('result-card').count()).toBe(2);
      expect(await page.getByTestId('filter-note').count()).toBe(0);

      await page.getByTestId('result-card').filter({ hasText: titles.elec1 }).click();
      await page.getByRole('img', { name: '这个岗位的二维码' }).waitFor();
      expect(await page.locator('.detail > .facts').innerText()).toMatch(
        /260元\/天 · 日结[\s\S]*电工证[\s\S]*还差 3 人/,
      );
      await audit(page, shots ? '04-detail' : undefined);

      await page.getByTestId('interested').click();
      const phone = vpName === 'portrait' ? '13912345678' : '13812345678';
      await tapDigits(page, '2');
      await expect.poll(() => page.getByTestId('apply-phone-error').textContent()).toContain('1 开头');
      await page.getByRole('button', { name: /清空/ }).click();
      await tapDigits(page, phone);
      await audit(page, shots ? '05-apply-phone' : undefined);
      await page.getByTestId('apply-submit').click();
      await page.getByTestId('done-message').waitFor();
      expect(await page.getByTestId('done-message').textContent()).toContain('报名成功');
      await audit(page, shots ? '06-applied' : undefined);
      const app = await waitFor(
        () =>
          [...staff.table<{ phone: string; postingId: string; source: string }>('application').values()].find(
            (a) => a.phone === phone,
          ),
        'application at the hub',
      );
      expect(app.source).toBe('kiosk');
      const posting = [...staff.table<{ id: string; title: string }>('posting').values()].find(
        (p) => p.id === app.postingId,
      );
      expect(posting?.title).toBe(titles.elec1);
    });

    test(`${vpName}: finds 电工 jobs by typing the pinyin initials dg`, async ({ open }) => {
      const { page } = await openKiosk(open, viewport);
      await page.getByRole('button', { name: /找工作/ }).click();
      await page.getByRole('button', { name: /打字搜索/ }).click();
      await tapLetters(page, 'dg');
      await page.getByRole('button', { name: '电工', exact: true }).waitFor();
      await audit(page, shots ? '07-search-dg' : undefined);
      await page.getByRole('button', { name: '搜索', exact: true }).click();
      const trades = await resultTrades(page);
      expect(trades).toContain('electrician');
      expect(trades.every((t) => t === 'electrician')).toBe(true);
    });
  }

  for (const [vpName, viewport] of [
    ['portrait', SCREENS.portrait],
    ['landscape', SCREENS.landscape],
  ] as const) {
    test(`${vpName}: registers a worker with taps alone; the record reaches the hub`, async ({ hub, open }) => {
      const { page } = await openKiosk(open, viewport);
      const phone = vpName === 'portrait' ? '13700001111' : '13700002222';
      let expected: Record<string, unknown>;
      if (vpName === 'portrait') {
        // The typical worker: at most 30 taps (58 before the summary took over the small questions).
        const taps = await registerByTaps(page, phone, true);
        expect(taps).toBeLessThanOrEqual(30);
        expected = {
          gender: null,
          birthYear: null,
          trades: ['electrician'],
          certificates: [],
          experienceYears: 0,
          availability: [],
          jobTypes: [],
          districts: [],
          expectedPay: null,
        };
      } else {
        // Everything else the record holds, each one tap away on the summary.
        const taps = await countTaps(page);
        await page.getByRole('button', { name: /登记求职/ }).click();
        await page.getByTestId('consent-agree').click();
        for (const ch of ['王', '建', '国']) await page.getByRole('button', { name: ch, exact: true }).click();
        await audit(page, 'landscape-register-02-name');
        await next(page);
        await tapDigits(page, phone);
        await next(page);
        await page.getByTestId('reg-trade-electrician').click();
        await audit(page, 'landscape-register-04-trades');
        await next(page);
        await completeFromSummary(page, true);
        await next(page);
        await tapDigits(page, '2468');
        await audit(page, 'landscape-register-06-pin-again');
        await tapDigits(page, '2468');
        await next(page);
        await page.getByTestId('done-message').waitFor();
        expect(await taps()).toBeLessThanOrEqual(60);
        expected = {
          gender: 'male',
          birthYear: 1969,
          trades: ['electrician', 'plumber'],
          certificates: ['electrician'],
          experienceYears: 15,
          availability: ['weekday_evening', 'weekend_day'],
          jobTypes: ['daily'],
          districts: ['130102'],
          expectedPay: { amount: 300, unit: 'day' },
        };
      }
      expect(await page.getByTestId('done-message').textContent()).toContain('登记成功');
      if (vpName === 'portrait') await audit(page, 'register-07-done');
      const workers = await waitFor(() => {
        const w = hub.hub.records.list('worker', 'phone = ?', phone);
        return w.length ? w : null;
      }, 'worker at the hub');
      expect(workers).toHaveLength(1);
      expect(workers[0]).toMatchObject({
        name: '王建国',
        nameIncomplete: false,
        ...expected,
        hasPin: true,
        source: 'kiosk',
      });
      expect(workers[0]!.consent?.version).toBe('kiosk-1');
      // While the visitor is still here the kiosk identifies them: "my matches" shows the electrician jobs.
      await page.getByRole('button', { name: /看看适合我的工作/ }).click();
      await page.getByTestId('matches-heading').waitFor();
      if (vpName === 'portrait') await audit(page, '08-matches');
    });
  }

  test('portrait: a name the tiles lack — 孟 by pinyin and by handwriting — reaches the hub', async ({ hub, open }) => {
    const { page } = await openKiosk(open, SCREENS.portrait);
    const phone = '13700003333';
    await page.getByRole('button', { name: /登记求职/ }).click();
    await page.getByTestId('consent-agree').click();
    // 孟 is not among the surname tiles: pinyin finds it, first for a surname.
    expect(await page.getByRole('button', { name: '孟', exact: true }).count()).toBe(0);
    await page.getByTestId('name-mode-pinyin').click();
    await tapLetters(page, 'meng');
    await expect.poll(() => page.locator('.char-tile').first().textContent()).toBe('孟');
    await audit(page, 'name-01-pinyin');
    await page.getByRole('button', { name: '孟', exact: true }).click();
    await expect.poll(() => page.getByTestId('name-value').textContent()).toBe('姓名：孟');
    // Start again and write it instead: drawn with the mouse along 孟's strokes on the pad.
    await page.getByRole('button', { name: /全部重选/ }).click();
    await page.getByTestId('name-mode-handwriting').click();
    await page.locator('[data-testid="handwriting-status"][data-status="ready"]').waitFor();
    await audit(page, 'name-02-handwriting-empty');
    await drawWithMouse(page, '孟');
    await page.getByRole('button', { name: '孟', exact: true }).waitFor();
    const offered = await page.locator('.char-tile').allTextContents();
    expect(offered.slice(0, 5)).toContain('孟');
    await audit(page, 'name-03-handwriting');
    await page.getByRole('button', { name: '孟', exact: true }).click();
    // The given name by hand too (铁), then by pinyin (栓).
    await drawWithMouse(page, '铁');
    await page.getByRole('button', { name: '铁', exact: true }).click();
    await page.getByTestId('name-mode-pinyin').click();
    await tapLetters(page, 'shuan');
    await page.getByRole('button', { name: '栓', exact: true }).click();
    await expect.poll(() => page.getByTestId('name-value').textContent()).toBe('姓名：孟铁栓');
    await audit(page, 'name-04-done');
    await next(page);
    await tapDigits(page, phone);
    await next(page);
    await next(page); // no trade: staff can add it
    await expect.poll(() => page.getByTestId('summary-name').textContent()).toBe('孟铁栓');
    await next(page);
    await tapDigits(page, '13571357');
    await next(page);
    await page.getByTestId('done-message').waitFor();
    const worker = await waitFor(
      () => hub.hub.records.list('worker', 'phone = ?', phone)[0] ?? null,
      'worker at the hub',
    );
    expect(worker).toMatchObject({ name: '孟铁栓', nameIncomplete: false });
  });

  test('a returning worker identifies with phone + PIN and sees matches; a wrong PIN is refused in words', async ({
    hub,
    open,
  }) => {
    const { page } = await openKiosk(open, SCREENS.portrait);
    await page.getByRole('button', { name: /我的推荐/ }).click();
    await tapDigits(page, '13700001111');
    await audit(page, '09-identify');
    await page.getByTestId('identify-ok').click();
    await tapDigits(page, '1111');
    await page.getByTestId('identify-ok').click();
    await expect.poll(() => page.getByTestId('id-pin-error').textContent()).toContain('不正确');
    await tapDigits(page, '2468');
    await page.getByTestId('identify-ok').click();
    await page.getByTestId('matches-heading').waitFor();
    const cards = await page.getByTestId('result-card').allTextContents();
    expect(cards.some((c) => c.includes(titles.elec1))).toBe(true);
    expect(cards.some((c) => c.includes(titles.cleaner))).toBe(false);
    const identifiedHere = () =>
      [...hub.hub.peers].filter((p) => p.session.role === 'kiosk' && p.session.workerId).length;
    expect(identifiedHere()).toBe(1);
    await page.getByRole('button', { name: /退出/ }).click();
    await page.getByRole('button', { name: /找工作/ }).waitFor();
    // Exit makes the hub forget the worker on this socket: nothing personal reaches the next visitor.
    await waitFor(() => identifiedHere() === 0, 'worker forgotten by the hub');
  });

  test('大字 mode scales the text; English switch; idle warning can be extended', async ({ open }) => {
    // A long countdown (120 s): the warning must stay up while axe audits it, however busy the machine.
    const { page } = await openKiosk(open, SCREENS.portrait, { query: '?idle=3&warn=120' });
    const size = () =>
      page
        .locator('.big-label')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.getByTestId('large').click();
    expect(await size()).toBeGreaterThan(before * 1.2);
    await audit(page, '10-large-text');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('button', { name: /Find work/ }).waitFor();
    await audit(page, '11-english');
    await page.getByTestId('idle-warning').waitFor();
    await audit(page, '12-idle-warning');
    await page.getByRole('button', { name: /I am here/ }).click();
    await page.getByTestId('idle-warning').waitFor({ state: 'detached' });
    // Still the same visit: English and large text kept.
    expect(await page.getByRole('button', { name: /Find work/ }).count()).toBe(1);
  });

  test('idle reset leaves no trace of the phone number in the DOM, storage or history', async ({ open }) => {
    // Idle after 4 s without a touch: longer than a tap takes on a busy machine, so the reset comes only when the
    // test stops tapping and waits for it.
    const { page } = await openKiosk(open, SCREENS.portrait, { query: '?idle=4&warn=1' });
    const phone = '15877776666';
    const historyBefore = await page.evaluate(() => history.length);
    // A visitor half-way through registering, after also typing the number for an application.
    await page.getByRole('button', { name: /找工作/ }).click();
    await page.getByTestId('trade-electrician').click();
    await page.getByTestId('result-card').first().click();
    await page.getByTestId('interested').click();
    await tapDigits(page, phone);
    await page.getByTestId('idle-warning').waitFor();
    await page.getByRole('button', { name: /找工作/ }).waitFor();
    await page.getByRole('button', { name: /登记求职/ }).click();
    await page.getByTestId('consent-agree').click();
    await page.getByTestId('name-incomplete').click();
    await next(page);
    await tapDigits(page, phone);
    expect((await page.getByTestId('reg-phone-value').textContent())?.replace(/\s/g, '')).toBe(phone);
    await page.getByTestId('idle-warning').waitFor();
    await page.getByRole('button', { name: /找工作/ }).waitFor();
    const traces = await page.evaluate((p) => {
      const flat = (s: string) => s.replace(/[\s-]/g, '');
      const stores = [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`));
      return {
        dom: flat(document.documentElement.outerHTML).includes(p) || flat(document.body.innerText).includes(p),
        storage: stores.some((v) => flat(v).includes(p)),
        sessionKeys: Object.keys(sessionStorage).length,
        historyLength: history.length,
        historyState: history.state,
        screen: document.querySelector('main')?.getAttribute('data-screen'),
      };
    }, phone);
    expect(traces).toEqual({
      dom: false,
      storage: false,
      sessionKeys: 0,
      historyLength: historyBefore,
      historyState: null,
      screen: 'attract',
    });
    // Going "back" after the reset cannot bring anything back either.
    expect(await page.getByTestId('back').count()).toBe(0);
  });

  test('an unpaired kiosk shows its 6-digit pairing code big, and starts once staff approve it', async ({
    open,
    ownHub,
  }) => {
    const own = await ownHub();
    const ownStaff = await staffStation(own.url);
    try {
      const { page } = await open('kiosk', SCREENS.portrait, { hubUrl: own.url, bypassCSP: true });
      const code = (await page.getByTestId('pairing-code').textContent()) ?? '';
      expect(code).toMatch(/^\d{6}$/);
      expect(
        await page.getByTestId('pairing-code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
      ).toBeGreaterThanOrEqual(100);
      await audit(page, '00-pairing');
      await ownStaff.ok('station.approve', { code, role: 'kiosk', name: '大厅一体机 1' });
      await page.getByRole('button', { name: /找工作/ }).waitFor();
    } finally {
      ownStaff.close();
    }
  });

  test('with the hub stopped, browsing works from cache and a registration is queued, then delivered exactly once', async ({
    open,
    ownHub,
  }) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gighall-kiosk-offline-'));
    // Removed with the hubs after the test (ownHub), the restarted one first.
    let own = await ownHub({ autoPairLoopback: true }, dataDir);
    const ownStaff = await staffStation(own.url);
    const employerId = await approvedEmployer(ownStaff);
    await ownStaff.ok('posting.create', postingArgs(employerId, { title: titles.elec1 }));
    ownStaff.close();
    const port = own.port;
    const { page } = await openKiosk(open, SCREENS.portrait, { hubUrl: own.url });
    // Wait until the cache of public postings is in storage (the client batches its writes).
    await page.waitForFunction(() =>
      Object.keys(localStorage).some(
        (k) => k.endsWith('.cache') && (localStorage.getItem(k) ?? '').includes('posting'),
      ),
    );
    await own.close();
    await page.getByRole('status').filter({ hasText: '网络断开' }).first().waitFor();
    await page.getByRole('button', { name: /找工作/ }).click();
    await page.getByTestId('trade-electrician').click();
    expect(await resultTrades(page)).toEqual(['electrician']);
    await audit(page, '13-offline-results');
    await page.getByRole('button', { name: /首页/ }).click();

    const phone = '13655554444';
    await registerByTaps(page, phone, false);
    expect(await page.getByTestId('done-message').textContent()).toContain('已保存在本机');
    await audit(page, '14-offline-saved');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith('.queue')).length)).toBe(1);

    own = await ownHub({ autoPairLoopback: true, port }, dataDir);
    await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.endsWith('.queue')));
    await waitFor(() => own.hub.records.list('worker', 'phone = ?', phone).length > 0, 'queued registration delivered');
    // A reload with the queue already empty: once the page is connected again (where a resend would start),
    // still exactly one worker, and nothing queued to send.
    const before = new Set(own.hub.peers);
    await page.reload();
    await page.getByRole('button', { name: /找工作/ }).waitFor();
    const hub = own;
    await waitFor(
      () => [...hub.hub.peers].some((p) => !before.has(p) && p.session.role === 'kiosk'),
      'the reloaded kiosk connected',
    );
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith('.queue')))).toEqual([]);
    expect(own.hub.records.list('worker', 'phone = ?', phone)).toHaveLength(1);
  });
});
