// Names of domain codes in the reader's language, for every page. Trades and districts carry both names in
// shared/domain; everything else comes from the i18n catalogues.
import { tradeByCode } from '../shared/domain/trades';
import { districtByCode } from '../shared/domain/districts';

export type Lang = 'zh' | 'en';

/** The UI language of an i18next language tag. */
export function langOf(language: string | undefined): Lang {
  return language?.startsWith('en') ? 'en' : 'zh';
}

export function tradeName(code: string, lang: Lang): string {
  return tradeByCode(code)?.[lang] ?? code;
}

export function districtName(code: string, lang: Lang): string {
  return districtByCode(code)?.[lang] ?? code;
}
