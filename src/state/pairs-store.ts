/**
 * State of the pair finder and scenarios (issue 5), apart from the core store so features merge cleanly.
 * Everything a view needs to be rebuilt is plain data (codes, weights, moves): see `pairsSnapshot`.
 */
import { create } from 'zustand';
import type { Problem } from '../domain/types';
import { DEFAULT_CRITERIA, type PairCriteria } from '../domain/pairs/candidates';
import { DEFAULT_WEIGHTS, type WeightKey, type Weights } from '../domain/pairs/rank';
import { MOVE_KINDS, type Move, type MoveKind, type Scenario } from '../domain/scenario/types';
import { loadStoredScenarios, storeScenarios } from './scenario-storage';

export type PairsView = 'find' | 'scenario' | 'compare';

export interface PairsState {
  weights: Weights;
  criteria: PairCriteria;
  /** Parkstadshuwelijk: only pairs whose areas lie in different gemeenten. */
  differentGemeente: boolean;
  /** The chosen pair, vulnerable first. */
  pair: { vulnerable: string; strong: string } | null;
  /** The scenario being edited. Its moves list the areas in order; a move of 0 keeps an area in the list. */
  draft: Scenario;
  saved: Scenario[];
  compare: string[];
  /** Whether map, legend and panels show the draft's values instead of today's. */
  showOnMap: boolean;
  view: PairsView;
  /** Area hovered in the scatter plot, highlighted on the map. */
  chartHover: string | null;
  storageIssues: Problem[];
  setWeight: (key: WeightKey, value: number) => void;
  resetWeights: () => void;
  setCriteria: (c: Partial<PairCriteria>) => void;
  setDifferentGemeente: (b: boolean) => void;
  choosePair: (vulnerable: string, strong: string, name: string) => void;
  setMove: (area: string, kind: MoveKind, n: number) => void;
  addArea: (area: string) => void;
  removeArea: (area: string) => void;
  renameDraft: (name: string) => void;
  newDraft: (name: string) => void;
  saveDraft: () => void;
  openSaved: (id: string) => void;
  deleteSaved: (id: string) => void;
  toggleCompare: (id: string) => void;
  setShowOnMap: (b: boolean) => void;
  setView: (v: PairsView) => void;
  setChartHover: (code: string | null) => void;
}

const newId = () => `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
export const emptyScenario = (name = ''): Scenario => ({ id: newId(), name, moves: [], pair: null, savedAt: '' });

/** The areas of a scenario, in the order they were added. */
export function scenarioAreas(s: Scenario): string[] {
  return [...new Set(s.moves.map((m) => m.area))];
}

/** Moves with one move replaced (or added), ordered by area and then by `MOVE_KINDS`. */
export function withMove(moves: readonly Move[], area: string, kind: MoveKind, n: number): Move[] {
  const areas = [...new Set([...moves.map((m) => m.area), area])];
  const next = [...moves.filter((m) => !(m.area === area && m.kind === kind)), { area, kind, n: Math.max(0, Math.round(n)) }];
  return next.sort((a, b) => areas.indexOf(a.area) - areas.indexOf(b.area) || MOVE_KINDS.indexOf(a.kind) - MOVE_KINDS.indexOf(b.kind));
}

const stored = loadStoredScenarios();

export const usePairsStore = create<PairsState>()((set, get) => {
  const persist = (saved: Scenario[]) => {
    const issue = storeScenarios(saved);
    set({ saved, storageIssues: issue ? [issue] : [] });
  };
  return {
    weights: DEFAULT_WEIGHTS,
    criteria: DEFAULT_CRITERIA,
    differentGemeente: false,
    pair: null,
    draft: emptyScenario(),
    saved: stored.value,
    compare: [],
    showOnMap: true,
    view: 'find',
    chartHover: null,
    storageIssues: stored.issues,
    setWeight: (key, value) => set((s) => ({ weights: { ...s.weights, [key]: value } })),
    resetWeights: () => set({ weights: DEFAULT_WEIGHTS }),
    setCriteria: (c) => set((s) => ({ criteria: { ...s.criteria, ...c } })),
    setDifferentGemeente: (differentGemeente) => set({ differentGemeente }),
    choosePair: (vulnerable, strong, name) =>
      set({
        pair: { vulnerable, strong },
        draft: {
          ...emptyScenario(name),
          pair: { vulnerable, strong },
          moves: [
            { area: vulnerable, kind: 'sell', n: 0 },
            { area: strong, kind: 'build', n: 0 },
          ],
        },
        view: 'scenario',
        showOnMap: true,
      }),
    setMove: (area, kind, n) => set((s) => ({ draft: { ...s.draft, moves: withMove(s.draft.moves, area, kind, n) } })),
    addArea: (area) =>
      set((s) => (scenarioAreas(s.draft).includes(area) ? s : { draft: { ...s.draft, moves: withMove(s.draft.moves, area, 'sell', 0) } })),
    removeArea: (area) => set((s) => ({ draft: { ...s.draft, moves: s.draft.moves.filter((m) => m.area !== area) } })),
    renameDraft: (name) => set((s) => ({ draft: { ...s.draft, name } })),
    newDraft: (name) => set({ draft: emptyScenario(name), pair: null }),
    saveDraft: () => {
      const draft = { ...get().draft, savedAt: new Date().toISOString() };
      const saved = get().saved.some((x) => x.id === draft.id)
        ? get().saved.map((x) => (x.id === draft.id ? draft : x))
        : [...get().saved, draft];
      set({ draft });
      persist(saved);
    },
    openSaved: (id) => {
      const s = get().saved.find((x) => x.id === id);
      if (s) set({ draft: s, pair: s.pair, view: 'scenario', showOnMap: true });
    },
    deleteSaved: (id) => {
      set((s) => ({ compare: s.compare.filter((c) => c !== id) }));
      persist(get().saved.filter((x) => x.id !== id));
    },
    toggleCompare: (id) => set((s) => ({ compare: s.compare.includes(id) ? s.compare.filter((c) => c !== id) : [...s.compare, id] })),
    setShowOnMap: (showOnMap) => set({ showOnMap }),
    setView: (view) => set({ view }),
    setChartHover: (chartHover) => set({ chartHover }),
  };
});

/** The serialisable part of the pair/scenario state (for the URL, issue 6). */
export function pairsSnapshot(s: PairsState) {
  return {
    weights: s.weights,
    criteria: s.criteria,
    differentGemeente: s.differentGemeente,
    pair: s.pair,
    draft: s.draft,
    showOnMap: s.showOnMap,
  };
}
