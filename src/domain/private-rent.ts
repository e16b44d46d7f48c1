/**
 * The second indicator: the share of dwellings let by "overige verhuurders" (private landlords), a sequential
 * scale without a band. 002 §2.2.3: "Afgezet tegen het landelijk gemiddelde heeft Heerlen een disproportioneel
 * groot aandeel particuliere verhuur in de woningvoorraad"; 004: "particuliere huurvoorraad met een huurprijs
 * onder de sociale huurprijsgrens". No policy sets a limit, so the class breaks are a display setting
 * (config/private-rent.ts), not a verdict.
 */

/** Four breaks in percent, ascending: five classes. */
export type PrivateRentBreaks = readonly [number, number, number, number];
export type PrivateRentStep = 'private-1' | 'private-2' | 'private-3' | 'private-4' | 'private-5';
export type PrivateRentClass = PrivateRentStep | 'small' | 'nodata';

export const PRIVATE_RENT_STEPS: readonly PrivateRentStep[] = ['private-1', 'private-2', 'private-3', 'private-4', 'private-5'];

/**
 * The class of an area's private-rent share. Classes include their lower break: with breaks 10, 15, 20, 30 the
 * classes are [0, 10), [10, 15), [15, 20), [20, 30), [30, 100]; exactly 10 is `private-2`. The same order of rules
 * as the band map: no share → `nodata` (also for a tiny area), fewer than `minDwellings` dwellings → `small`
 * (neutral, not ranked), an unknown dwelling count is classed.
 */
export function privateRentClass(
  pct: number | null,
  dwellings: number | null,
  breaks: PrivateRentBreaks,
  minDwellings: number,
): PrivateRentClass {
  if (pct === null || !Number.isFinite(pct)) return 'nodata';
  if (dwellings !== null && dwellings < minDwellings) return 'small';
  const above = breaks.filter((b) => pct >= b).length;
  return PRIVATE_RENT_STEPS[above] ?? 'private-5';
}
