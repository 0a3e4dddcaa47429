// For component tests: render a console screen with the real catalogue, a records store like the one the
// station client keeps, and a `send` that records what would go to the hub (answering as the test says).
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../../web/i18n';
import { staff } from '../../shared/i18n/staff';
import { emptyRecords } from '../../shared/station/store';
import type { StationState } from '../../shared/station/client';
import type { CommandName } from '../../shared/protocol/commands';
import type { CommandReply } from '../../shared/protocol/events';
import { Console, type Send } from '../../renderer/staff/context';
import type { Site } from '../../shared/domain/entities';
import { showDistrictsOf } from '../../shared/domain/districts';
import { setUpSite } from './site';

export interface Sent {
  name: CommandName;
  args: unknown;
}

export function renderConsole(
  ui: ReactNode,
  opts: {
    answer?: (name: CommandName, args: unknown) => CommandReply;
    lang?: 'zh' | 'en';
    site?: Site;
    /** Put records in place before the first render. */
    records?: (records: ReturnType<typeof emptyRecords>) => void;
  } = {},
) {
  const i18n = initI18n(staff, opts.lang ?? 'zh');
  const records = emptyRecords();
  const site = opts.site === undefined ? setUpSite() : opts.site;
  records.site.set('site', site);
  showDistrictsOf(site.districts);
  opts.records?.(records);
  const state = {
    status: 'online',
    pairingCode: null,
    hello: null,
    records,
    lastSeq: 1,
    clockOffset: 0,
    lastSyncAt: null,
    queued: 0,
    self: null,
    health: new Map(),
    version: 1,
  } as StationState;
  const sent: Sent[] = [];
  const send = (async (name: CommandName, args: unknown) => {
    sent.push({ name, args });
    return opts.answer?.(name, args) ?? { ok: true, result: { id: 'new-id', workerId: 'new-id' } };
  }) as Send;
  const user = {
    id: 'u1',
    version: 1,
    updatedAt: 0,
    username: 'admin',
    displayName: '管理员',
    role: 'admin' as const,
    active: true,
  };
  const result = render(
    <I18nextProvider i18n={i18n}>
      <Console.Provider value={{ state, user, send, now: () => Date.parse('2026-11-29T08:00:00+08:00') }}>
        {ui}
      </Console.Provider>
    </I18nextProvider>,
  );
  return { ...result, sent, i18n, records };
}
