/**
 * Plan slice (issue 12): the programme (the preloaded items the agreements state, allocated and edited by the
 * planner, plus the planner's own), the streefbeeld (target shares the planner set; the rest follow the band rule
 * in force), and which year of the projection the map shows. Kept in this browser; the programme and the targets
 * also travel in links and files.
 */
import type { StateCreator } from 'zustand';
import type { Problem } from '../../domain/problem';
import type { ProgrammeItem } from '../../domain/programme/types';
import type { AreaTarget } from '../../domain/programme/targets';
import { readProgrammeItem } from '../../domain/programme/parse-preload';
import { readStored, writeStored } from '../storage';
import type { AppState } from '../store';

export const STORAGE_PLAN = 'wijkbalans.plan.v1';

export type PlanView = 'baseline' | 'targets' | 'programme';

export interface PlanSlice {
  /** The preloaded items as shipped (geodata/programme-preload.json); null until loaded. */
  preload: readonly ProgrammeItem[] | null;
  preloadProblems: readonly Problem[];
  /** The programme in use; null = the preload as shipped. */
  programme: readonly ProgrammeItem[] | null;
  /** Target shares the planner set, by area code; other areas follow the band rule in force. */
  targets: Readonly<Record<string, AreaTarget>>;
  /** The year whose end the map shows (the programme projected); null = the 0-meting, today's figures. */
  planYear: number | null;
  planView: PlanView;
  setPreload: (items: readonly ProgrammeItem[], problems: readonly Problem[]) => void;
  setProgramme: (items: readonly ProgrammeItem[] | null) => void;
  setTarget: (code: string, target: AreaTarget | null) => void;
  setTargets: (targets: Readonly<Record<string, AreaTarget>>) => void;
  setPlanYear: (year: number | null) => void;
  setPlanView: (view: PlanView) => void;
}

interface StoredPlan {
  programme: ProgrammeItem[] | null;
  targets: Record<string, AreaTarget>;
}

const isTarget = (v: unknown): v is AreaTarget => {
  const t = v as AreaTarget | null;
  const ok = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100;
  return typeof v === 'object' && v !== null && ok(t?.y2030) && ok(t?.y2050);
};

/** The plan kept in this browser; anything unreadable is dropped (never trusted), storage refusals leave it empty. */
export function readStoredPlan(): StoredPlan {
  const empty: StoredPlan = { programme: null, targets: {} };
  const text = readStored(STORAGE_PLAN);
  if (!text) return empty;
  try {
    const data = JSON.parse(text) as { programme?: unknown; targets?: unknown };
    const programme = Array.isArray(data.programme)
      ? data.programme.map(readProgrammeItem).filter((i): i is ProgrammeItem => i !== null)
      : null;
    const targets: Record<string, AreaTarget> = {};
    if (typeof data.targets === 'object' && data.targets !== null)
      for (const [code, t] of Object.entries(data.targets)) if (/^(WK\d{6}|BU\d{8})$/.test(code) && isTarget(t)) targets[code] = t;
    return { programme, targets };
  } catch {
    return empty;
  }
}

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set) => {
  const stored = readStoredPlan();
  return {
    preload: null,
    preloadProblems: [],
    programme: stored.programme,
    targets: stored.targets,
    planYear: null,
    planView: 'baseline',
    setPreload: (preload, preloadProblems) => set({ preload, preloadProblems }),
    setProgramme: (programme) => set({ programme }),
    setTarget: (code, target) =>
      set((s) => {
        const next = { ...s.targets };
        if (target) next[code] = target;
        else delete next[code];
        return { targets: next };
      }),
    setTargets: (targets) => set({ targets }),
    setPlanYear: (planYear) => set({ planYear }),
    setPlanView: (planView) => set({ planView }),
  };
};

/** Keep the programme and the targets in this browser whenever they change; a refusal becomes a notice. */
export function persistPlan(subscribe: (l: (s: AppState, prev: AppState) => void) => () => void): () => void {
  return subscribe((s, prev) => {
    if (s.programme === prev.programme && s.targets === prev.targets) return;
    if (!writeStored(STORAGE_PLAN, JSON.stringify({ programme: s.programme, targets: s.targets }))) s.reportProblem('views.storage-write');
  });
}
