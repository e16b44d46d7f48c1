/**
 * The one app store (zustand), cut into slices by concern: data, view, scenario (pairs and scenarios),
 * overlays, upload, presentation and notices. Actions replace, never mutate. Everything the screens draw
 * is derived from it by the view model (view-model.ts); nothing derivable is stored.
 */
import { create } from 'zustand';
import { createDataSlice, type DataSlice } from './slices/data';
import { createViewSlice, type ViewSlice } from './slices/view';
import { createScenarioSlice, type ScenarioSlice } from './slices/scenario';
import { createOverlaySlice, type OverlaySlice } from './slices/overlays';
import { createUploadSlice, type UploadSlice } from './slices/upload';
import { createPresentationSlice, type PresentationSlice } from './slices/presentation';
import { createNoticeSlice, type NoticeSlice } from './slices/notices';
import { createPlanSlice, type PlanSlice } from './slices/plan';

export type AppState = DataSlice & ViewSlice & ScenarioSlice & OverlaySlice & UploadSlice & PresentationSlice & NoticeSlice & PlanSlice;

export const useStore = create<AppState>()((...a) => ({
  ...createDataSlice(...a),
  ...createViewSlice(...a),
  ...createScenarioSlice(...a),
  ...createOverlaySlice(...a),
  ...createUploadSlice(...a),
  ...createPresentationSlice(...a),
  ...createNoticeSlice(...a),
  ...createPlanSlice(...a),
}));

export type { SidePanel, MapPosition, CameraRequest, Bounds } from './slices/view';
export type { PairsView } from './slices/scenario';
export type { PendingUpload } from './slices/upload';
export { isFigures, isBoundaries, indicatorEntries } from './slices/upload';
export { makeViewId } from './slices/presentation';
