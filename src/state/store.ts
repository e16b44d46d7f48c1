/** The app store (zustand): loaded data plus the user's view choices. Actions replace, never mutate. */
import { create } from 'zustand';
import type { Dataset } from '../domain/dataset';
import type { MapLevel } from '../domain/types';
import type { Lang } from '../domain/numbers';
import { DEFAULT_SCOPE, type Scope } from '../config/policy';

export type Basemap = 'offline' | 'pdok';
export type SidePanel = 'area' | 'table' | 'layers' | 'pairs' | 'upload' | 'views' | 'report';

export interface BandSetting {
  centre: number;
  halfWidth: number;
}

export interface Hover {
  code: string;
  x: number;
  y: number;
}

export interface AppState {
  status: 'loading' | 'ready' | 'error';
  loadError: string | null;
  dataset: Dataset | null;
  lang: Lang;
  scope: Scope;
  level: MapLevel;
  /** null = the default band: the scope's own CBS average ± 15 points. */
  band: BandSetting | null;
  basemap: Basemap;
  basemapFailed: boolean;
  selected: string | null;
  hovered: Hover | null;
  panel: SidePanel;
  setDataset: (d: Dataset) => void;
  setLoadError: (message: string) => void;
  setLang: (lang: Lang) => void;
  setScope: (scope: Scope) => void;
  setLevel: (level: MapLevel) => void;
  setBand: (band: BandSetting | null) => void;
  setBasemap: (b: Basemap) => void;
  setBasemapFailed: (failed: boolean) => void;
  select: (code: string | null) => void;
  hover: (h: Hover | null) => void;
  setPanel: (p: SidePanel) => void;
}

export const useStore = create<AppState>()((set) => ({
  status: 'loading',
  loadError: null,
  dataset: null,
  lang: 'nl',
  scope: DEFAULT_SCOPE,
  level: 'wijk',
  band: null,
  basemap: 'offline',
  basemapFailed: false,
  selected: null,
  hovered: null,
  panel: 'area',
  setDataset: (dataset) => set({ dataset, status: 'ready', loadError: null }),
  setLoadError: (loadError) => set({ loadError, status: 'error' }),
  setLang: (lang) => set({ lang }),
  setScope: (scope) => set({ scope, selected: null, hovered: null, band: null }),
  setLevel: (level) => set({ level, selected: null, hovered: null }),
  setBand: (band) => set({ band }),
  setBasemap: (basemap) => set({ basemap, basemapFailed: false }),
  setBasemapFailed: (basemapFailed) => set({ basemapFailed }),
  select: (selected) => set((s) => ({ selected, panel: selected && s.panel !== 'pairs' ? 'area' : s.panel })),
  hover: (hovered) => set({ hovered }),
  setPanel: (panel) => set({ panel }),
}));
