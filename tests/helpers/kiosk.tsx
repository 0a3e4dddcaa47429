// Test support for the kiosk's component tests: the real i18n set-up and a real StationClient that is never
// started (so it stays offline and queues what it is sent in an in-memory store the test can read).
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { StationClient, type ConnectFn } from '../../shared/station/client';
import { initI18n } from '../../renderer/common/i18n';
import { kiosk } from '../../shared/i18n/kiosk';
import { SessionContext, type KioskSession, type Route } from '../../renderer/kiosk/kioskContext';
import { MemoryStorage } from './memory-storage';

export { MemoryStorage };

export function offlineClient(store = new MemoryStorage()): StationClient {
  const connect: ConnectFn = () => {
    throw new Error('not connected in component tests');
  };
  return new StationClient({
    url: 'http://hub.invalid',
    page: 'kiosk',
    storage: store,
    connect,
    persist: ['posting', 'site'],
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
