/** Pure, memoised derivations for pairs and scenarios. Ranking always uses today's data; the map may show a scenario. */
import type { Dataset } from '../domain/dataset';
import type { Area, MapLevel, StockRow } from '../domain/types';
import { levelOfCode, gemeenteOf } from '../domain/codes';
import { findCandidates, type CandidateSet, type PairCriteria } from '../domain/pairs/candidates';
import { rankPairs, type Weights } from '../domain/pairs/rank';
import { applyScenario, indexRows } from '../domain/scenario/apply';
import { withScenarioRows } from '../domain/scenario/derive';
import { compensation, groupTotals, type GroupTotals } from '../domain/scenario/totals';
import type { Move } from '../domain/scenario/types';
import { PARKSTAD, PARKSTAD_SCOPE, scopeGemeenten, type Scope } from '../config/policy';
import { memoLast, scopeAverage } from './selectors';

export const stockIndex = memoLast((dataset: Dataset) => indexRows(dataset.stock));

/** The draft's outcome on today's rows. */
export const scenarioResult = memoLast((dataset: Dataset, moves: readonly Move[]) => applyScenario(stockIndex(dataset), moves, 'scenario'));

const NO_ROWS: ReadonlyMap<string, StockRow> = new Map();
/** The dataset the views draw: today's, or with the scenario's rows when it is shown. */
export const viewDataset = memoLast((dataset: Dataset, rows: ReadonlyMap<string, StockRow> | null) =>
  withScenarioRows(dataset, rows ?? NO_ROWS),
);

/** Today's areas of a scope (its own cache, so it never competes with `scopeAreas` on the view dataset). */
export const baseScopeAreas = memoLast((dataset: Dataset, scope: Scope, level: MapLevel): Area[] => {
  const gemeenten = new Set(scopeGemeenten(scope));
  return dataset.levels[level].areas.filter((a) => gemeenten.has(a.gemeenteCode));
});

export const pairCandidates = memoLast((areas: readonly Area[], lower: number, upper: number, centre: number, criteria: PairCriteria) =>
  findCandidates(areas, { lower, upper, centre }, criteria),
);

export const rankedPairs = memoLast((set: CandidateSet, weights: Weights, differentGemeente: boolean) =>
  rankPairs(set, weights, { differentGemeente }),
);

/** The level of a scenario: that of its first area (the interface keeps a scenario on one level). */
export function scenarioLevel(moves: readonly Move[]): MapLevel | null {
  const l = moves[0] ? levelOfCode(moves[0].area) : null;
  return l === 'wijk' || l === 'buurt' ? l : null;
}

export interface TotalsGroup {
  /** Gemeente code or `parkstad`. */
  code: string;
  /** The CBS figure of the gemeente row (Parkstad: weighted over the 7 gemeente rows). */
  cbsPct: number | null;
  totals: GroupTotals;
}

/**
 * Overall shares before/after for each gemeente the scenario touches, then for Parkstad: computed from
 * the stock rows of the scenario's level (e.g. all Heerlen wijken), not from the gemeente row.
 */
export function scenarioTotals(dataset: Dataset, moves: readonly Move[], changed: ReadonlyMap<string, StockRow>): TotalsGroup[] {
  const level = scenarioLevel(moves);
  if (!level) return [];
  const rows = dataset.stock.filter((r) => r.level === level);
  const touched = [...new Set(moves.map((m) => gemeenteOf(m.area) ?? ''))].filter((g) => PARKSTAD.some((p) => p.code === g));
  const groups: TotalsGroup[] = touched.map((g) => ({
    code: g,
    cbsPct: dataset.gemeenteRows.get(g)?.corporationPct ?? null,
    totals: groupTotals(
      rows.filter((r) => r.gemeenteCode === g),
      changed,
    ),
  }));
  const parkstad = new Set(scopeGemeenten(PARKSTAD_SCOPE));
  groups.push({
    code: PARKSTAD_SCOPE,
    cbsPct: scopeAverage(dataset, PARKSTAD_SCOPE),
    totals: groupTotals(
      rows.filter((r) => parkstad.has(r.gemeenteCode)),
      changed,
    ),
  });
  return groups;
}

/** The group whose share a scenario should keep: its one gemeente, or Parkstad when it spans gemeenten. */
export function compensationGroup(moves: readonly Move[]): string {
  const gemeenten = new Set(moves.map((m) => gemeenteOf(m.area)));
  const only = gemeenten.size === 1 ? [...gemeenten][0] : null;
  return only ?? PARKSTAD_SCOPE;
}

/**
 * The count for a `build` or `buy` move in `area` that brings the overall share back to today's: for the one
 * gemeente the scenario lies in, or for Parkstad when it spans gemeenten. The move's current value is ignored.
 */
export function compensationFor(
  dataset: Dataset,
  moves: readonly Move[],
  area: string,
  kind: 'build' | 'buy',
): { group: string; n: number } | null {
  const without = moves.filter((m) => !(m.area === area && m.kind === kind));
  const code = compensationGroup(moves);
  const group = scenarioTotals(dataset, moves, applyScenario(stockIndex(dataset), without).rows).find((g) => g.code === code);
  if (!group || group.totals.before === null) return null;
  return { group: group.code, n: compensation(kind, group.totals.corporationAfter, group.totals.dwellingsAfter, group.totals.before) };
}
