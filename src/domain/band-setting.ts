/**
 * Areas and shares of a scope: the corporation share of its gemeenten, its areas at a level, and lookups.
 * Pure: the gemeenten of a scope are passed in by the caller (config/policy.ts). The band itself is in
 * band-reference.ts.
 */
import type { Dataset } from './dataset';
import type { Area, MapLevel } from './types';
import { weightedShare } from './summarize';

/**
 * The corporation share of a set of gemeenten: the gemeente's CBS row for one, the dwelling-weighted share
 * of their rows for several (Parkstad). Null when unknown.
 */
export function gemeentenShare(dataset: Dataset, gemeenten: readonly string[]): number | null {
  if (gemeenten.length === 1) return dataset.gemeenteRows.get(gemeenten[0] ?? '')?.corporationPct ?? null;
  return weightedShare(gemeenten.map((c) => dataset.gemeenteRows.get(c) ?? null));
}

/** Areas of the level whose gemeente is one of `gemeenten`, in the dataset's order. */
export function areasOf(dataset: Dataset, gemeenten: readonly string[], level: MapLevel): Area[] {
  const set = new Set(gemeenten);
  return dataset.levels[level].areas.filter((a) => set.has(a.gemeenteCode));
}

/** Those of `gemeenten` that have no polygons at the given level (e.g. no buurten for Simpelveld). */
export function gemeentenWithoutAreas(dataset: Dataset, gemeenten: readonly string[], level: MapLevel): string[] {
  const have = new Set(dataset.levels[level].areas.map((a) => a.gemeenteCode));
  return gemeenten.filter((g) => !have.has(g));
}

/** The area of a level with this code, or null. */
export function findArea(dataset: Dataset, level: MapLevel, code: string | null): Area | null {
  if (!code) return null;
  return dataset.levels[level].areas.find((a) => a.code === code) ?? null;
}
