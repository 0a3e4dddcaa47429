// Read-aloud on a station without a Chinese system voice (Debian's headless Chromium has none): turning on 朗读 and
// tapping a tile must produce sound — audio buffers with real, non-silent samples played through Web Audio by the
// bundled voice — not merely a call to a speech function. The test instruments the page (never the product): it
// records every buffer the page starts playing with its length and loudness, and what text the page asked the
// voice worker to speak.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { staffStation, startTestHub, type TestHub, type TestStation } from '../helpers/hub';
import { approvedEmployer, postingArgs } from '../helpers/fixtures';
import { launchBrowser, SCREENS, screenPath } from '../helpers/browser';

interface Played {
  seconds: number;
  rms: number;
  peak: number;
}

// Runs in the page before its own scripts.
const INSTRUMENT = `
  window.__played = [];
  window.__spoken = [];
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (...args) {
    const b = this.buffer;
    if (b) {
      const d = b.getChannelData(0);
      let sum = 0, peak = 0;
      for (let i = 0; i < d.length; i++) { sum += d[i] * d[i]; peak = Math.max(peak, Math.abs(d[i])); }
      window.__played.push({ seconds: b.duration, rms: Math.sqrt(sum / Math.max(1, d.length)), peak });
    }
    return start.apply(this, args);
  };
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (msg, ...rest) {
    if (msg && typeof msg.text === 'string') window.__spoken.push(msg.text);
    return post.call(this, msg, ...rest);
  };
`;

const played = (page: Page) => page.evaluate(() => (window as unknown as { __played: Played[] }).__played);
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
const audible = (p: Played) => p.seconds > 0.3 && p.rms > 0.01 && p.peak > 0.1;

describe('kiosk read-aloud', () => {
  let hub: TestHub;
  let staff: TestStation;
  let browser: Browser;

  beforeAll(async () => {
    hub = await startTestHub({ autoPairLoopback: true });
    staff = await staffStation(hub.url);
    const employerId = await approvedEmployer(staff);
    await staff.ok('posting.create', postingArgs(employerId, { title: '小区电路检修电工' }));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    staff?.close();
    await hub?.destroy();
  });

  it('with no system Chinese voice, 朗读 and a tapped tile and card are heard through the bundled voice', async () => {
    const context = await browser.newContext({
      viewport: SCREENS.portrait,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    await context.addInitScript(INSTRUMENT);
    const page = await context.newPage();
    page.on('pageerror', (err) => console.error('[kiosk pageerror]', err.message));
    await page.goto(`${hub.url}/kiosk/`);
    await page.getByRole('button', { name: /找工作/ }).waitFor({ timeout: 15_000 });
    // The station really has no Chinese system voice (else this test would prove nothing about the bundled one).
    expect(await page.evaluate(() => speechSynthesis.getVoices().filter((v) => /^(zh|cmn)/i.test(v.lang)).length)).toBe(
      0,
    );
    expect(await played(page)).toEqual([]);

    // One tap turns reading on: it says so and reads the screen.
    await page.getByTestId('speak').click();
    expect(await page.getByTestId('speak').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await played(page)).filter(audible).length, { timeout: 60_000 }).toBeGreaterThan(0);
    expect((await spoken(page))[0]).toContain('朗读已打开');

    // A tapped tile is read: the worker is asked for its word, and more sound plays.
    await page.getByRole('button', { name: /找工作/ }).click();
    await page.getByTestId('trade-electrician').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: screenPath('kiosk-17-read-aloud-on.png') });
    const before = (await played(page)).filter(audible).length;
    await page.getByTestId('trade-electrician').click();
    await expect.poll(() => spoken(page), { timeout: 30_000 }).toContainEqual('电工');
    await expect
      .poll(async () => (await played(page)).filter(audible).length, { timeout: 60_000 })
      .toBeGreaterThan(before);

    // The results screen reads its count and the cards; a tapped card is read with its pay and place.
    await expect.poll(async () => (await spoken(page)).join('|'), { timeout: 30_000 }).toMatch(/找到 1 个岗位/);
    await page.getByTestId('result-card').first().click();
    await expect.poll(async () => (await spoken(page)).join('|'), { timeout: 30_000 }).toMatch(/小区电路检修电工.*元/);

    // Registering with reading on: the privacy notice is read, the phone's digits are read as tapped, and the
    // PIN's are not (the hall would hear them).
    await page.getByRole('button', { name: /首页/ }).first().click();
    await page.getByTestId('speak').click();
    await page.getByRole('button', { name: /登记求职/ }).click();
    await expect.poll(async () => (await spoken(page)).join('|'), { timeout: 30_000 }).toMatch(/登记前先说明/);
    await page.getByTestId('consent-agree').click();
    for (const ch of ['王', '建', '国']) await page.getByRole('button', { name: ch, exact: true }).click();
    await page.getByTestId('step-next').click();
    for (const d of '13700009999') await page.getByRole('button', { name: `数字 ${d}`, exact: true }).click();
    await expect.poll(() => spoken(page), { timeout: 30_000 }).toContainEqual('数字 9');
    await page.getByTestId('step-next').click();
    await page.getByTestId('reg-trade-electrician').click();
    await page.getByTestId('step-next').click();
    await page.getByTestId('summary-name').waitFor();
    await page.getByTestId('step-next').click();
    const beforePin = (await spoken(page)).length;
    for (const d of '5683') await page.getByRole('button', { name: `数字 ${d}`, exact: true }).click();
    await page.getByText('请再输一遍密码', { exact: true }).first().waitFor();
    expect((await spoken(page)).slice(beforePin).filter((text) => /数字|[0-9]/.test(text))).toEqual([]);

    // Still on for the rest of the visit; the idle reset (here: 首页) turns it off.
    expect(await page.getByTestId('speak').getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: /首页/ }).first().click();
    await page.getByRole('button', { name: /找工作/ }).waitFor();
    expect(await page.getByTestId('speak').getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });
});
