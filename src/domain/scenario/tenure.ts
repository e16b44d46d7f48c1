/** Between CBS stock rows (percentages of a total) and dwelling counts, in both directions, without rounding. */
import type { StockRow } from '../types';
import type { Tenure } from './types';

/**
 * Dwelling counts from a stock row: count = dwellings × pct / 100, kept fractional so that
 * arithmetic stays exact (1,000 dwellings at 78 % → 780 corporation dwellings).
 * A missing owner or other-rent percentage counts as 0 dwellings. Null when the row has no
 * dwelling total or no corporation percentage: such an area cannot take part in a scenario.
 */
export function tenureOf(row: StockRow | null): Tenure | null {
  if (!row || row.dwellings === null || row.corporationPct === null) return null;
  const part = (pct: number | null) => ((row.dwellings as number) * (pct ?? 0)) / 100;
  return { total: row.dwellings, corporation: part(row.corporationPct), otherRent: part(row.otherLandlordPct), owner: part(row.ownerPct) };
}

/** Share of `count` in `total` in percent; 0 for an empty total (an area demolished to nothing). */
export function shareOf(count: number, total: number): number {
  return total > 0 ? (count * 100) / total : 0;
}

/**
 * A new stock row with the counts of `tenure`: dwellings and the four percentages recomputed, everything
 * else (WOZ, inhabitants, year) kept from `base`. A percentage that was missing in `base` stays missing
 * unless the scenario put dwellings in that part. The base row is not changed.
 */
export function rowWithTenure(base: StockRow, tenure: Tenure, note: string): StockRow {
  const pct = (basePct: number | null, count: number) => (basePct === null && count === 0 ? null : shareOf(count, tenure.total));
  return {
    ...base,
    dwellings: tenure.total,
    corporationPct: shareOf(tenure.corporation, tenure.total),
    otherLandlordPct: pct(base.otherLandlordPct, tenure.otherRent),
    ownerPct: pct(base.ownerPct, tenure.owner),
    rentPct: base.rentPct === null ? null : shareOf(tenure.corporation + tenure.otherRent, tenure.total),
    source: note ? `${base.source}; ${note}` : base.source,
    computed: true,
  };
}
