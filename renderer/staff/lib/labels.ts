// Values as the clerk reads them: times in the hall's time zone, codes by name. The names themselves are web/labels.ts, one
// set for every page (trades from shared/domain, districts from the site record via showDistrictsOf), re-exported
// here for the console's modules.
import { districtName, tradeName, type Lang } from '../../../web/labels';
import { DEFAULT_HALL_TIME_ZONE, hallDateTime } from '../../../shared/rules/hallTime';

export { districtName, langOf, tradeName, type Lang } from '../../../web/labels';

/** "2026-11-29 08:05" in the hall's time zone (useHallZone), whatever the PC's zone says. */
export function formatTime(epochMs: number | null | undefined, zone: string = DEFAULT_HALL_TIME_ZONE): string {
  if (!epochMs) return '';
  return hallDateTime(epochMs, zone);
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
