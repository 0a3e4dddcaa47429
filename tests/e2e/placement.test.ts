// The desk's day in Chromium against a real hub: refer a worker from the console → the slip is printed (A5 and the
// 80 mm roll) → the employer answers the receipt on a phone-sized page → the console shows the hire and the
// filled count live → the agreement is made and printed → the wages are recorded paid. Then the dispute and the
// numbers screens. The printer is the one thing mocked (window.print counts its calls): headless Chromium has none.
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { waitFor, type TestStation } from '../helpers/hub';
import { screenPath } from '../helpers/browser';
import { e2e } from '../helpers/e2e';
import { approvedEmployer, postingArgs, validResidentId } from '../helpers/fixtures';
import type { Application, Posting } from '../../shared/domain/entities';
import { agreementHash } from '../../shared/placement/agreement';

const SHOT = (name: string) => screenPath(`placement-${name}.png`);
/** Paper sizes at 96 dpi, for screenshots of the print layout. */
const A5 = { width: 559, height: 794 };
const R80 = { width: 302, height: 700 };
const A4 = { width: 794, height: 1123 };

const test = e2e();

async function printShot(page: Page, file: string, size: { width: number; height: number }) {
  const before = page.viewportSize()!;
  await page.setViewportSize(size);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.body.classList.add('printing'));
  await page.screenshot({ path: SHOT(file), fullPage: true });
  await page.evaluate(() => document.body.classList.remove('printing'));
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(before);
}

/** An approved employer's posting (two places) and a worker with an ID number, made once per file. */
let made: Promise<string> | null = null;
function setUp(staff: TestStation): Promise<string> {
  made ??= (async () => {
    const employerId = await approvedEmployer(staff, '栾城区恒安装饰工程有限公司');
    const { id } = await staff.ok(
      'posting.create',
      postingArgs(employerId, { title: '室内装修木工', trade: 'carpenter', headcount: 2, requirements: undefined }),
    );
    await staff.ok('worker.register', {
      consent: { version: '2026-1', at: Date.now() },
      name: '王建国',
      phone: '13912345678',
      idNumber: validResidentId(),
      trades: ['carpenter'],
    });
    return id;
  })();
  return made;
}

