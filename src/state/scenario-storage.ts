/** Saved scenarios in localStorage under a versioned key. Storage can be missing or full: problems become issues. */
import type { Parsed } from '../domain/types';
import { problem, type Problem } from '../domain/problem';
import type { Scenario } from '../domain/scenario/types';
import { parseScenarios, serialiseScenarios, STORAGE_KEY } from '../domain/scenario/persist';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadStoredScenarios(): Parsed<Scenario[]> {
  const s = storage();
  if (!s) return { value: [], issues: [] };
  try {
    return parseScenarios(s.getItem(STORAGE_KEY));
  } catch {
    return { value: [], issues: [problem('warning', 'scenario.storage-unavailable', { key: STORAGE_KEY })] };
  }
}

/** Write the list; returns an issue when the browser refuses (private mode, quota). */
export function storeScenarios(list: readonly Scenario[]): Problem | null {
  const s = storage();
  try {
    if (!s) throw new Error('no storage');
    s.setItem(STORAGE_KEY, serialiseScenarios(list));
    return null;
  } catch {
    return problem('warning', 'scenario.storage-write', { key: STORAGE_KEY });
  }
}
