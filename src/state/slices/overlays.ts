/** Overlay slice: which overlay layers are visible, the open popup and the colony list's filter. */
import type { StateCreator } from 'zustand';
import type { ColonyDisplayStatus } from '../../domain/overlays/colony-status';
import type { OverlayId } from '../../config/overlays';
import type { AppState } from '../store';

export interface OverlayPick {
  kind: 'colony' | 'project' | 'nplv';
  /** Colony numbers, project ids or NPLV area indexes under the click. */
  ids: (number | string)[];
  x: number;
  y: number;
}

export interface OverlaySlice {
  visibleOverlays: readonly OverlayId[];
  pick: OverlayPick | null;
  /** Filter of the colony list, by display status (a colony whose code and text disagree is `conflict`). */
  colonyFilter: ColonyDisplayStatus | 'all';
  toggleOverlay: (id: OverlayId, on?: boolean) => void;
  setVisibleOverlays: (ids: readonly OverlayId[]) => void;
  setPick: (pick: OverlayPick | null) => void;
  setColonyFilter: (f: ColonyDisplayStatus | 'all') => void;
}

export const createOverlaySlice: StateCreator<AppState, [], [], OverlaySlice> = (set) => ({
  visibleOverlays: [],
  pick: null,
  colonyFilter: 'all',
  toggleOverlay: (id, on) =>
    set((s) => {
      const isOn = s.visibleOverlays.includes(id);
      const next = on ?? !isOn;
      const visibleOverlays = next ? (isOn ? s.visibleOverlays : [...s.visibleOverlays, id]) : s.visibleOverlays.filter((v) => v !== id);
      return { visibleOverlays, pick: null };
    }),
  setVisibleOverlays: (ids) => set({ visibleOverlays: [...ids] }),
  setPick: (pick) => set({ pick }),
  setColonyFilter: (colonyFilter) => set({ colonyFilter }),
});
