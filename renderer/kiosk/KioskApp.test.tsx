// The kiosk shell in jsdom with a real, never-connected StationClient whose cache holds postings: browsing works
// offline, an application is queued and the visitor told it is saved, and idle reset wipes the visit.
import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { PublicPosting, Site } from '../../shared/domain/entities';
import { NOT_SET_UP } from '../../shared/domain/site';
import { setUpSite } from '../../tests/helpers/site';
import { initI18n } from '../../web/i18n';
import { kiosk } from '../../shared/i18n/kiosk';
import { KioskApp } from './KioskApp';
import { MemoryStorage, offlineClient } from '../../tests/helpers/kiosk';

function posting(id: string, over: Partial<PublicPosting> = {}): PublicPosting {
  return {
    id,
    version: 1,
    updatedAt: 1,
    trade: 'electrician',
    title: `电工岗位${id}`,
    jobType: 'daily',
    pay: { amount: 260, unit: 'day', settlement: 'daily' },
    district: '130102',
    address: '长安区建设北大街18号',
    headcount: 3,
    filledCount: 1,
    startDate: '2026-12-01',
    endDate: null,
    dailyHours: { from: '08:00', to: '17:00' },
    requirements: { certificates: ['electrician'], minExperienceYears: 2, note: '' },
    benefits: { meals: true, lodging: false, transport: false },
    description: '',
    employerKind: 'enterprise',
    employerName: '恒达物业',
    publishedAt: Number(id),
    expiresAt: null,
    status: 'published',
    ...over,
  };
}

function setup(
  idle = { idleMs: 60_000, warnMs: 15_000 },
  site: Site = setUpSite({ name: '长安零工大厅', updatedAt: 1, publicUrl: 'http://hall.lan' }),
) {
  const store = new MemoryStorage();
  store.setItem(
    'gighall.kiosk.cache',
    JSON.stringify({
      lastSeq: 5,
      lastSyncAt: 1,
      clockOffset: 0,
      records: {
        posting: [
          posting('1'),
          posting('2', { district: '130104' }),
          posting('3', { trade: 'cleaner', title: '保洁岗位' }),
          posting('4', { status: 'filled' }),
        ],
        site: [site],
      },
    }),
  );
  const client = offlineClient(store);
  const i18n = initI18n(kiosk);
  render(
    <I18nextProvider i18n={i18n}>
      <KioskApp client={client} i18n={i18n} idle={idle} />
    </I18nextProvider>,
  );
  return { store, client };
}
const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

// jsdom on a shared 2-core machine is slow; the timeout guards against hangs, not speed.
describe('kiosk app (offline, from cache)', { timeout: 30_000 }, () => {
  it('attract → trade tile → results → detail → apply: queued and told plainly', async () => {
    const { store } = setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('零工大厅');
    tap(/找工作/);
    fireEvent.click(screen.getByTestId('trade-electrician'));
    const cards = screen.getAllByTestId('result-card');
    expect(cards.map((c) => c.getAttribute('data-trade'))).toEqual(['electrician', 'electrician']);
    // This hall's district (Chang'an) first.
    expect(cards[0]!.textContent).toContain('电工岗位1');
    expect(screen.getByText(/网络断开，显示的是本机保存的岗位/)).toBeVisible();
    // Job-type chip filters; nothing matches "hourly".
    tap(/^小时工/);
    expect(screen.getByTestId('no-results')).toBeVisible();
    tap(/^小时工/);
    fireEvent.click(screen.getAllByTestId('result-card')[0]!);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('电工岗位1');
    expect(screen.getAllByText('招 3 人，还差 2 人').length).toBeGreaterThan(0);
    fireEvent.click(screen.getByTestId('interested'));
    for (const d of '13912345678') tap(`数字 ${d}`);
    fireEvent.click(screen.getByTestId('apply-submit'));
    await screen.findByTestId('done-message');
    expect(screen.getByTestId('done-message').textContent).toContain('已保存在本机');
    const queue = JSON.parse(store.getItem('gighall.kiosk.queue')!) as { command: { name: string; args: object } }[];
    expect(queue.map((q) => q.command)).toMatchObject([
      { name: 'application.create', args: { postingId: '1', phone: '13912345678', source: 'kiosk' } },
    ]);
  });

  it('searches the cache by pinyin initials when offline', () => {
    setup();
    tap(/找工作/);
    tap(/打字搜索/);
    tap('字母 b');
    tap('字母 j');
    fireEvent.click(screen.getByRole('button', { name: '搜索' }));
    expect(screen.getAllByTestId('result-card').map((c) => c.getAttribute('data-trade'))).toEqual(['cleaner']);
  });

  it('back returns to the previous screen with the filter kept; home ends the visit', () => {
    setup();
    tap(/找工作/);
    fireEvent.click(screen.getByTestId('trade-electrician'));
    fireEvent.click(screen.getAllByTestId('result-card')[0]!);
    fireEvent.click(screen.getByTestId('back'));
    expect(screen.getAllByTestId('result-card')).toHaveLength(2);
    tap(/首页/);
    expect(screen.getByRole('button', { name: /登记求职/ })).toBeVisible();
    expect(screen.queryByTestId('back')).toBeNull();
  });

  it('大字 scales the root font and English switches every label', () => {
    setup();
    fireEvent.click(screen.getByTestId('large'));
    expect(document.documentElement.classList.contains('large')).toBe(true);
    tap(/English/);
    expect(screen.getByRole('button', { name: /Find work/ })).toBeVisible();
    expect(screen.getByRole('button', { name: /中文/ })).toBeVisible();
  });

  it('idle: "still there?" with a countdown, then everything is wiped', async () => {
    setup({ idleMs: 300, warnMs: 600 });
    tap(/找工作/);
    fireEvent.click(screen.getByTestId('trade-electrician'));
    fireEvent.click(screen.getAllByTestId('result-card')[0]!);
    fireEvent.click(screen.getByTestId('interested'));
    for (const d of '13912345678') tap(`数字 ${d}`);
    await screen.findByTestId('idle-warning', undefined, { timeout: 3000 });
    expect(screen.getByText(/秒后回到首页/)).toBeVisible();
    await waitFor(() => expect(screen.queryByTestId('idle-warning')).toBeNull(), { timeout: 3000 });
    expect(screen.getByRole('button', { name: /登记求职/ })).toBeVisible();
    expect(document.body.innerHTML.replace(/\s/g, '')).not.toContain('13912345678');
    expect(document.body.innerHTML).not.toContain('139 1234 5678');
  });

  it("offers the hall's own city's districts, and says calmly when the hall is not set up yet", () => {
    setup(undefined, setUpSite({ cityCode: '410100', district: '410105' }));
    tap(/找工作/);
    fireEvent.click(screen.getByTestId('trade-electrician'));
    const chips = within(screen.getByRole('group', { name: '地区' }));
    // 金水区 is the hall's own; 石家庄's districts are not offered in 郑州.
    expect(chips.getByRole('button', { name: /金水区（本大厅）/ })).toBeVisible();
    expect(chips.queryByRole('button', { name: /长安区/ })).toBeNull();
    cleanup();
    setup(undefined, { id: 'site', version: 1, updatedAt: 1, ...NOT_SET_UP });
    expect(screen.getByTestId('not-set-up').textContent).toContain('本站尚未完成设置');
    expect(screen.queryByRole('button', { name: /找工作/ })).toBeNull();
  });
});
