/**
 * The map description: a pure, memoised function from the store (through the view model) to exactly what
 * the map receives — the style with its source data, the feature state of the areas (hover, selection) and
 * the deck.gl arcs. The controller applies it; this module never touches a map (the intermediate
 * representation of Placemark).
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Dataset } from '../domain/dataset';
import type { MapLevel } from '../domain/types';
import type { OverlayData } from '../domain/overlays/types';
import { levelOfCode } from '../domain/codes';
import { pairId } from '../domain/pairs/rank';
import { areasOf, findArea } from '../domain/band-setting';
import { PARKSTAD_SCOPE } from '../config/policy';
import type { OverlayId } from '../config/overlays';
import { memoLast } from '../state/memo';
import { selectView, type AreaView, type TargetVerdict } from '../state/view-model';
import { selectPairFinder } from '../state/selectors';
import type { AppState } from '../state/store';
import type { Indicator } from '../state/slices/view';
import { areaCollection, labelCollection, outlineCollection } from './layers';
import { colonyAreas, colonyPoints, nplvAreas, projectPoints } from './overlay-layers';
import { OSRC, type OverlayCollections } from './overlay-style';
import { buildStyle, type StyleData } from './style';
import { arcData, type ArcDatum, type ArcPair } from './deck-layers';
import { labelKey } from '../state/label-key';
import { labelTexts } from './label-text';

export interface FeatureFlags {
  hover?: boolean;
  selected?: boolean;
}

export interface MapDescription {
  style: StyleSpecification;
  /** Feature state of the area source by area code; areas not listed have none. */
  featureState: ReadonlyMap<string, FeatureFlags>;
  arcs: readonly ArcDatum[];
  /** False for the blank description the map starts with while the data load (its sources are empty). */
  hasData: boolean;
}

const areasFc = memoLast(
  (
    shown: Dataset,
    level: MapLevel,
    inScope: ReadonlyMap<string, AreaView>,
    indicator: Indicator,
    targets: ReadonlyMap<string, TargetVerdict> | null,
  ) => areaCollection(shown.levels[level].areas, inScope, indicator, targets),
);
const gemeentenFc = memoLast((today: Dataset) => outlineCollection(today.gemeenten));
const bordersFc = memoLast((today: Dataset) => outlineCollection(today.wijkBorders));
/** Numbers of the key and, with the values option, the values shown (memoised: unchanged while values are off). */
const textsOf = memoLast(labelTexts);
/** Labels from today's areas of the scope: names and places do not change with the band or a scenario (values do). */
const labelsFc = memoLast(
  (today: Dataset, gemeenten: readonly string[], level: MapLevel, parkstad: boolean, texts: ReturnType<typeof labelTexts>) =>
    labelCollection(areasOf(today, gemeenten, level), level, parkstad ? today.gemeenten : [], texts),
);
const overlayFcs = memoLast(
  (data: OverlayData | null): OverlayCollections | null =>
    data && {
      [OSRC.nplv]: nplvAreas(data),
      [OSRC.colonyAreas]: colonyAreas(data),
      [OSRC.colonyPoints]: colonyPoints(data),
      [OSRC.projects]: projectPoints(data),
    },
);
const styleData = memoLast(
  (
    areas: GeoJSON.FeatureCollection,
    gemeenten: GeoJSON.FeatureCollection,
    wijkBorders: GeoJSON.FeatureCollection,
    labels: GeoJSON.FeatureCollection,
    overlays: OverlayCollections | null,
  ): StyleData => ({ areas, gemeenten, wijkBorders, labels, overlays }),
);
const style = memoLast(
  (basemap: 'offline' | 'pdok', level: MapLevel, fontUrl: string, visible: readonly OverlayId[], data: StyleData): StyleSpecification =>
    buildStyle({ basemap, level, fontUrl, overlays: new Set(visible), data }),
);

/** Hover and selection as feature state (no style change, no data sent again). */
export const featureStateOf = memoLast((selected: string | null, hovered: string | null, chartHover: string | null) => {
  const m = new Map<string, FeatureFlags>();
  const flag = (code: string | null, f: keyof FeatureFlags) => {
    if (code) m.set(code, { ...m.get(code), [f]: true });
  };
  flag(selected, 'selected');
  flag(hovered, 'hover');
  flag(chartHover, 'hover');
  return m as ReadonlyMap<string, FeatureFlags>;
});

const NO_ARCS: readonly ArcDatum[] = [];

/** Arcs while the pair finder is open: the top pairs and the chosen one (from the vulnerable to the strong area). */
const arcsOf = memoLast(
  (open: boolean, pairs: readonly ArcPair[] | null, today: Dataset, pair: { vulnerable: string; strong: string } | null) => {
    if (!open || !pairs) return NO_ARCS;
    const point = (code: string) => findArea(today, levelOfCode(code) === 'buurt' ? 'buurt' : 'wijk', code)?.labelPoint ?? null;
    const source = pair ? point(pair.vulnerable) : null;
    const target = pair ? point(pair.strong) : null;
    const chosen = pair && source && target ? { id: pairId(pair.vulnerable, pair.strong), source, target } : null;
    return arcData(pairs, chosen);
  },
);

const describe = memoLast(
  (s: StyleSpecification, featureState: ReadonlyMap<string, FeatureFlags>, arcs: readonly ArcDatum[]): MapDescription => ({
    style: s,
    featureState,
    arcs,
    hasData: true,
  }),
);

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const BLANK: StyleData = { areas: EMPTY, gemeenten: EMPTY, wijkBorders: EMPTY, labels: EMPTY, overlays: null };

/**
 * What the map receives before the data has loaded: the same style with empty sources. The map is created with it
 * while the data are still on their way (its WebGL context and worker take as long as the download); the first real
 * description then only fills the sources in.
 */
export function selectBlankDescription(s: AppState, fontUrl: string): MapDescription {
  return {
    style: buildStyle({ basemap: s.basemap, level: s.level, fontUrl, overlays: new Set(s.visibleOverlays), data: BLANK }),
    featureState: new Map(),
    arcs: NO_ARCS,
    hasData: false,
  };
}

/** What the map receives for the store's state; null before the data has loaded. */
export function selectMapDescription(s: AppState, fontUrl: string): MapDescription | null {
  const vm = selectView(s);
  if (!vm) return null;
  const data = styleData(
    areasFc(vm.shown, vm.level, vm.byCode, vm.indicator, vm.targetVerdicts),
    gemeentenFc(vm.today),
    bordersFc(vm.today),
    labelsFc(
      vm.today,
      vm.gemeenten,
      vm.level,
      vm.scope === PARKSTAD_SCOPE,
      textsOf(
        labelKey(vm.today, vm.gemeenten, vm.level),
        s.showValues ? vm.byCode : null,
        s.showValues ? vm.indicator : 'corporation',
        s.showValues ? s.lang : 'nl',
      ),
    ),
    overlayFcs(s.overlayData),
  );
  const open = s.panel === 'pairs';
  const arcs = arcsOf(open, open ? (selectPairFinder(s)?.pairs ?? null) : null, vm.today, s.draft.pair);
  return describe(
    style(s.basemap, vm.level, fontUrl, s.visibleOverlays, data),
    featureStateOf(s.selected, s.hovered?.code ?? null, s.chartHover),
    arcs,
  );
}
