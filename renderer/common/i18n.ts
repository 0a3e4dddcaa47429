// i18next set-up shared by the kiosk and the console: zh-CN first, English as a switch.
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from '../../shared/i18n/common';

export function initI18n(app: { zh: object; en: object }, lng: 'zh' | 'en' = 'zh') {
  const resources: Resource = {
    zh: { translation: { ...common.zh, ...app.zh } },
    en: { translation: { ...common.en, ...app.en } },
  };
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .init({ resources, lng, fallbackLng: 'zh', interpolation: { escapeValue: false }, initAsync: false });
  return instance;
}
