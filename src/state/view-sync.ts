/**
 * Connects the shareable view (view.ts) with the store: reads it, applies it, and keeps the URL hash in
 * step (read at start and on `hashchange`, written with replaceState on every change). Every field of a
 * link is a field of the one store; there is no registry.
 */
import { useStore, type AppState } from './store';
import { decodeView, encodeView } from './url-state';
import { findArea } from '../domain/band-setting';
import { displayName } from '../domain/search';
import { hasEffect } from '../domain/scenario/groups';
import { OVERLAY_IDS, type OverlayId } from '../config/overlays';
import type { PolicyMove } from '../domain/scenario/policy-types';
import type { View } from './view';
import { decodeProgramme, encodeProgramme } from './url-plan';
import type { Problem } from '../domain/problem';
import { checkLink } from './link-check';

/** The hash this module wrote last: a restart (React StrictMode) or our own write is not a new link. */
let written: string | null = null;

/** The saved scenario shown now (its id goes into links), or null. */
function shownSavedId(s: AppState): string | null {
  return s.showOnMap && s.draft.savedAt && s.saved.some((x) => x.id === s.draft.id) ? s.draft.id : null;
}

/** The view shown now. */
export function currentView(s: AppState = useStore.getState()): View {
  const pair = s.draft.pair;
  return {
    scope: s.scope,
    level: s.level,
    band: s.band,
    lang: s.langWanted,
    indicator: s.indicator,
    basemap: s.basemap,
    selected: s.selected,
    position: s.cameraPosition,
    layers: [...s.visibleOverlays],
    pair: pair ? [pair.vulnerable, pair.strong] : null,
    scenario: shownSavedId(s),
    moves: s.showOnMap ? s.draft.moves.filter((m) => m.n > 0) : [],
    planYear: s.planYear,
    targets: s.targets,
    programme: s.programme === null ? null : encodeProgramme(s.programme) || null,
  };
}

/** Display name of a wijk or buurt code, or the code itself before the data has loaded. */
function areaName(s: AppState, code: string): string {
  const d = s.base;
  const a = d ? (findArea(d, 'wijk', code) ?? findArea(d, 'buurt', code)) : null;
  return a ? displayName(a.name) : code;
}

const sameRebuild = (a: PolicyMove['rebuild'], b: PolicyMove['rebuild']) => a?.ratio === b?.ratio && a?.tenure === b?.tenure;
const sameMoves = (a: View['moves'], b: View['moves']) =>
  a.length === b.length &&
  a.every((m, i) => m.area === b[i]?.area && m.kind === b[i]?.kind && m.n === b[i]?.n && sameRebuild(m.rebuild, b[i]?.rebuild));

/** Put the pair and scenario of a view into the store (a saved scenario by id, else the pair and moves). */
function applyScenario(view: View): void {
  const s = useStore.getState();
  if (view.scenario && s.saved.some((x) => x.id === view.scenario)) {
    if (shownSavedId(s) !== view.scenario) s.openSaved(view.scenario);
    return;
  }
  if (view.scenario && view.moves.length === 0) s.reportProblem('views.scenario-missing', { key: view.scenario });
  const now = currentView(s);
  const samePair = (now.pair?.[0] ?? null) === (view.pair?.[0] ?? null) && (now.pair?.[1] ?? null) === (view.pair?.[1] ?? null);
  if (samePair && sameMoves(now.moves, view.moves)) return;
  if (view.pair) {
    const [v, st] = view.pair;
    s.choosePair(v, st, `${areaName(s, v)} – ${areaName(s, st)}`);
  } else s.newDraft('');
  useStore.getState().putMoves(view.moves);
  useStore.getState().setShowOnMap(Boolean(view.pair) || hasEffect(view.moves));
}

/**
 * The programme of a link: read against the preload once that has loaded (a preloaded item keeps its label and
 * source). A link without one leaves the programme kept in this browser as it is: opening a plain link never
 * throws away a planner's work.
 */
let pendingProgramme: string | null = null;
function applyProgramme(text: string | null): void {
  const s = useStore.getState();
  if (text === null) {
    pendingProgramme = null;
    return;
  }
  if (!s.preload) {
    pendingProgramme = text;
    return;
  }
  pendingProgramme = null;
  const items = decodeProgramme(text, s.preload);
  if (items && encodeProgramme(items) !== (s.programme === null ? null : encodeProgramme(s.programme))) s.setProgramme(items);
}

