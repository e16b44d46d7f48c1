/**
 * Shared pieces of the (Park)stadshuwelijk finder (000 leefbaarheid, 001 afspraak 15, 002 §4.3): the two roles,
 * the reasons an area is left out, and the scope's own liveability reference. The rules are in stadshuwelijk.ts.
 */
import type { Area } from '../types';

export type Role = 'vulnerable' | 'strong';
export type Exclusion = 'no-data' | 'small' | 'no-liveability' | 'no-location';

/** Dwelling-weighted mean `afw` of the areas that have both figures; null when none has. */
export function liveabilityReference(areas: readonly Area[], year: number): number | null {
  let num = 0,
    den = 0;
  for (const a of areas) {
    const afw = a.liveability[year]?.afw;
    const d = a.stock?.dwellings;
    if (afw == null || d == null) continue;
    num += afw * d;
    den += d;
  }
  return den > 0 ? num / den : null;
}
