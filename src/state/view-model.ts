/**
 * The one derived view (pure, memoised): from the store's data, uploads, scenario, scope, level and band
 * setting to everything the screens draw — the dataset shown, the band in force and where it comes from,
 * every area of the scope with its class and colour step, the average, the counts, the legend. Map,
 * legend, tooltip, table, panels, scatter and export read it; none derives these again.
 */
import type { Dataset } from '../domain/dataset';
import type { MapLevel, StockRow } from '../domain/types';
import { areasOf, gemeentenShare } from '../domain/band-setting';
import { gemeentenWithoutFigures } from '../domain/figures-coverage';
import type { BandChoice, BandReference } from '../domain/band-reference';
import { bandRole, type AreaClass } from '../domain/classify-area';
import type { BandStep } from '../domain/band';
import { composeDataset, type Composition } from '../domain/upload/compose';
import { applyPolicyScenario, indexRows, type PolicyScenarioResult } from '../domain/scenario/policy-apply';
import { withScenarioRows } from '../domain/scenario/derive';
import { hasEffect, scenarioLevel } from '../domain/scenario/groups';
import type { PolicyMove } from '../domain/scenario/policy-types';
import { PARKSTAD, PARKSTAD_SCOPE, scopeGemeenten, type Scope } from '../config/policy';
import type { OverlayId } from '../config/overlays';
import { legendModel, type LegendModel } from './legend-model';
import { scopeTrend, type ScopeTrend } from './time-view';
import { isBoundaries, isFigures, type UploadEntry } from './slices/upload';
import type { Indicator } from './slices/view';
import { memoLast } from './memo';
import { bandsOf, commonBand, viewOfArea, type AreaView } from './area-view';
export { bandsOf, gemeenteBand, viewOfArea, type AreaView } from './area-view';
import type { AppState } from './store';
import { selectPlanRows, selectTargetRows, targetDistances } from './plan-model';

export type ClassCounts = Record<AreaClass, number>;

/** An area against its streefbeeld: within ±1 point is "op streefbeeld", beyond that the band map's steps of distance. */
export interface TargetVerdict {
  distance: number | null;
  cls: 'below' | 'within' | 'above' | 'nodata';
  step: BandStep;
}

/** Points from the target within which an area counts as on it (shares are whole percents in CBS figures). */
export const TARGET_TOLERANCE = 1;

function targetVerdicts(
  areas: readonly AreaView[],
  distances: ReadonlyMap<string, number | null> | null,
): ReadonlyMap<string, TargetVerdict> {
  const out = new Map<string, TargetVerdict>();
  for (const a of areas) {
    const d = distances?.get(a.code) ?? null;
    if (d === null || a.cls === 'small') out.set(a.code, { distance: d, cls: 'nodata', step: 'nodata' });
    else if (Math.abs(d) <= TARGET_TOLERANCE) out.set(a.code, { distance: d, cls: 'within', step: 'within' });
    else {
      const side = d > 0 ? 'above' : 'below';
      const n = Math.abs(d) <= 5 ? 1 : Math.abs(d) <= 15 ? 2 : 3;
      out.set(a.code, { distance: d, cls: side, step: `${side}-${n}` as BandStep });
    }
  }
  return out;
}

export interface ScenarioView {
  name: string;
  level: MapLevel;
  moves: readonly PolicyMove[];
  result: PolicyScenarioResult;
  /** True when the map shows this scenario's figures (it is switched on and of the level shown). */
  shownHere: boolean;
}

export interface ViewModel {
  scope: Scope;
  level: MapLevel;
  indicator: Indicator;
  /** `verdict` at wijk level; `insight` at buurt level (the band is a guideline for wijken). */
  role: 'verdict' | 'insight';
  gemeenten: readonly string[];
  /** Today's data: the embedded data with the uploads in use. */
  today: Dataset;
  composition: Composition;
  /** What the map, legend, table and panels show: today's, or with the scenario's rows. */
  shown: Dataset;
  scenario: ScenarioView | null;
  /** The band of each gemeente of the scope (null: not judged). */
  bands: ReadonlyMap<string, BandReference | null>;
  /** The band of every Parkstad gemeente under the same choice (for areas and exports beyond the scope). */
  allBands: ReadonlyMap<string, BandReference | null>;
  /** The band all areas of the scope share, or null when their gemeenten have different bands (Parkstad by default). */
  band: BandReference | null;
  average: number | null;
  /** The reference year of most figures shown (CBS 2024), for titles. */
  dataYear: number;
  areas: readonly AreaView[];
  byCode: ReadonlyMap<string, AreaView>;
  counts: ClassCounts;
  /** Names of the scope's gemeenten whose areas at this level have no figures (Simpelveld, Voerendaal buurten). */
  noFigures: readonly string[];
  legend: LegendModel;
  /** The year whose end the map shows (the programme projected), or null for today's figures. */
  planYear: number | null;
  /** With the "afstand tot streefbeeld" indicator: each wijk against its target. */
  targetVerdicts: ReadonlyMap<string, TargetVerdict> | null;
  /** The corporation share over time: the scope's gemeenten and each of them beside Parkstad, Limburg and NL. */
  trend: ScopeTrend;
}

const NO_ROWS: ReadonlyMap<string, StockRow> = new Map();
const GEMEENTE_NAMES: ReadonlyMap<string, string> = new Map(PARKSTAD.map((g) => [g.code, g.name] as const));

const compose = memoLast(
  (base: Dataset, figures: UploadEntry['result'], keepEmbedded: boolean, boundaries: UploadEntry['result']): Composition =>
    composeDataset(base, {
      figures: isFigures(figures) ? figures : null,
      keepEmbedded,
      boundaries: isBoundaries(boundaries) ? boundaries : null,
    }),
);

