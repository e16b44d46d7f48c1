/**
 * The shareable view: everything a link, a saved view ("dia") or a presentation step reproduces.
 * Pure types and defaults; the URL form is in url-state.ts.
 */
import type { MapLevel } from '../domain/types';
import type { Lang } from '../domain/numbers';
import { DEFAULT_SCOPE, type Scope } from '../config/policy';
import type { BandChoice } from '../domain/band-reference';
import { DEFAULT_BAND } from './slices/view';
import type { PolicyMove } from '../domain/scenario/policy-types';
import type { AreaTarget } from '../domain/programme/targets';
import type { Basemap, Indicator, MapPosition } from './slices/view';

export type { MapPosition };

export interface View {
  scope: Scope;
  level: MapLevel;
  /** The band choice; the default is each gemeente's adopted band, or its derived band (own average ± 15). */
  band: BandChoice;
  lang: Lang;
  /** What the map colours. */
  indicator: Indicator;
  basemap: Basemap;
  /** Values ("78 %") on the map labels and in exports. */
  values: boolean;
  selected: string | null;
  /** null = fit the map to the scope. */
  position: MapPosition | null;
  /** Ids of visible overlay layers (nplv, colonies, projects). */
  layers: readonly string[];
  /** A stadshuwelijk pair of two area codes. */
  pair: readonly [string, string] | null;
  /** Id of a scenario saved in this browser that is shown. */
  scenario: string | null;
  /** The moves of the scenario shown on the map (they travel in the link, so it reproduces elsewhere). */
  moves: readonly PolicyMove[];
  /** The year whose end the map shows (the programme projected); null = the 0-meting. */
  planYear: number | null;
  /** The planner's own targets (streefbeeld) by area code. */
  targets: Readonly<Record<string, AreaTarget>>;
  /** The programme as link text (url-plan.ts) when it differs from the preload; null = the preload. */
  programme: string | null;
}

export const DEFAULT_VIEW: View = Object.freeze({
  scope: DEFAULT_SCOPE,
  level: 'wijk',
  band: DEFAULT_BAND,
  lang: 'nl',
  indicator: 'corporation',
  basemap: 'offline',
  values: false,
  selected: null,
  position: null,
  layers: [],
  pair: null,
  scenario: null,
  moves: [],
  planYear: null,
  targets: {},
  programme: null,
});

/** Why a link was not taken as it was: another version, or some fields that could not be read. */
export interface ViewNotice {
  reason: 'version' | 'damaged';
  /** URL keys that were reset to their default (empty for `version`: everything was). */
  fields: string[];
  /** The link's map position when it lay far outside Parkstad (`map` is then in `fields`; the map fits the scope). */
  outside?: MapPosition;
}

export interface DecodedView {
  view: View;
  notice: ViewNotice | null;
}
