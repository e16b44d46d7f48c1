/** Averages and counts over a set of areas. */
import type { Area, StockRow } from './types';

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

/** Change in Leefbaarometer `afw` between two years, or null when either is missing. */
export function liveabilityChange(area: Area, from = 2020, to = 2024): number | null {
  const a = area.liveability[from]?.afw;
  const b = area.liveability[to]?.afw;
  return a == null || b == null ? null : b - a;
}
