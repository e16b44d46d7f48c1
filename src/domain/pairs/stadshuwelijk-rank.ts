/**
 * Ranking of stadshuwelijk and Parkstadshuwelijk pairs by the terms of their definition. For every vulnerable area V
 * and strong area S that may marry (stadshuwelijk: same gemeente; Parkstadshuwelijk: V in the anchor gemeente, S in
 * another, as the candidate set already ensures), five raw terms, each divided by its maximum over all pairs (0–1):
 *
 *   score = w_V·(pV − āV)/max + w_S·(āS − pS)/max + w_L·(afwS − afwV)/max + w_C·capS/max − w_D·distance/max
 *
 * pV − āV: points V's corporation share lies above its gemeente's average; āS − pS: points S lies below its own;
 * afwS − afwV: the liveability contrast (Leefbaarometer deviation); capS: new corporation dwellings that bring S to
 * its band's lower edge (or centre); distance: km between label points, shown but weighted 0 by default (no
 * document asks for proximity). A term whose maximum is 0 adds 0. Equal scores are ordered by V's code, then S's.
 * Each pair names its dominant term: the one with the largest absolute contribution (ties: the order above).
 */
import type { MarriageCandidate, MarriageCandidateSet } from './stadshuwelijk';
import { distanceKm, pairId, type Term } from './rank';

export interface MarriageWeights {
  shareVulnerable: number;
  shareStrong: number;
  liveability: number;
  capacity: number;
  distance: number;
}
export type MarriageTermKey = keyof MarriageWeights;
export const MARRIAGE_TERMS: readonly MarriageTermKey[] = ['shareVulnerable', 'shareStrong', 'liveability', 'capacity', 'distance'];

export interface MarriagePair {
  /** `V|S` codes. */
  id: string;
  kind: MarriageCandidateSet['kind'];
  vulnerable: MarriageCandidate;
  strong: MarriageCandidate;
  distanceKm: number;
  terms: Record<MarriageTermKey, Term>;
  score: number;
  /** The term with the largest absolute contribution; null when every contribution is 0. */
  dominant: MarriageTermKey | null;
  /** 1 = best. */
  rank: number;
}

/** Whether V and S may form a pair of this kind: stadshuwelijk within one gemeente, Parkstadshuwelijk across. */
const admissible = (kind: MarriageCandidateSet['kind'], v: MarriageCandidate, s: MarriageCandidate) =>
  kind === 'stadshuwelijk' ? v.gemeenteCode === s.gemeenteCode : v.gemeenteCode !== s.gemeenteCode;

/** Rank all admissible pairs of a candidate set; see the module comment for the formula. Weights are used as given. */
export function rankStadshuwelijkPairs(set: MarriageCandidateSet, weights: MarriageWeights): MarriagePair[] {
  const raw: { v: MarriageCandidate; s: MarriageCandidate; values: Record<MarriageTermKey, number> }[] = [];
  for (const v of set.vulnerable) {
    for (const s of set.strong) {
      if (!admissible(set.kind, v, s)) continue;
      const values = {
        shareVulnerable: v.shareGap,
        shareStrong: s.shareGap,
        liveability: s.afw - v.afw,
        capacity: s.capacity,
        distance: distanceKm(v.point, s.point),
      };
      raw.push({ v, s, values });
    }
  }
  const max = Object.fromEntries(MARRIAGE_TERMS.map((k) => [k, Math.max(0, ...raw.map((r) => r.values[k]))])) as Record<
    MarriageTermKey,
    number
  >;
  const pairs = raw.map(({ v, s, values }) => {
    const terms = {} as Record<MarriageTermKey, Term>;
    let score = 0;
    let dominant: MarriageTermKey | null = null;
    for (const k of MARRIAGE_TERMS) {
      const normalised = max[k] > 0 ? values[k] / max[k] : 0;
      const contribution = (k === 'distance' ? -1 : 1) * weights[k] * normalised || 0;
      terms[k] = { raw: values[k], normalised, contribution };
      score += contribution;
      if (Math.abs(contribution) > (dominant ? Math.abs(terms[dominant].contribution) : 0)) dominant = k;
    }
    return {
      id: pairId(v.code, s.code),
      kind: set.kind,
      vulnerable: v,
      strong: s,
      distanceKm: values.distance,
      terms,
      score,
      dominant,
      rank: 0,
    };
  });
  pairs.sort(
    (a, b) => b.score - a.score || a.vulnerable.code.localeCompare(b.vulnerable.code) || a.strong.code.localeCompare(b.strong.code),
  );
  return pairs.map((p, i) => ({ ...p, rank: i + 1 }));
}
