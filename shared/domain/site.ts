// The hall's own settings: which city it is in (and so which districts it serves), its name, its own district and
// the local minimum wage. A new hub has none of them ("not set up yet") until an admin chooses the city in the
// console or the operator passes it on the command line; every rule that needs the city reads it from here.
import { z } from 'zod';
import type { AppError, Bilingual } from '../errors';
import { appError, fieldError } from '../errors';
import { District, districtIn, divisionCode } from './districts';
import { DEFAULT_HALL_TIME_ZONE, isTimeZone } from '../rules/hallTime';
import { isHallUrl } from '../validate/hallUrl';

/** An IANA time zone name the runtime knows (Asia/Shanghai, Asia/Urumqi). */
export const timeZone = z.string().trim().refine(isTimeZone, { error: 'timeZone' });

/** Local minimum hourly wage in yuan: every province's rates (about 16–30 yuan/hour) fit with room to spare. */
export const MIN_WAGE_RANGE = { min: 10, max: 60 } as const;
export const minHourlyWage = z
  .number({ error: 'minWage' })
  .min(MIN_WAGE_RANGE.min, { error: 'minWage' })
  .max(MIN_WAGE_RANGE.max, { error: 'minWage' })
  // Rates are published to the jiao (上海 26.2 yuan/hour), never finer.
  .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-6, { error: 'minWage' });

export const City = z.object({
  code: divisionCode,
  zh: z.string().min(1).max(40),
  en: z.string().min(1).max(120),
  /** The province's name (河北省); a municipality is its own province (北京市). */
  province: z.string().min(1).max(40),
});
export type City = z.infer<typeof City>;

const text = (max: number) => z.string().trim().max(max);
const reqText = (max: number) => z.string().trim().min(1, { error: 'required' }).max(max);

/** The site record's settings. All but publicUrl are empty until the hall is set up. */
export const SiteSettings = z.object({
  name: text(40),
  city: City.nullable(),
  /** The city's districts, resolved by the hub from the division data when the city was chosen. */
  districts: z.array(District).max(200),
  /** The hall's own district (the kiosk's "nearby" order starts there). */
  district: divisionCode.nullable(),
  minHourlyWage: minHourlyWage.nullable(),
  /** Address phones on the hall Wi-Fi use to reach the mobile job list (the QR code on displays). */
  publicUrl: text(200).default(''),
  /**
   * The hall's time zone: its "today", the end of its dates, its displays' dark hours (shared/rules/hallTime).
   * Absent on records written before the setting existed; always read it with hallZoneOf (Asia/Shanghai then).
   */
  timeZone: timeZone.optional(),
});
export type SiteSettings = z.infer<typeof SiteSettings>;

export const NOT_SET_UP: SiteSettings = {
  name: '',
  city: null,
  districts: [],
  district: null,
  minHourlyWage: null,
  publicUrl: '',
  timeZone: DEFAULT_HALL_TIME_ZONE,
};

/** `site.update`: what an admin changes without changing the city. */
export const SiteUpdate = z.object({
  name: reqText(40),
  district: divisionCode,
  minHourlyWage,
  /** Only an http(s) address on the hall network: every QR code points there (validate/hallUrl.ts). */
  publicUrl: text(200).refine(isHallUrl, { error: 'publicUrl' }).default(''),
  /** Left out, the hall's zone stays as it is. */
  timeZone: timeZone.optional(),
});
export type SiteUpdate = z.input<typeof SiteUpdate>;

/** `site.setup` (and the hub's --city flags): choose the city, first or again. */
export const SiteSetup = SiteUpdate.extend({
  /** The city's division code (石家庄市 130100, 郑州市 410100). */
  cityCode: divisionCode,
  /** Changing a set-up hall's city must be asked for explicitly: districts of the old city stop being valid. */
  confirmCityChange: z.boolean().default(false),
});
export type SiteSetup = z.input<typeof SiteSetup>;

/** A site once its city is chosen. */
export type SetUpSettings = SiteSettings & { city: City; district: string; minHourlyWage: number };

export function isSetUp<S extends SiteSettings>(site: S | null | undefined): site is S & SetUpSettings {
  return !!site && !!site.city && !!site.district && site.minHourlyWage != null && site.districts.length > 0;
}

/** The name a new hall is offered: 郑州市零工市场. */
export function defaultHallName(city: Pick<City, 'zh'>): string {
  return `${city.zh}零工市场`;
}

export const NOT_SET_UP_TEXT: Bilingual = { zh: '本站尚未完成设置', en: 'This hall is not set up yet' };

/**
 * Whether `code` is one of the hall's districts: THE rule for a posting's, an employer's, a worker's or a display
 * filter's district. Null when it is; else the error to show, naming the field and the hall's city.
 */
export function districtError(
  site: SiteSettings | null | undefined,
  code: string,
  field = 'district',
): AppError | null {
  if (!isSetUp(site)) return appError('site_not_set_up');
  if (districtIn(site.districts, code)) return null;
  return fieldError(field, 'notHallDistrict', { code, city: { zh: site.city.zh, en: site.city.en } });
}

/** The first of several codes that is not one of the hall's districts, as an error (null when all are). */
export function districtsError(
  site: SiteSettings | null | undefined,
  codes: readonly string[],
  field = 'districts',
): AppError | null {
  if (!codes.length) return null;
  for (const [i, code] of codes.entries()) {
    const error = districtError(site, code, `${field}.${i}`);
    if (error) return error;
  }
  return null;
}
