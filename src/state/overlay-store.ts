/** Overlay state: the overlay data, which layers are visible, the open popup and a pending "zoom to" request. */
import { create } from 'zustand';
import type { Problem } from '../domain/types';
import type { OverlayData, StatusCode } from '../domain/overlays/types';
import type { OverlayId } from '../config/overlays';

export interface OverlayPick {
  kind: 'colony' | 'project' | 'nplv';
  /** Colony numbers, project ids or NPLV area indexes under the click. */
  ids: (number | string)[];
  x: number;
  y: number;
}

export interface MapFocus {
  bounds: [[number, number], [number, number]];
  /** Increments so the same target can be requested twice. */
  seq: number;
}

export interface OverlayState {
  data: OverlayData | null;
  issues: Problem[];
  error: string | null;
  visible: OverlayId[];
  pick: OverlayPick | null;
  focus: MapFocus | null;
  colonyFilter: StatusCode | 'all';
  setData: (data: OverlayData, issues: Problem[]) => void;
  setError: (message: string) => void;
  toggle: (id: OverlayId, on?: boolean) => void;
  setVisible: (ids: OverlayId[]) => void;
  setPick: (pick: OverlayPick | null) => void;
  focusOn: (bounds: MapFocus['bounds']) => void;
  setColonyFilter: (f: StatusCode | 'all') => void;
}

export const useOverlays = create<OverlayState>()((set) => ({
  data: null,
  issues: [],
  error: null,
  visible: [],
  pick: null,
  focus: null,
  colonyFilter: 'all',
  setData: (data, issues) => set({ data, issues, error: null }),
  setError: (error) => set({ error }),
  toggle: (id, on) =>
    set((s) => {
      const isOn = s.visible.includes(id);
      const next = on ?? !isOn;
      return { visible: next ? (isOn ? s.visible : [...s.visible, id]) : s.visible.filter((v) => v !== id), pick: null };
    }),
  setVisible: (visible) => set({ visible: [...visible] }),
  setPick: (pick) => set({ pick }),
  focusOn: (bounds) => set((s) => ({ focus: { bounds, seq: (s.focus?.seq ?? 0) + 1 } })),
  setColonyFilter: (colonyFilter) => set({ colonyFilter }),
}));
