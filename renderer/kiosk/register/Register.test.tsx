// Every registration step by taps, in jsdom, against a real (never connected) StationClient: what is finally
// sent is read back from its durable queue.
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { hashPin, PIN_HASH_RE } from '../../../shared/validate/pinHash';
import { Register } from './Register';
import { EMPTY_FORM, type RegisterForm } from './form';
import { MemoryStorage, offlineClient, renderInSession, storeWithSite } from '../../../tests/helpers/kiosk';

function Harness({ done, initial = EMPTY_FORM }: { done: boolean[]; initial?: RegisterForm }) {
  const [form, setForm] = useState<RegisterForm>(initial);
  return <Register form={form} setForm={setForm} onDone={(queued) => done.push(queued)} />;
}

/** The stored hash is the PIN's, with the salt it carries (the kiosk never stores the PIN itself). */
async function hashes(stored: unknown, pin: string): Promise<boolean> {
  if (typeof stored !== 'string' || !PIN_HASH_RE.test(stored)) return false;
  const salt = Uint8Array.from(atob(stored.split('$')[2]!), (c) => c.charCodeAt(0));
  return (await hashPin(pin, salt)) === stored;
}
const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const digits = (s: string) => {
  for (const d of s) tap(`数字 ${d}`);
};
const next = () => fireEvent.click(screen.getByTestId('step-next'));
const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const progress = () => screen.getByTestId('progress').textContent;

function queued(store: MemoryStorage) {
  const raw = store.getItem('gighall.kiosk.queue');
  return raw ? (JSON.parse(raw) as { command: { name: string; args: Record<string, unknown> } }[]) : [];
}

