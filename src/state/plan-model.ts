/**
 * The plan derived from the store (pure, memoised): the programme in use, its projection on the 0-meting (the
 * embedded data: uploads and scenarios never change it), the ledger per gemeente and Parkstad, the streefbeeld per
 * wijk (the planner's targets, else the band rule in force) with its totals, and the rows of the 0-meting.
 */
import type { Dataset } from '../domain/dataset';
import type { StockRow } from '../domain/types';
import type { BandChoice, BandReference } from '../domain/band-reference';
import { indexRows } from '../domain/scenario/policy-apply';
import { rowWithTenure } from '../domain/scenario/tenure';
import { projectProgramme, standAt, type Projection } from '../domain/programme/project';
import { ledgerOf, type Ledger } from '../domain/programme/ledger';
import { defaultTarget, distanceToTarget, targetTotals, type AreaTarget, type TargetTotals } from '../domain/programme/targets';
import { baselineRows, type BaselineRow } from '../domain/programme/baseline';
import type { ProgrammeItem } from '../domain/programme/types';
import { PARKSTAD, PARKSTAD_SCOPE } from '../config/policy';
import { BUILD_TARGETS, INPONDEN_TARGETS } from '../config/programme';
import { formatNumber } from '../domain/numbers';
import { memoLast } from './memo';
import type { PlanChartInput } from './plan-chart';
import { bandsOf, viewOfArea } from './view-model';
import type { AppState } from './store';

/** The 0-meting's year: CBS Kerncijfers wijken en buurten 2024 (stand 1 januari 2024). */
export const BASE_YEAR = 2024;
/** The band's horizon (002 §2.2.1: "met als stip aan de horizon in 2050"). */
export const HORIZON = 2050;
const REGION = PARKSTAD.map((g) => g.code);
const NO_ITEMS: readonly ProgrammeItem[] = [];

/** The programme in use: the planner's, or the preload as shipped. */
export const selectProgramme = (s: AppState): readonly ProgrammeItem[] => s.programme ?? s.preload ?? NO_ITEMS;

/** The last year projected: the programme's last year, at least 2030, at most the 2050 horizon. */
export function lastYearOf(items: readonly ProgrammeItem[]): number {
  return Math.min(HORIZON, Math.max(2030, ...items.map((i) => i.to ?? 0)));
}

const project = memoLast((base: Dataset, items: readonly ProgrammeItem[]): Projection =>
  projectProgramme(indexRows(base.stock), items, BASE_YEAR, lastYearOf(items), REGION, PARKSTAD_SCOPE),
);

/** The programme projected on the 0-meting; null before the data has loaded. */
export const selectProjection = (s: AppState): Projection | null => (s.base ? project(s.base, selectProgramme(s)) : null);

const ledgers = memoLast(
  (p: Projection): ReadonlyMap<string, Ledger> =>
    new Map([...REGION, PARKSTAD_SCOPE].map((g) => [g, ledgerOf(p, g, INPONDEN_TARGETS, BUILD_TARGETS)] as const)),
);

/** The ledger of every gemeente and of Parkstad. */
export const selectLedgers = (s: AppState): ReadonlyMap<string, Ledger> | null => {
  const p = selectProjection(s);
  return p ? ledgers(p) : null;
};

const rowsAt = memoLast((base: Dataset, p: Projection, year: number): ReadonlyMap<string, StockRow> => {
  const out = new Map<string, StockRow>();
  const byCode = indexRows(base.stock);
  for (const [code, series] of p.areas) {
    const row = byCode.get(code);
    if (!row) continue;
    const stand = standAt(series, year, BASE_YEAR);
    const b = series.baseline;
    // Only dwelling totals and corporation counts are projected: the rest of the stock keeps its proportions.
    const rest = b.total - b.corporation;
    const factor = rest > 0 ? (stand.total - stand.corporation) / rest : 0;
    const part = (pct: number | null) => ((row.dwellings ?? 0) * (pct ?? 0) * factor) / 100;
    out.set(
      code,
      rowWithTenure(
        row,
        { total: stand.total, corporation: stand.corporation, otherRent: part(row.otherLandlordPct), owner: part(row.ownerPct) },
        `programma, eind ${String(year)}`,
      ),
    );
  }
  return out;
});

/** The rows of the areas the programme changes, at the end of the plan year shown; null when the map shows today. */
export function selectPlanRows(s: AppState): ReadonlyMap<string, StockRow> | null {
  const p = selectProjection(s);
  if (!s.base || !p || s.planYear === null) return null;
  return rowsAt(s.base, p, s.planYear);
}

export interface TargetRow {
  code: string;
  gemeenteCode: string;
  dwellings: number | null;
  pct: number | null;
  band: BandReference | null;
  target: AreaTarget | null;
  /** True when the planner set this target (else the band rule's default). */
  own: boolean;
}

