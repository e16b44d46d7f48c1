/**
 * Scenario bookkeeping over groups of areas (a gemeente, Parkstad): which areas and level a scenario
 * touches, the draft's move list, the totals per group and the compensation a move needs. Pure; the
 * gemeenten of Parkstad are passed in by the caller (config/policy.ts).
 */
import type { Dataset } from '../dataset';
import type { MapLevel, StockRow } from '../types';
import { gemeenteOf, levelOfCode } from '../codes';
import { gemeentenShare } from '../band-setting';
import { applyScenario, indexRows } from './apply';
import { compensation, groupTotals, type GroupTotals } from './totals';
import { MOVE_KINDS, type Move, type MoveKind, type Scenario } from './types';

/** The areas of a scenario, in the order they were added. */
export function scenarioAreas(s: Pick<Scenario, 'moves'>): string[] {
  return [...new Set(s.moves.map((m) => m.area))];
}

/** Moves with one move replaced (or added), ordered by area (first added first) and then by `MOVE_KINDS`; counts are whole and ≥ 0. */
export function withMove(moves: readonly Move[], area: string, kind: MoveKind, n: number): Move[] {
  const areas = [...new Set([...moves.map((m) => m.area), area])];
  const next = [...moves.filter((m) => !(m.area === area && m.kind === kind)), { area, kind, n: Math.max(0, Math.round(n)) }];
  return next.sort((a, b) => areas.indexOf(a.area) - areas.indexOf(b.area) || MOVE_KINDS.indexOf(a.kind) - MOVE_KINDS.indexOf(b.kind));
}

/** The level of a scenario: that of its first area (the interface keeps a scenario on one level). */
export function scenarioLevel(moves: readonly Move[]): MapLevel | null {
  const l = moves[0] ? levelOfCode(moves[0].area) : null;
  return l === 'wijk' || l === 'buurt' ? l : null;
}

/** True when at least one move changes something. */
export function hasEffect(moves: readonly Move[]): boolean {
  return moves.some((m) => m.n > 0);
}

export interface TotalsGroup {
  /** Gemeente code, or `parkstadCode` for the whole region. */
  code: string;
  /** The CBS figure of the gemeente row (the region: weighted over its gemeente rows). */
  cbsPct: number | null;
  totals: GroupTotals;
}

/**
 * Overall shares before/after for each gemeente of `region` the scenario touches, then for the region
 * (`regionCode`): computed from the stock rows of the scenario's level (e.g. all Heerlen wijken), not
 * from the gemeente row.
 */
export function scenarioTotals(
  dataset: Dataset,
  moves: readonly Move[],
  changed: ReadonlyMap<string, StockRow>,
  region: readonly string[],
  regionCode: string,
): TotalsGroup[] {
  const level = scenarioLevel(moves);
  if (!level) return [];
  const rows = dataset.stock.filter((r) => r.level === level);
  const touched = [...new Set(moves.map((m) => gemeenteOf(m.area) ?? ''))].filter((g) => region.includes(g));
  const groups: TotalsGroup[] = touched.map((g) => ({
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

/** The group whose share a scenario should keep: its one gemeente, or the region when it spans gemeenten. */
export function compensationGroup(moves: readonly Move[], regionCode: string): string {
  const gemeenten = new Set(moves.map((m) => gemeenteOf(m.area)));
  const only = gemeenten.size === 1 ? [...gemeenten][0] : null;
  return only ?? regionCode;
}

/**
 * The count for a `build` or `buy` move in `area` that brings the overall share back to today's: for the one
 * gemeente the scenario lies in, or for the region when it spans gemeenten. The move's current value is ignored.
 */
export function compensationFor(
  dataset: Dataset,
  moves: readonly Move[],
  area: string,
  kind: 'build' | 'buy',
  region: readonly string[],
  regionCode: string,
): { group: string; n: number } | null {
  const without = moves.filter((m) => !(m.area === area && m.kind === kind));
  const code = compensationGroup(moves, regionCode);
  const changed = applyScenario(indexRows(dataset.stock), without).rows;
  const group = scenarioTotals(dataset, moves, changed, region, regionCode).find((g) => g.code === code);
  if (!group || group.totals.before === null) return null;
  return { group: group.code, n: compensation(kind, group.totals.corporationAfter, group.totals.dwellingsAfter, group.totals.before) };
}