describe('registration steps', { timeout: 30_000 }, () => {
  it('walks consent → name → phone → … → PIN and sends one complete worker.register', async () => {
    const store = storeWithSite();
    const done: boolean[] = [];
    const { harness } = renderInSession(<Harness done={done} />, offlineClient(store));

    // 1 consent
    expect(progress()).toBe('第 1 步，共 13 步');
    expect(screen.getByText(/我们会保存/)).toBeVisible();
    fireEvent.click(screen.getByTestId('consent-agree'));
    // 2 name: surname tile + given name by pinyin; Next needs a given name (or "staff will finish")
    expect(heading()).toBe('您的姓名');
    expect((screen.getByTestId('step-next') as HTMLButtonElement).disabled).toBe(true);
    tap('李');
    for (const l of 'xiu') tap(`字母 ${l}`);
    tap('秀');
    for (const l of 'ying') tap(`字母 ${l}`);
    tap('英');
    expect(screen.getByTestId('name-value').textContent).toContain('李秀英');
    next();
    // 3 phone, checked as typed: a wrong start is flagged (written and spoken)
    expect(progress()).toBe('第 3 步，共 13 步');
    digits('2');
    expect(screen.getByRole('alert').textContent).toContain('1 开头');
    expect(harness.said.at(-1)).toContain('1 开头');
    tap('清空');
    digits('1391234');
    next();
    expect(screen.getByRole('alert').textContent).toContain('11 位');
    digits('5678');
    next();
    // 4 gender and birth year by pickers
    tap(/女/);
    tap('1970年代');
    tap('1972年');
    expect(screen.getByText(/出生于 1972 年/)).toBeVisible();
    next();
    // 5 trades (several)
    fireEvent.click(screen.getByTestId('reg-trade-cleaner'));
    fireEvent.click(screen.getByTestId('reg-trade-housekeeping'));
    expect(screen.getByTestId('reg-trade-cleaner').getAttribute('aria-pressed')).toBe('true');
    next();
    // 6 certificates
    tap(/健康证/);
    next();
    // 7 years: 61 is refused, 6 is fine
    digits('61');
    expect(screen.getByRole('alert').textContent).toContain('0 到 60');
    next();
    expect(heading()).toBe('干这行多少年了？');
    tap(/删一个/);
    next();
    // 8 availability
    tap(/工作日白天/);
    next();
    // 9 job types
    tap(/^小时工/);
    next();
    // 10 districts
    tap(/裕华区/);
    next();
    // 11 pay: 0 is refused
    tap(/每小时/);
    digits('0');
    expect(screen.getByRole('alert').textContent).toContain('1 到 1000000');
    tap('清空');
    digits('25');
    next();
    // 12 summary shows everything; "change" goes to a step and Next comes straight back
    expect(heading()).toBe('请核对一下');
    expect(screen.getByTestId('summary-name').textContent).toBe('李秀英');
    expect(screen.getByTestId('summary-phone').textContent).toBe('13912345678');
    expect(screen.getByTestId('summary-pay').textContent).toBe('25元/小时');
    fireEvent.click(screen.getAllByRole('button', { name: /改/ })[5]!); // years
    expect(heading()).toBe('干这行多少年了？');
    digits('0');
    next();
    expect(heading()).toBe('请核对一下');
    expect(screen.getByTestId('summary-years').textContent).toBe('60');
    next();
    // 13 PIN, twice; a mismatch starts over
    expect(progress()).toBe('第 13 步，共 13 步');
    digits('123');
    next();
    expect(screen.getByRole('alert').textContent).toContain('4 到 6');
    digits('4');
    next();
    digits('1235');
    next();
    expect(screen.getByRole('alert').textContent).toContain('不一样');
    digits('1234');
    next();
    digits('1234');
    next();
    await waitFor(() => expect(done).toEqual([true]), { timeout: 10_000 });
    const q = queued(store);
    expect(q).toHaveLength(1);
    expect(q[0]!.command.name).toBe('worker.register');
    expect(q[0]!.command.args).toMatchObject({
      name: '李秀英',
      nameIncomplete: false,
      phone: '13912345678',
      gender: 'female',
      birthYear: 1972,
      trades: ['cleaner', 'housekeeping'],
      certificates: ['health'],
      experienceYears: 60,
      availability: ['weekday_day'],
      jobTypes: ['hourly'],
      districts: ['130108'],
      expectedPay: { amount: 25, unit: 'hour' },
      pin: null,
      consent: { version: 'kiosk-1' },
    });
    // Stored: the PIN's hash as the hub keeps it, and nowhere the PIN itself.
    expect(await hashes(q[0]!.command.args.pinHash, '1234')).toBe(true);
    expect(await hashes(q[0]!.command.args.pinHash, '1235')).toBe(false);
    expect(store.getItem('gighall.kiosk.queue')).not.toMatch(/"pin":"/);
  }, 30_000);

  it('back keeps what was entered; "staff will finish" allows a missing name; pay can be skipped', async () => {
    const store = new MemoryStorage();
    const done: boolean[] = [];
    renderInSession(<Harness done={done} />, offlineClient(store));
    fireEvent.click(screen.getByTestId('consent-agree'));
    tap('王');
    fireEvent.click(screen.getByTestId('name-incomplete'));
    next();
    digits('13700001111');
    next();
    tap(/返回/);
    expect(screen.getByTestId('reg-phone-value').textContent).toBe('137 0000 1111');
    tap(/返回/);
    expect(screen.getByTestId('name-incomplete').getAttribute('aria-pressed')).toBe('true');
    next();
    next();
    for (let i = 0; i < 7; i++) next(); // basics … districts: all optional
    expect(heading()).toBe('希望工资多少？（可以跳过）');
    tap('跳过');
    expect(heading()).toBe('请核对一下');
    expect(screen.getByTestId('summary-name').textContent).toContain('工作人员补填');
    next();
    digits('8642');
    next();
    digits('8642');
    next();
    await waitFor(() => expect(done).toEqual([true]), { timeout: 10_000 });
    expect(queued(store)[0]!.command.args).toMatchObject({
      name: '王',
      nameIncomplete: true,
      expectedPay: null,
      experienceYears: 0,
      gender: null,
      birthYear: null,
    });
  }, 30_000);

  it('the name step finds 孟 by pinyin and never hints at a 搜索 button it does not have', () => {
    renderInSession(<Harness done={[]} />, offlineClient());
    fireEvent.click(screen.getByTestId('consent-agree'));
    tap(/拼音打字/);
    for (const l of 'xqz') tap(`字母 ${l}`);
    expect(screen.getByText(/没有这样的拼音/)).toBeVisible();
    expect(screen.queryByText(/搜索/)).toBeNull();
    for (let i = 0; i < 3; i++) tap(/删一个$/);
    for (const l of 'meng') tap(`字母 ${l}`);
    tap('孟');
    expect(screen.getByTestId('name-value').textContent).toContain('孟');
  });

  it('disagreeing with the privacy notice ends the visit and stores nothing', () => {
    const store = new MemoryStorage();
    const { harness } = renderInSession(<Harness done={[]} />, offlineClient(store));
    tap(/不同意/);
    expect(harness.resets).toBe(1);
    expect(queued(store)).toEqual([]);
  });

  it('reads in English too', () => {
    renderInSession(<Harness done={[]} />, offlineClient(), 'en');
    expect(heading()).toBe('How we use your details');
    fireEvent.click(screen.getByTestId('consent-agree'));
    expect(progress()).toBe('Step 2 of 13');
  });
});
