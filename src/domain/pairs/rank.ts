/**
 * Ranking of stadshuwelijk pairs. For every vulnerable area V and strong area S (in different gemeenten
 * when asked), five raw terms are computed, each divided by its maximum over all pairs (so 0–1):
 *
 *   score = w₁·gapV/max + w₂·gapS/max + w₃·(afwS − afwV)/max + w₄·absorbableS/max − w₅·distanceKm/max
 *
 * gapV: points V lies above the band; gapS: points S lies below it; afwS − afwV: the liveability contrast
 * (Leefbaarometer deviation); absorbableS: new corporation dwellings S can take before leaving the band;
 * distanceKm: straight-line distance between the areas' label points. A term whose maximum is 0 adds 0.
 * Weights are used as given (the interface keeps them between 0 and 3). Equal scores are ordered by code.
 */
import { distance } from '@turf/distance';
import type { Candidate, CandidateSet } from './candidates';

export interface Weights {
  gapVulnerable: number;
  gapStrong: number;
  liveability: number;
  absorbable: number;
  distance: number;
}
export type WeightKey = keyof Weights;
export const WEIGHT_KEYS: readonly WeightKey[] = ['gapVulnerable', 'gapStrong', 'liveability', 'absorbable', 'distance'];
export const DEFAULT_WEIGHTS: Weights = { gapVulnerable: 1, gapStrong: 1, liveability: 1, absorbable: 0.5, distance: 0.5 };

export interface Term {
  raw: number;
  /** raw / maximum over all pairs, 0–1. */
  normalised: number;
  /** ± weight × normalised: what the term adds to the score (distance subtracts). */
  contribution: number;
}

export interface RankedPair {
  /** `V|S` codes. */
  id: string;
  vulnerable: Candidate;
  strong: Candidate;
  distanceKm: number;
  terms: Record<WeightKey, Term>;
  score: number;
  /** 1 = best. */
  rank: number;
}

export const pairId = (vulnerable: string, strong: string) => `${vulnerable}|${strong}`;

/** Distance in km between two [lon, lat] points (great circle). */
export function distanceKm(a: [number, number], b: [number, number]): number {
  return distance(a, b, { units: 'kilometers' });
}

/** Rank all admissible pairs of a candidate set; see the module comment for the formula. */
export function rankPairs(
  set: CandidateSet,
  weights: Weights,
  opts: { differentGemeente: boolean } = { differentGemeente: false },
): RankedPair[] {
  const raw: { v: Candidate; s: Candidate; values: Record<WeightKey, number> }[] = [];
  for (const v of set.vulnerable) {
    for (const s of set.strong) {
      if (opts.differentGemeente && v.gemeenteCode === s.gemeenteCode) continue;
      raw.push({
        v,
        s,
        values: {
          gapVulnerable: v.gap,
          gapStrong: s.gap,
          liveability: s.afw - v.afw,
          absorbable: s.absorbable,
          distance: distanceKm(v.point, s.point),
        },
      });
    }
  }
  const max = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, Math.max(0, ...raw.map((r) => r.values[k]))])) as Record<WeightKey, number>;
  const pairs = raw.map(({ v, s, values }) => {
    const terms = {} as Record<WeightKey, Term>;
    let score = 0;
    for (const k of WEIGHT_KEYS) {
      const normalised = max[k] > 0 ? values[k] / max[k] : 0;
      const contribution = (k === 'distance' ? -1 : 1) * weights[k] * normalised;
      terms[k] = { raw: values[k], normalised, contribution };
      score += contribution;
    }
    return { id: pairId(v.code, s.code), vulnerable: v, strong: s, distanceKm: values.distance, terms, score, rank: 0 };
  });
  pairs.sort(
    (a, b) => b.score - a.score || a.vulnerable.code.localeCompare(b.vulnerable.code) || a.strong.code.localeCompare(b.strong.code),
  );
  return pairs.map((p, i) => ({ ...p, rank: i + 1 }));
}
