// First start of a new hall in another city: the kiosk says calmly that the hall is not set up; the first admin
// signs in to the console, finds 郑州市 by its pinyin initials, keeps the offered name, picks the hall's district
// and the minimum wage; the kiosk then offers 郑州市's districts, the hall's own first.
import { describe, expect } from 'vitest';
import { ADMIN_PASSWORD } from '../helpers/hub';
import { SCREENS, screenPath } from '../helpers/browser';
import { e2e } from '../helpers/e2e';
import { isSetUp } from '../../shared/domain/site';

// A hall that has not been set up yet.
const test = e2e({ hub: { autoPairLoopback: true, notSetUp: true } });

describe('first start: choosing the city', () => {
  test('sets a new hall up as 郑州市 from the console, and the kiosk then shows 郑州市 districts', async ({
    hub,
    open,
  }) => {
    const kiosk = await open('kiosk', SCREENS.portrait);
    await kiosk.page.getByTestId('not-set-up').waitFor();
    expect(await kiosk.page.getByTestId('not-set-up').textContent()).toContain('本站尚未完成设置');

    const { page } = await open('staff', SCREENS.landscape);
    await page.waitForSelector('[data-testid="sign-in"]');
    await page.fill('#signin-username', 'admin');
    await page.fill('#signin-password', ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('setup-screen').waitFor();

    // The search box has the focus: type the pinyin initials, pick the city.
    await page.keyboard.type('zz');
    await page.locator('[data-city="410100"]').click();
    await page.getByTestId('setup-chosen').filter({ hasText: '郑州市（河南省）410100' }).waitFor();
    expect(await page.inputValue('#setup-name')).toBe('郑州市零工市场');
    await page.selectOption('#setup-district', '410105');
    await page.fill('#setup-wage', '8');
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.locator('[data-error-for="minHourlyWage"]').waitFor();
    expect(hub.hub.site().city).toBeNull();
    await page.fill('#setup-wage', '22.5');
    await page.screenshot({ path: screenPath('staff-setup.png') });
    await page.getByRole('button', { name: '完成设置' }).click();
    await page.getByTestId('nav-postings').waitFor();
    expect(isSetUp(hub.hub.site())).toBe(true);
    expect(hub.hub.site()).toMatchObject({ name: '郑州市零工市场', district: '410105', minHourlyWage: 22.5 });
    expect(await page.locator('.topbar .site').textContent()).toBe('郑州市零工市场');

    // The kiosk follows at once: its districts are 郑州市's, this hall's first.
    const k = kiosk.page;
    await k.getByRole('button', { name: /找工作/ }).click();
    await k.getByTestId('trade-electrician').click();
    const chips = k.getByRole('group', { name: '地区' });
    await chips.getByRole('button', { name: /金水区（本大厅）/ }).waitFor();
    const names = await chips.getByRole('button').allTextContents();
    expect(names[1]).toContain('金水区');
    expect(names.join(' ')).toContain('中原区');
    expect(names.join(' ')).not.toContain('长安区');
  });
});
