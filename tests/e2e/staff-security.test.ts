// The console's side of the hardening (docs/security.md) in Chromium against a real hub: the printed one-time admin
// password must be replaced at the first sign-in, and a kiosk PIN locked by wrong tries shows in the worker's view
// until the desk resets it.
import { describe, expect } from 'vitest';
import { autoPairedStation } from '../helpers/hub';
import { SCREENS, screenPath } from '../helpers/browser';
import { e2e } from '../helpers/e2e';

/** The hub's clock: moved on between wrong PINs instead of waiting out each slow-down. */
let now = Date.now();
// No admin password given: the hub makes a one-time one, as on a real first start.
const test = e2e({ hub: { autoPairLoopback: true, adminPassword: undefined, clock: () => now } });

describe('staff console: one-time password and locked PINs', () => {
  test('asks for a new password with the one-time one, then shows and clears a locked kiosk PIN', async ({
    hub,
    open,
  }) => {
    const oneTime = hub.initialAdminPassword!;
    const { page } = await open('staff', SCREENS.landscape);
    await page.waitForSelector('[data-testid="sign-in"]');
    await page.fill('#signin-username', 'admin');
    await page.fill('#signin-password', oneTime);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="must-change-password"]');
    expect(await page.locator('[data-testid="nav-postings"]').count()).toBe(0);
    await page.fill('#signin-new', 'desk-password-1');
    await page.fill('#signin-new-again', 'desk-password-1');
    await page.screenshot({ path: screenPath('staff-one-time-password.png') });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="nav-postings"]');

    // A worker registered at the kiosk; someone tries five wrong PINs for that phone.
    const kiosk = await autoPairedStation(hub.url, 'kiosk');
    await kiosk.ok('worker.register', {
      consent: { version: '2026-1', at: Date.now() },
      name: '',
      nameIncomplete: true,
      phone: '13712345678',
      trades: ['cleaner'],
      pin: '2468',
    });
    await kiosk.ok('worker.forget', {});
    for (let i = 0; i < 5; i++) {
      await kiosk.send('worker.identify', { phone: '13712345678', pin: `000${i}` });
      now += 2 * 60_000;
    }
    const locked = await kiosk.send('worker.identify', { phone: '13712345678', pin: '2468' });
    expect(!locked.ok && locked.error.code).toBe('locked');
    // The desk sees the lock on the worker's page.
    await page.keyboard.press('Alt+1');
    await page.fill('#worker-search', '1371234');
    await page.locator('[data-testid="worker-row"]').first().click();
    await page.waitForSelector('[data-testid="pin-locked"]');
    await page.screenshot({ path: screenPath('staff-worker-pin-locked.png') });
    await page.fill('#worker-newpin', '1357');
    await page.locator('[data-testid="worker-detail"] form.inline button[type="submit"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="pin-locked"]'));
    expect((await kiosk.send('worker.identify', { phone: '13712345678', pin: '1357' })).ok).toBe(true);
    kiosk.close();
  });
});
