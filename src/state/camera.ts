/**
 * The map camera as state, in its own small store: MapView reports where the map is after each move,
 * and a link or a saved view asks it to go somewhere. Kept apart from the main store so the map's
 * own moves do not re-render the panels.
 */
import { create } from 'zustand';
import type { MapPosition } from './view';

export interface CameraTarget {
  /** null = fit the map to the scope. */
  position: MapPosition | null;
  /** Increases with every request, so asking for the same place twice is still a new request. */
  seq: number;
}

export interface CameraState {
  /** Where the map is (after its last move), or where it has been asked to go; null before either. */
  position: MapPosition | null;
  target: CameraTarget | null;
  report: (position: MapPosition) => void;
  goTo: (position: MapPosition | null) => void;
}

export const useCamera = create<CameraState>()((set) => ({
  position: null,
  target: null,
  report: (position) => set({ position }),
  goTo: (position) => set((s) => ({ target: { position, seq: (s.target?.seq ?? 0) + 1 }, position: position ?? s.position })),
}));
