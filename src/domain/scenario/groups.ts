/**
 * Scenario bookkeeping over groups of areas (a gemeente, Parkstad): which areas and level a scenario
 * touches, the draft's move list, and the overall share per group. Pure; the gemeenten of Parkstad are
 * passed in by the caller (config/policy.ts).
 */
import type { Dataset } from '../dataset';
import type { MapLevel, StockRow } from '../types';
import { gemeenteOf, levelOfCode } from '../codes';
import { gemeentenShare } from '../band-setting';
import { groupTotals, type GroupTotals } from './totals';
import { POLICY_MOVE_KINDS, type PolicyMove, type PolicyMoveKind, type Rebuild } from './policy-types';
import type { Scenario } from './types';

/** The areas of a scenario, in the order they were added. */
export function scenarioAreas(s: Pick<Scenario, 'moves'>): string[] {
  return [...new Set(s.moves.map((m) => m.area))];
}

/**
 * Moves with one move put in: it replaces the move of the same area and kind (or is added), then the list is
 * ordered by area (first added first) and by `POLICY_MOVE_KINDS`. Counts become whole and ≥ 0.
 */
export function withPolicyMove(moves: readonly PolicyMove[], move: PolicyMove): PolicyMove[] {
  const areas = [...new Set([...moves.map((m) => m.area), move.area])];
  const put = { ...move, n: Number.isFinite(move.n) ? Math.max(0, Math.round(move.n)) : 0 };
  const next = [...moves.filter((m) => !(m.area === move.area && m.kind === move.kind)), put];
  return next.sort(
    (a, b) => areas.indexOf(a.area) - areas.indexOf(b.area) || POLICY_MOVE_KINDS.indexOf(a.kind) - POLICY_MOVE_KINDS.indexOf(b.kind),
  );
}

/**
 * Set the count of one move and keep what else it has: a `demolish-rebuild` keeps its rebuild ratio and tenure.
 * A changed move loses its `legacy` marker (the planner has now chosen it).
 */
export function withMove(moves: readonly PolicyMove[], area: string, kind: PolicyMoveKind, n: number): PolicyMove[] {
  const old = moves.find((m) => m.area === area && m.kind === kind);
  const keep = old && old.n === Math.max(0, Math.round(n)) ? old : null;
  return withPolicyMove(moves, keep ?? (old?.rebuild ? { area, kind, n, rebuild: old.rebuild } : { area, kind, n }));
}

/** Set the rebuild (ratio and tenure) of an area's `demolish-rebuild`, adding the move with 0 when it is not there. */
export function withRebuild(moves: readonly PolicyMove[], area: string, rebuild: Rebuild): PolicyMove[] {
  const old = moves.find((m) => m.area === area && m.kind === 'demolish-rebuild');
  return withPolicyMove(moves, { area, kind: 'demolish-rebuild', n: old?.n ?? 0, rebuild });
}

/** The level of a scenario: that of its first area (the interface keeps a scenario on one level). */
export function scenarioLevel(moves: readonly PolicyMove[]): MapLevel | null {
  const l = moves[0] ? levelOfCode(moves[0].area) : null;
  return l === 'wijk' || l === 'buurt' ? l : null;
}

/** True when at least one move changes something. */
export function hasEffect(moves: readonly PolicyMove[]): boolean {
  return moves.some((m) => m.n > 0);
}

/** The gemeenten of `region` that the moves touch, in the order of their first move. */
export function touchedGemeenten(moves: readonly PolicyMove[], region: readonly string[]): string[] {
  return [...new Set(moves.map((m) => gemeenteOf(m.area) ?? ''))].filter((g) => region.includes(g));
}

export interface TotalsGroup {
  /** Gemeente code, or `regionCode` for the whole region. */
  code: string;
  /** The CBS figure of the gemeente row (the region: weighted over its gemeente rows). */
  cbsPct: number | null;
  totals: GroupTotals;
}

/**
 * Overall shares before/after for each gemeente of `region` the scenario touches, then for the region
 * (`regionCode`): computed from the stock rows of the scenario's level (e.g. all Heerlen wijken), not
 * from the gemeente row. Information only: the mixing check counts corporation dwellings (mixing.ts).
 */
export function scenarioTotals(
  dataset: Dataset,
  moves: readonly PolicyMove[],
  changed: ReadonlyMap<string, StockRow>,
  region: readonly string[],
  regionCode: string,
): TotalsGroup[] {
  const level = scenarioLevel(moves);
  if (!level) return [];
  const rows = dataset.stock.filter((r) => r.level === level);
  const groups: TotalsGroup[] = touchedGemeenten(moves, region).map((g) => ({
    code: g,
    cbsPct: dataset.gemeenteRows.get(g)?.corporationPct ?? null,
    totals: groupTotals(
      rows.filter((r) => r.gemeenteCode === g),
      changed,
    ),
  }));
  const inRegion = new Set(region);
  groups.push({
    code: regionCode,
    cbsPct: gemeentenShare(dataset, region),
    totals: groupTotals(
      rows.filter((r) => inRegion.has(r.gemeenteCode)),
      changed,
    ),
  });
  return groups;
}

/** The group whose corporation dwellings a compensation makes up: the scenario's one gemeente, or the region. */
export function compensationGroup(moves: readonly PolicyMove[], regionCode: string): string {
  const gemeenten = new Set(moves.map((m) => gemeenteOf(m.area)));
  const only = gemeenten.size === 1 ? [...gemeenten][0] : null;
  return only ?? regionCode;
}
