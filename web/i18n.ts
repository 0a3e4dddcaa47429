// i18next set-up for every page: zh-CN first, English as a switch; the common catalogue under the page's own.
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from '../shared/i18n/common';
import type { Lang } from './labels';

export function initI18n(app: { zh: object; en: object }, lng: Lang = 'zh', opts: { returnObjects?: boolean } = {}) {
  const resources: Resource = {
    zh: { translation: { ...common.zh, ...app.zh } },
    en: { translation: { ...common.en, ...app.en } },
  };
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'zh',
    interpolation: { escapeValue: false },
    initAsync: false,
    // The display reads lists (weekday names) from its catalogue.
    returnObjects: opts.returnObjects ?? false,
  });
  return instance;
}