/** A view shown (from a link or a saved view) and not yet checked against the data (its pair and moves). */
let unchecked: View | null = null;

/** Show a view: all fields at once (setScope/setLevel would clear the selection and band). */
export function applyView(view: View): void {
  useStore.setState((s) => ({
    scope: view.scope,
    level: view.level,
    band: view.band,
    // English is shown once its texts have arrived (the App loads them when asked for).
    ...(view.lang === 'en' && !s.englishReady ? { langWanted: view.lang } : { lang: view.lang, langWanted: view.lang }),
    indicator: view.indicator,
    basemap: view.basemap,
    basemapFailed: view.basemap === s.basemap ? s.basemapFailed : false,
    selected: view.selected,
    hovered: null,
    // A link to a plan year or a programme opens the plan; a link to an area opens that area.
    panel: view.selected ? 'area' : view.planYear !== null || view.programme !== null ? 'plan' : s.panel,
    visibleOverlays: view.layers.filter((l): l is OverlayId => OVERLAY_IDS.includes(l as OverlayId)),
    pick: null,
    planYear: view.planYear,
    // A link without targets keeps those kept in this browser (opening a plain link never throws work away).
    targets: Object.keys(view.targets).length > 0 ? view.targets : s.targets,
  }));
  applyProgramme(view.programme);
  applyScenario(view);
  useStore.getState().requestCamera(view.position ? { kind: 'position', position: view.position } : { kind: 'fit-scope' });
  unchecked = view;
  checkLinkNow();
}

/** Decode a hash, show it and set (or clear) the link notice. */
export function openHash(hash: string): void {
  const { view, notice } = decodeView(hash);
  useStore.getState().setLinkNotice(notice);
  useStore.getState().setLinkProblems([]);
  applyView(view);
}

/** Check the view shown last against the data, once it has loaded; what is refused is named in the link notices. */
function checkLinkNow(): void {
  if (!unchecked || !useStore.getState().base) return;
  const problems = dropRefused(unchecked);
  unchecked = null;
  if (problems.length > 0) useStore.getState().setLinkProblems(problems);
}

/** Drop what the data check of a link refused: the pair whose areas do not exist, moves that cannot be. */
function dropRefused(view: View): Problem[] {
  const s = useStore.getState();
  if (!s.base) return [];
  const check = checkLink(s.base, view.pair, view.moves);
  if (check.problems.length === 0) return [];
  for (const m of check.refused) useStore.getState().setMove(m.area, m.kind, 0);
  for (const a of [...check.unknownAreas, ...check.missingPair]) useStore.getState().removeArea(a);
  if (check.missingPair.length > 0) useStore.setState((x) => ({ draft: { ...x.draft, pair: null } }));
  const left = useStore.getState().draft;
  useStore.getState().setShowOnMap(Boolean(left.pair) || hasEffect(left.moves));
  return check.problems;
}

/**
 * Once the data is there: a selection that the data does not have (an old code, or one outside the scope)
 * is dropped and named, the link's pair and scenario moves are checked (`checkLink`: unknown areas and
 * implausible moves are dropped and named), and a scenario named by codes gets the areas' names.
 */
function checkAgainstData(): void {
  const s = useStore.getState();
  if (!s.base) return;
  if (s.selected && !findArea(s.base, s.level, s.selected)) {
    s.reportProblem('views.area-missing', { key: s.selected });
    s.select(null);
  }
  checkLinkNow();
  const pair = useStore.getState().draft.pair;
  if (pair && useStore.getState().draft.name === `${pair.vulnerable} – ${pair.strong}`)
    s.renameDraft(`${areaName(s, pair.vulnerable)} – ${areaName(s, pair.strong)}`);
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
      checkAgainstData();
    }
  };
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.base !== prev.base) checkAgainstData();
    if (s.preload !== prev.preload && pendingProgramme !== null) applyProgramme(pendingProgramme);
    write();
  });
  window.addEventListener('hashchange', onHashChange);
  checkAgainstData();
  write();
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
