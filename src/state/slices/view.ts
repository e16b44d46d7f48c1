/**
 * View slice: what the user looks at (language, scope, level, band, basemap, selection, panel) and the one
 * camera channel: the map reports where it is, links and panels request where it should go.
 */
import type { StateCreator } from 'zustand';
import type { MapLevel } from '../../domain/types';
import type { Lang } from '../../domain/numbers';
import type { BandChoice } from '../../domain/band-reference';
import { DEFAULT_SCOPE, type Scope } from '../../config/policy';
import type { AppState } from '../store';

export type Basemap = 'offline' | 'pdok';
export type SidePanel = 'area' | 'table' | 'layers' | 'pairs' | 'plan' | 'upload' | 'views' | 'report';
/** What the map colours: the corporation share against the band, or the share of overige verhuurders (no band). */
export type Indicator = 'corporation' | 'private-rent' | 'target-distance';

export interface Hover {
  code: string;
  x: number;
  y: number;
}

/** Map camera: centre in degrees (WGS84) and MapLibre zoom. */
export interface MapPosition {
  lon: number;
  lat: number;
  zoom: number;
}

export type Bounds = [[number, number], [number, number]];

/** Where the map should go: a position, the scope's extent, or a box (a colony or project to zoom to). */
export type CameraTarget =
  | { kind: 'position'; position: MapPosition }
  /** `unlessMoved`: only when the camera is still where the app put it (the user has not panned, zoomed or flown). */
  | { kind: 'fit-scope'; unlessMoved?: boolean }
  | { kind: 'bounds'; bounds: Bounds };

export interface CameraRequest {
  target: CameraTarget;
  /** Increases with every request, so asking for the same place twice is still a new request. */
  seq: number;
}

export interface ViewSlice {
  /** The language shown. English is shown only once its catalog has arrived (i18n/catalog.ts). */
  lang: Lang;
  /** The language asked for (a click or a link); differs from `lang` while the English catalog loads. */
  langWanted: Lang;
  /** The English catalog has arrived. */
  englishReady: boolean;
  scope: Scope;
  level: MapLevel;
  /** Which band judges the wijken: the default (Heerlen's adopted band, elsewhere the derived one), another reference, or a custom target. */
  band: BandChoice;
  indicator: Indicator;
  basemap: Basemap;
  basemapFailed: boolean;
  /** Values ("78 %") on the map's labels and in exports, beside the names or numbers. */
  showValues: boolean;
  /** The map has drawn its first frame with data (the loading state gives way). */
  mapReady: boolean;
  selected: string | null;
  hovered: Hover | null;
  panel: SidePanel;
  /** Where the map is after its last move (or was asked to go); null before either. */
  cameraPosition: MapPosition | null;
  cameraRequest: CameraRequest | null;
  setLang: (lang: Lang) => void;
  setEnglishReady: () => void;
  setScope: (scope: Scope) => void;
  setLevel: (level: MapLevel) => void;
  setBand: (band: BandChoice) => void;
  setIndicator: (indicator: Indicator) => void;
  setBasemap: (b: Basemap) => void;
  /** The basemap could not load: the switch goes back to the offline map (no Kadaster credit), `basemapFailed` says why. */
  setBasemapFailed: (failed: boolean) => void;
  setShowValues: (on: boolean) => void;
  setMapReady: () => void;
  select: (code: string | null) => void;
  hover: (h: Hover | null) => void;
  setPanel: (p: SidePanel) => void;
  reportCamera: (position: MapPosition) => void;
  requestCamera: (target: CameraTarget) => void;
}

/** The default band choice: each gemeente's adopted band, or its derived band where it has none. */
export const DEFAULT_BAND: BandChoice = Object.freeze({ kind: 'default' });

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  lang: 'nl',
  langWanted: 'nl',
  englishReady: false,
  scope: DEFAULT_SCOPE,
  level: 'wijk',
  band: DEFAULT_BAND,
  indicator: 'corporation',
  basemap: 'offline',
  basemapFailed: false,
  showValues: false,
  mapReady: false,
  selected: null,
  hovered: null,
  panel: 'area',
  cameraPosition: null,
  cameraRequest: null,
  setLang: (lang) => set((s) => (lang === 'en' && !s.englishReady ? { langWanted: lang } : { lang, langWanted: lang })),
  setEnglishReady: () => set((s) => ({ englishReady: true, lang: s.langWanted })),
  setScope: (scope) =>
    set((s) => ({
      scope,
      selected: null,
      hovered: null,
      band: DEFAULT_BAND,
      cameraRequest: { target: { kind: 'fit-scope' }, seq: (s.cameraRequest?.seq ?? 0) + 1 },
    })),
  setLevel: (level) => set({ level, selected: null, hovered: null }),
  setBand: (band) => set({ band }),
  setIndicator: (indicator) => set({ indicator }),
  setBasemap: (basemap) => set({ basemap, basemapFailed: false }),
  setBasemapFailed: (basemapFailed) => set(basemapFailed ? { basemapFailed, basemap: 'offline' } : { basemapFailed }),
  setShowValues: (showValues) => set({ showValues }),
  setMapReady: () => set({ mapReady: true }),
  // Selecting opens the area panel, except from the table and the pair finder: the user stays where they chose.
  select: (selected) => set((s) => ({ selected, panel: selected && s.panel !== 'pairs' && s.panel !== 'table' ? 'area' : s.panel })),
  hover: (hovered) => set({ hovered }),
  setPanel: (panel) => set({ panel }),
  reportCamera: (cameraPosition) => set({ cameraPosition }),
  requestCamera: (target) =>
    set((s) => ({
      cameraRequest: { target, seq: (s.cameraRequest?.seq ?? 0) + 1 },
      cameraPosition: target.kind === 'position' ? target.position : s.cameraPosition,
    })),
});
