/** Data slice: the embedded dataset as loaded (never changed afterwards) and the overlay data, with their problems. */
import type { StateCreator } from 'zustand';
import type { Dataset } from '../../domain/dataset';
import type { OverlayData } from '../../domain/overlays/types';
import type { Problem } from '../../domain/problem';
import type { AppState } from '../store';

export interface DataSlice {
  /** The embedded geodata, parsed and joined; uploads are composed on top of it by the view model. */
  base: Dataset | null;
  loadFailed: boolean;
  overlayData: OverlayData | null;
  overlayProblems: readonly Problem[];
  overlaysFailed: boolean;
  setBase: (base: Dataset) => void;
  setLoadFailed: () => void;
  setOverlays: (data: OverlayData, problems: readonly Problem[]) => void;
  setOverlaysFailed: () => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  base: null,
  loadFailed: false,
  overlayData: null,
  overlayProblems: [],
  overlaysFailed: false,
  setBase: (base) => set({ base, loadFailed: false }),
  setLoadFailed: () => set({ loadFailed: true }),
  setOverlays: (overlayData, overlayProblems) => set({ overlayData, overlayProblems, overlaysFailed: false }),
  setOverlaysFailed: () => set({ overlaysFailed: true }),
});
