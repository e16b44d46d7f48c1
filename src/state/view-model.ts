/**
 * The one derived view (pure, memoised): from the store's data, uploads, scenario, scope, level and band
 * setting to everything the screens draw — the dataset shown, the band in force and where it comes from,
 * every area of the scope with its class and colour step, the average, the counts, the legend. Map,
 * legend, tooltip, table, panels, scatter and export read it; none derives these again.
 */
import type { Dataset } from '../domain/dataset';
import type { Area, MapLevel, StockRow } from '../domain/types';
import { areasOf, gemeentenShare, gemeentenWithoutAreas } from '../domain/band-setting';
import { bandForArea, bandsByGemeente, gemeenteAverages, type BandChoice, type BandReference } from '../domain/band-reference';
import { areaStep, bandRole, classifyArea, type AreaClass, type AreaStep } from '../domain/classify-area';
import { privateRentClass, type PrivateRentClass } from '../domain/private-rent';
import { composeDataset, type Composition } from '../domain/upload/compose';
import { applyScenario, indexRows, type ScenarioResult } from '../domain/scenario/apply';
import { withScenarioRows } from '../domain/scenario/derive';
import { hasEffect, scenarioLevel } from '../domain/scenario/groups';
import type { Move } from '../domain/scenario/types';
import { displayName } from '../domain/search';
import { gemeenteOf } from '../domain/codes';
import { PARKSTAD, PARKSTAD_SCOPE, SMALL_AREA_DWELLINGS, scopeGemeenten, type Scope } from '../config/policy';
import { BAND_POLICY } from '../config/band-policy';
import { PRIVATE_RENT_BREAKS } from '../config/private-rent';
import type { OverlayId } from '../config/overlays';
import { legendModel, type LegendModel } from './legend-model';
import { isBoundaries, isFigures, type UploadEntry } from './slices/upload';
import type { Indicator } from './slices/view';
import { memoLast } from './memo';
import type { AppState } from './store';

export interface AreaView {
  area: Area;
  code: string;
  /** Display name (without the "Wijk 40" prefix). */
  name: string;
  /** Corporation share (ownership), 0–100, or null (no CBS figure). */
  pct: number | null;
  /** The band that judges this area: its own gemeente's (null when that gemeente has none). */
  band: BandReference | null;
  /** Class against its band; `small` below the minimum of dwellings (not judged). */
  cls: AreaClass;
  step: AreaStep;
  /** Share of overige verhuurders (private landlords) and its class on the second indicator's scale. */
  privatePct: number | null;
  privateCls: PrivateRentClass;
}

export type ClassCounts = Record<AreaClass, number>;

export interface ScenarioView {
  name: string;
  level: MapLevel;
  moves: readonly Move[];
  result: ScenarioResult;
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
  /** Names of the scope's gemeenten without polygons at this level. */
  missing: readonly string[];
  legend: LegendModel;
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

/** A scenario's outcome on today's rows. */
export const scenarioOutcome = memoLast((dataset: Dataset, moves: readonly Move[]) =>
  applyScenario(stockIndex(dataset), moves, 'scenario'),
);

const shownDataset = memoLast((today: Dataset, rows: ReadonlyMap<string, StockRow>) => withScenarioRows(today, rows));

/**
 * The band of each gemeente of the scope under the user's choice (002 §2.2.1: only Heerlen has adopted one;
 * others get a derived band, labelled as such). The centre of an adopted band is the policy's, not the CBS year's.
 */
export const bandsOf = memoLast((today: Dataset, scope: Scope, choice: BandChoice) =>
  bandsByGemeente(scopeGemeenten(scope), choice, gemeenteAverages(today.gemeenteRows), BAND_POLICY),
);

/** The band every area of the scope shares, or null when the gemeenten's bands differ. */
export function commonBand(bands: ReadonlyMap<string, BandReference | null>): BandReference | null {
  const list = [...bands.values()];
  const first = list[0] ?? null;
  return first && list.every((b) => b !== null && b.lower === first.lower && b.upper === first.upper) ? first : null;
}

/** The band that judges the area with this code: its own gemeente's, under the view's band choice. */
export function areaBand(vm: Pick<ViewModel, 'allBands'>, code: string): BandReference | null {
  return vm.allBands.get(gemeenteOf(code) ?? '') ?? null;
}

/** The band of one gemeente (Heerlen's adopted 21–51 by default). */
export const gemeenteBand = (today: Dataset, gemeente: string, choice: BandChoice): BandReference | null =>
  bandsOf(today, gemeente, choice).get(gemeente) ?? null;

/** An area with its band, class and colour step on both indicators: the one place an area is classified. */
export function viewOfArea(area: Area, bands: ReadonlyMap<string, BandReference | null>): AreaView {
  const pct = area.stock?.corporationPct ?? null;
  const dwellings = area.stock?.dwellings ?? null;
  const band = bandForArea(area, bands);
  const privatePct = area.stock?.otherLandlordPct ?? null;
  return {
    area,
    code: area.code,
    name: displayName(area.name),
    pct,
    band,
    cls: classifyArea(pct, dwellings, band, SMALL_AREA_DWELLINGS),
    step: areaStep(pct, dwellings, band, SMALL_AREA_DWELLINGS),
    privatePct,
    privateCls: privateRentClass(privatePct, dwellings, PRIVATE_RENT_BREAKS, SMALL_AREA_DWELLINGS),
  };
}

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
    moves: readonly Move[],
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
    const bands = bandsOf(today, scope, choice);
    const band = commonBand(bands);
    const gemeenten = scopeGemeenten(scope);
    const areas = areaViews(shown, scope, level, bands);
    const counts = countOf(areas);
    const average = gemeentenShare(today, gemeenten);
    const missing = gemeentenWithoutAreas(shown, gemeenten, level).map((c) => PARKSTAD.find((g) => g.code === c)?.name ?? c);
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
      missing,
      overlays,
      scenario: scenario?.shownHere ? scenario.name : null,
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
      missing,
      legend,
    };
  },
);

/** The view model of the store's state, or null before the data has loaded. Stable while its inputs are. */
export function selectView(s: AppState): ViewModel | null {
  if (!s.base) return null;
  return derive(s.base, s.uploads, s.scope, s.level, s.band, s.indicator, s.draft.moves, s.showOnMap, s.draft.name, s.visibleOverlays);
}
