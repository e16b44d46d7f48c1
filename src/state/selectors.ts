/**
 * Selectors over the one store (pure, memoised) and the React hooks that read them: the view model, the
 * pair finder, the chosen pair, the titles. Ranking always uses today's data; the map may show a scenario.
 */
import { useStore, type AppState } from './store';
import { selectView, bandsOf, commonBand, composeToday, type ViewModel } from './view-model';
import { memoLast } from './memo';
import type { Dataset } from '../domain/dataset';
import type { MapLevel, StockRow } from '../domain/types';
import type { Move } from '../domain/scenario/types';
import { compensationFor, compensationGroup, scenarioTotals, type TotalsGroup } from '../domain/scenario/groups';
import { areasOf } from '../domain/band-setting';
import { findCandidates, type CandidateSet, type PairCriteria } from '../domain/pairs/candidates';
import { rankPairs, type RankedPair, type Weights } from '../domain/pairs/rank';
import { PARKSTAD_SCOPE, scopeGemeenten, type Scope } from '../config/policy';

export interface PairFinder {
  set: CandidateSet;
  pairs: RankedPair[];
  /** Parkstadshuwelijk (all 7 gemeenten) rather than a stadshuwelijk within one gemeente. */
  parkstad: boolean;
}

const finder = memoLast(
  (
    today: Dataset,
    scope: Scope,
    level: MapLevel,
    lower: number,
    upper: number,
    centre: number,
    criteria: PairCriteria,
    weights: Weights,
    different: boolean,
  ): PairFinder => {
    const parkstad = scope === PARKSTAD_SCOPE;
    const set = findCandidates(areasOf(today, scopeGemeenten(scope), level), { lower, upper, centre }, criteria);
    return { set, pairs: rankPairs(set, weights, { differentGemeente: parkstad && different }), parkstad };
  },
);

/** Candidates and ranked pairs for the current scope and level, on today's data (uploads included). */
export function selectPairFinder(s: AppState): PairFinder | null {
  if (!s.base) return null;
  const today = composeToday(s.base, s.uploads).dataset;
  const bands = bandsOf(today, s.scope, s.band);
  // Until the pair finder judges each area by its own gemeente's band (issue 11), a scope with mixed bands uses Heerlen's.
  const band = commonBand(bands) ?? bands.get('GM0917') ?? [...bands.values()].find((b) => b !== null);
  if (!band) return null;
  return finder(today, s.scope, s.level, band.lower, band.upper, band.centre, s.criteria, s.weights, s.differentGemeente);
}

/** The chosen stadshuwelijk pair: the draft scenario's pair. */
export const selectPair = (s: AppState) => s.draft.pair;

/** The view model (null before the data has loaded). */
export const useView = (): ViewModel | null => useStore(selectView);

/** The pair finder (null before the data has loaded). */
export const usePairFinder = (): PairFinder | null => useStore(selectPairFinder);

const REGION = scopeGemeenten(PARKSTAD_SCOPE);

/** Totals per touched gemeente and for Parkstad of a scenario on today's data. */
export const totalsOf = (today: Dataset, moves: readonly Move[], changed: ReadonlyMap<string, StockRow>): TotalsGroup[] =>
  scenarioTotals(today, moves, changed, REGION, PARKSTAD_SCOPE);

/** The build or buy count that keeps the share of the scenario's gemeente (or Parkstad) as it is today. */
export const compensationIn = (today: Dataset, moves: readonly Move[], area: string, kind: 'build' | 'buy') =>
  compensationFor(today, moves, area, kind, REGION, PARKSTAD_SCOPE);

/** The group a scenario's compensation keeps: its one gemeente, or Parkstad. */
export const compensationGroupOf = (moves: readonly Move[]) => compensationGroup(moves, PARKSTAD_SCOPE);
