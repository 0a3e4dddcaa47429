import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { DisplayApp } from './DisplayApp';
import { initDisplayI18n } from './i18n';
import { notice, posting, SITE, station, testClient } from '../../tests/helpers/display';
import type { StationClient } from '../../shared/station/client';
import { hallTimeOfDay } from '../../shared/rules/hallTime';

let client: StationClient | null = null;
afterEach(() => {
  client?.stop();
  client = null;
});

function mount(opts: { token?: boolean } = {}) {
  const made = testClient(opts);
  client = made.client;
  render(
    <I18nextProvider i18n={initDisplayI18n('zh')}>
      <DisplayApp client={made.client} hubOrigin="http://hub.test" />
    </I18nextProvider>,
  );
  return made.hub;
}

const now = () => Date.now();
const live = (over: Parameters<typeof posting>[0] = {}) =>
  posting({ publishedAt: now() - 60_000, expiresAt: now() + 86_400_000, ...over });
const cards = () => screen.queryAllByTestId('posting-card');

describe('DisplayApp', () => {
  it('shows the pairing code big while unpaired', async () => {
    const hub = mount({ token: false });
    act(() => hub.deliver('connect'));
    expect((await screen.findByTestId('pairing-code')).textContent).toBe('482913');
    expect(screen.getByTestId('pairing').textContent).toContain('请工作人员');
  });

  it('landscape: header, cards, QR code to the mobile list, notice ticker', async () => {
    const hub = mount();
    act(() =>
      hub.online({
        posting: [live({ id: 'a' }), live({ id: 'b', title: '仓库搬运', trade: 'mover' })],
        notice: [notice({ expiresAt: now() + 60_000 })],
      }),
    );
    expect(cards()).toHaveLength(2);
    expect(screen.getByTestId('site-name').textContent).toBe(SITE.name);
    expect(screen.getByTestId('display').dataset.layout).toBe('landscape');
    expect(screen.getByTestId('new-today').textContent).toBe('2个岗位');
    const qr = await screen.findByTestId('qr');
    expect(qr.getAttribute('data-target')).toBe('http://hall.lan/m/');
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(screen.getByText('手机扫码看岗位')).toBeVisible();
    expect(screen.getAllByTestId('notice')[0]!.textContent).toBe('周六家政专场招聘会');
    expect(screen.queryByTestId('updated-mark')).toBeNull();
  });

  it('follows station.configure live: portrait, then LED paging and LED ticker', () => {
    const hub = mount();
    act(() => hub.online({ posting: [live({ id: 'a' }), live({ id: 'b', jobType: 'hourly' })] }));
    const configure = (display: Parameters<typeof station>[0], seq: number) =>
      act(() =>
        hub.deliver(
          'changes',
          [{ seq, entity: 'station', id: 'st1', op: 'put', data: { ...station(display), version: seq }, at: now() }],
          seq,
        ),
      );
    configure({ layout: 'portrait' }, 11);
    expect(screen.getByTestId('display').dataset.layout).toBe('portrait');
    expect(cards()).toHaveLength(2);

    configure({ layout: 'led', ledMode: 'page' }, 12);
    expect(screen.getByTestId('led').style.width).toBe('384px');
    // One posting on the page and the next one waiting beside it for the slide.
    expect(cards()).toHaveLength(2);
    expect(screen.getByText('1/2')).toBeVisible();
    expect(screen.queryByTestId('site-name')).toBeNull();

    configure({ layout: 'led', ledMode: 'ticker' }, 13);
    expect(screen.getByTestId('led-ticker')).toBeVisible();
    expect(cards().length).toBeGreaterThanOrEqual(1);
  });

  it('applies the station filters', () => {
    const hub = mount();
    act(() =>
      hub.online({
        posting: [
          live({ id: 'a', jobType: 'hourly' }),
          live({ id: 'b', jobType: 'long_term' }),
          live({ id: 'c', jobType: 'temporary' }),
        ],
        station: [station({ filters: { jobTypes: ['hourly', 'daily', 'temporary'], trades: [], districts: [] } })],
      }),
    );
    expect(
      cards()
        .map((c) => c.dataset.postingId)
        .sort(),
    ).toEqual(['a', 'c']);
  });

  it('a published posting appears, a withdrawn one leaves, an expired one is never shown', () => {
    const hub = mount();
    act(() => hub.online({ posting: [live({ id: 'a' }), live({ id: 'old', expiresAt: now() - 1 })] }));
    expect(cards().map((c) => c.dataset.postingId)).toEqual(['a']);
    act(() =>
      hub.deliver(
        'changes',
        [{ seq: 11, entity: 'posting', id: 'b', op: 'put', data: live({ id: 'b', publishedAt: now() }), at: now() }],
        11,
      ),
    );
    expect(
      cards()
        .map((c) => c.dataset.postingId)
        .sort(),
    ).toEqual(['a', 'b']);
    act(() => hub.deliver('changes', [{ seq: 12, entity: 'posting', id: 'a', op: 'del', at: now() }], 12));
    expect(cards().map((c) => c.dataset.postingId)).toEqual(['b']);
  });

  it('an emergency takes over the screen and leaves when cleared', () => {
    const hub = mount();
    const emergency = notice({ id: 'e', kind: 'emergency', text: '大风预警，室外招聘暂停', expiresAt: now() + 60_000 });
    act(() => hub.online({ posting: [live()], notice: [emergency] }));
    expect(screen.getByTestId('emergency').textContent).toContain('大风预警，室外招聘暂停');
    expect(cards()).toHaveLength(0);
    act(() =>
      hub.deliver(
        'changes',
        [
          {
            seq: 11,
            entity: 'notice',
            id: 'e',
            op: 'put',
            data: { ...emergency, cleared: true, version: 2 },
            at: now(),
          },
        ],
        11,
      ),
    );
    expect(screen.queryByTestId('emergency')).toBeNull();
    expect(cards()).toHaveLength(1);
  });

  it('goes dark in its dark hours', () => {
    const hub = mount();
    // Dark hours are the hall's wall-clock times (Asia/Shanghai here), not this machine's.
    const hhmm = (ms: number) => hallTimeOfDay(ms);
    act(() =>
      hub.online({
        posting: [live()],
        station: [
          station({
            schedule: {
              darkFrom: hhmm(now() - 3_600_000),
              darkTo: hhmm(now() + 3_600_000),
              dimFrom: null,
              dimTo: null,
            },
          }),
        ],
      }),
    );
    expect(screen.getByTestId('dark')).toBeVisible();
    expect(cards()).toHaveLength(0);
  });

  it('keeps the board when the hub goes away and shows when it last heard from it', async () => {
    const hub = mount();
    act(() => hub.online({ posting: [live()] }));
    act(() => hub.deliver('disconnect'));
    await waitFor(() => expect(screen.getByTestId('updated-mark').textContent).toMatch(/^更新于 \d{2}:\d{2}$/));
    expect(cards()).toHaveLength(1);
  });
});
