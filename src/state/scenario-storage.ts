/** Saved scenarios in browser storage under a versioned key. Storage can be blocked or full: problems become Problems. */
import type { Parsed } from '../domain/types';
import { problem, type Problem } from '../domain/problem';
import type { Scenario } from '../domain/scenario/types';
import { parseScenarios, serialiseScenarios, STORAGE_KEY } from '../domain/scenario/persist';
import { readStored, writeStored } from './storage';

export function loadStoredScenarios(): Parsed<Scenario[]> {
  const text = readStored(STORAGE_KEY);
  if (text === undefined) return { value: [], issues: [problem('warning', 'scenario.storage-unavailable', { key: STORAGE_KEY })] };
  return parseScenarios(text);
}

/** Write the list; returns a problem when the browser refuses (blocked, private mode, quota). */
export function storeScenarios(list: readonly Scenario[]): Problem | null {
  return writeStored(STORAGE_KEY, serialiseScenarios(list)) ? null : problem('warning', 'scenario.storage-write', { key: STORAGE_KEY });
}
