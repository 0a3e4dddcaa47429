// The district choices of a console form: the hall's districts (from the site record), plus any code the record
// already holds that is not one of them (a district of the city the hall had before), so editing a record never
// silently swaps its district.
import type { Site } from '../../../shared/domain/entities';
import type { Lang } from './labels';

export interface DistrictOption {
  value: string;
  label: string;
}

export function districtOptions(
  site: Site | undefined,
  lang: Lang,
  held: string | readonly string[] = [],
): DistrictOption[] {
  const districts = site?.districts ?? [];
  const options = districts.map((d) => ({ value: d.code, label: d[lang] }));
  for (const code of typeof held === 'string' ? [held] : held)
    if (code && !districts.some((d) => d.code === code)) options.push({ value: code, label: code });
  return options;
}
