// Kiosk page entry: the station client (public entities cached for offline browsing; hub, token and printing from
// the bridge), i18n, fonts, then the app inside an error boundary that brings the kiosk back by itself.
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './kiosk.css';
import { createPageStation } from '../../web/station';
import { initI18n } from '../../web/i18n';
import { ErrorBoundary } from '../../web/ErrorBoundary';
import { kiosk } from '../../shared/i18n/kiosk';
import { KioskApp, wipeVisitorTraces } from './KioskApp';
import { idleConfigFrom } from './idleConfig';

const { client } = await createPageStation('kiosk', { persist: ['posting', 'notice', 'site'] });
client.start();
const i18n = initI18n(kiosk);

createRoot(document.getElementById('root')!).render(
  // A render error ends the visit like an idle reset: the kiosk comes back at its attract screen, wiped.
  <ErrorBoundary report={(r) => client.reportError(r)} onRecover={() => wipeVisitorTraces(client, i18n)}>
    <I18nextProvider i18n={i18n}>
      <KioskApp client={client} i18n={i18n} idle={idleConfigFrom(window.location.search)} />
    </I18nextProvider>
  </ErrorBoundary>,
);
