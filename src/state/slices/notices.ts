/** Notices slice: what was wrong with the link the app was opened with, the latest problem to tell the user, and whether storage works. */
import type { StateCreator } from 'zustand';
import { problem, type Problem, type ProblemCode, type ProblemContext } from '../../domain/problem';
import type { ViewNotice } from '../view';
import { storageAvailable } from '../storage';
import type { AppState } from '../store';

export interface NoticeSlice {
  linkNotice: ViewNotice | null;
  notice: Problem | null;
  /** False when the browser blocks storage: the app then works in memory only, and says so. */
  storageWorks: boolean;
  setLinkNotice: (notice: ViewNotice | null) => void;
  reportProblem: (code: ProblemCode, context?: ProblemContext) => void;
  dismissNotice: () => void;
}

export const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set) => ({
  linkNotice: null,
  notice: null,
  storageWorks: storageAvailable(),
  setLinkNotice: (linkNotice) => set({ linkNotice }),
  reportProblem: (code, context = {}) => set({ notice: problem('warning', code, context) }),
  dismissNotice: () => set({ notice: null }),
});
