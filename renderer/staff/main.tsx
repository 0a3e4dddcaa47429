// The front-desk console page. Personal data stays in memory only: the station client persists no records. The
// hub, the token and printing come from the bridge (web/bridge.ts); a render error re-mounts the console.
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './console.css';
import { createPageStation } from '../../web/station';
import { initI18n } from '../../web/i18n';
import { ErrorBoundary } from '../../web/ErrorBoundary';
import { staff } from '../../shared/i18n/staff';
import { idleMinutes } from './lib/useIdleTimeout';
import { App } from './App';

const i18n = initI18n(staff);
const { client } = await createPageStation('staff');
client.start();

createRoot(document.getElementById('root')!).render(
  <ErrorBoundary report={(r) => client.reportError(r)}>
    <I18nextProvider i18n={i18n}>
      <App client={client} idleMinutes={idleMinutes()} />
    </I18nextProvider>
  </ErrorBoundary>,
);
