/** Spreading a programme item over its years: whole dwellings, evenly, the remainder to the first years. */
import type { ProgrammeItem } from './types';

/**
 * Dwellings per year of an item: `n` over `from`–`to` inclusive in whole dwellings, each year ⌊n / years⌋ and the
 * remainder one each to the first years (293 over 2026–2030 → 59, 59, 59, 58, 58). Empty when a year is unknown,
 * `to` < `from` or `n` ≤ 0. A fractional `n` is rounded to whole dwellings first.
 */
export function spreadOverYears(item: Pick<ProgrammeItem, 'n' | 'from' | 'to'>): Map<number, number> {
  const out = new Map<number, number>();
  const { from, to } = item;
  const n = Math.round(item.n);
  if (from === null || to === null || to < from || !(n > 0)) return out;
  const years = to - from + 1;
  const base = Math.floor(n / years);
  const rest = n - base * years;
  for (let i = 0; i < years; i++) {
    const k = base + (i < rest ? 1 : 0);
    if (k > 0) out.set(from + i, k);
  }
  return out;
}
