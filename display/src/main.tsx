// Entry of the display page: bundled fonts, the station client (caching postings, notices, the site and this
// station in IndexedDB so a reload while the hub is away still shows the board), i18n, and the app inside an error
// boundary that redraws the board by itself.
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './display.css';
import { createPageStation } from '../../web/station';
import { ErrorBoundary } from '../../web/ErrorBoundary';
import { initDisplayI18n, langFromQuery } from './i18n';
import { DisplayApp } from './DisplayApp';
import { startFrameLoop } from './motion/frame-loop';

/** What a display keeps across reloads: public records only (a display never receives anything else). */
const CACHED_ENTITIES = ['posting', 'notice', 'site', 'station'] as const;

const { client, hub } = await createPageStation('display', { persist: CACHED_ENTITIES, replica: 'indexedDB' });
client.start();
startFrameLoop();

const i18n = initDisplayI18n(langFromQuery(window.location.search));
document.documentElement.lang = i18n.language === 'en' ? 'en' : 'zh-CN';

createRoot(document.getElementById('root')!).render(
  <ErrorBoundary report={(r) => client.reportError(r)} tone="dark">
    <I18nextProvider i18n={i18n}>
      <DisplayApp client={client} hubOrigin={hub.url} />
    </I18nextProvider>
  </ErrorBoundary>,
);
