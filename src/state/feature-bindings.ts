/**
 * Puts the overlays (issue 3) and the stadshuwelijk pair and scenario (issue 5) into links and saved
 * views (issue 6). The scenario travels as its moves (`moves=WK091740.sell.100,WK091736.build.100`), so a
 * link reproduces it on another computer too; `scenario` carries the id of a scenario saved in this browser.
 */
import { registerViewBinding } from './view-sync';
import { registerViewField } from './url-state';
import { useOverlays } from './overlay-store';
import { usePairsStore } from './pairs-store';
import { useStore } from './store';
import { useCouncil } from './council';
import { displayName } from '../domain/search';
import { OVERLAY_IDS, type OverlayId } from '../config/overlays';
import { MOVE_KINDS, type Move, type MoveKind } from '../domain/scenario/types';

const MOVE = `(WK\\d{6}|BU\\d{8})\\.(${MOVE_KINDS.join('|')})\\.\\d{1,6}`;
const MOVES = new RegExp(`^${MOVE}(,${MOVE}){0,59}$`);

/** `WK091740.sell.100,…` for the moves that change something; '' when none does. */
export function encodeMoves(moves: readonly Move[]): string {
  return moves
    .filter((m) => m.n > 0)
    .map((m) => `${m.area}.${m.kind}.${m.n}`)
    .join(',');
}

/** The moves of an encoded text, or [] when the text is not valid. */
export function decodeMoves(text: string): Move[] {
  if (!MOVES.test(text)) return [];
  return text.split(',').map((part) => {
    const [area = '', kind = 'sell', n = '0'] = part.split('.');
    return { area, kind: kind as MoveKind, n: Number(n) };
  });
}

/** Display name of a wijk or buurt code, or the code itself before the data has loaded. */
function areaName(code: string): string {
  const d = useStore.getState().dataset;
  const a = d?.levels.wijk.areas.find((x) => x.code === code) ?? d?.levels.buurt.areas.find((x) => x.code === code);
  return a ? displayName(a.name) : code;
}

function readPairs() {
  const s = usePairsStore.getState();
  const shown = s.showOnMap ? encodeMoves(s.draft.moves) : '';
  return {
    pair: s.pair ? ([s.pair.vulnerable, s.pair.strong] as const) : null,
    scenario: s.showOnMap && s.draft.savedAt && s.saved.some((x) => x.id === s.draft.id) ? s.draft.id : null,
    extra: (shown ? { moves: shown } : {}) as Record<string, string>,
  };
}

function applyPairs(view: {
  pair: readonly [string, string] | null;
  scenario: string | null;
  extra: Readonly<Record<string, string>>;
}): void {
  const store = usePairsStore.getState();
  const now = readPairs();
  const wanted = view.extra.moves ?? '';
  if (view.scenario && store.saved.some((x) => x.id === view.scenario)) {
    if (now.scenario !== view.scenario) store.openSaved(view.scenario);
    return;
  }
  if (view.scenario && !wanted) useCouncil.getState().report('views.scenario-missing', { key: view.scenario });
  const samePair = (now.pair?.[0] ?? null) === (view.pair?.[0] ?? null) && (now.pair?.[1] ?? null) === (view.pair?.[1] ?? null);
  if (samePair && (now.extra.moves ?? '') === wanted) return;
  if (view.pair) {
    const [v, st] = view.pair;
    store.choosePair(v, st, `${areaName(v)} – ${areaName(st)}`);
    // A link opened before the data has loaded names the scenario by codes: rename it once names are known.
    if (!useStore.getState().dataset) {
      const provisional = `${v} – ${st}`;
      const stop = useStore.subscribe((s) => {
        if (!s.dataset) return;
        stop();
        if (usePairsStore.getState().draft.name === provisional) usePairsStore.getState().renameDraft(`${areaName(v)} – ${areaName(st)}`);
      });
    }
  } else store.newDraft('');
  for (const m of decodeMoves(wanted)) usePairsStore.getState().setMove(m.area, m.kind, m.n);
  usePairsStore.getState().setShowOnMap(Boolean(view.pair) || wanted !== '');
}

let registered = false;

/** Register once at start-up (idempotent, so React StrictMode's double effects are harmless). */
export function registerFeatureBindings(): void {
  if (registered) return;
  registered = true;
  registerViewField('moves', (raw) => MOVES.test(raw));
  registerViewBinding({
    read: () => ({ layers: [...useOverlays.getState().visible] }),
    apply: (view) => useOverlays.getState().setVisible(view.layers.filter((l): l is OverlayId => OVERLAY_IDS.includes(l as OverlayId))),
    subscribe: (onChange) =>
      useOverlays.subscribe((s, prev) => {
        if (s.visible !== prev.visible) onChange();
      }),
  });
  registerViewBinding({
    read: readPairs,
    apply: applyPairs,
    subscribe: (onChange) =>
      usePairsStore.subscribe((s, prev) => {
        if (s.pair !== prev.pair || s.draft !== prev.draft || s.showOnMap !== prev.showOnMap || s.saved !== prev.saved) onChange();
      }),
  });
}
