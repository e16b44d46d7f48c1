/**
 * Scenario slice: the pair finder's settings (criteria, weights, what compensation aims at), the scenario being
 * edited (its pair is the chosen pair), the saved scenarios (kept in this browser) and which of them are compared.
 * Everything a link needs is plain data (codes, moves).
 */
import type { StateCreator } from 'zustand';
import type { Problem } from '../../domain/problem';
import type { CompensationAim } from '../../domain/band-routes';
import type { LiveabilityReferenceKind, MarriageKind } from '../../domain/pairs/stadshuwelijk';
import type { MarriageTermKey, MarriageWeights } from '../../domain/pairs/stadshuwelijk-rank';
import { scenarioAreas, withMove, withPolicyMove, withRebuild } from '../../domain/scenario/groups';
import type { PolicyMove, PolicyMoveKind, Rebuild } from '../../domain/scenario/policy-types';
import type { Scenario } from '../../domain/scenario/types';
import { DEFAULT_COMPENSATION_AIM, MARRIAGE_WEIGHTS, PARKSTADSHUWELIJK_CRITERIA, STADSHUWELIJK_CRITERIA } from '../../config/pair-policy';
import { loadStoredScenarios, storeScenarios } from '../scenario-storage';
import type { AppState } from '../store';

export type PairsView = 'find' | 'scenario' | 'compare';

/** The finder's criteria a planner may change; the rest (year, anchor gemeente) is policy (config/pair-policy.ts). */
export interface PairCriteria {
  /** Liveability reference: national (`afw` 0, default) or the scope's own dwelling-weighted mean. */
  reference: LiveabilityReferenceKind;
  /** Leave out strong partners inside NPLV Heerlen-Noord (default on). */
  excludePartnersInNplv: boolean;
  /** Leave out "Verspreide huizen" (default on). */
  excludeScattered: boolean;
  /** Minimum dwellings per kind: stadshuwelijk 100 (the small-area rule), Parkstadshuwelijk 500. */
  minDwellings: Readonly<Record<MarriageKind, number>>;
}

export const DEFAULT_PAIR_CRITERIA: PairCriteria = Object.freeze({
  reference: STADSHUWELIJK_CRITERIA.reference,
  excludePartnersInNplv: STADSHUWELIJK_CRITERIA.excludePartnersInNplv,
  excludeScattered: STADSHUWELIJK_CRITERIA.excludeScattered,
  minDwellings: Object.freeze({
    stadshuwelijk: STADSHUWELIJK_CRITERIA.minDwellings,
    parkstadshuwelijk: PARKSTADSHUWELIJK_CRITERIA.minDwellings,
  }),
});

export interface ScenarioSlice {
  weights: MarriageWeights;
  pairCriteria: PairCriteria;
  /** What compensation proposals and a strong partner's capacity aim at: the band's lower edge (default) or centre. */
  compensationAim: CompensationAim;
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
  setWeight: (key: MarriageTermKey, value: number) => void;
  resetWeights: () => void;
  setPairCriteria: (c: Partial<Omit<PairCriteria, 'minDwellings'>>) => void;
  setMinDwellings: (kind: MarriageKind, n: number) => void;
  resetPairCriteria: () => void;
  setCompensationAim: (aim: CompensationAim) => void;
  choosePair: (vulnerable: string, strong: string, name: string) => void;
  setMove: (area: string, kind: PolicyMoveKind, n: number) => void;
  /** Ratio and tenure of an area's demolition with rebuild. */
  setRebuild: (area: string, rebuild: Rebuild) => void;
  /** Put whole moves in (a link, a saved scenario): their rebuild and legacy marker are kept. */
  putMoves: (moves: readonly PolicyMove[]) => void;
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
const MAX_MIN_DWELLINGS = 5000;

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set, get) => {
  const stored = loadStoredScenarios();
  const persist = (saved: Scenario[]) => {
    const problem = storeScenarios(saved);
    set({ saved, scenarioProblems: problem ? [problem] : [] });
  };
  const editMoves = (f: (moves: readonly PolicyMove[]) => PolicyMove[]) => set((s) => ({ draft: { ...s.draft, moves: f(s.draft.moves) } }));
  return {
    weights: MARRIAGE_WEIGHTS,
    pairCriteria: DEFAULT_PAIR_CRITERIA,
    compensationAim: DEFAULT_COMPENSATION_AIM,
    draft: emptyScenario(),
    saved: stored.value,
    compare: [],
    showOnMap: true,
    pairsView: 'find',
    chartHover: null,
    scenarioProblems: stored.issues,
    setWeight: (key, value) => set((s) => ({ weights: { ...s.weights, [key]: Number.isFinite(value) ? Math.max(0, value) : 0 } })),
    resetWeights: () => set({ weights: MARRIAGE_WEIGHTS }),
    setPairCriteria: (c) => set((s) => ({ pairCriteria: { ...s.pairCriteria, ...c } })),
    setMinDwellings: (kind, n) =>
      set((s) => ({
        pairCriteria: {
          ...s.pairCriteria,
          minDwellings: {
            ...s.pairCriteria.minDwellings,
            [kind]: Number.isFinite(n) ? Math.min(MAX_MIN_DWELLINGS, Math.max(0, Math.round(n))) : 0,
          },
        },
      })),
    resetPairCriteria: () => set({ pairCriteria: DEFAULT_PAIR_CRITERIA }),
    setCompensationAim: (compensationAim) => set({ compensationAim }),
    choosePair: (vulnerable, strong, name) =>
      set({
        draft: {
          ...emptyScenario(name),
          pair: { vulnerable, strong },
          moves: [
            { area: vulnerable, kind: 'sell-to-occupant', n: 0 },
            { area: strong, kind: 'build-corporation', n: 0 },
          ],
        },
        pairsView: 'scenario',
        showOnMap: true,
      }),
    setMove: (area, kind, n) => editMoves((moves) => withMove(moves, area, kind, n)),
    setRebuild: (area, rebuild) => editMoves((moves) => withRebuild(moves, area, rebuild)),
    putMoves: (list) => editMoves((moves) => list.reduce<PolicyMove[]>((acc, m) => withPolicyMove(acc, m), [...moves])),
    addArea: (area) =>
      set((s) =>
        scenarioAreas(s.draft).includes(area) ? s : { draft: { ...s.draft, moves: withMove(s.draft.moves, area, 'sell-to-occupant', 0) } },
      ),
    removeArea: (area) => editMoves((moves) => moves.filter((m) => m.area !== area)),
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
