// Debian's Chromium driven by playwright-core (no browser download): the launch flags, the screen sizes of the
// hall, and where screenshots go. The e2e fixtures (e2e.ts) launch one browser per test file with these.
import { chromium, type Browser } from 'playwright-core';
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
 * Where an e2e screenshot goes: docs/screens/ when GIGHALL_SCREENSHOTS=1 (to refresh the documented screens), else
 * a temp folder — the shots are still taken (so the step is exercised), but a test run leaves the tree clean.
 */
export const SCREENS_DIR = process.env.GIGHALL_SCREENSHOTS === '1' ? 'docs/screens' : join(tmpdir(), 'gighall-screens');
export function screenPath(file: string): string {
  mkdirSync(SCREENS_DIR, { recursive: true });
  return join(SCREENS_DIR, file);
}
