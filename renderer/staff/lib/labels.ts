// Names of codes in the clerk's current language. Trades carry both names in shared/domain, districts in the
// site record (the console's App shows them via showDistrictsOf); the rest come from the catalogues.
import { TRADES } from '../../../shared/domain/trades';
import { districtByCode } from '../../../shared/domain/districts';

export type Lang = 'zh' | 'en';
const TRADE = new Map<string, { zh: string; en: string }>(TRADES.map((t) => [t.code, t]));

export function langOf(language: string | undefined): Lang {
  return language?.startsWith('en') ? 'en' : 'zh';
}
export function tradeName(code: string, lang: Lang): string {
  return TRADE.get(code)?.[lang] ?? code;
}
export function districtName(code: string, lang: Lang): string {
  return districtByCode(code)?.[lang] ?? code;
}

/** "2026-11-29 08:05" in China time: the hall and its hub are in China whatever the PC's zone says. */
export function formatTime(epochMs: number | null | undefined): string {
  if (!epochMs) return '';
  const d = new Date(epochMs + 8 * 3600_000);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}

/** Today's date in China as YYYY-MM-DD (hub clock). */
export function chinaDate(epochMs: number): string {
  return new Date(epochMs + 8 * 3600_000).toISOString().slice(0, 10);
}

type T = (key: string) => string;
const CODE_FIELDS: Record<string, (code: string, t: T, lang: Lang) => string> = {
  trade: (c, _t, lang) => tradeName(c, lang),
  trades: (c, _t, lang) => tradeName(c, lang),
  district: (c, _t, lang) => districtName(c, lang),
  districts: (c, _t, lang) => districtName(c, lang),
  jobType: (c, t) => t(`jobType.${c}`),
  payUnit: (c, t) => t(`payUnit.${c}`),
  settlement: (c, t) => t(`settlement.${c}`),
  gender: (c, t) => t(`gender.${c}`),
};

/** A form value as the clerk reads it (codes as names, lists joined), for the conflict table. */
export function displayValue(key: string, value: unknown, t: T, lang: Lang): string {
  const name = CODE_FIELDS[key];
  const one = (v: unknown) => (name && typeof v === 'string' && v ? name(v, t, lang) : String(v ?? ''));
  return Array.isArray(value) ? value.map(one).join(t('ui.listSep')) : one(value);
}
