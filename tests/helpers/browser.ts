// Debian's Chromium driven by playwright-core (no browser download). One browser per test file.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

export const SCREENS = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
  led: { width: 384, height: 192 },
} as const;

/**
 * A page of one station role at a viewport, in its own browser context (own localStorage = own station).
 * The hub must allow loopback auto-pairing (startTestHub({ autoPairLoopback: true })) unless the test pairs it.
 */
export async function openStation(
  browser: Browser,
  hubUrl: string,
  role: 'kiosk' | 'staff' | 'display',
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`[${role} pageerror]`, err.message));
  await page.goto(`${hubUrl}/${role}/`);
  return { context, page };
}

/**
 * Where an e2e screenshot goes: docs/screens/ when GIGHALL_SCREENSHOTS=1 (to refresh the documented screens), else
 * a temp folder — the shots are still taken (so the step is exercised), but a test run leaves the tree clean.
 */
export const SCREENS_DIR = process.env.GIGHALL_SCREENSHOTS === '1' ? 'docs/screens' : join(tmpdir(), 'gighall-screens');
export function screenPath(file: string): string {
  mkdirSync(SCREENS_DIR, { recursive: true });
  return join(SCREENS_DIR, file);
}

/** A staff console page signed in as the test admin; `beforeSignIn` runs on the sign-in screen (e.g. a screenshot). */
export async function signedInConsole(
  browser: Browser,
  hubUrl: string,
  password: string,
  beforeSignIn?: (page: Page) => Promise<void>,
): Promise<Page> {
  const { page } = await openStation(browser, hubUrl, 'staff', SCREENS.landscape);
  await page.waitForSelector('[data-testid="sign-in"]');
  await beforeSignIn?.(page);
  await page.fill('#signin-username', 'admin');
  await page.fill('#signin-password', password);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="nav-postings"]');
  return page;
}
