/** Small UI formatting helpers on top of domain/numbers. */
import { formatNumber, type Lang } from '../domain/numbers';

/** A band edge: whole numbers without decimals (`21 %`), otherwise one decimal (`21,5 %`). */
export function formatEdge(v: number, lang: Lang): string {
  return `${formatNumber(v, Number.isInteger(v) ? 0 : 1, lang)}\u00a0%`;
}

/**
 * A share as the reader should see it: a published CBS percentage (whole numbers) as a whole percentage (`78 %`), a
 * figure the app computed — a scenario, a programme year — or a published figure with decimals with one decimal
 * (`71,5 %`); null → `–`. One rule for tooltip, panels, table and legend.
 */
export function formatShare(v: number | null, lang: Lang, computed = false): string {
  if (v === null || !Number.isFinite(v)) return '–';
  return `${formatNumber(v, computed || !Number.isInteger(v) ? 1 : 0, lang)}\u00a0%`;
}
