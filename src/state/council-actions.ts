/**
 * Council mode actions: save the current view, show a saved one, and step through saved views in
 * presentation mode. Full screen (a DOM matter) is left to the component.
 */
import { useStore } from './store';
import { makeViewId } from './slices/presentation';
import { applyView, currentView } from './view-sync';
import { decodeView, encodeView } from './url-state';
import { cleanTitle, type SavedView } from './saved-views';

/** Store the view shown now under `title` (and the current subtitle). A blank title saves nothing. */
export function saveCurrentView(title: string): boolean {
  const t = cleanTitle(title);
  if (!t) return false;
  const s = useStore.getState();
  s.addSavedView({ id: makeViewId(), title: t, subtitle: s.subtitle, hash: encodeView(currentView()) });
  return true;
}

/** Show a saved view: its map view, and its title and subtitle as the presentation titles. */
export function showSavedView(view: SavedView): void {
  const { view: decoded, notice } = decodeView(view.hash);
  applyView(decoded);
  const s = useStore.getState();
  s.setTitle(view.title);
  s.setSubtitle(view.subtitle);
  s.setLinkNotice(notice);
}

/** Enter presentation mode, at saved view `from` (the first one by default) or at the current view when there are none. */
export function startPresentation(from = 0): void {
  const s = useStore.getState();
  const view = s.savedViews[from];
  s.setPresenting(true, view ? from : null);
  if (view) showSavedView(view);
}

/** Step `delta` saved views; stops at the first and the last. Returns whether the view changed. */
export function stepSlide(delta: number): boolean {
  const s = useStore.getState();
  const n = s.savedViews.length;
  if (!s.presenting || n === 0) return false;
  const next = s.slide === null ? (delta > 0 ? 0 : n - 1) : Math.max(0, Math.min(n - 1, s.slide + delta));
  if (next === s.slide) return false;
  const view = s.savedViews[next];
  if (!view) return false;
  s.setSlide(next);
  showSavedView(view);
  return true;
}

export function stopPresentation(): void {
  useStore.getState().setPresenting(false);
}
