/**
 * Scenario slice: the pair finder's settings, the scenario being edited (its pair is the chosen pair),
 * the saved scenarios (kept in this browser) and which of them are compared. Everything a link needs
 * is plain data (codes, weights, moves).
 */
import type { StateCreator } from 'zustand';
import type { Problem } from '../../domain/problem';
import { DEFAULT_CRITERIA, type PairCriteria } from '../../domain/pairs/candidates';
import { DEFAULT_WEIGHTS, type WeightKey, type Weights } from '../../domain/pairs/rank';
import { scenarioAreas, withMove } from '../../domain/scenario/groups';
import type { MoveKind, Scenario } from '../../domain/scenario/types';
import { loadStoredScenarios, storeScenarios } from '../scenario-storage';
import type { AppState } from '../store';

export type PairsView = 'find' | 'scenario' | 'compare';

export interface ScenarioSlice {
  weights: Weights;
  criteria: PairCriteria;
  /** Parkstadshuwelijk: only pairs whose areas lie in different gemeenten. */
  differentGemeente: boolean;
  /** The scenario being edited; `draft.pair` is the chosen pair. A move of 0 keeps an area in the list. */
  draft: Scenario;
  saved: readonly Scenario[];
  compare: readonly string[];
  /** Whether map, legend and panels show the draft's values instead of today's. */
  showOnMap: boolean;
  pairsView: PairsView;
  /** Area hovered in the scatter plot, outlined on the map. */
  chartHover: string | null;
  scenarioProblems: readonly Problem[];
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
  setPairsView: (v: PairsView) => void;
  setChartHover: (code: string | null) => void;
}

const newId = () => `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
export const emptyScenario = (name = ''): Scenario => ({ id: newId(), name, moves: [], pair: null, savedAt: '' });

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set, get) => {
  const stored = loadStoredScenarios();
  const persist = (saved: Scenario[]) => {
    const problem = storeScenarios(saved);
    set({ saved, scenarioProblems: problem ? [problem] : [] });
  };
  return {
    weights: DEFAULT_WEIGHTS,
    criteria: DEFAULT_CRITERIA,
    differentGemeente: false,
    draft: emptyScenario(),
    saved: stored.value,
    compare: [],
    showOnMap: true,
    pairsView: 'find',
    chartHover: null,
    scenarioProblems: stored.issues,
    setWeight: (key, value) => set((s) => ({ weights: { ...s.weights, [key]: value } })),
    resetWeights: () => set({ weights: DEFAULT_WEIGHTS }),
    setCriteria: (c) => set((s) => ({ criteria: { ...s.criteria, ...c } })),
    setDifferentGemeente: (differentGemeente) => set({ differentGemeente }),
    choosePair: (vulnerable, strong, name) =>
      set({
        draft: {
          ...emptyScenario(name),
          pair: { vulnerable, strong },
          moves: [
            { area: vulnerable, kind: 'sell', n: 0 },
            { area: strong, kind: 'build', n: 0 },
          ],
        },
        pairsView: 'scenario',
        showOnMap: true,
      }),
    setMove: (area, kind, n) => set((s) => ({ draft: { ...s.draft, moves: withMove(s.draft.moves, area, kind, n) } })),
    addArea: (area) =>
      set((s) => (scenarioAreas(s.draft).includes(area) ? s : { draft: { ...s.draft, moves: withMove(s.draft.moves, area, 'sell', 0) } })),
    removeArea: (area) => set((s) => ({ draft: { ...s.draft, moves: s.draft.moves.filter((m) => m.area !== area) } })),
    renameDraft: (name) => set((s) => ({ draft: { ...s.draft, name } })),
    newDraft: (name) => set({ draft: emptyScenario(name) }),
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
      if (s) set({ draft: s, pairsView: 'scenario', showOnMap: true });
    },
    deleteSaved: (id) => {
      set((s) => ({ compare: s.compare.filter((c) => c !== id) }));
      persist(get().saved.filter((x) => x.id !== id));
    },
    toggleCompare: (id) => set((s) => ({ compare: s.compare.includes(id) ? s.compare.filter((c) => c !== id) : [...s.compare, id] })),
    setShowOnMap: (showOnMap) => set({ showOnMap }),
    setPairsView: (pairsView) => set({ pairsView }),
    setChartHover: (chartHover) => set({ chartHover }),
  };
};
