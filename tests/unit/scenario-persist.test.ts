/** Stored scenarios: round trip of version 2, version 1 read anew, and every kind of bad stored text reported. */
import { describe, expect, it } from 'vitest';
import { LEGACY_STORAGE_KEY, parseScenarios, serialiseScenarios, STORAGE_KEY } from '../../src/domain/scenario/persist';
import type { Scenario } from '../../src/domain/scenario/types';

const s: Scenario = {
  id: 'sabc123',
  name: 'Heerlerbaan ↔ Welten',
  savedAt: '2026-01-01T00:00:00.000Z',
  pair: { vulnerable: 'WK091740', strong: 'WK091736' },
  moves: [
    { area: 'WK091740', kind: 'sell-to-landlord', n: 230 },
    { area: 'WK091740', kind: 'demolish-rebuild', n: 50, rebuild: { ratio: 1.5, tenure: 'private-rent' } },
    { area: 'WK091736', kind: 'build-corporation', n: 150 },
  ],
};
/** A list as the first version stored it. */
const v1 = {
  version: 1,
  scenarios: [
    {
      ...s,
      moves: [
        { area: 'WK091740', kind: 'sell', n: 230 },
        { area: 'WK091740', kind: 'liberalise', n: 300 },
        { area: 'WK091740', kind: 'demolish-replace', n: 40 },
        { area: 'WK091736', kind: 'build', n: 150 },
      ],
    },
  ],
};

describe('scenario storage', () => {
  it('uses a new versioned key and remembers the old one', () =>
    expect([STORAGE_KEY, LEGACY_STORAGE_KEY]).toEqual(['wijkbalans.scenarios.v2', 'wijkbalans.scenarios.v1']));
  it('round-trips a scenario of policy moves, rebuild included', () =>
    expect(parseScenarios(serialiseScenarios([s]))).toEqual({ value: [s], issues: [] }));
  it('writes version 2 and leaves the session-only legacy marker out', () => {
    const marked: Scenario = { ...s, moves: [{ area: 'WK091740', kind: 'liberalise-to-mid', n: 300, legacy: 'liberalise' }] };
    expect(JSON.parse(serialiseScenarios([marked]))).toEqual({
      version: 2,
      scenarios: [{ ...s, moves: [{ area: 'WK091740', kind: 'liberalise-to-mid', n: 300 }] }],
    });
  });
  it('reads a version-1 list with its moves upgraded: liberalise keeps ownership and is marked', () =>
    expect(parseScenarios(JSON.stringify(v1)).value[0]?.moves).toEqual([
      { area: 'WK091740', kind: 'sell-to-occupant', n: 230 },
      { area: 'WK091740', kind: 'liberalise-to-mid', n: 300, legacy: 'liberalise' },
      { area: 'WK091740', kind: 'demolish-rebuild', n: 40, rebuild: { ratio: 1, tenure: 'owner' } },
      { area: 'WK091736', kind: 'build-corporation', n: 150 },
    ]));
  it('reads nothing stored as an empty list without issues', () => expect(parseScenarios(null)).toEqual({ value: [], issues: [] }));
  it('reports text that is not JSON', () =>
    expect(parseScenarios('{oops').issues.map((i) => i.code)).toEqual(['scenario.storage-invalid']));
  it('reports another version and does not guess', () => {
    const r = parseScenarios(JSON.stringify({ version: 3, scenarios: [s] }));
    expect(r.value).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(['scenario.storage-version']);
  });
  it('drops an entry with a bad move kind and keeps the rest', () => {
    const bad = { ...s, id: 'sbad', moves: [{ area: 'WK091740', kind: 'steal', n: 1 }] };
    const r = parseScenarios(JSON.stringify({ version: 2, scenarios: [bad, s] }));
    expect(r.value.map((x) => x.id)).toEqual(['sabc123']);
    expect(r.issues.map((i) => [i.code, i.context.index])).toEqual([['scenario.storage-entry', 1]]);
  });
  it('drops a move with a negative count', () => {
    const r = parseScenarios(JSON.stringify({ version: 2, scenarios: [{ ...s, moves: [{ area: 'WK091740', kind: 'buy', n: -3 }] }] }));
    expect(r.value).toEqual([]);
  });
  it('drops a rebuild with an unknown tenure', () => {
    const moves = [{ area: 'WK091740', kind: 'demolish-rebuild', n: 3, rebuild: { ratio: 1, tenure: 'castle' } }];
    expect(parseScenarios(JSON.stringify({ version: 2, scenarios: [{ ...s, moves }] })).value).toEqual([]);
  });
  it('drops a move on something that is not a wijk or buurt code', () => {
    const r = parseScenarios(JSON.stringify({ version: 2, scenarios: [{ ...s, moves: [{ area: 'GM0917', kind: 'buy', n: 3 }] }] }));
    expect(r.value).toEqual([]);
  });
  it('drops a second scenario with the same id', () => {
    expect(parseScenarios(JSON.stringify({ version: 2, scenarios: [s, s] })).value).toHaveLength(1);
  });
});
