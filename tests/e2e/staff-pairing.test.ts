// The first console on a hub that does not auto-pair: it shows its pairing code and a sign-in to pair it at
// once (client.pairWithCredentials); then the idle sign-out.
import { describe, expect } from 'vitest';
import { ADMIN_PASSWORD } from '../helpers/hub';
import { SCREENS, screenPath } from '../helpers/browser';
import { e2e } from '../helpers/e2e';

// A hub that pairs nobody by itself.
const test = e2e({ hub: {} });

describe('staff console: pairing and idle sign-out', () => {
  test('shows the pairing code and pairs with staff credentials', async ({ hub, open }) => {
    const { page } = await open('staff', SCREENS.landscape);
    await page.waitForFunction(() =>
      /^\d{6}$/.test(document.querySelector('[data-testid="pairing-code"]')?.textContent ?? ''),
    );
    const code = await page.locator('[data-testid="pairing-code"]').textContent();
    // The hub holds a matching pairing request.
    expect([...hub.hub.records.list('pairingRequest')].map((r) => r.code)).toContain(code);
    await page.screenshot({ path: screenPath('staff-pairing.png') });

    await page.fill('#pair-username', 'admin');
    await page.fill('#pair-password', 'wrong-password');
    await page.fill('#pair-name', '服务台一号');
    await page.keyboard.press('Enter');
    const error = page.locator('[data-testid="pair-form"] [data-error-for="_form"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('账号或密码不正确');

    await page.fill('#pair-password', ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="sign-in"]');
    expect(await page.locator('[data-testid="signin-screen"]').textContent()).toContain('服务台一号');
    const stations = hub.hub.records.list('station');
    expect(stations.find((s) => s.name === '服务台一号')).toMatchObject({ role: 'staff', revoked: false });
  });

  test('signs an idle clerk out after a warning', async ({ hub, open }) => {
    const { page } = await open('staff', SCREENS.landscape);
    // Pair this browser (its own storage) with credentials, then reload with a short idle time.
    await page.waitForSelector('[data-testid="pair-form"]');
    await page.fill('#pair-username', 'admin');
    await page.fill('#pair-password', ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="sign-in"]');
    await page.goto(`${hub.url}/staff/?idle=0.05`);
    await page.waitForSelector('[data-testid="sign-in"]');
    await page.fill('#signin-username', 'admin');
    await page.fill('#signin-password', ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="nav-postings"]');
    await page.locator('[data-testid="idle-warning"]').waitFor();
    await page.waitForSelector('[data-testid="sign-in"]');
    expect(await page.locator('[data-testid="nav-postings"]').count()).toBe(0);
  });
});