const targetRows = memoLast((base: Dataset, choice: BandChoice, own: Readonly<Record<string, AreaTarget>>): readonly TargetRow[] => {
  const bands = bandsOf(base, PARKSTAD_SCOPE, choice);
  return base.levels.wijk.areas.map((a) => {
    const v = viewOfArea(a, bands);
    const set = own[a.code];
    const judged = v.cls !== 'small' && v.cls !== 'nodata';
    return {
      code: a.code,
      gemeenteCode: a.gemeenteCode,
      dwellings: a.stock?.dwellings ?? null,
      pct: v.pct,
      band: v.band,
      target: set ?? (judged ? defaultTarget(v.pct, v.band, BASE_YEAR) : null),
      own: set !== undefined,
    };
  });
});

/** The streefbeeld of every wijk of Parkstad (0-meting figures). */
export const selectTargetRows = (s: AppState): readonly TargetRow[] | null => (s.base ? targetRows(s.base, s.band, s.targets) : null);

const totals = memoLast((rows: readonly TargetRow[]): ReadonlyMap<string, TargetTotals> => {
  const out = new Map<string, TargetTotals>();
  for (const g of [...REGION, PARKSTAD_SCOPE]) out.set(g, targetTotals(rows.filter((r) => g === PARKSTAD_SCOPE || r.gemeenteCode === g)));
  return out;
});

/** Per gemeente and for Parkstad: do all targets together keep the corporation stock ("mengen zonder te verdringen")? */
export const selectTargetTotals = (s: AppState): ReadonlyMap<string, TargetTotals> | null => {
  const rows = selectTargetRows(s);
  return rows ? totals(rows) : null;
};

/** Distance to the streefbeeld per wijk (points; positive above): for the plan year shown (≤ 2030: the 2030 target), else 2050. */
export const targetDistances = memoLast(
  (rows: readonly TargetRow[], shown: Dataset, year: number | null): ReadonlyMap<string, number | null> => {
    const which = year !== null && year <= 2030 ? 2030 : 2050;
    const areas = new Map(shown.levels.wijk.areas.map((a) => [a.code, a] as const));
    return new Map(
      rows.map((r) => [r.code, distanceToTarget(areas.get(r.code)?.stock?.corporationPct ?? r.pct, r.target, which)] as const),
    );
  },
);

const baseline = memoLast((base: Dataset, choice: BandChoice, withBuurten: boolean, regionName: string): readonly BaselineRow[] => {
  const bands = bandsOf(base, PARKSTAD_SCOPE, choice);
  const bandText = (b: BandReference | null) => (b ? `${formatNumber(b.lower, 0, 'nl')}–${formatNumber(b.upper, 0, 'nl')} %` : '');
  return baselineRows(
    base,
    PARKSTAD,
    (a) => {
      const v = viewOfArea(a, bands);
      return { cls: v.cls, band: bandText(v.band) };
    },
    withBuurten,
    PARKSTAD_SCOPE,
    regionName,
  );
});

/** The rows of the 0-meting (the embedded data; classes against the band in force). */
export const selectBaseline = (s: AppState, withBuurten: boolean, regionName: string): readonly BaselineRow[] | null =>
  s.base ? baseline(s.base, s.band, withBuurten, regionName) : null;

/** The area a plan chart is drawn for: the selected wijk or buurt, else the gemeente in scope, else Parkstad. */
export function planSubject(s: AppState): string {
  if (s.selected && /^(WK|BU)/.test(s.selected)) return s.selected;
  return s.scope;
}

const chartInput = memoLast(
  (base: Dataset, p: Projection, rows: readonly TargetRow[], choice: BandChoice, code: string): PlanChartInput & { gemeente: string } => {
    const gemeente = code.startsWith('WK') || code.startsWith('BU') ? `GM${code.slice(2, 6)}` : code;
    const series = p.areas.get(code) ?? p.groups.get(code) ?? null;
    const row = indexRows(base.stock).get(code) ?? null;
    const years: { year: number; pct: number }[] = [];
    // Every year to the programme's end (an area's series holds only the years in which it changed).
    if (series) for (let y = p.baseYear; y <= p.lastYear; y++) years.push({ year: y, pct: standAt(series, y, p.baseYear).pct });
    const basePct = series ? series.baseline.pct : (row?.corporationPct ?? null);
    // An untouched area stays at its 0-meting in every year ("projections assume nothing else changes").
    const flat =
      !series && basePct !== null
        ? Array.from({ length: p.lastYear - p.baseYear + 1 }, (_, i) => ({ year: p.baseYear + i, pct: basePct }))
        : [];
    const bands = bandsOf(base, PARKSTAD_SCOPE, choice);
    const band = bands.get(gemeente) ?? null;
    return {
      gemeente,
      history: base.trend.filter((t) => t.code === gemeente).map((t) => ({ year: t.year, pct: t.corporationPct })),
      projection: basePct === null ? null : { base: basePct, years: series ? years : flat },
      target: rows.find((r) => r.code === code)?.target ?? null,
      band: band ? { lower: band.lower, upper: band.upper } : null,
      baseYear: BASE_YEAR,
      horizon: HORIZON,
    };
  },
);

/** What the plan chart of `code` draws (null before the data has loaded). */
export function selectPlanChartInput(s: AppState, code: string): (PlanChartInput & { gemeente: string }) | null {
  const p = selectProjection(s);
  const rows = selectTargetRows(s);
  return s.base && p && rows ? chartInput(s.base, p, rows, s.band, code) : null;
}
