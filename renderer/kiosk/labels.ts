// Names of domain codes in the visitor's language. Trades and districts carry both languages in shared/domain;
// everything else comes from the i18n catalogues.
import { tradeByCode } from '../../shared/domain/trades';
import { districtByCode } from '../../shared/domain/districts';

export function tradeName(code: string, lang: 'zh' | 'en'): string {
  const t = tradeByCode(code);
  return t ? t[lang] : code;
}

export function districtName(code: string, lang: 'zh' | 'en'): string {
  const d = districtByCode(code);
  return d ? d[lang] : code;
}