describe("the desk's day: refer → slip → receipt → agreement → paid", () => {
  test('runs the whole placement from the console and a phone', async ({ hub, browser, staff, signedInConsole }) => {
    const postingId = await setUp(staff);
    const page = await signedInConsole(async (p) => {
      // The one mock: the printer. Count print calls instead of opening a dialog.
      await p.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed++;
        };
      });
    });
    const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);

    // Refer from the console.
    await page.keyboard.press('Alt+4');
    await page.waitForSelector('[data-testid="refer-form"]');
    await page.selectOption('#refer-posting', postingId);
    await page.fill('#refer-who', '王建国');
    await page.selectOption('#refer-worker', { label: '王建国 · 13912345678' });
    await page.fill('#refer-place', '栾城区裕翔街18号 公司会议室');
    await page.click('[data-testid="refer-submit"]');
    await page.waitForSelector('[data-testid="placement-detail"]');
    const slipNo = (await page.locator('[data-testid="detail-slip-no"]').textContent())!;
    expect(slipNo).toMatch(/^130102-\d{4}-000001$/);
    expect(await page.locator('[data-testid="placement-history"]').textContent()).toContain('管理员');
    await page.screenshot({ path: SHOT('referral') });

    // The slip, printed on A5 and on the 80 mm roll.
    await page.click('[data-testid="print-slip"]');
    await page.waitForSelector('#print-job.paper-a5 [data-testid="slip-qr"]', { state: 'attached' });
    await waitFor(async () => (await printed()) === 1, 5000, 'slip printed');
    expect(await page.locator('#print-job [data-testid="slip-no"]').textContent()).toBe(slipNo);
    await printShot(page, 'slip-a5', A5);
    await page.selectOption('[data-testid="slip-paper"]', 'r80');
    await page.click('[data-testid="print-slip"]');
    await page.waitForSelector('#print-job.paper-r80 [data-testid="slip-qr"]', { state: 'attached' });
    await printShot(page, 'slip-80mm', R80);
    const code = (await page.locator('#print-job .slip-code').textContent())!.trim();
    expect(code).toMatch(/^[2-9A-Z]{10}$/);

    // The employer's receipt on a phone.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const mobile = await phone.newPage();
    await mobile.goto(`${hub.url}/r/${code}`);
    await mobile.waitForSelector('button[value="arrived"]');
    expect(await mobile.textContent('body')).toContain(slipNo);
    expect(await mobile.textContent('body')).not.toContain('王建国');
    await mobile.screenshot({ path: SHOT('receipt-phone') });
    await mobile.click('button[value="arrived"]');
    await mobile.waitForSelector('.done');
    expect(await mobile.textContent('.done')).toContain('已到岗');
    await phone.close();

    // The console sees the hire and the filled count, live.
    await page.locator('[data-testid="placement-status"]', { hasText: '已录用' }).waitFor();
    expect(await page.locator('[data-testid="receipt-state"]').textContent()).toContain('已到岗');
    expect(await page.locator('[data-testid="placement-detail"]').textContent()).toContain('1/2');
    await waitFor(() => staff.table<Posting>('posting').get(postingId)?.filledCount === 1, 3000, 'filled count');

    // The agreement: filled from the placement; the clerk adds the total and makes it; it prints on A4.
    await page.waitForSelector('[data-testid="agreement-form"]');
    expect(await page.inputValue('#ag-w-id')).toBe(validResidentId());
    await page.fill('#ag-total', '1300');
    await page.click('[data-testid="make-agreement"]');
    await page.waitForSelector('#print-job.paper-a4 .agreement', { state: 'attached' });
    await waitFor(async () => (await printed()) === 3, 5000, 'agreement printed');
    const printedHash = await page.getAttribute('#print-job .agreement', 'data-hash');
    const app = [...staff.table<Application>('application').values()].find((a) => a.referral?.slipNo === slipNo)!;
    await waitFor(() => staff.table<Application>('application').get(app.id)?.agreement, 3000, 'agreement ref');
    const stored = await staff.ok('agreement.get', {
      id: staff.table<Application>('application').get(app.id)!.agreement!.id,
    });
    expect(printedHash).toBe(stored.hash);
    expect(agreementHash(stored.text)).toBe(stored.hash);
    await printShot(page, 'agreement', A4);

    // Paid.
    await page.selectOption('[data-testid="wage-report"]', 'paid');
    await page.click('[data-testid="wage-record"]');
    await page.locator('[data-testid="wage-state"]', { hasText: '已发放' }).waitFor();
    await page.screenshot({ path: SHOT('paid') });
  });

  test('shows a dispute being mediated and the hall’s numbers', async ({ staff, signedInConsole }) => {
    const postingId = await setUp(staff);
    const worker = [...staff.table<{ id: string; name: string }>('worker').values()].find((w) => w.name === '王建国')!;
    const employerId = staff.table<Posting>('posting').get(postingId)!.employerId;
    const { id } = await staff.ok('dispute.open', {
      type: 'unpaid',
      employerId,
      workerId: worker.id,
      amountClaimed: 1600,
      note: '工期结束后仍欠1600元',
    });
    await staff.ok('dispute.step', { id, kind: 'call', note: '电话联系用工方，答应周五前结清', recovered: 0 });
    await staff.ok('dispute.step', { id, kind: 'meeting', note: '在大厅调解室当面调解，先付1000元', recovered: 1000 });
    const page = await signedInConsole();
    await page.keyboard.press('Alt+5');
    await page.click('[data-testid="dispute-row"]');
    await page.waitForSelector('[data-testid="dispute-steps"] li:nth-child(2)');
    expect(await page.textContent('[data-testid="dispute-recovered"]')).toContain('1000');
    await page.screenshot({ path: SHOT('dispute') });
    await page.click('[data-testid="print-guide"]');
    await page.waitForSelector('#print-job .guide', { state: 'attached' });
    expect(await page.textContent('#print-job .guide')).toContain('一年');
    await printShot(page, 'arbitration-guide', A4);

    await page.keyboard.press('Alt+6');
    await page.waitForSelector('[data-testid="numbers-chart"] svg');
    await page.locator('[data-testid="numbers-three"]', { hasText: '推荐 1' }).waitFor();
    expect(await page.textContent('[data-testid="numbers-three"]')).toContain('就业 1');
    await page.screenshot({ path: SHOT('numbers') });
  });
});
