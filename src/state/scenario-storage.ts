/**
 * Saved scenarios in browser storage under a versioned key. Storage can be blocked or full: problems become
 * Problems. Scenarios saved by the first version (old move kinds) are read from their old key until the list is
 * saved again under the new one; the old key is left as it was.
 */
import type { Parsed } from '../domain/types';
import { problem, type Problem } from '../domain/problem';
import type { Scenario } from '../domain/scenario/types';
import { LEGACY_STORAGE_KEY, parseScenarios, serialiseScenarios, STORAGE_KEY } from '../domain/scenario/persist';
import { readStored, writeStored } from './storage';

export function loadStoredScenarios(): Parsed<Scenario[]> {
  const text = readStored(STORAGE_KEY);
  if (text === undefined) return { value: [], issues: [problem('warning', 'scenario.storage-unavailable', { key: STORAGE_KEY })] };
  return parseScenarios(text ?? readStored(LEGACY_STORAGE_KEY) ?? null);
}

/** Write the list; returns a problem when the browser refuses (blocked, private mode, quota). */
export function storeScenarios(list: readonly Scenario[]): Problem | null {
  return writeStored(STORAGE_KEY, serialiseScenarios(list)) ? null : problem('warning', 'scenario.storage-write', { key: STORAGE_KEY });
}
