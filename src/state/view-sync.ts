/**
 * Connects the view (view.ts) with the app: reads it from the stores, applies it to them, and keeps the
 * URL hash in step (read at start and on `hashchange`, written with replaceState on every change).
 * Later features (overlays, pairs, scenarios) plug in with registerViewBinding; until a feature does,
 * its part of a link is carried through unchanged.
 */
import { useStore } from './store';
import { useCamera } from './camera';
import { useCouncil } from './council';
import { decodeView, encodeView } from './url-state';
import { findArea } from './selectors';
import type { View } from './view';

type Extension = Pick<View, 'layers' | 'pair' | 'scenario' | 'extra'>;

export interface ViewBinding {
  /** The feature's part of the current view. */
  read: () => Partial<Extension>;
  /** Show the feature's part of a view that is being opened. */
  apply: (view: View) => void;
  /** Call `onChange` whenever the feature's part changes; returns an unsubscribe function. */
  subscribe: (onChange: () => void) => () => void;
}

const bindings = new Set<ViewBinding>();
/** The hash this module wrote last: a restart (React StrictMode) or our own write is not a new link. */
let written: string | null = null;
const changeListeners = new Set<() => void>();
let carried: Extension = { layers: [], pair: null, scenario: null, extra: {} };

/**
 * Plug a feature's state into links and saved views. Returns an unregister function. For example the
 * overlays feature, with its own zustand store `useOverlays` holding `visible: string[]`:
 * ```ts
 * registerViewBinding({
 *   read: () => ({ layers: useOverlays.getState().visible }),
 *   apply: (view) => useOverlays.getState().setVisible([...view.layers]),
 *   subscribe: (onChange) => useOverlays.subscribe(onChange),
 * });
 * ```
 */
export function registerViewBinding(binding: ViewBinding): () => void {
  bindings.add(binding);
  const unsubs = [...changeListeners].map((l) => binding.subscribe(l));
  changeListeners.forEach((l) => l());
  return () => {
    bindings.delete(binding);
    unsubs.forEach((u) => u());
  };
}

/** The view shown now. */
export function currentView(): View {
  const s = useStore.getState();
  let view: View = {
    scope: s.scope,
    level: s.level,
    band: s.band,
    lang: s.lang,
    basemap: s.basemap,
    selected: s.selected,
    position: useCamera.getState().position,
    ...carried,
  };
  for (const b of bindings) view = { ...view, ...b.read() };
  return view;
}

/** Show a view: all fields at once (setScope/setLevel would clear the selection and band). */
export function applyView(view: View): void {
  useStore.setState((s) => ({
    scope: view.scope,
    level: view.level,
    band: view.band,
    lang: view.lang,
    basemap: view.basemap,
    basemapFailed: view.basemap === s.basemap ? s.basemapFailed : false,
    selected: view.selected,
    hovered: null,
    panel: view.selected ? 'area' : s.panel,
  }));
  carried = { layers: view.layers, pair: view.pair, scenario: view.scenario, extra: view.extra };
  for (const b of bindings) b.apply(view);
  useCamera.getState().goTo(view.position);
}

/** Decode a hash, show it and set (or clear) the link notice. */
export function openHash(hash: string): void {
  const { view, notice } = decodeView(hash);
  applyView(view);
  useCouncil.getState().setLinkNotice(notice);
}

/**
 * A selection that the data does not have (an old code, or one outside the scope) is dropped
 * with a notice once the data is there.
 */
function checkSelection(): void {
  const s = useStore.getState();
  if (!s.dataset || !s.selected) return;
  const area = findArea(s.dataset, s.level, s.selected);
  if (!area) {
    useCouncil.getState().report('views.area-missing', { key: s.selected });
    s.select(null);
  }
}

/** Start the URL sync; returns a stop function. */
export function startUrlSync(): () => void {
  if (window.location.hash !== written) openHash(window.location.hash);
  const write = () => {
    const hash = `#${encodeView(currentView())}`;
    if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
    written = hash;
  };
  const onHashChange = () => {
    if (window.location.hash !== written) {
      openHash(window.location.hash);
      checkSelection();
    }
  };
  changeListeners.add(write);
  const unsubs = [
    useStore.subscribe((s, prev) => {
      if (s.dataset !== prev.dataset) checkSelection();
      write();
    }),
    useCamera.subscribe(write),
    ...[...bindings].map((b) => b.subscribe(write)),
  ];
  window.addEventListener('hashchange', onHashChange);
  checkSelection();
  write();
  return () => {
    changeListeners.delete(write);
    unsubs.forEach((u) => u());
    window.removeEventListener('hashchange', onHashChange);
  };
}
