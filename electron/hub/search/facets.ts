// Filters as index tokens. Status, trade, job type, district and pay bands are written into the FTS5 `facets`
// column, so FTS5 intersects them with the text match in C and hands back only postings that pass — in rowid
// order, which is newest-first order (see indexer.ts). Nothing is read row by row to filter, which is what keeps
// a search over 50,000 postings within a few milliseconds. Tokens are a–z and digits only (unicode61 would split
// on "_"), and are only ever matched inside the `facets` column filter, so they never collide with text.
import type { Posting } from '../../../shared/domain/entities';
import { hourlyEquivalent } from '../../../shared/domain/pay';

const code = (s: string) => s.replace(/[^a-z0-9]/gi, '').toLowerCase();
export const statusFacet = (status: string) => `xs${code(status)}`;
export const tradeFacet = (trade: string) => `xt${code(trade)}`;
export const jobTypeFacet = (jobType: string) => `xj${code(jobType)}`;
export const districtFacet = (district: string) => `xd${code(district)}`;
/**
 * Combined tokens for the kiosk's usual filter, job types × districts (× a minimum pay): one OR over short lists
 * instead of intersecting two or three OR-groups over long ones (each group costs ~0.8 ms at 50,000 postings).
 * '0' separates the parts: job types are letters only and a district is exactly six digits, so the token is
 * unambiguous.
 */
export const jobDistrictFacet = (jobType: string, district: string) => `xc${code(jobType)}0${code(district)}`;
export const jobDistrictPayFacet = (jobType: string, district: string, step: number) =>
  `xq${code(jobType)}0${code(district)}0${step}`;
/** Most combined terms a query may OR together before it falls back to separate groups. */
export const MAX_COMBINED_TERMS = 40;

/** Hourly pay at least / at most `yuan`. */
export const payMinFacet = (yuan: number) => `xpmin${yuan}`;
export const payMaxFacet = (yuan: number) => `xpmax${yuan}`;

/**
 * Hourly-equivalent thresholds with a pay token: close together where the hall's pay sits (22–40 yuan/hour),
 * coarser above. A bound on a step is answered by the index alone; a bound between
 * steps uses the nearest step as a superset and an exact check on the pay column.
 */
export const PAY_STEPS: readonly number[] = [20, 22, 24, 25, 26, 28, 30, 32, 35, 38, 40, 45, 50, 60, 80, 100, 150, 200];

/** Facet tokens of a posting, status aside (search_all adds it; search_live holds published postings only). */
export function postingFacets(p: Posting): string {
  const out = [
    tradeFacet(p.trade),
    jobTypeFacet(p.jobType),
    districtFacet(p.district),
    jobDistrictFacet(p.jobType, p.district),
  ];
  const hourly = hourlyEquivalent(p.pay);
  if (hourly !== null) {
    for (const step of PAY_STEPS) {
      if (hourly >= step) out.push(payMinFacet(step), jobDistrictPayFacet(p.jobType, p.district, step));
      if (hourly <= step) out.push(payMaxFacet(step));
    }
  }
  return out.join(' ');
}

/** The largest step ≤ yuan (a superset for "at least yuan"), and whether it is exact. */
export function payMinStep(yuan: number): { step: number | null; exact: boolean } {
  const below = PAY_STEPS.filter((s) => s <= yuan);
  const step = below.length ? below[below.length - 1]! : null;
  return { step, exact: step === yuan };
}

/** The smallest step ≥ yuan (a superset for "at most yuan"), and whether it is exact. */
export function payMaxStep(yuan: number): { step: number | null; exact: boolean } {
  const step = PAY_STEPS.find((s) => s >= yuan) ?? null;
  return { step, exact: step === yuan };
}
