/**
 * Presentation slice (council mode): saved views ("dia's"), the presentation title and subtitle, and
 * presentation mode. Saved views and titles persist in this browser through the guarded storage; stored
 * views that cannot be read are kept aside (under their own key and in `viewsKeptAside`, downloadable),
 * never overwritten by the next save.
 */
import type { StateCreator } from 'zustand';
import type { Problem } from '../../domain/problem';
import { addView, moveView, removeView, renameView, viewsFromJson, viewsToJson, type SavedView } from '../saved-views';
import { readStored, writeStored } from '../storage';
import type { AppState } from '../store';

export const STORAGE_VIEWS = 'wijkbalans.views.v1';
export const STORAGE_VIEWS_ASIDE = 'wijkbalans.views.v1.unreadable';
export const STORAGE_TITLES = 'wijkbalans.titles.v1';

export interface PresentationSlice {
  savedViews: readonly SavedView[];
  /** The text of stored views that could not be read in full (kept, never overwritten), or null. */
  viewsKeptAside: string | null;
  title: string;
  subtitle: string;
  presenting: boolean;
  /** Index of the saved view shown in the presentation, null when showing the current view. */
  slide: number | null;
  /** Problems of the last import of a views file. */
  importProblems: readonly Problem[];
  setTitle: (title: string) => void;
  setSubtitle: (subtitle: string) => void;
  addSavedView: (view: SavedView) => void;
  renameSavedView: (id: string, title: string) => void;
  moveSavedView: (id: string, delta: number) => void;
  removeSavedView: (id: string) => void;
  importViews: (views: readonly SavedView[], problems: readonly Problem[]) => void;
  setPresenting: (presenting: boolean, slide?: number | null) => void;
  setSlide: (slide: number | null) => void;
}

let nextId = 0;
/** A local id for a saved view (unique within this page). */
export function makeViewId(): string {
  nextId += 1;
  return `view-${Date.now().toString(36)}-${nextId}`;
}

interface Persisted {
  views: SavedView[];
  aside: string | null;
  title: string;
  subtitle: string;
  readFailed: boolean;
}

/** Read views and titles; text that cannot be read in full is kept aside under its own key. Never throws. */
export function readPersisted(): Persisted {
  const text = readStored(STORAGE_VIEWS);
  const titlesText = readStored(STORAGE_TITLES);
  let title = '';
  let subtitle = '';
  try {
    const t = JSON.parse(titlesText ?? '{}') as { title?: unknown; subtitle?: unknown };
    if (typeof t.title === 'string') title = t.title;
    if (typeof t.subtitle === 'string') subtitle = t.subtitle;
  } catch {
    // Unreadable titles are automatic titles; nothing of value is lost.
  }
  if (!text) return { views: [], aside: readStored(STORAGE_VIEWS_ASIDE) ?? null, title, subtitle, readFailed: text === undefined };
  const { views, issues } = viewsFromJson(text, makeViewId);
  const damaged = issues.some((i) => i.severity === 'error');
  if (damaged) writeStored(STORAGE_VIEWS_ASIDE, text);
  return { views, aside: damaged ? text : (readStored(STORAGE_VIEWS_ASIDE) ?? null), title, subtitle, readFailed: damaged };
}

export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (set) => {
  const initial = readPersisted();
  return {
    savedViews: initial.views,
    viewsKeptAside: initial.aside,
    title: initial.title,
    subtitle: initial.subtitle,
    presenting: false,
    slide: null,
    importProblems: [],
    setTitle: (title) => set({ title }),
    setSubtitle: (subtitle) => set({ subtitle }),
    addSavedView: (view) => set((s) => ({ savedViews: addView(s.savedViews, view) })),
    renameSavedView: (id, title) => set((s) => ({ savedViews: renameView(s.savedViews, id, title) })),
    moveSavedView: (id, delta) => set((s) => ({ savedViews: moveView(s.savedViews, id, delta) })),
    removeSavedView: (id) => set((s) => ({ savedViews: removeView(s.savedViews, id) })),
    importViews: (views, importProblems) => set((s) => ({ savedViews: views.reduce(addView, s.savedViews), importProblems })),
    setPresenting: (presenting, slide = null) => set({ presenting, slide: presenting ? slide : null }),
    setSlide: (slide) => set({ slide }),
  };
};

/** Write views and titles whenever they change; a refusal becomes a notice. Returns the stop function. */
export function persistPresentation(subscribe: (l: (s: AppState, prev: AppState) => void) => () => void): () => void {
  return subscribe((s, prev) => {
    if (s.savedViews === prev.savedViews && s.title === prev.title && s.subtitle === prev.subtitle) return;
    const ok =
      writeStored(STORAGE_VIEWS, viewsToJson(s.savedViews, new Date().toISOString())) &&
      writeStored(STORAGE_TITLES, JSON.stringify({ title: s.title, subtitle: s.subtitle }));
    if (!ok) s.reportProblem('views.storage-write');
  });
}
