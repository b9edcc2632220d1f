import type { TransitLeg, TransitParameter } from '../api/types.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** What the planner uses as a leg's length, and why: a sourced figure, or great circle × detour factor. */
export type LegDistance =
  | { kind: 'sourced'; km: string; source: string | null }
  | { kind: 'estimated'; km: string; greatCircleKm: string | null; detourFactor: string | null };

function detourFactorOf(leg: TransitLeg, parameters: readonly TransitParameter[]): number | null {
  const parameter = parameters.find((candidate) => candidate.key === `detour_factor.${leg.mode}`);
  if (parameter) return parameter.value;
  // Without the parameters the factor is still visible in the leg itself: the estimate is its product.
  return leg.greatCircleKm ? leg.distance.km / leg.greatCircleKm : null;
}

/** The leg's distance with its numbers written for the reader (Persian digits in fa). */
export function describeLegDistance(
  leg: TransitLeg,
  parameters: readonly TransitParameter[],
  locale: Locale,
): LegDistance {
  const km = formatNumber(Math.round(leg.distance.km), locale);
  if (!leg.distance.estimated) return { kind: 'sourced', km, source: leg.distanceSource };
  const factor = detourFactorOf(leg, parameters);
  return {
    kind: 'estimated',
    km,
    greatCircleKm: leg.greatCircleKm === null ? null : formatNumber(Math.round(leg.greatCircleKm), locale),
    detourFactor: factor === null ? null : formatNumber(factor, locale, { maximumFractionDigits: 2 }),
  };
}
