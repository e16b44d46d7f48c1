/**
 * The one derived view (pure, memoised): from the store's data, uploads, scenario, scope, level and band
 * setting to everything the screens draw — the dataset shown, the band in force and where it comes from,
 * every area of the scope with its class and colour step, the average, the counts, the legend. Map,
 * legend, tooltip, table, panels, scatter and export read it; none derives these again.
 */
import type { Dataset } from '../domain/dataset';
import type { Area, MapLevel, StockRow } from '../domain/types';
import { bandStep, classify, type BandClass, type BandStep } from '../domain/band';
import { activeBand, areasOf, gemeentenShare, gemeentenWithoutAreas, type ActiveBand, type BandSetting } from '../domain/band-setting';
import type { ClassCounts } from '../domain/summarize';
import { composeDataset, type Composition } from '../domain/upload/compose';
import { applyPolicyScenario, indexRows, type PolicyScenarioResult } from '../domain/scenario/policy-apply';
import { withScenarioRows } from '../domain/scenario/derive';
import { hasEffect, scenarioLevel } from '../domain/scenario/groups';
import type { PolicyMove } from '../domain/scenario/policy-types';
import { displayName } from '../domain/search';
import { DEFAULT_HALF_WIDTH, PARKSTAD, POLICY_CENTRE, scopeGemeenten, type Scope } from '../config/policy';
import type { OverlayId } from '../config/overlays';
import { legendModel, type LegendModel } from './legend-model';
import { isBoundaries, isFigures, type UploadEntry } from './slices/upload';
import { memoLast } from './memo';
import type { AppState } from './store';

export interface AreaView {
  area: Area;
  code: string;
  /** Display name (without the "Wijk 40" prefix). */
  name: string;
  pct: number | null;
  cls: BandClass;
  step: BandStep;
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
  gemeenten: readonly string[];
  /** Today's data: the embedded data with the uploads in use. */
  today: Dataset;
  composition: Composition;
  /** What the map, legend, table and panels show: today's, or with the scenario's rows. */
  shown: Dataset;
  scenario: ScenarioView | null;
  band: ActiveBand;
  average: number | null;
  areas: readonly AreaView[];
  byCode: ReadonlyMap<string, AreaView>;
  counts: ClassCounts;
  /** Names of the scope's gemeenten without polygons at this level. */
  missing: readonly string[];
  legend: LegendModel;
}

const NO_ROWS: ReadonlyMap<string, StockRow> = new Map();

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

/** The default band's centre: the scope's own CBS share (Parkstad: the 7 gemeente rows, weighted). */
export const bandOf = memoLast((today: Dataset, scope: Scope, setting: BandSetting | null) =>
  activeBand(gemeentenShare(today, scopeGemeenten(scope)), setting, DEFAULT_HALF_WIDTH, POLICY_CENTRE),
);

const areaViews = memoLast((shown: Dataset, scope: Scope, level: MapLevel, lower: number, upper: number): AreaView[] => {
  const band = { lower, upper };
  return areasOf(shown, scopeGemeenten(scope), level).map((area) => {
    const pct = area.stock?.corporationPct ?? null;
    return { area, code: area.code, name: displayName(area.name), pct, cls: classify(pct, band), step: bandStep(pct, band) };
  });
});

function countOf(areas: readonly AreaView[]): ClassCounts {
  const counts: ClassCounts = { below: 0, within: 0, above: 0, nodata: 0 };
  for (const a of areas) counts[a.cls] += 1;
  return counts;
}

const derive = memoLast(
  (
    base: Dataset,
    uploads: readonly UploadEntry[],
    scope: Scope,
    level: MapLevel,
    setting: BandSetting | null,
    moves: readonly PolicyMove[],
    showOnMap: boolean,
    scenarioName: string,
    overlays: readonly OverlayId[],
  ): ViewModel => {
    const composition = composeToday(base, uploads);
    const today = composition.dataset;
    const sLevel = scenarioLevel(moves);
    const result = scenarioOutcome(today, moves);
    const scenario: ScenarioView | null =
      sLevel && hasEffect(moves) ? { name: scenarioName, level: sLevel, moves, result, shownHere: showOnMap && sLevel === level } : null;
    const shown = shownDataset(today, scenario?.shownHere ? result.rows : NO_ROWS);
    const band = bandOf(today, scope, setting);
    const gemeenten = scopeGemeenten(scope);
    const areas = areaViews(shown, scope, level, band.lower, band.upper);
    const counts = countOf(areas);
    const average = gemeentenShare(today, gemeenten);
    const missing = gemeentenWithoutAreas(shown, gemeenten, level).map((c) => PARKSTAD.find((g) => g.code === c)?.name ?? c);
    const legend = legendModel({
      band,
      average,
      areas,
      counts,
      level,
      missing,
      overlays,
      scenario: scenario?.shownHere ? scenario.name : null,
    });
    return {
      scope,
      level,
      gemeenten,
      today,
      composition,
      shown,
      scenario,
      band,
      average,
      areas,
      byCode: new Map(areas.map((a) => [a.code, a] as const)),
      counts,
      missing,
      legend,
    };
  },
);

/** The view model of the store's state, or null before the data has loaded. Stable while its inputs are. */
export function selectView(s: AppState): ViewModel | null {
  if (!s.base) return null;
  return derive(s.base, s.uploads, s.scope, s.level, s.band, s.draft.moves, s.showOnMap, s.draft.name, s.visibleOverlays);
}
