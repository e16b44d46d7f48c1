/**
 * Join area polygons to stock and liveability rows by CBS code. Produces new Area objects
 * (inputs are never mutated) and a join report that accounts for every row and feature.
 */
import type { Area, AreaFeature, Level, LiveabilityRow, StockRow } from './types';
import { problem, type Problem } from './problem';

export interface JoinReport {
  level: Level;
  features: number;
  rows: number;
  matched: number;
  /** Rows of this level without a polygon, with their row numbers. */
  unmatchedRows: { code: string; name: string; row: number; gemeenteCode: string }[];
  /** Polygons without a stock row. */
  unmatchedFeatures: { code: string; name: string }[];
  duplicateRows: { code: string; rows: number[] }[];
  duplicateFeatures: string[];
  /** Share of features with a corporation percentage (0–1). */
  featureCoverage: number;
  /** Share of dwellings (of matched rows) that have a corporation percentage (0–1). */
  dwellingCoverage: number;
}

function groupByCode<T extends { code: string }>(items: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const list = m.get(it.code);
    if (list) list.push(it);
    else m.set(it.code, [it]);
  }
  return m;
}

/** Join features of one level with the rows of that level. The first of duplicate rows wins (reported). */
export function joinLevel(
  level: Level,
  features: readonly AreaFeature[],
  stock: readonly StockRow[],
  liveability: readonly LiveabilityRow[],
): { areas: Area[]; report: JoinReport; issues: Problem[] } {
  const rows = stock.filter((r) => r.level === level);
  const rowsByCode = groupByCode(rows);
  const featuresByCode = groupByCode(features);
  const liveByCode = groupByCode(liveability.filter((r) => r.level === level));
  const issues: Problem[] = [];
  const duplicateRows = [...rowsByCode].filter(([, l]) => l.length > 1).map(([code, l]) => ({ code, rows: l.map((r) => r.row) }));
  const duplicateFeatures = [...featuresByCode].filter(([, l]) => l.length > 1).map(([code]) => code);
  for (const d of duplicateRows) {
    issues.push(problem('warning', 'join.duplicate-row', { key: d.code, row: d.rows[1], rows: d.rows.join(', ') }));
  }
  for (const code of duplicateFeatures) {
    issues.push(problem('warning', 'join.duplicate-feature', { key: code }));
  }
  const areas: Area[] = [];
  const unmatchedFeatures: JoinReport['unmatchedFeatures'] = [];
  for (const [code, list] of featuresByCode) {
    const f = list[0] as AreaFeature;
    const row = rowsByCode.get(code)?.[0] ?? null;
    if (!row) unmatchedFeatures.push({ code, name: f.name });
    const liveabilityByYear: Area['liveability'] = {};
    for (const l of liveByCode.get(code) ?? []) {
      liveabilityByYear[l.year] = { year: l.year, lbm: l.lbm, afw: l.afw, fys: l.fys, onv: l.onv, soc: l.soc, vrz: l.vrz, won: l.won };
    }
    areas.push({
      code,
      name: row?.name ?? f.name,
      level,
      gemeenteCode: f.gemeenteCode || row?.gemeenteCode || '',
      geometry: f.geometry,
      labelPoint: f.labelPoint,
      stock: row,
      liveability: liveabilityByYear,
    });
  }
  const unmatchedRows = [...rowsByCode]
    .filter(([code]) => !featuresByCode.has(code))
    .map(([code, l]) => {
      const r = l[0] as StockRow;
      return { code, name: r.name, row: r.row, gemeenteCode: r.gemeenteCode };
    });
  for (const f of unmatchedFeatures) {
    issues.push(problem('warning', 'join.unmatched-feature', { key: f.code, name: f.name }));
  }
  const matched = areas.filter((a) => a.stock).length;
  const withPct = areas.filter((a) => a.stock?.corporationPct != null).length;
  const dwellingsAll = areas.reduce((s, a) => s + (a.stock?.dwellings ?? 0), 0);
  const dwellingsPct = areas.reduce((s, a) => s + (a.stock?.corporationPct != null ? (a.stock.dwellings ?? 0) : 0), 0);
  areas.sort((a, b) => a.code.localeCompare(b.code));
  return {
    areas,
    issues,
    report: {
      level,
      features: featuresByCode.size,
      rows: rowsByCode.size,
      matched,
      unmatchedRows,
      unmatchedFeatures,
      duplicateRows,
      duplicateFeatures,
      featureCoverage: featuresByCode.size ? withPct / featuresByCode.size : 0,
      dwellingCoverage: dwellingsAll ? dwellingsPct / dwellingsAll : 0,
    },
  };
}
