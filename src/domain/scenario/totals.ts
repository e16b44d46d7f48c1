/**
 * The overall corporation share of a group of areas (a gemeente, Parkstad) before and after a scenario,
 * and the "mengen zonder te verdringen" test of 002 §1: the overall share stays (nearly) the same.
 */
import type { StockRow } from '../types';
import { weightedShare } from '../summarize';

/** Tolerance of the mixing test in percentage points: today's share ± 0.5. */
export const MIX_TOLERANCE = 0.5;

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
  /** True when |change| ≤ tolerance (the edge itself holds); null without data. */
  holds: boolean | null;
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
export function groupTotals(rows: readonly StockRow[], changed: ReadonlyMap<string, StockRow>, tolerance = MIX_TOLERANCE): GroupTotals {
  const afterRows = rows.map((r) => changed.get(r.code) ?? r);
  const before = weightedShare(rows);
  const after = weightedShare(afterRows);
  const b = sums(rows),
    a = sums(afterRows);
  const change = before === null || after === null ? null : after - before;
  return {
    before,
    after,
    change,
    dwellingsBefore: b.dwellings,
    dwellingsAfter: a.dwellings,
    corporationBefore: b.corporation,
    corporationAfter: a.corporation,
    holds: change === null ? null : Math.abs(change) <= tolerance + 1e-9,
  };
}

/**
 * How many dwellings one more `build` or `buy` move must add to bring a group with `corporation` of
 * `total` dwellings back to `targetPct` — rounded up, 0 when the share is already at or above it.
 * build: (C + M) / (T + M) = s → M = (sT − C) / (1 − s); buy (total same): M = sT − C.
 * At 36 %, making up for 100 sold dwellings takes 100 bought or 157 built (100 / 0.64 = 156.25 → 157).
 */
export function compensation(kind: 'build' | 'buy', corporation: number, total: number, targetPct: number): number {
  const s = targetPct / 100;
  const need = kind === 'buy' ? s * total - corporation : s >= 1 ? Infinity : (s * total - corporation) / (1 - s);
  return need > 1e-9 ? Math.ceil(need - 1e-9) : 0;
}