/** The composition of the embedded data with the uploads in use (memoised on the results themselves). */
export function composeToday(base: Dataset, uploads: readonly UploadEntry[]): Composition {
  const mapped = uploads.find((e) => e.meta.kind === 'csv' && e.meta.use === 'map');
  const geo = uploads.find((e) => e.meta.kind === 'geojson' && e.meta.use === 'map');
  const keep = mapped?.meta.kind === 'csv' ? mapped.meta.keepEmbedded : true;
  return compose(base, mapped?.result ?? null, keep, geo?.result ?? null);
}

/** Today's stock rows by code (memoised per dataset). */
export const stockIndex = memoLast((dataset: Dataset) => indexRows(dataset.stock));

/** A scenario's outcome on today's rows (policy moves: liberalisation keeps ownership, the stock may grow). */
export const scenarioOutcome = memoLast((dataset: Dataset, moves: readonly PolicyMove[]) =>
  applyPolicyScenario(stockIndex(dataset), moves, 'scenario'),
);

const shownDataset = memoLast((today: Dataset, rows: ReadonlyMap<string, StockRow>) => withScenarioRows(today, rows));

const areaViews = memoLast((shown: Dataset, scope: Scope, level: MapLevel, bands: ReadonlyMap<string, BandReference | null>): AreaView[] =>
  areasOf(shown, scopeGemeenten(scope), level).map((area) => viewOfArea(area, bands)),
);

/** The year most of the areas' figures are for (ties: the latest). */
function mostCommonYear(areas: readonly AreaView[], fallback: number): number {
  const n = new Map<number, number>();
  for (const a of areas) {
    const y = a.area.stock?.year;
    if (typeof y === 'number') n.set(y, (n.get(y) ?? 0) + 1);
  }
  let best = fallback;
  let max = 0;
  for (const [y, k] of n) if (k > max || (k === max && y > best)) [best, max] = [y, k];
  return best;
}

function countOf(areas: readonly AreaView[]): ClassCounts {
  const counts: ClassCounts = { below: 0, within: 0, above: 0, small: 0, nodata: 0 };
  for (const a of areas) counts[a.cls] += 1;
  return counts;
}

const derive = memoLast(
  (
    base: Dataset,
    uploads: readonly UploadEntry[],
    scope: Scope,
    level: MapLevel,
    choice: BandChoice,
    indicator: Indicator,
    moves: readonly PolicyMove[],
    showOnMap: boolean,
    scenarioName: string,
    overlays: readonly OverlayId[],
    planRows: ReadonlyMap<string, StockRow> | null,
    planYear: number | null,
    targetDistance: ReadonlyMap<string, number | null> | null,
  ): ViewModel => {
    const composition = composeToday(base, uploads);
    const today = composition.dataset;
    const sLevel = scenarioLevel(moves);
    const result = scenarioOutcome(today, moves);
    // The programme of a plan year takes the map over from a scenario (the banner says which one is shown).
    const scenario: ScenarioView | null =
      sLevel && hasEffect(moves)
        ? { name: scenarioName, level: sLevel, moves, result, shownHere: showOnMap && sLevel === level && planRows === null }
        : null;
    const shown = shownDataset(today, planRows ?? (scenario?.shownHere ? result.rows : NO_ROWS));
    const bands = bandsOf(today, scope, choice);
    const band = commonBand(bands);
    const gemeenten = scopeGemeenten(scope);
    const areas = areaViews(shown, scope, level, bands);
    const counts = countOf(areas);
    const average = gemeentenShare(today, gemeenten);
    const noFigures = gemeentenWithoutFigures(areasOf(shown, gemeenten, level), gemeenten).map(
      (c) => PARKSTAD.find((g) => g.code === c)?.name ?? c,
    );
    const verdicts = indicator === 'target-distance' ? targetVerdicts(areas, targetDistance) : null;
    const legend = legendModel({
      band,
      bands,
      names: GEMEENTE_NAMES,
      indicator,
      role: bandRole(level),
      average,
      privateAverage: gemeenten.length === 1 ? (today.gemeenteRows.get(gemeenten[0] ?? '')?.otherLandlordPct ?? null) : null,
      areas,
      level,
      noFigures,
      overlays,
      scenario: scenario?.shownHere ? scenario.name : null,
      planYear,
      targets: verdicts,
    });
    return {
      scope,
      level,
      indicator,
      role: bandRole(level),
      gemeenten,
      today,
      composition,
      shown,
      scenario,
      bands,
      allBands: bandsOf(today, PARKSTAD_SCOPE, choice),
      band,
      average,
      dataYear: mostCommonYear(areas, today.gemeenteRows.get(gemeenten[0] ?? '')?.year ?? 2024),
      areas,
      byCode: new Map(areas.map((a) => [a.code, a] as const)),
      counts,
      noFigures,
      legend,
      planYear,
      targetVerdicts: verdicts,
      trend: scopeTrend(today.trend, gemeenten),
    };
  },
);

/** The view model of the store's state, or null before the data has loaded. Stable while its inputs are. */
export function selectView(s: AppState): ViewModel | null {
  if (!s.base) return null;
  const planRows = selectPlanRows(s);
  const targets = s.indicator === 'target-distance' ? selectTargetRows(s) : null;
  const distances = targets ? targetDistances(targets, planRows ? shownDataset(s.base, planRows) : s.base, s.planYear) : null;
  return derive(
    s.base,
    s.uploads,
    s.scope,
    s.level,
    s.band,
    s.indicator,
    s.draft.moves,
    s.showOnMap,
    s.draft.name,
    s.visibleOverlays,
    planRows,
    planRows ? s.planYear : null,
    distances,
  );
}
