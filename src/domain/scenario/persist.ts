/**
 * Scenarios to and from text for storage (localStorage) under a versioned key. Stored text is input
 * like any other: every entry is checked, bad ones are dropped with an issue, nothing is trusted.
 */
import type { Parsed } from '../types';
import { problem, type Problem } from '../problem';
import { levelOfCode } from '../codes';
import { isMoveKind, type Move, type Scenario } from './types';

export const STORAGE_KEY = 'wijkbalans.scenarios.v1';
export const STORAGE_VERSION = 1;
const MAX_NAME = 120;
const MAX_N = 1_000_000;

export function serialiseScenarios(list: readonly Scenario[]): string {
  return JSON.stringify({ version: STORAGE_VERSION, scenarios: list });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isAreaCode = (v: unknown): v is string => typeof v === 'string' && (levelOfCode(v) === 'wijk' || levelOfCode(v) === 'buurt');

function parseMove(v: unknown): Move | null {
  if (!isObject(v) || !isAreaCode(v.area) || !isMoveKind(v.kind)) return null;
  const n = v.n;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > MAX_N) return null;
  return { area: v.area, kind: v.kind, n };
}

/** One stored scenario, or null when its id, name or any move is malformed. */
export function parseScenario(v: unknown): Scenario | null {
  if (!isObject(v) || typeof v.id !== 'string' || !v.id || typeof v.name !== 'string' || !Array.isArray(v.moves)) return null;
  const moves = v.moves.map(parseMove);
  if (moves.some((m) => m === null)) return null;
  let pair: Scenario['pair'] = null;
  if (isObject(v.pair) && isAreaCode(v.pair.vulnerable) && isAreaCode(v.pair.strong))
    pair = { vulnerable: v.pair.vulnerable, strong: v.pair.strong };
  return {
    id: v.id,
    name: v.name.slice(0, MAX_NAME),
    moves: moves as Move[],
    pair,
    savedAt: typeof v.savedAt === 'string' ? v.savedAt : '',
  };
}

/** Parse stored text. Null or empty text is an empty list without issues; another version is reported, not guessed at. */
export function parseScenarios(text: string | null): Parsed<Scenario[]> {
  if (!text) return { value: [], issues: [] };
  const issues: Problem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { value: [], issues: [problem('warning', 'scenario.storage-invalid', { key: STORAGE_KEY })] };
  }
  if (!isObject(data) || data.version !== STORAGE_VERSION || !Array.isArray(data.scenarios)) {
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
