/** Stored scenarios: round trip, and every kind of bad stored text reported, never trusted. */
import { describe, expect, it } from 'vitest';
import { parseScenarios, serialiseScenarios, STORAGE_KEY } from '../../src/domain/scenario/persist';
import type { Scenario } from '../../src/domain/scenario/types';

const s: Scenario = {
  id: 'sabc123',
  name: 'Heerlerbaan ↔ Welten',
  savedAt: '2026-01-01T00:00:00.000Z',
  pair: { vulnerable: 'WK091740', strong: 'WK091736' },
  moves: [
    { area: 'WK091740', kind: 'sell', n: 230 },
    { area: 'WK091736', kind: 'build', n: 150 },
  ],
};

describe('scenario storage', () => {
  it('uses a versioned key', () => expect(STORAGE_KEY).toBe('wijkbalans.scenarios.v1'));
  it('round-trips a scenario', () => expect(parseScenarios(serialiseScenarios([s]))).toEqual({ value: [s], issues: [] }));
  it('reads nothing stored as an empty list without issues', () => expect(parseScenarios(null)).toEqual({ value: [], issues: [] }));
  it('reports text that is not JSON', () =>
    expect(parseScenarios('{oops').issues.map((i) => i.code)).toEqual(['scenario.storage-invalid']));
  it('reports another version and does not guess', () => {
    const r = parseScenarios(JSON.stringify({ version: 2, scenarios: [s] }));
    expect(r.value).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(['scenario.storage-version']);
  });
  it('drops an entry with a bad move kind and keeps the rest', () => {
    const bad = { ...s, id: 'sbad', moves: [{ area: 'WK091740', kind: 'steal', n: 1 }] };
    const r = parseScenarios(JSON.stringify({ version: 1, scenarios: [bad, s] }));
    expect(r.value.map((x) => x.id)).toEqual(['sabc123']);
    expect(r.issues.map((i) => [i.code, i.context.index])).toEqual([['scenario.storage-entry', 1]]);
  });
  it('drops a move with a negative count', () => {
    const r = parseScenarios(JSON.stringify({ version: 1, scenarios: [{ ...s, moves: [{ area: 'WK091740', kind: 'sell', n: -3 }] }] }));
    expect(r.value).toEqual([]);
  });
  it('drops a move on something that is not a wijk or buurt code', () => {
    const r = parseScenarios(JSON.stringify({ version: 1, scenarios: [{ ...s, moves: [{ area: 'GM0917', kind: 'sell', n: 3 }] }] }));
    expect(r.value).toEqual([]);
  });
  it('drops a second scenario with the same id', () => {
    expect(parseScenarios(JSON.stringify({ version: 1, scenarios: [s, s] })).value).toHaveLength(1);
  });
});
