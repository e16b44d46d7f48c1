/**
 * Notices slice: what was wrong with the link the app was opened with (the fields it could not read,
 * and what the data check refused: unknown areas and pairs, implausible scenario moves), the latest
 * problem to tell the user, and whether storage works.
 */
import type { StateCreator } from 'zustand';
import { problem, type Problem, type ProblemCode, type ProblemContext } from '../../domain/problem';
import type { ViewNotice } from '../view';
import { storageAvailable } from '../storage';
import type { AppState } from '../store';

export interface NoticeSlice {
  linkNotice: ViewNotice | null;
  /** What the link asked for that the data does not allow (named, each with what was done instead). */
  linkProblems: readonly Problem[];
  notice: Problem | null;
  /** False when the browser blocks storage: the app then works in memory only, and says so. */
  storageWorks: boolean;
  setLinkNotice: (notice: ViewNotice | null) => void;
  setLinkProblems: (problems: readonly Problem[]) => void;
  reportProblem: (code: ProblemCode, context?: ProblemContext) => void;
  dismissNotice: () => void;
}

export const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set) => ({
  linkNotice: null,
  linkProblems: [],
  notice: null,
  storageWorks: storageAvailable(),
  setLinkNotice: (linkNotice) => set({ linkNotice }),
  setLinkProblems: (linkProblems) => set({ linkProblems }),
  reportProblem: (code, context = {}) => set({ notice: problem('warning', code, context) }),
  dismissNotice: () => set({ notice: null }),
});
