// Words and numbers on the board: how long ago, when it starts, the clock. Each takes the translation function so
// the strings stay in the catalogue (trade and district names: web/labels.ts); clock and dates are the hall's
// (shared/rules/hallTime.ts), never the PC's.
import type { TFunction } from 'i18next';
import { DEFAULT_HALL_TIME_ZONE, hallClock, hallDaysUntil, isRealDate } from '../../shared/rules/hallTime';

/** The hall's time of day, HH:MM. */
export function hhmm(epochMs: number, zone: string = DEFAULT_HALL_TIME_ZONE): string {
  return hallClock(epochMs, zone).time;
}

export function timeAgo(publishedAt: number | null, now: number, t: TFunction): string {
  const minutes = Math.max(0, Math.floor((now - (publishedAt ?? now)) / 60_000));
  if (minutes < 1) return t('ago.now');
  if (minutes < 60) return t('ago.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('ago.hours', { count: hours });
  return t('ago.days', { count: Math.floor(hours / 24) });
}

/** "今天开工", "明天开工", "12月1日开工", or "随时上岗" once the start date has passed. */
export function startsLabel(
  startDate: string,
  now: number,
  t: TFunction,
  zone: string = DEFAULT_HALL_TIME_ZONE,
): string {
  if (!isRealDate(startDate)) return t('card.starts.started');
  const [, m, d] = startDate.split('-').map(Number);
  const days = hallDaysUntil(startDate, now, zone);
  if (days < 0) return t('card.starts.started');
  if (days === 0) return t('card.starts.today');
  if (days === 1) return t('card.starts.tomorrow');
  return t('card.starts.date', { month: m, day: d });
}

export function dateLine(now: number, t: TFunction, zone: string = DEFAULT_HALL_TIME_ZONE): string {
  const c = hallClock(now, zone);
  const weekdays = t('date.weekday', { returnObjects: true }) as unknown as string[];
  return t('date.full', { month: c.month, day: c.day, weekday: weekdays[c.weekday] });
}

/**
 * Width of a line of text in px at a font size, without measuring the DOM: CJK glyphs are one em wide; Latin
 * letters and digits in Noto Sans SC bold are at most about 0.62 em. Ticker segments are sized with it (generously,
 * so text never runs into its neighbour).
 */
export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0x20) em += 0.3;
    else if (code < 0x2e80) em += 0.64;
    else em += 1;
  }
  return Math.ceil(em * fontPx);
}
