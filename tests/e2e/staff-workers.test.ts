// Workers at the front desk in Chromium against a real hub: registering with an ID number (birth year and
// gender derived and cross-checked), pinyin-initial search, the printable worker card with its QR code,
// the applications inbox, and the English switch.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { station, waitFor } from '../helpers/hub';
import { screenPath } from '../helpers/browser';
import QRCode from 'qrcode';
import { approvedEmployer, postingArgs, validResidentId } from '../helpers/fixtures';
import { e2e } from '../helpers/e2e';

const SHOT = (name: string) => screenPath(`staff-${name}.png`);
const shootSignIn = (page: Page) => page.screenshot({ path: SHOT('sign-in') });
const test = e2e();

describe('staff console: workers', () => {
  test('registers a worker with an ID number, cross-checks birth year and gender, finds them by pinyin initials and prints a card', async ({
    staff,
    signedInConsole,
  }) => {
    const page = await signedInConsole(shootSignIn);
    await page.keyboard.press('Alt+1');
    await page.waitForSelector('[data-testid="worker-form"]');
    const id = validResidentId('19690315', 'male');
    await page.fill('#worker-name', '王建国');
    await page.fill('#worker-phone', '13912345678');
    await page.fill('#worker-idNumber', id);
    // The ID number says 1969 and male: a different birth year and gender are flagged at their fields.
    await page.fill('#worker-birthYear', '1970');
    await page.selectOption('#worker-gender', 'female');
    await page.check('[data-testid="worker-form"] input[name="trades"][value="electrician"]');
    await page.check('[data-testid="worker-form"] input[name="districts"][value="130102"]');
    await page.click('[data-testid="worker-save"]');
    await page.locator('[data-error-for="birthYear"]').waitFor();
    expect(await page.locator('[data-error-for="birthYear"]').textContent()).toContain('1969');
    expect(await page.locator('[data-error-for="gender"]').textContent()).toContain('男');
    // Consent is required before anything is stored.
    expect(await page.locator('[data-error-for="consent"]').count()).toBe(1);
    await page.screenshot({ path: SHOT('worker-id-mismatch') });
    expect([...staff.table('worker').values()]).toHaveLength(0);

    // Leave birth year and gender to the ID number.
    await page.fill('#worker-birthYear', '');
    await page.selectOption('#worker-gender', '');
    await page.check('#worker-consent');
    await page.click('[data-testid="worker-save"]');
    await page.waitForSelector('[data-testid="worker-detail"]');
    const worker = await waitFor(
      () =>
        [
          ...staff
            .table<{ id: string; birthYear: number; gender: string; idNumber: string; source: string }>('worker')
            .values(),
        ][0],
      'worker',
    );
    expect(worker).toMatchObject({ birthYear: 1969, gender: 'male', idNumber: id, source: 'desk' });

    // Pinyin initials find the worker; another name does not match.
    await page.click('[data-testid="new-worker"]');
    await page.fill('#worker-search', 'wjg');
    await page.locator('[data-testid="worker-row"]', { hasText: '王建国' }).waitFor();
    await page.fill('#worker-search', 'lsf');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="worker-row"]').length === 0);
    await page.fill('#worker-search', '1391234');
    await page.locator('[data-testid="worker-row"]').first().click();

    // The card carries a QR code of the worker id; printing shows only the card.
    await page.locator('[data-testid="worker-qr"]').waitFor();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.click('[data-testid="print-card"]');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.screenshot({ path: SHOT('workers') });
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() => {
      const card = document.querySelector('[data-testid="worker-card"]')!;
      const nav = document.querySelector('.sidebar')!;
      return { card: getComputedStyle(card).visibility, nav: getComputedStyle(nav).visibility };
    });
    expect(visible).toEqual({ card: 'visible', nav: 'hidden' });
    await page.screenshot({ path: SHOT('worker-card-print') });
    await page.emulateMedia({ media: 'screen' });

    // The QR code is the worker id: the same SVG the qrcode package makes here from the id the hub stored.
    const src = await page.locator('[data-testid="worker-qr"]').getAttribute('src');
    const expected = await QRCode.toString(worker.id, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    expect(decodeURIComponent(src!.replace('data:image/svg+xml;charset=utf-8,', ''))).toBe(expected);
  });

  test('shows kiosk applications in the inbox and records the follow-up; English switch keeps field errors per language', async ({
    hub,
    staff,
    signedInConsole,
  }) => {
    const employerId = await approvedEmployer(staff, '石家庄顺达搬家服务有限公司');
    const { id: postingId } = await staff.ok(
      'posting.create',
      postingArgs(employerId, { title: '搬家师傅', trade: 'mover', endDate: '2099-12-31' }),
    );
    const kiosk = await station(hub.url, 'kiosk');
    await kiosk.ok('application.create', { postingId, phone: '13912345678', source: 'kiosk', note: '' });
    await kiosk.ok('application.create', { postingId, phone: '13800002222', source: 'kiosk', note: '' });

    const page = await signedInConsole(shootSignIn);
    await page.keyboard.press('Alt+4');
    const rows = page.locator('[data-testid="application-row"]');
    await rows.nth(1).waitFor();
    const first = rows.filter({ hasText: '13800002222' });
    await first.locator('select').selectOption('contacted');
    await first.locator('input').fill('已电话联系，明早面试');
    await first.locator('button[type="submit"]').click();
    type App = { phone: string; status: string; note: string; handledBy: string };
    await waitFor(
      () =>
        [...staff.table<App>('application').values()].find(
          (a) => a.phone === '13800002222' && a.status === 'contacted',
        ),
      'follow-up saved',
    );
    expect([...staff.table<App>('application').values()].find((a) => a.phone === '13800002222')).toMatchObject({
      note: '已电话联系，明早面试',
      handledBy: 'admin',
    });
    await page.screenshot({ path: SHOT('applications') });

    // Phone enquiry with a bad phone number: the error is at the field, in the current language.
    await page.selectOption('#enquiry-posting', postingId);
    await page.fill('#enquiry-phone', '12345');
    await page.keyboard.press('Enter');
    const phoneError = page.locator('[data-error-for="phone"]');
    await phoneError.waitFor();
    expect(await phoneError.textContent()).toContain('手机号要 11 位');
    await page.keyboard.press('Alt+L');
    await page.waitForFunction(() =>
      document.querySelector('[data-error-for="phone"]')?.textContent?.includes('11-digit'),
    );
    expect(await page.locator('[data-testid="nav-applications"]').textContent()).toContain('Follow-up');
    await page.keyboard.press('Alt+1');
    await page.screenshot({ path: SHOT('workers-en') });
    await page.keyboard.press('Alt+7');
    await page.locator('[data-testid="counts"]').waitFor();
    await page.locator('[data-testid="audit"] tbody tr').first().waitFor();
    await page.keyboard.press('Alt+L');
    await page.screenshot({ path: SHOT('admin') });
    kiosk.close();
  });

  test('signs out on request and drops every record from the page', async ({ signedInConsole }) => {
    const page = await signedInConsole(shootSignIn);
    await page.keyboard.press('Alt+1');
    await page.locator('[data-testid="worker-row"]').first().waitFor();
    await page.click('[data-testid="sign-out"]');
    await page.waitForSelector('[data-testid="sign-in"]');
    expect(await page.locator('[data-testid="worker-row"]').count()).toBe(0);
    // Nothing personal was written to the page's storage.
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    expect(stored).not.toContain('13912345678');
  });
});
