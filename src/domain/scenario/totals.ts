/**
 * The overall corporation share of a group of areas (a gemeente, Parkstad) before and after a scenario, as
 * information beside the check that counts: "mengen zonder te verdringen" is judged in corporation dwellings
 * (mixing.ts), not in a share tolerance, since new market housing lowers the share without displacing anyone.
 */
import type { StockRow } from '../types';
import { weightedShare } from '../summarize';

export interface GroupTotals {
  /** Dwelling-weighted share of the group's rows today (null without data). */
  before: number | null;
  after: number | null;
  dwellingsBefore: number;
  dwellingsAfter: number;
  corporationBefore: number;
  corporationAfter: number;
  /** `after − before` in percentage points. */
  change: number | null;
}

function sums(rows: readonly (StockRow | null)[]): { dwellings: number; corporation: number } {
  let dwellings = 0,
    corporation = 0;
  for (const r of rows) {
    if (!r || r.dwellings === null || r.corporationPct === null) continue;
    dwellings += r.dwellings;
    corporation += (r.dwellings * r.corporationPct) / 100;
  }
  return { dwellings, corporation };
}

/**
 * Totals over `rows` (one level, e.g. all wijken of Heerlen) with the scenario's new rows swapped in.
 * The share is dwelling-weighted from the area figures (`weightedShare`), so it can differ slightly
 * from the gemeente's own CBS row (Heerlen: 36 %); rows without figures do not count.
 */
export function groupTotals(rows: readonly StockRow[], changed: ReadonlyMap<string, StockRow>): GroupTotals {
  const afterRows = rows.map((r) => changed.get(r.code) ?? r);
  const before = weightedShare(rows);
  const after = weightedShare(afterRows);
  const b = sums(rows),
    a = sums(afterRows);
  return {
    before,
    after,
    change: before === null || after === null ? null : after - before,
    dwellingsBefore: b.dwellings,
    dwellingsAfter: a.dwellings,
    corporationBefore: b.corporation,
    corporationAfter: a.corporation,
  };
}
