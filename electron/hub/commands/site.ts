// The hall's own settings: choosing its city (first start, or an explicit change), everyday settings, the city
// list for the console's picker — and the district check every other handler uses.
import type { HandlerCtx, Handlers } from './context';
import { HubError } from './context';
import type { Site } from '../../../shared/domain/entities';
import type { ParsedArgs } from '../../../shared/protocol/commands';
import { appError, fieldError } from '../../../shared/errors';
import { districtError, isSetUp, type SiteSettings } from '../../../shared/domain/site';
import { cityByCode, districtsOf, provincesWithCities } from '../divisions';
import { hallZoneOf } from '../../../shared/rules/hallTime';

/**
 * The settings a setup makes of the current site: the city resolved from the division data with its districts,
 * the hall's district checked against them. Throws a HubError (zh + en) and changes nothing when it cannot.
 */
export function settingsFromSetup(current: SiteSettings, args: ParsedArgs<'site.setup'>): SiteSettings {
  const city = cityByCode(args.cityCode);
  if (!city) throw new HubError(fieldError('cityCode', 'unknownCity', { code: args.cityCode }));
  if (isSetUp(current) && current.city.code !== city.code && !args.confirmCityChange)
    throw new HubError(appError('city_change_unconfirmed', { field: 'cityCode' }));
  const next: SiteSettings = {
    name: args.name,
    city,
    districts: districtsOf(city.code),
    district: args.district,
    minHourlyWage: args.minHourlyWage,
    publicUrl: args.publicUrl,
    timeZone: args.timeZone ?? hallZoneOf(current),
  };
  const error = districtError(next, args.district);
  if (error) throw new HubError(error);
  return next;
}

/** Refuse a district that is not one of the hall's (see shared/domain/site.ts). */
export function assertDistrict(ctx: HandlerCtx, code: string, field = 'district'): void {
  const error = districtError(ctx.site(), code, field);
  if (error) throw new HubError(error);
}

/** Refuse districts that are not the hall's; codes the record already holds (`kept`) stay allowed. */
export function assertDistricts(
  ctx: HandlerCtx,
  codes: readonly string[],
  field = 'districts',
  kept: readonly string[] = [],
): void {
  const site = ctx.site();
  for (const [i, code] of codes.entries()) {
    if (kept.includes(code)) continue;
    const error = districtError(site, code, `${field}.${i}`);
    if (error) throw new HubError(error);
  }
}

export const siteHandlers: Pick<Handlers, 'site.update' | 'site.setup' | 'site.cities' | 'site.cityDistricts'> = {
  'site.update'(ctx, settings) {
    const site = ctx.site();
    if (!isSetUp(site)) throw new HubError(appError('site_not_set_up'));
    assertDistrict(ctx, settings.district);
    // A form without the time zone keeps the hall's zone as it is.
    ctx.put('site', { ...site, ...settings, timeZone: settings.timeZone ?? hallZoneOf(site) });
    ctx.summary = settings.name;
    return null;
  },
  'site.setup'(ctx, args) {
    const site = ctx.site();
    const next = settingsFromSetup(site, args);
    ctx.put('site', { ...site, ...next } satisfies Omit<Site, 'version' | 'updatedAt'>);
    // Search reads district names from the site: postings of a changed city are indexed with the new names.
    if (site.city?.code !== next.city?.code) ctx.records.reindexPostings();
    ctx.summary = `${next.city!.zh} (${next.city!.code}): ${next.name}`;
    return null;
  },
  'site.cities'() {
    return { provinces: provincesWithCities() };
  },
  'site.cityDistricts'(_ctx, { cityCode }) {
    const city = cityByCode(cityCode);
    if (!city) throw new HubError(fieldError('cityCode', 'unknownCity', { code: cityCode }));
    return { city, districts: districtsOf(city.code) };
  },
};
