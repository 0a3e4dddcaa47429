// Wage arithmetic. Amounts are whole yuan. To compare pay across units (for sorting, filtering and the
// minimum-wage warning) we convert to an hourly equivalent with the hall's usual working time.
import type { Pay } from './schemas';
import type { PayUnit, Settlement } from './enums';

/** Hours a unit usually stands for: an 8-hour day, a 21.75-day month (the statutory average). */
const HOURS_PER_UNIT: Record<PayUnit, number | null> = { hour: 1, day: 8, month: 8 * 21.75, piece: null };

/** Hourly equivalent in yuan, or null for piece rates (not comparable). */
export function hourlyEquivalent(pay: { amount: number; unit: PayUnit }): number | null {
  const hours = HOURS_PER_UNIT[pay.unit];
  return hours === null ? null : pay.amount / hours;
}

/** True when the pay is below the local minimum hourly wage (e.g. 22 yuan/hour in Shijiazhuang). */
export function belowMinimumWage(pay: { amount: number; unit: PayUnit }, minHourly: number): boolean {
  const hourly = hourlyEquivalent(pay);
  return hourly !== null && hourly < minHourly;
}

const UNIT_LABEL: Record<PayUnit, { zh: string; en: string }> = {
  hour: { zh: '小时', en: 'hour' },
  day: { zh: '天', en: 'day' },
  piece: { zh: '件', en: 'piece' },
  month: { zh: '月', en: 'month' },
};
const SETTLEMENT_LABEL: Record<Settlement, { zh: string; en: string }> = {
  daily: { zh: '日结', en: 'paid daily' },
  weekly: { zh: '周结', en: 'paid weekly' },
  monthly: { zh: '月结', en: 'paid monthly' },
};

/** "25元/小时" or "¥25/hour". */
export function formatPay(pay: { amount: number; unit: PayUnit }, lang: 'zh' | 'en' = 'zh'): string {
  const amount = pay.amount.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
  return lang === 'zh' ? `${amount}元/${UNIT_LABEL[pay.unit].zh}` : `¥${amount}/${UNIT_LABEL[pay.unit].en}`;
}

export function formatSettlement(settlement: Settlement, lang: 'zh' | 'en' = 'zh'): string {
  return SETTLEMENT_LABEL[settlement][lang];
}

export function formatPayFull(pay: Pay, lang: 'zh' | 'en' = 'zh'): string {
  return `${formatPay(pay, lang)} · ${formatSettlement(pay.settlement, lang)}`;
}
