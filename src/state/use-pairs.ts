/** React hooks over the core store and the pairs store. */
import { useStore } from './store';
import { usePairsStore } from './pairs-store';
import { activeBand } from './selectors';
import { baseScopeAreas, pairCandidates, rankedPairs, scenarioResult, viewDataset } from './pairs-selectors';
import { PARKSTAD_SCOPE } from '../config/policy';
import type { Dataset } from '../domain/dataset';
import type { RankedPair } from '../domain/pairs/rank';
import type { CandidateSet } from '../domain/pairs/candidates';

/** The dataset every view draws: with the draft scenario's rows while "show on map" is on. */
export function useViewDataset(): Dataset | null {
  const dataset = useStore((s) => s.dataset);
  const moves = usePairsStore((s) => s.draft.moves);
  const show = usePairsStore((s) => s.showOnMap);
  if (!dataset) return null;
  return viewDataset(dataset, show ? scenarioResult(dataset, moves).rows : null);
}

export interface PairFinder {
  set: CandidateSet;
  pairs: RankedPair[];
  /** Parkstadshuwelijk (all 7 gemeenten) rather than a stadshuwelijk within one gemeente. */
  parkstad: boolean;
}

/** Candidates and ranked pairs for the current scope and level, on today's data. */
export function usePairFinder(): PairFinder | null {
  const dataset = useStore((s) => s.dataset);
  const scope = useStore((s) => s.scope);
  const level = useStore((s) => s.level);
  const setting = useStore((s) => s.band);
  const weights = usePairsStore((s) => s.weights);
  const criteria = usePairsStore((s) => s.criteria);
  const different = usePairsStore((s) => s.differentGemeente);
  if (!dataset) return null;
  const band = activeBand(dataset, scope, setting);
  const parkstad = scope === PARKSTAD_SCOPE;
  const set = pairCandidates(baseScopeAreas(dataset, scope, level), band.lower, band.upper, band.centre, criteria);
  return { set, pairs: rankedPairs(set, weights, parkstad && different), parkstad };
}
