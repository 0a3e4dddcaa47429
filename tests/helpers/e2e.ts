// End-to-end fixtures, composed per test: a test names what it needs — `async ({ hub, staff, open }) => …` — and
// gets it ready. Per file: one real hub on an ephemeral port, one Chromium, one signed-in staff socket. Per test:
// station pages (each in its own browser context, so its own storage = its own station), a signed-in console, and
// hubs of its own. Everything a fixture made is closed after the test or the file, also when the test fails, so
// no e2e file repeats the set-up or the clean-up.
import { test as base } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN_PASSWORD, staffStation, startTestHub, type TestHub, type TestHubOptions, type TestStation } from './hub';
import { launchBrowser, SCREENS } from './browser';

export type Role = 'kiosk' | 'staff' | 'display';
export type Viewport = { width: number; height: number };

export interface OpenOptions {
  /** Appended to the page URL, e.g. `?idle=2`. */
  query?: string;
  /** Another hub than the file's (a test's own hub). */
  hubUrl?: string;
  /** A full URL to load instead of the hub's page for the role (the bundle served apart from the hub). */
  url?: string;
  /** Let injected scripts (axe-core) past the page's CSP. */
  bypassCSP?: boolean;
}
export interface StationPage {
  context: BrowserContext;
  page: Page;
}

export interface E2eSetup {
  /** Options of the file's hub; by default pages opened on this machine pair themselves (loopback auto-pairing). */
  hub?: TestHubOptions;
}

/** The test API of an e2e file: `const test = e2e();` or `e2e({ hub: {} })` for a hub that does not auto-pair. */
export function e2e(setup: E2eSetup = {}) {
  return base
    .extend('hub', { scope: 'file' }, async ({}, { onCleanup }) => {
      const hub = await startTestHub(setup.hub ?? { autoPairLoopback: true });
      onCleanup(() => hub.destroy());
      return hub;
    })
    .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
      const browser: Browser = await launchBrowser();
      onCleanup(() => browser.close());
      return browser;
    })
    .extend('staff', { scope: 'file' }, async ({ hub }, { onCleanup }) => {
      const staff: TestStation = await staffStation(hub.url);
      onCleanup(() => staff.close());
      return staff;
    })
    .extend('open', async ({ hub, browser }, { onCleanup }) => {
      const contexts: BrowserContext[] = [];
      onCleanup(async () => {
        for (const context of contexts) await context.close().catch(() => undefined);
      });
      /** A page of one station role at a viewport, in its own browser context. */
      return async (role: Role, viewport: Viewport, opts: OpenOptions = {}): Promise<StationPage> => {
        const context = await browser.newContext({
          viewport,
          locale: 'zh-CN',
          timezoneId: 'Asia/Shanghai',
          bypassCSP: opts.bypassCSP ?? false,
        });
        contexts.push(context);
        const page = await context.newPage();
        page.on('pageerror', (err) => console.error(`[${role} pageerror]`, err.message));
        await page.goto(opts.url ?? `${opts.hubUrl ?? hub.url}/${role}/${opts.query ?? ''}`);
        return { context, page };
      };
    })
    .extend('signedInConsole', async ({ open }) => {
      /** A staff console page signed in as the test admin; `beforeSignIn` runs on the sign-in screen. */
      return async (beforeSignIn?: (page: Page) => Promise<unknown>): Promise<Page> => {
        const { page } = await open('staff', SCREENS.landscape);
        await page.waitForSelector('[data-testid="sign-in"]');
        await beforeSignIn?.(page);
        await page.fill('#signin-username', 'admin');
        await page.fill('#signin-password', ADMIN_PASSWORD);
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-testid="nav-postings"]');
        return page;
      };
    })
    .extend('ownHub', async ({}, { onCleanup }) => {
      const hubs: TestHub[] = [];
      // Last started, first stopped: a hub restarted on the same data dir goes before the first one removes it.
      onCleanup(async () => {
        for (const hub of hubs.reverse()) await hub.destroy().catch(() => undefined);
      });
      /** A hub of this test's own (another data dir, or the same one again after a restart). */
      return async (opts: TestHubOptions = {}, dataDir?: string): Promise<TestHub> => {
        const hub = await startTestHub(opts, dataDir);
        hubs.push(hub);
        return hub;
      };
    });
}
