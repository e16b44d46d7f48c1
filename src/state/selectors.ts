/** Pure, memoised derivations from the store: scope areas, the band, classes. Panels and map share them. */
import type { Dataset } from '../domain/dataset';
import type { Area, MapLevel } from '../domain/types';
import { bandFromCentre, bandStep, classify, type Band, type BandClass, type BandStep } from '../domain/band';
import { weightedShare } from '../domain/summarize';
import { DEFAULT_HALF_WIDTH, PARKSTAD_SCOPE, scopeGemeenten, type Scope } from '../config/policy';
import type { BandSetting } from './store';

/** Memoise a function of a few arguments on reference equality of the last call. */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => a === (lastArgs as A)[i])) return last;
    lastArgs = args;
    last = fn(...args);
    return last;
  };
}

/**
 * The scope's own corporation share: the gemeente's CBS row, or for Parkstad the dwelling-weighted
 * share of the 7 gemeente rows. Null when unknown.
 */
export function scopeAverage(dataset: Dataset, scope: Scope): number | null {
  if (scope !== PARKSTAD_SCOPE) return dataset.gemeenteRows.get(scope)?.corporationPct ?? null;
  return weightedShare(scopeGemeenten(scope).map((c) => dataset.gemeenteRows.get(c) ?? null));
}

export interface ActiveBand extends Band {
  centre: number;
  halfWidth: number;
  isDefault: boolean;
}

/** The band in force: the user's setting, or the scope average ± 15 points. */
export function activeBand(dataset: Dataset, scope: Scope, setting: BandSetting | null): ActiveBand {
  const centre = setting?.centre ?? Math.round((scopeAverage(dataset, scope) ?? 36) * 10) / 10;
  const halfWidth = setting?.halfWidth ?? DEFAULT_HALF_WIDTH;
  return { ...bandFromCentre(centre, halfWidth), centre, halfWidth, isDefault: setting === null };
}

/** Areas of the level whose gemeente lies in the scope. */
export const scopeAreas = memoLast((dataset: Dataset, scope: Scope, level: MapLevel): Area[] => {
  const gemeenten = new Set(scopeGemeenten(scope));
  return dataset.levels[level].areas.filter((a) => gemeenten.has(a.gemeenteCode));
});

export interface Classified {
  cls: BandClass;
  step: BandStep;
}

/** Band class and colour step per area code. */
export const classifyAreas = memoLast((areas: readonly Area[], lower: number, upper: number): ReadonlyMap<string, Classified> => {
  const band = { lower, upper };
  const m = new Map<string, Classified>();
  for (const a of areas) {
    const pct = a.stock?.corporationPct ?? null;
    m.set(a.code, { cls: classify(pct, band), step: bandStep(pct, band) });
  }
  return m;
});

/** Gemeenten of a scope that have no polygons at the given level (e.g. no buurten for Simpelveld). */
export function gemeentenWithoutAreas(dataset: Dataset, scope: Scope, level: MapLevel): string[] {
  const have = new Set(dataset.levels[level].areas.map((a) => a.gemeenteCode));
  return scopeGemeenten(scope).filter((g) => !have.has(g));
}

export function findArea(dataset: Dataset, level: MapLevel, code: string | null): Area | null {
  if (!code) return null;
  return dataset.levels[level].areas.find((a) => a.code === code) ?? null;
}
