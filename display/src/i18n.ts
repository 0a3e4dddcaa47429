// The display's catalogue on the pages' common i18n set-up (web/i18n.ts); English via `?lang=en` (a wall in an
// international district).
import { display } from '../../shared/i18n/display';
import { initI18n } from '../../web/i18n';
import type { Lang } from '../../web/labels';

export function initDisplayI18n(lng: Lang = 'zh') {
  return initI18n(display, lng, { returnObjects: true });
}

export function langFromQuery(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh';
}
