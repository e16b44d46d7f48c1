/**
 * Which gemeenten of a scope have no figures at a level (pure). Simpelveld and Voerendaal have buurt polygons
 * but CBS publishes no tenure per buurt there: their buurten are drawn without a share, and the app says why,
 * instead of showing a grey map that reads as zeros.
 */
import type { Area } from './types';

/**
 * Those of `gemeenten` (in their order) where not one area of `areas` has a corporation share: a gemeente whose
 * areas all lack a row or a share, or that has no area at all. One area with a share is enough to leave the
 * gemeente out (a Brunssum buurt that CBS leaves blank is a gap, not a gemeente without figures).
 */
export function gemeentenWithoutFigures(areas: readonly Area[], gemeenten: readonly string[]): string[] {
  const withFigures = new Set(areas.filter((a) => a.stock?.corporationPct != null).map((a) => a.gemeenteCode));
  return gemeenten.filter((g) => !withFigures.has(g));
}
