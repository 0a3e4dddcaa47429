// Test support for the kiosk's component tests: the real i18n set-up and a real StationClient that is never
// started (so it stays offline and queues what it is sent in an in-memory store the test can read).
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { StationClient, type ConnectFn } from '../../shared/station/client';
import { keyValueStores } from '../../shared/station/kv-stores';
import { initI18n } from '../../web/i18n';
import { kiosk } from '../../shared/i18n/kiosk';
import { SessionContext, type KioskSession, type Route } from '../../renderer/kiosk/kioskContext';
import type { Site } from '../../shared/domain/entities';
import { showDistrictsOf } from '../../shared/domain/districts';
import { setUpSite } from './site';
import { MemoryStorage } from './memory-storage';

export { MemoryStorage };

/** A store whose kiosk cache holds a set-up site (the demo hall unless given), as a synced kiosk would. */
export function storeWithSite(site: Site = setUpSite()): MemoryStorage {
  const store = new MemoryStorage();
  store.setItem(
    'gighall.kiosk.cache',
    JSON.stringify({ lastSeq: 1, lastSyncAt: 1, clockOffset: 0, records: { site: [site] } }),
  );
  return store;
}

export function offlineClient(store = new MemoryStorage()): StationClient {
  const connect: ConnectFn = () => {
    throw new Error('not connected in component tests');
  };
  return new StationClient({
    url: 'http://hub.invalid',
    page: 'kiosk',
    connect,
    ...keyValueStores(store, 'gighall.kiosk', ['posting', 'site']),
  });
}

export interface Harness {
  session: KioskSession;
  routes: Route[];
  said: string[];
  resets: number;
}

export function renderInSession(ui: ReactNode, client = offlineClient(), lang: 'zh' | 'en' = 'zh') {
  const i18n = initI18n(kiosk, lang);
  // KioskApp does this for the whole page; a screen rendered alone needs it for its district names.
  showDistrictsOf(client.getState().records.site.get('site')?.districts);
  const harness: Harness = { routes: [], said: [], resets: 0, session: null as unknown as KioskSession };
  harness.session = {
    client,
    lang,
    go: (r) => harness.routes.push(r),
    back: () => harness.routes.pop(),
    reset: () => {
      harness.resets++;
    },
    sayNow: (text) => harness.said.push(text),
    setScreenText: () => undefined,
    rememberPosting: () => undefined,
    postingById: () => undefined,
  };
  const result = render(
    <I18nextProvider i18n={i18n}>
      <SessionContext.Provider value={harness.session}>{ui}</SessionContext.Provider>
    </I18nextProvider>,
  );
  return { ...result, harness, client, i18n };
}
