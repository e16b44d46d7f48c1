/** Small UI formatting helpers on top of domain/numbers. */
import { formatNumber, type Lang } from '../domain/numbers';

/** A band edge: whole numbers without decimals (`21 %`), otherwise one decimal (`21,5 %`). */
export function formatEdge(v: number, lang: Lang): string {
  return `${formatNumber(v, Number.isInteger(v) ? 0 : 1, lang)}\u00a0%`;
}
