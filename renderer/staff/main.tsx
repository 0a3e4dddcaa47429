// The front-desk console page. Personal data stays in memory only: the station client persists no records.
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './console.css';
import { createStationClient } from '../common/station';
import { initI18n } from '../common/i18n';
import { staff } from '../../shared/i18n/staff';
import { idleMinutes } from './lib/useIdleTimeout';
import { App } from './App';

const i18n = initI18n(staff);
const client = createStationClient('staff');
client.start();

createRoot(document.getElementById('root')!).render(
  <I18nextProvider i18n={i18n}>
    <App client={client} idleMinutes={idleMinutes()} />
  </I18nextProvider>,
);
