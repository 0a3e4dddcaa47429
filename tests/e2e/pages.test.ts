// The three pages, built and served by a real hub, open in Chromium and pair themselves as stations of their role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestHub, waitFor, type TestHub } from '../helpers/hub';
import { launchBrowser, openStation, SCREENS } from '../helpers/browser';

describe('pages served by the hub', () => {
  let hub: TestHub;
  let browser: Browser;
  beforeAll(async () => {
    hub = await startTestHub({ autoPairLoopback: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.destroy();
  });

  for (const [role, screen] of [
    ['display', SCREENS.landscape],
    ['kiosk', SCREENS.portrait],
    ['staff', SCREENS.landscape],
  ] as const) {
    it(`opens /${role} and pairs it as a ${role} station`, async () => {
      const { context, page } = await openStation(browser, hub.url, role, screen);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await waitFor(
        () => hub.hub.records.list('station', 'role = ?', role).length > 0,
        10_000,
        `${role} station paired`,
      );
      await page.waitForFunction(() => (document.body.innerText ?? '').trim().length > 0);
      // The page keeps the token it was given, so a reload does not pair again.
      await page.reload();
      await page.waitForFunction(() => (document.body.innerText ?? '').trim().length > 0);
      await new Promise((r) => setTimeout(r, 500));
      expect(hub.hub.records.list('station', 'role = ?', role)).toHaveLength(1);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
