/**
 * Council mode actions that touch several stores: save the current view, show a saved one, and step
 * through saved views in presentation mode. Full screen (a DOM matter) is left to the component.
 */
import { useCouncil, makeViewId } from './council';
import { applyView, currentView } from './view-sync';
import { decodeView, encodeView } from './url-state';
import { cleanTitle, type SavedView } from './saved-views';

/** Store the view shown now under `title` (and the current subtitle). A blank title saves nothing. */
export function saveCurrentView(title: string): boolean {
  const t = cleanTitle(title);
  if (!t) return false;
  const c = useCouncil.getState();
  c.add({ id: makeViewId(), title: t, subtitle: c.subtitle, hash: encodeView(currentView()) });
  return true;
}

/** Show a saved view: its map view, and its title and subtitle as the presentation titles. */
export function showSavedView(view: SavedView): void {
  const { view: decoded, notice } = decodeView(view.hash);
  applyView(decoded);
  const c = useCouncil.getState();
  c.setTitle(view.title);
  c.setSubtitle(view.subtitle);
  c.setLinkNotice(notice);
}

/** Enter presentation mode, at saved view `from` (the first one by default) or at the current view when there are none. */
export function startPresentation(from = 0): void {
  const c = useCouncil.getState();
  const view = c.views[from];
  c.setPresenting(true, view ? from : null);
  if (view) showSavedView(view);
}

/** Step `delta` saved views; stops at the first and the last. Returns whether the view changed. */
export function stepSlide(delta: number): boolean {
  const c = useCouncil.getState();
  if (!c.presenting || c.views.length === 0) return false;
  const next = c.slide === null ? (delta > 0 ? 0 : c.views.length - 1) : Math.max(0, Math.min(c.views.length - 1, c.slide + delta));
  if (next === c.slide) return false;
  const view = c.views[next];
  if (!view) return false;
  c.setSlide(next);
  showSavedView(view);
  return true;
}

export function stopPresentation(): void {
  useCouncil.getState().setPresenting(false);
}
