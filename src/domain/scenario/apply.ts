/** Apply a scenario's moves to the stock rows: new rows per touched area, outcomes and issues. */
import type { StockRow } from '../types';
import { problem, type Problem } from '../problem';
import type { Move, MoveKind, Tenure } from './types';
import { applyMove } from './moves';
import { rowWithTenure, tenureOf } from './tenure';

export interface AreaOutcome {
  code: string;
  before: Tenure;
  after: Tenure;
  beforeRow: StockRow;
  afterRow: StockRow;
  /** Dwellings applied per move kind (after limits). */
  applied: Partial<Record<MoveKind, number>>;
}

export interface ScenarioResult {
  /** New stock rows of the touched areas, by code. Base rows are untouched. */
  rows: ReadonlyMap<string, StockRow>;
  outcomes: AreaOutcome[];
  issues: Problem[];
}

/**
 * Apply moves in the order given (the interface keeps `MOVE_KINDS` order per area). A move on an unknown
 * code or on an area without dwellings or corporation share is skipped with an issue; a move larger than
 * the area allows is applied up to the limit with a warning. Moves of 0 dwellings are ignored, and an
 * area whose moves are all 0 gets no new row. `note` is appended to the row's source text.
 */
export function applyScenario(rowsByCode: ReadonlyMap<string, StockRow>, moves: readonly Move[], note = ''): ScenarioResult {
  const work = new Map<string, { base: StockRow; before: Tenure; tenure: Tenure; applied: AreaOutcome['applied'] }>();
  const issues: Problem[] = [];
  for (const m of moves) {
    if (!(m.n > 0)) continue;
    let w = work.get(m.area);
    if (!w) {
      const base = rowsByCode.get(m.area) ?? null;
      const t = tenureOf(base);
      if (!base || !t) {
        issues.push(problem('warning', 'scenario.no-data', { key: m.area }));
        continue;
      }
      w = { base, before: t, tenure: t, applied: {} };
      work.set(m.area, w);
    }
    const out = applyMove(w.tenure, m.kind, m.n);
    if (out.applied < m.n) {
      issues.push(
        problem('warning', 'scenario.limited', {
          key: m.area,
          move: m.kind,
          n: m.n,
          name: w.base.name,
          available: Math.floor(out.applied),
        }),
      );
    }
    w.tenure = out.tenure;
    w.applied = { ...w.applied, [m.kind]: (w.applied[m.kind] ?? 0) + out.applied };
  }
  const rows = new Map<string, StockRow>();
  const outcomes: AreaOutcome[] = [];
  for (const [code, w] of work) {
    const afterRow = rowWithTenure(w.base, w.tenure, note);
    rows.set(code, afterRow);
    outcomes.push({ code, before: w.before, after: w.tenure, beforeRow: w.base, afterRow, applied: w.applied });
  }
  return { rows, outcomes, issues };
}

/** Stock rows by code (all levels), for `applyScenario`. */
export function indexRows(rows: readonly StockRow[]): ReadonlyMap<string, StockRow> {
  const m = new Map<string, StockRow>();
  for (const r of rows) if (!m.has(r.code)) m.set(r.code, r);
  return m;
}
