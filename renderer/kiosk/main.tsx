// Kiosk page entry: station client (public entities cached for offline browsing), i18n, fonts, then the app.
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './kiosk.css';
import { createStationClient } from '../common/station';
import { initI18n } from '../common/i18n';
import { kiosk } from '../../shared/i18n/kiosk';
import { KioskApp } from './KioskApp';
import { idleConfigFrom } from './idleConfig';

const client = createStationClient('kiosk', ['posting', 'notice', 'site']);
client.start();
const i18n = initI18n(kiosk);

createRoot(document.getElementById('root')!).render(
  <I18nextProvider i18n={i18n}>
    <KioskApp client={client} i18n={i18n} idle={idleConfigFrom(window.location.search)} />
  </I18nextProvider>,
);
