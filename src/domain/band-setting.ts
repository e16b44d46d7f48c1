/**
 * The band in force for a scope: the user's setting, or the default (the scope's own CBS average ± the
 * policy's half-width, 002 §2.2.1: "niet meer dan 15 procentpunten afwijken van het stedelijk gemiddelde").
 * Pure: the policy values (half-width, the gemeenten of a scope) are passed in by the caller (config/policy.ts).
 */
import type { Dataset } from './dataset';
import type { Area, MapLevel } from './types';
import { bandFromCentre, type Band } from './band';
import { weightedShare } from './summarize';

/** A band chosen by the user as centre ± half-width (points); null in the store means the default band. */
export interface BandSetting {
  centre: number;
  halfWidth: number;
}

export interface ActiveBand extends Band {
  centre: number;
  halfWidth: number;
  /** True when no user setting is in force (the default band of the scope). */
  isDefault: boolean;
}

/**
 * The corporation share of a set of gemeenten: the gemeente's CBS row for one, the dwelling-weighted share
 * of their rows for several (Parkstad). Null when unknown.
 */
export function gemeentenShare(dataset: Dataset, gemeenten: readonly string[]): number | null {
  if (gemeenten.length === 1) return dataset.gemeenteRows.get(gemeenten[0] ?? '')?.corporationPct ?? null;
  return weightedShare(gemeenten.map((c) => dataset.gemeenteRows.get(c) ?? null));
}

/**
 * The band in force: the user's setting, or `average` rounded to one decimal ± `defaultHalfWidth`.
 * Without an average (no CBS figure) the default centre is `fallbackCentre`.
 */
export function activeBand(
  average: number | null,
  setting: BandSetting | null,
  defaultHalfWidth: number,
  fallbackCentre: number,
): ActiveBand {
  const centre = setting?.centre ?? Math.round((average ?? fallbackCentre) * 10) / 10;
  const halfWidth = setting?.halfWidth ?? defaultHalfWidth;
  return { ...bandFromCentre(centre, halfWidth), centre, halfWidth, isDefault: setting === null };
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
