/**
 * The band of policy 002 §2.2.1: every wijk within ±15 points of the city average (Heerlen: 36 → 21–51 %).
 * Classification happens here, once; map, legend, tooltip and panels all read the result.
 */

export interface Band {
  lower: number;
  upper: number;
}

export type BandClass = 'below' | 'within' | 'above' | 'nodata';
/** Colour steps: distance to the nearest edge in bins, e.g. `above-2`. */
export type BandStep = 'below-3' | 'below-2' | 'below-1' | 'within' | 'above-1' | 'above-2' | 'above-3' | 'nodata';

export const BAND_STEPS: readonly BandStep[] = ['below-3', 'below-2', 'below-1', 'within', 'above-1', 'above-2', 'above-3', 'nodata'];
/** Upper limits (in percentage points from the nearest edge) of steps 1 and 2; beyond the last is step 3. */
export const STEP_LIMITS = [5, 15] as const;

/** A band from centre and half-width, clamped to 0–100. `bandFromCentre(36, 15)` → 21–51. */
export function bandFromCentre(centre: number, halfWidth: number): Band {
  return { lower: Math.max(0, centre - halfWidth), upper: Math.min(100, centre + halfWidth) };
}

/** Edges are inclusive: 21 and 51 are within the band 21–51. `null` (no CBS figure) is `nodata`, never below. */
export function classify(pct: number | null, band: Band): BandClass {
  if (pct === null || !Number.isFinite(pct)) return 'nodata';
  if (pct < band.lower) return 'below';
  if (pct > band.upper) return 'above';
  return 'within';
}

/** Signed distance to the nearest edge in percentage points: negative below, positive above, 0 within. */
export function distanceToBand(pct: number, band: Band): number {
  if (pct < band.lower) return pct - band.lower;
  if (pct > band.upper) return pct - band.upper;
  return 0;
}

/** Colour step by distance: (0, 5] → 1, (5, 15] → 2, > 15 → 3. */
export function bandStep(pct: number | null, band: Band): BandStep {
  const cls = classify(pct, band);
  if (cls === 'nodata' || pct === null) return 'nodata';
  if (cls === 'within') return 'within';
  const d = Math.abs(distanceToBand(pct, band));
  const n = d <= STEP_LIMITS[0] ? 1 : d <= STEP_LIMITS[1] ? 2 : 3;
  return `${cls}-${n}` as BandStep;
}

export interface DwellingsToBand {
  /** `remove`: corporation dwellings must leave corporation ownership; `add`: must be added. */
  direction: 'remove' | 'add' | 'none';
  dwellings: number;
}

/**
 * How many corporation dwellings must change hands, at constant total stock, to reach the nearest
 * band edge. Rounded up, so the edge is actually reached: 2301 dwellings at 78 % with upper edge 51 →
 * 2301 × 0.27 = 621.27 → 622 to remove. Null when figures are missing.
 */
export function dwellingsToBand(dwellings: number | null, pct: number | null, band: Band): DwellingsToBand | null {
  if (dwellings === null || pct === null) return null;
  const d = distanceToBand(pct, band);
  if (d === 0) return { direction: 'none', dwellings: 0 };
  const n = Math.ceil((Math.abs(d) / 100) * dwellings - 1e-9);
  return { direction: d > 0 ? 'remove' : 'add', dwellings: n };
}
