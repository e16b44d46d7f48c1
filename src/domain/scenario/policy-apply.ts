/** Apply a scenario of policy moves to the stock rows: new rows per touched area, outcomes and issues. */
import type { StockRow } from '../types';
import { problem, type Problem } from '../problem';
import { tenureOf, rowWithTenure, shareOf } from './tenure';
import { applyPolicyMove } from './policy-moves';
import type { NewTenure, PolicyMove, PolicyMoveKind, PolicyTenure } from './policy-types';

export interface PolicyAreaOutcome {
  code: string;
  gemeenteCode: string;
  before: PolicyTenure;
  after: PolicyTenure;
  beforeRow: StockRow;
  /** The new row: its `corporationPct` is ownership, so liberalisation leaves it unchanged. */
  afterRow: StockRow;
  /** Share of corporation middenhuur in all dwellings after the scenario, in percent. */
  corporationMidPct: number;
  /** Dwellings applied per move kind (after limits); for `demolish-rebuild` the number demolished. */
  applied: Partial<Record<PolicyMoveKind, number>>;
  /** `demolish-rebuild` per tenure of the rebuild: corporation dwellings demolished and dwellings rebuilt. */
  rebuilt: Partial<Record<NewTenure, { demolished: number; rebuilt: number }>>;
}

export interface PolicyScenarioResult {
  rows: ReadonlyMap<string, StockRow>;
  outcomes: PolicyAreaOutcome[];
  issues: Problem[];
}

/** Counts of a stock row with no corporation middenhuur yet (CBS does not publish it); null without figures. */
export function policyTenureOf(row: StockRow | null): PolicyTenure | null {
  const t = tenureOf(row);
  return t ? { ...t, corporationMid: 0 } : null;
}

interface Work {
  base: StockRow;
  before: PolicyTenure;
  tenure: PolicyTenure;
  applied: PolicyAreaOutcome['applied'];
  rebuilt: PolicyAreaOutcome['rebuilt'];
}

/**
 * Apply moves in the order given (the interface keeps `POLICY_MOVE_KINDS` order per area): an unknown code or an area without dwellings or corporation
 * share is skipped with `scenario.no-data`; a move larger than the area allows is applied up to the limit with
 * `scenario.limited`; moves of 0 are ignored and an area whose moves are all 0 gets no new row. Base rows are
 * never changed. `note` is appended to the new rows' source text.
 */
export function applyPolicyScenario(
  rowsByCode: ReadonlyMap<string, StockRow>,
  moves: readonly PolicyMove[],
  note = '',
): PolicyScenarioResult {
  const work = new Map<string, Work>();
  const issues: Problem[] = [];
  for (const m of moves) {
    if (!(m.n > 0)) continue;
    let w = work.get(m.area);
    if (!w) {
      const base = rowsByCode.get(m.area) ?? null;
      const t = policyTenureOf(base);
      if (!base || !t) {
        issues.push(problem('warning', 'scenario.no-data', { key: m.area }));
        continue;
      }
      w = { base, before: t, tenure: t, applied: {}, rebuilt: {} };
      work.set(m.area, w);
    }
    const out = applyPolicyMove(w.tenure, m);
    if (out.applied < m.n) {
      const available = Math.floor(out.applied + 1e-9);
      issues.push(problem('warning', 'scenario.limited', { key: m.area, move: m.kind, n: m.n, name: w.base.name, available }));
    }
    w.tenure = out.tenure;
    w.applied = { ...w.applied, [m.kind]: (w.applied[m.kind] ?? 0) + out.applied };
    if (out.rebuiltTenure) {
      const r = w.rebuilt[out.rebuiltTenure] ?? { demolished: 0, rebuilt: 0 };
      w.rebuilt = { ...w.rebuilt, [out.rebuiltTenure]: { demolished: r.demolished + out.applied, rebuilt: r.rebuilt + out.rebuilt } };
    }
  }
  const rows = new Map<string, StockRow>();
  const outcomes: PolicyAreaOutcome[] = [];
  for (const [code, w] of work) {
    const afterRow = rowWithTenure(w.base, w.tenure, note);
    rows.set(code, afterRow);
    outcomes.push({
      code,
      gemeenteCode: w.base.gemeenteCode,
      before: w.before,
      after: w.tenure,
      beforeRow: w.base,
      afterRow,
      corporationMidPct: shareOf(w.tenure.corporationMid, w.tenure.total),
      applied: w.applied,
      rebuilt: w.rebuilt,
    });
  }
  return { rows, outcomes, issues };
}

/** Stock rows by code (all levels), for `applyPolicyScenario`; the first row of a code wins. */
export function indexRows(rows: readonly StockRow[]): ReadonlyMap<string, StockRow> {
  const m = new Map<string, StockRow>();
  for (const r of rows) if (!m.has(r.code)) m.set(r.code, r);
  return m;
}
