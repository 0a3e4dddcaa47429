// i18next for the display: zh-CN first, English via `?lang=en` (a wall in an international district).
// A copy of the renderer's set-up because display/ may import shared/ only.
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from '../../shared/i18n/common';
import { display } from '../../shared/i18n/display';

export type Lang = 'zh' | 'en';

export function initDisplayI18n(lng: Lang = 'zh') {
  const resources: Resource = {
    zh: { translation: { ...common.zh, ...display.zh } },
    en: { translation: { ...common.en, ...display.en } },
  };
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'zh',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnObjects: true,
  });
  return instance;
}

export function langFromQuery(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh';
}
