/** Averages and counts over a set of areas. */
import type { Area, StockRow } from './types';
import { classify, type Band, type BandClass } from './band';

/**
 * Dwelling-weighted corporation share of rows with both figures; null when none has data.
 * E.g. 1000 dwellings at 78 % and 3000 at 6 % → (780 + 180) / 4000 = 24 %.
 */
export function weightedShare(rows: readonly (StockRow | null)[]): number | null {
  let num = 0;
  let den = 0;
  for (const r of rows) {
    if (!r || r.corporationPct === null || r.dwellings === null) continue;
    num += r.corporationPct * r.dwellings;
    den += r.dwellings;
  }
  return den > 0 ? num / den : null;
}

export type ClassCounts = Record<BandClass, number>;

/** Number of areas per band class. */
export function countClasses(areas: readonly Area[], band: Band): ClassCounts {
  const counts: ClassCounts = { below: 0, within: 0, above: 0, nodata: 0 };
  for (const a of areas) counts[classify(a.stock?.corporationPct ?? null, band)] += 1;
  return counts;
}

/** Change in Leefbaarometer `afw` between two years, or null when either is missing. */
export function liveabilityChange(area: Area, from = 2020, to = 2024): number | null {
  const a = area.liveability[from]?.afw;
  const b = area.liveability[to]?.afw;
  return a == null || b == null ? null : b - a;
}
