/**
 * Council mode state: saved views ("dia's"), the presentation title and subtitle, presentation mode,
 * and the notices of this feature. Saved views and titles persist in localStorage; a failure to read
 * or write them is reported, never swallowed.
 */
import { create } from 'zustand';
import { problem, type Problem, type ProblemCode, type ProblemContext } from '../domain/problem';
import { addView, moveView, removeView, renameView, viewsFromJson, viewsToJson, type SavedView } from './saved-views';
import type { ViewNotice } from './view';

export const STORAGE_VIEWS = 'wijkbalans.views.v1';
export const STORAGE_TITLES = 'wijkbalans.titles.v1';

export interface CouncilState {
  views: readonly SavedView[];
  title: string;
  subtitle: string;
  presenting: boolean;
  /** Index of the saved view shown in the presentation, null when showing the current view. */
  slide: number | null;
  /** What was wrong with the link the app was opened with (or navigated to). */
  linkNotice: ViewNotice | null;
  problem: Problem | null;
  /** Issues of the last import of a views file. */
  importIssues: Problem[];
  setTitle: (title: string) => void;
  setSubtitle: (subtitle: string) => void;
  add: (view: SavedView) => void;
  rename: (id: string, title: string) => void;
  move: (id: string, delta: number) => void;
  remove: (id: string) => void;
  importViews: (views: SavedView[], issues: Problem[]) => void;
  setPresenting: (presenting: boolean, slide?: number | null) => void;
  setSlide: (slide: number | null) => void;
  setLinkNotice: (notice: ViewNotice | null) => void;
  report: (code: ProblemCode, context?: ProblemContext) => void;
  dismissProblem: () => void;
}

let nextId = 0;
/** A local id for a saved view (unique within this page). */
export function makeViewId(): string {
  nextId += 1;
  return `view-${Date.now().toString(36)}-${nextId}`;
}

interface Persisted {
  views: SavedView[];
  title: string;
  subtitle: string;
  problem: CouncilState['problem'];
}

function readPersisted(): Persisted {
  const empty: Persisted = { views: [], title: '', subtitle: '', problem: null };
  if (typeof localStorage === 'undefined') return empty;
  try {
    const text = localStorage.getItem(STORAGE_VIEWS);
    const titles = JSON.parse(localStorage.getItem(STORAGE_TITLES) ?? '{}') as { title?: unknown; subtitle?: unknown };
    const { views, issues } = text ? viewsFromJson(text, makeViewId) : { views: [], issues: [] };
    const title = typeof titles.title === 'string' ? titles.title : '';
    const subtitle = typeof titles.subtitle === 'string' ? titles.subtitle : '';
    return { views, title, subtitle, problem: issues.length > 0 ? problem('warning', 'views.storage-read') : null };
  } catch {
    return { ...empty, problem: problem('warning', 'views.storage-read') };
  }
}

const initial = readPersisted();

export const useCouncil = create<CouncilState>()((set) => ({
  views: initial.views,
  title: initial.title,
  subtitle: initial.subtitle,
  presenting: false,
  slide: null,
  linkNotice: null,
  problem: initial.problem,
  importIssues: [],
  setTitle: (title) => set({ title }),
  setSubtitle: (subtitle) => set({ subtitle }),
  add: (view) => set((s) => ({ views: addView(s.views, view) })),
  rename: (id, title) => set((s) => ({ views: renameView(s.views, id, title) })),
  move: (id, delta) => set((s) => ({ views: moveView(s.views, id, delta) })),
  remove: (id) => set((s) => ({ views: removeView(s.views, id) })),
  importViews: (views, importIssues) => set((s) => ({ views: views.reduce(addView, s.views), importIssues })),
  setPresenting: (presenting, slide = null) => set({ presenting, slide: presenting ? slide : null }),
  setSlide: (slide) => set({ slide }),
  setLinkNotice: (linkNotice) => set({ linkNotice }),
  report: (code, context = {}) => set({ problem: problem('warning', code, context) }),
  dismissProblem: () => set({ problem: null }),
}));

/** Write views and titles to localStorage whenever they change. */
export function persistCouncil(): () => void {
  if (typeof localStorage === 'undefined') return () => undefined;
  return useCouncil.subscribe((s, prev) => {
    if (s.views === prev.views && s.title === prev.title && s.subtitle === prev.subtitle) return;
    try {
      localStorage.setItem(STORAGE_VIEWS, viewsToJson(s.views, new Date().toISOString()));
      localStorage.setItem(STORAGE_TITLES, JSON.stringify({ title: s.title, subtitle: s.subtitle }));
    } catch {
      s.report('views.storage-write');
    }
  });
}
