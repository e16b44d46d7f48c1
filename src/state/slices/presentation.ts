/**
 * Presentation slice (council mode): saved views ("dia's"), the presentation title and subtitle, and
 * presentation mode. Saved views and titles persist in this browser through the guarded storage; stored
 * views that cannot be read are kept aside (under their own key and in `viewsKeptAside`, downloadable),
 * never overwritten by the next save: each damaged text is added to the list kept aside, and when it
 * cannot be kept aside (or storage could not be read at all) the views are not written over it.
 */
import type { StateCreator } from 'zustand';
import { problem, type Problem } from '../../domain/problem';
import { addView, MAX_VIEWS, moveView, removeView, renameView, viewsFromJson, viewsToJson, type SavedView } from '../saved-views';
import { readStored, writeStored } from '../storage';
import type { AppState } from '../store';

export const STORAGE_VIEWS = 'wijkbalans.views.v1';
export const STORAGE_VIEWS_ASIDE = 'wijkbalans.views.v1.unreadable';
export const STORAGE_TITLES = 'wijkbalans.titles.v1';

export interface PresentationSlice {
  savedViews: readonly SavedView[];
  /** Texts of stored views that could not be read in full (kept, never overwritten), oldest first. */
  viewsKeptAside: readonly string[];
  /**
   * True when the views in storage must not be written: they could not be read, or a damaged text could
   * not be kept aside. Views then last until the page is closed (and what was stored stays as it was).
   */
  viewsWriteBlocked: boolean;
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
  /** Add imported views (as many as fit); returns how many were added. */
  importViews: (views: readonly SavedView[], problems: readonly Problem[]) => number;
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
  aside: string[];
  title: string;
  subtitle: string;
  /** Views storage must not be written (see `viewsWriteBlocked`). */
  writeBlocked: boolean;
}

/** The texts kept aside: a JSON list of texts, or (as written before) one text. */
function readAside(): string[] {
  const raw = readStored(STORAGE_VIEWS_ASIDE);
  if (!raw) return [];
  try {
    const list = JSON.parse(raw) as unknown;
    if (Array.isArray(list) && list.every((x) => typeof x === 'string')) return list as string[];
  } catch {
    // Not a list: one text kept aside by an earlier version.
  }
  return [raw];
}

/**
 * Read views and titles; text that cannot be read in full is added to the texts kept aside under their
 * own key (never replacing one kept before). Never throws.
 */
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
  const aside = readAside();
  // `undefined`: storage could not be read, so what is stored is unknown and must not be written over.
  if (text === undefined) return { views: [], aside, title, subtitle, writeBlocked: true };
  if (!text) return { views: [], aside, title, subtitle, writeBlocked: false };
  const { views, issues } = viewsFromJson(text, makeViewId);
  const damaged = issues.some((i) => i.severity === 'error');
  if (!damaged) return { views, aside, title, subtitle, writeBlocked: false };
  const kept = aside.includes(text) ? aside : [...aside, text];
  const stored = kept === aside || writeStored(STORAGE_VIEWS_ASIDE, JSON.stringify(kept));
  return { views, aside: kept, title, subtitle, writeBlocked: !stored };
}

export const createPresentationSlice: StateCreator<AppState, [], [], PresentationSlice> = (set, get) => {
  const initial = readPersisted();
  return {
    savedViews: initial.views,
    viewsKeptAside: initial.aside,
    viewsWriteBlocked: initial.writeBlocked,
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
    importViews: (views, problems) => {
      const before = get().savedViews;
      const savedViews = views.reduce(addView, before);
      const added = savedViews.length - before.length;
      const skipped = views.length - added;
      const full = skipped > 0 ? [problem('warning', 'views.import-full', { skipped, max: MAX_VIEWS })] : [];
      set({ savedViews, importProblems: [...problems, ...full] });
      return added;
    },
    // Entering presentation on the current view fits the scope again — the side panel is gone and the legend shows
    // whole — unless the user has moved the map (then the planner's framing stays; a saved view brings its own).
    setPresenting: (presenting, slide = null) =>
      set((s) =>
        presenting && slide === null && !s.presenting
          ? { presenting, slide, cameraRequest: { target: { kind: 'fit-scope', unlessMoved: true }, seq: (s.cameraRequest?.seq ?? 0) + 1 } }
          : { presenting, slide: presenting ? slide : null },
      ),
    setSlide: (slide) => set({ slide }),
  };
};

/** Write views and titles whenever they change; a refusal becomes a notice. Returns the stop function. */
export function persistPresentation(subscribe: (l: (s: AppState, prev: AppState) => void) => () => void): () => void {
  return subscribe((s, prev) => {
    const viewsChanged = s.savedViews !== prev.savedViews;
    if (!viewsChanged && s.title === prev.title && s.subtitle === prev.subtitle) return;
    // Views are never written over stored text that could not be read or kept aside.
    const views =
      !viewsChanged || (!s.viewsWriteBlocked && writeStored(STORAGE_VIEWS, viewsToJson(s.savedViews, new Date().toISOString())));
    const titles = writeStored(STORAGE_TITLES, JSON.stringify({ title: s.title, subtitle: s.subtitle }));
    if (!views || !titles) s.reportProblem('views.storage-write');
  });
}
