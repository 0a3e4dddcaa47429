// Entry of the display page: bundled fonts, the station client (caching postings, notices, the site and this
// station so a reload while the hub is away still shows the board), i18n, and the app.
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './display.css';
import { createDisplayClient, hubUrl } from './station';
import { initDisplayI18n, langFromQuery } from './i18n';
import { DisplayApp } from './DisplayApp';
import { startFrameLoop } from './motion/frame-loop';

const client = await createDisplayClient();
client.start();
// Save the cache when the page goes (a reload must find the newest board).
window.addEventListener('pagehide', () => client.stop());
startFrameLoop();

const i18n = initDisplayI18n(langFromQuery(window.location.search));
document.documentElement.lang = i18n.language === 'en' ? 'en' : 'zh-CN';

createRoot(document.getElementById('root')!).render(
  <I18nextProvider i18n={i18n}>
    <DisplayApp client={client} hubOrigin={new URL(hubUrl(), window.location.href).origin} />
  </I18nextProvider>,
);
