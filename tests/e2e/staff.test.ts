// The front-desk console in Chromium against a real hub (real SQLite, real socket.io): sign-in, registering
// and vetting an enterprise, publishing a posting that a display and a kiosk receive live, refusing to publish
// for an unvetted employer, pairing a display, an emergency takeover, and two consoles editing at once. How fast
// a change reaches the stations is measured by `npm run bench:hub`, not here.
import { describe, expect } from 'vitest';
import { rawSocket, connected, station, waitFor, TestStation } from '../helpers/hub';
import { screenPath } from '../helpers/browser';
import { validCreditCode } from '../helpers/fixtures';
import { e2e } from '../helpers/e2e';

const SHOT = (name: string) => screenPath(`staff-${name}.png`);
const test = e2e();

type Posting = { title: string; status: string; employerName: string };
const postingTitled = (s: TestStation, title: string) =>
  [...s.table<Posting>('posting').values()].find((p) => p.title === title);

describe('staff console', () => {
  test('signs in, registers and vets an enterprise, publishes a posting that a display and a kiosk receive', async ({
    hub,
    signedInConsole,
  }) => {
    const display = await station(hub.url, 'display');
    const kiosk = await station(hub.url, 'kiosk');
    const page = await signedInConsole();

    // Employers by keyboard shortcut.
    await page.keyboard.press('Alt+2');
    await page.waitForSelector('[data-testid="employer-form"]');
    await page.fill('#employer-name', '石家庄恒达物业服务有限公司');
    // A credit code with a wrong last character: the form says which check failed and sends nothing.
    const good = validCreditCode(4242);
    const badLast = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    await page.fill('#employer-creditCode', badLast);
    await page.fill('#employer-legalRep', '王建国');
    await page.fill('#employer-contactName', '李经理');
    await page.fill('#employer-contactPhone', '13931112222');
    await page.selectOption('#employer-district', '130102');
    await page.fill('#employer-address', '长安区中山东路100号');
    await page.keyboard.press('Enter');
    const ccError = page.locator('[data-error-for="creditCode"]');
    await ccError.waitFor();
    expect(await ccError.textContent()).toContain(`最后一位应为 ${good[17]}`);
    // And in English, at the same field.
    await page.click('[data-testid="language"]');
    expect(await ccError.textContent()).toContain(`should be ${good[17]}`);
    await page.click('[data-testid="language"]');
    await page.screenshot({ path: SHOT('employer-error') });

    await page.fill('#employer-creditCode', good);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="employer-detail"]');
    expect(await page.locator('[data-testid="employer-detail"] [data-testid="vetting-badge"]').textContent()).toBe(
      '待审核',
    );

    // Vetting: approving without every check is refused at the checks.
    await page.click('[data-testid="vetting-form"] button[type="submit"]');
    await page.locator('[data-error-for="checks"]').waitFor();
    for (const name of ['creditSystemChecked', 'operatingNormal', 'notOnAbnormalList', 'licenceSeen']) {
      await page.check(`[data-testid="vetting-form"] input[name="${name}"]`);
    }
    await page.fill('#vetting-note', '执照原件已核验');
    await page.click('[data-testid="vetting-form"] button[type="submit"]');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="employer-detail"] [data-testid="vetting-badge"]')?.textContent ===
        '已通过',
    );
    expect(await page.locator('[data-testid="vetting-history"]').textContent()).toContain('admin');
    await page.screenshot({ path: SHOT('employer-vetted') });

    // A posting from this employer's job form.
    await page.click('[data-testid="employer-new-posting"]');
    await page.waitForSelector('[data-testid="posting-form"]');
    await page.fill('#posting-title', '小区电路检修电工');
    await page.selectOption('#posting-trade', 'electrician');
    await page.fill('#posting-headcount', '3');
    await page.selectOption('#posting-jobType', 'daily');
    // 20 yuan an hour is below Shijiazhuang's 22: a clear warning.
    await page.selectOption('#posting-payUnit', 'hour');
    await page.fill('#posting-payAmount', '20');
    await page.locator('[data-testid="min-wage-warning"]').waitFor();
    expect(await page.locator('[data-testid="min-wage-warning"]').textContent()).toContain('22');
    await page.screenshot({ path: SHOT('posting-min-wage') });
    await page.selectOption('#posting-payUnit', 'day');
    await page.fill('#posting-payAmount', '260');
    expect(await page.locator('[data-testid="min-wage-warning"]').count()).toBe(0);
    await page.selectOption('#posting-settlement', 'daily');
    await page.fill('#posting-address', '长安区建设北大街18号');
    await page.fill('#posting-endDate', '2099-12-31');
    await page.fill('#posting-hoursFrom', '08:00');
    await page.fill('#posting-hoursTo', '17:00');
    await page.check('[data-testid="posting-form"] input[name="certificates"][value="electrician"]');
    await page.check('[data-testid="posting-form"] input[name="meals"]');

    await page.click('[data-testid="posting-publish"]');
    // The clerk's click reaches both boards.
    await waitFor(() => postingTitled(display, '小区电路检修电工'), 'the display to receive the posting');
    await waitFor(() => postingTitled(kiosk, '小区电路检修电工'), 'the kiosk to receive the posting');
    expect(postingTitled(display, '小区电路检修电工')).toMatchObject({
      status: 'published',
      employerName: '石家庄恒达物业服务有限公司',
    });
    await page.waitForSelector('[data-testid="posting-detail"]');
    expect(await page.locator('[data-testid="posting-status"]').textContent()).toBe('已发布');
    await page.screenshot({ path: SHOT('postings') });

    display.close();
    kiosk.close();
  });

  test("refuses to publish an unvetted employer's posting with a clear message", async ({
    hub,
    staff,
    signedInConsole,
  }) => {
    const display = await station(hub.url, 'display');
    await staff.ok('employer.create', {
      kind: 'enterprise',
      name: '未审核劳务有限公司',
      creditCode: validCreditCode(777),
      legalRep: '赵六',
      contactName: '赵六',
      contactPhone: '13800001111',
      address: '',
      district: '130104',
    });
    const page = await signedInConsole();
    await page.keyboard.press('Alt+3');
    await page.click('[data-testid="new-posting"]');
    const employerId = [...staff.table<{ id: string; name: string }>('employer').values()].find(
      (e) => e.name === '未审核劳务有限公司',
    )!.id;
    await page.selectOption('#posting-employerId', employerId);
    await page.locator('[data-testid="unvetted-warning"]').waitFor();
    await page.fill('#posting-title', '仓库搬运工');
    await page.selectOption('#posting-trade', 'mover');
    await page.fill('#posting-headcount', '5');
    await page.fill('#posting-payAmount', '200');
    await page.selectOption('#posting-district', '130104');
    await page.click('[data-testid="posting-publish"]');
    const message = page.locator('[data-error-for="_form"]');
    await message.waitFor();
    expect(await message.textContent()).toContain('用工方尚未通过审核');
    await page.screenshot({ path: SHOT('unvetted-refused') });

    // As a draft it saves; publishing it from the list is refused the same way and nothing reaches the display.
    await page.click('[data-testid="posting-save"]');
    await page.waitForSelector('[data-testid="posting-detail"]');
    await page.click('[data-testid="publish"]');
    await page.locator('[data-testid="posting-detail"] [data-error-for="_form"]').waitFor();
    expect(
      await page.locator('[data-testid="posting-detail"] [data-error-for="_form"]').first().textContent(),
    ).toContain('用工方尚未通过审核');
    expect(postingTitled(staff, '仓库搬运工')?.status).toBe('draft');
    // Nothing reached the display: checked once everything the hub sent it has arrived.
    await display.settled();
    expect(postingTitled(display, '仓库搬运工')).toBeUndefined();
    display.close();
  });

  test('pairs a new display from the console and sends it an emergency takeover that then clears', async ({
    hub,
    signedInConsole,
  }) => {
    const page = await signedInConsole();
    const raw = rawSocket(hub.url);
    await connected(raw.socket);
    const reply = await raw.socket.timeout(5000).emitWithAck('pair:request', {});
    if (!reply.ok || !('code' in reply)) throw new Error(`expected a code: ${JSON.stringify(reply)}`);

    await page.keyboard.press('Alt+5');
    const row = page.locator('[data-testid="pairing-row"]', { hasText: reply.code });
    await row.waitFor();
    await row.locator('[data-testid="pairing-role"]').selectOption('display');
    await row.locator('[data-testid="pairing-name"]').fill('大厅东墙大屏');
    await page.screenshot({ path: SHOT('stations-pairing') });
    await row.locator('[data-testid="approve"]').click();
    const approved = await waitFor(() => raw.received.find((r) => r.event === 'pair:approved'), 'pair:approved');
    const info = approved.args[0] as { token: string; role: string; name: string };
    expect(info).toMatchObject({ role: 'display', name: '大厅东墙大屏' });
    raw.socket.disconnect();
    await page.locator('[data-testid="station-row"]', { hasText: '大厅东墙大屏' }).waitFor();

    // The new display connects with its token and shows as online.
    const display = await new TestStation(hub.url, info.token).connect();
    const stationRow = page.locator('[data-testid="station-row"]', { hasText: '大厅东墙大屏' });
    await stationRow.click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="station-row"]')].some(
        (r) => r.textContent?.includes('大厅东墙大屏') && r.textContent.includes('在线'),
      ),
    );
    await page.screenshot({ path: SHOT('stations') });

    // Its layout and filters change live from the console.
    await page.selectOption('#display-layout', 'portrait');
    await page.check('[data-testid="display-config"] input[name="f-jobTypes"][value="hourly"]');
    await page.click('[data-testid="display-config"] button[type="submit"]');
    type StationRecord = { display: { layout: string; filters: { jobTypes: string[] } } };
    await waitFor(() => {
      const own = [...display.table<StationRecord>('station').values()][0];
      return own?.display.layout === 'portrait' && own.display.filters.jobTypes.includes('hourly');
    }, 'the display to receive its new layout');

    // Emergency takeover.
    await page.keyboard.press('Alt+6');
    await page.fill('#notice-text', '大厅消防演练，请按指示有序撤离');
    await page.selectOption('#notice-kind', 'emergency');
    await page.click('[data-testid="send-notice"]');
    type Notice = { text: string; kind: string; cleared: boolean };
    const notice = () => [...display.table<Notice>('notice').values()].find((n) => n.text.startsWith('大厅消防演练'));
    await waitFor(() => notice()?.kind === 'emergency' && !notice()!.cleared, 'the takeover on the display');
    await page.locator('[data-testid="active-notice"]').waitFor();
    await page.screenshot({ path: SHOT('notices') });
    await page.click('[data-testid="clear-notice"]');
    await waitFor(() => notice()?.cleared, 'the takeover to clear on the display');
    await page.waitForFunction(() => !document.querySelector('[data-testid="active-notice"]'));
    display.close();
  });

  test("two consoles see each other's changes live, and a concurrent edit shows the conflict", async ({
    signedInConsole,
  }) => {
    const a = await signedInConsole();
    const b = await signedInConsole();
    for (const page of [a, b]) await page.keyboard.press('Alt+2');

    // A registers an employer; B's list shows it.
    await a.fill('#employer-name', '裕华区家政服务中心');
    await a.fill('#employer-creditCode', validCreditCode(9001));
    await a.fill('#employer-contactName', '孙女士');
    await a.fill('#employer-contactPhone', '13722223333');
    await a.selectOption('#employer-district', '130108');
    await a.keyboard.press('Enter');
    const rowInB = b.locator('[data-testid="employer-row"]', { hasText: '裕华区家政服务中心' });
    await rowInB.waitFor();

    // Both open it; A changes the contact and saves; B sees the new value in the open form.
    await a.waitForSelector('[data-testid="employer-detail"]');
    await rowInB.click();
    await b.waitForSelector('[data-testid="employer-detail"]');
    await a.fill('#employer-contactName', '孙经理');
    await a.click('[data-testid="employer-form"] button[type="submit"]');
    await b.waitForFunction(
      () => (document.querySelector('#employer-contactName') as HTMLInputElement | null)?.value === '孙经理',
    );

    // Now both edit at once: A saves the phone first, B (still on the old version) saves the address.
    await a.fill('#employer-contactPhone', '13755556666');
    await b.fill('#employer-address', '裕华区槐安东路8号');
    await a.click('[data-testid="employer-form"] button[type="submit"]');
    await a.locator('[data-testid="saved"]').waitFor();
    await b.click('[data-testid="employer-form"] button[type="submit"]');
    const conflict = b.locator('[data-testid="conflict"]');
    await conflict.waitFor();
    const text = (await conflict.textContent()) ?? '';
    expect(text).toContain('13755556666'); // A's value, shown as current
    expect(text).toContain('13722223333'); // what B's form held
    await b.screenshot({ path: SHOT('conflict') });

    // B re-applies only their own edit onto the current record: A's phone survives, B's address lands.
    await conflict.locator('button').first().click();
    expect(await b.inputValue('#employer-contactPhone')).toBe('13755556666');
    expect(await b.inputValue('#employer-address')).toBe('裕华区槐安东路8号');
    await b.click('[data-testid="employer-form"] button[type="submit"]');
    await b.locator('[data-testid="saved"]').waitFor();
    await a.waitForFunction(
      () => (document.querySelector('#employer-address') as HTMLInputElement | null)?.value === '裕华区槐安东路8号',
    );
  });
});
