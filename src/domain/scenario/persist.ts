/**
 * Scenarios to and from text for storage (localStorage) under a versioned key. Stored text is input
 * like any other: every entry is checked, bad ones are dropped with an issue, nothing is trusted.
 * Version 2 stores policy moves (policy-types.ts); version 1 (the old move kinds) is still read, through
 * `readAnyMove` (legacy.ts), so scenarios saved before issue 11 open with their moves upgraded.
 */
import type { Parsed } from '../types';
import { problem, type Problem } from '../problem';
import { levelOfCode } from '../codes';
import { readAnyMove } from './legacy';
import type { PolicyMove } from './policy-types';
import type { Scenario } from './types';

export const STORAGE_KEY = 'wijkbalans.scenarios.v2';
/** Where version 1 kept its scenarios: read once when nothing is stored under STORAGE_KEY yet. */
export const LEGACY_STORAGE_KEY = 'wijkbalans.scenarios.v1';
export const STORAGE_VERSION = 2;
const READABLE_VERSIONS = new Set([1, 2]);
const MAX_NAME = 120;

/** A move as stored: the `legacy` marker is for this session's interface only and is not kept. */
const storedMove = ({ area, kind, n, rebuild }: PolicyMove): PolicyMove => (rebuild ? { area, kind, n, rebuild } : { area, kind, n });

export function serialiseScenarios(list: readonly Scenario[]): string {
  return JSON.stringify({ version: STORAGE_VERSION, scenarios: list.map((s) => ({ ...s, moves: s.moves.map(storedMove) })) });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isAreaCode = (v: unknown): v is string => typeof v === 'string' && (levelOfCode(v) === 'wijk' || levelOfCode(v) === 'buurt');

/** One stored scenario of either version, or null when its id, name or any move is malformed. */
export function parseScenario(v: unknown): Scenario | null {
  if (!isObject(v) || typeof v.id !== 'string' || !v.id || typeof v.name !== 'string' || !Array.isArray(v.moves)) return null;
  const moves: PolicyMove[] = [];
  for (const raw of v.moves) {
    const m = readAnyMove(raw);
    if (!m) return null;
    moves.push(m.value);
  }
  let pair: Scenario['pair'] = null;
  if (isObject(v.pair) && isAreaCode(v.pair.vulnerable) && isAreaCode(v.pair.strong))
    pair = { vulnerable: v.pair.vulnerable, strong: v.pair.strong };
  return {
    id: v.id,
    name: v.name.slice(0, MAX_NAME),
    moves,
    pair,
    savedAt: typeof v.savedAt === 'string' ? v.savedAt : '',
  };
}

/**
 * Parse stored text of version 1 or 2. Null or empty text is an empty list without issues; another version is
 * reported, not guessed at.
 */
export function parseScenarios(text: string | null): Parsed<Scenario[]> {
  if (!text) return { value: [], issues: [] };
  const issues: Problem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { value: [], issues: [problem('warning', 'scenario.storage-invalid', { key: STORAGE_KEY })] };
  }
  if (!isObject(data) || typeof data.version !== 'number' || !READABLE_VERSIONS.has(data.version) || !Array.isArray(data.scenarios)) {
    return { value: [], issues: [problem('warning', 'scenario.storage-version', { key: STORAGE_KEY })] };
  }
  const value: Scenario[] = [];
  const seen = new Set<string>();
  data.scenarios.forEach((raw, i) => {
    const s = parseScenario(raw);
    if (!s || seen.has(s.id)) {
      issues.push(problem('warning', 'scenario.storage-entry', { key: STORAGE_KEY, index: i + 1 }));
      return;
    }
    seen.add(s.id);
    value.push(s);
  });
  return { value, issues };
}
