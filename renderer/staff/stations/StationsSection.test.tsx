// What stations saved offline and the hub refused later reaches the desk on the stations screen: who, what, why,
// and a "done" that clears it at the hub.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderConsole } from '../../../tests/helpers/console';
import { StationsSection } from './StationsSection';
import type { Station } from '../../../shared/domain/entities';
import type { CommandReply } from '../../../shared/protocol/events';

const kiosk: Station = {
  id: 'k1',
  version: 3,
  updatedAt: 0,
  name: '东门自助机',
  role: 'kiosk',
  pairedAt: 0,
  revoked: false,
  display: null,
  refused: [
    {
      commandId: 'cmd-00000001',
      command: 'worker.register',
      queuedAt: Date.parse('2026-11-29T07:40:00+08:00'),
      reportedAt: Date.parse('2026-11-29T07:55:00+08:00'),
      visit: 'v1',
      error: {
        code: 'phone_taken',
        field: 'phone',
        message: { zh: '该手机号已登记', en: 'This phone number is already registered' },
      },
      args: { name: '张卫东', phone: '13688889999' },
    },
  ],
};

const answer = (name: string): CommandReply =>
  (name === 'station.health' ? { ok: true, result: [] } : { ok: true, result: null }) as CommandReply;

describe('stations: refused offline entries', () => {
  it('lists who, what and why, and "done" resolves it at the hub', async () => {
    const { sent } = renderConsole(<StationsSection />, {
      answer,
      records: (r) => r.station.set(kiosk.id, kiosk),
    });
    const row = await screen.findByTestId('refused-row');
    expect(row.textContent).toContain('东门自助机');
    expect(row.textContent).toContain('求职登记 · 张卫东 13688889999');
    expect(row.textContent).toContain('该手机号已登记');
    expect(row.textContent).toContain('2026-11-29 07:40');
    fireEvent.click(within(row).getByTestId('refused-done'));
    await waitFor(() => expect(sent.some((s) => s.name === 'station.resolveRefused')).toBe(true));
    expect(sent.find((s) => s.name === 'station.resolveRefused')?.args).toEqual({
      stationId: 'k1',
      commandId: 'cmd-00000001',
    });
  });

  it('shows nothing when nothing was refused', () => {
    renderConsole(<StationsSection />, { answer, records: (r) => r.station.set(kiosk.id, { ...kiosk, refused: [] }) });
    expect(screen.getByText('东门自助机')).toBeVisible();
    expect(screen.queryByTestId('refused')).toBeNull();
  });
});
