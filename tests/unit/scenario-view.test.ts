/** The view dataset of a scenario, the draft's move list, and the arcs the map draws. */
import { describe, expect, it } from 'vitest';
import { withScenarioRows } from '../../src/domain/scenario/derive';
import { withMove, withPolicyMove, withRebuild } from '../../src/domain/scenario/groups';
import { arcData } from '../../src/map/deck-layers';
import type { Dataset } from '../../src/domain/dataset';
import type { Area, StockRow } from '../../src/domain/types';
import type { ArcPair } from '../../src/map/deck-layers';

const stock = (code: string, pct: number) => ({ code, dwellings: 1000, corporationPct: pct }) as StockRow;
const area = (code: string, pct: number): Area => ({
  code,
  name: code,
  level: 'wijk',
  gemeenteCode: 'GM0917',
  geometry: null,
  labelPoint: [0, 0],
  stock: stock(code, pct),
  liveability: {},
});
const dataset = Object.freeze({
  gemeenten: [],
  wijkBorders: [],
  stock: [],
  gemeenteRows: new Map([['GM0917', stock('GM0917', 36)]]),
  issues: [],
  levels: { wijk: { areas: [area('WK091740', 78), area('WK091736', 6)], report: {} }, buurt: { areas: [], report: {} } },
}) as unknown as Dataset;

describe('withScenarioRows', () => {
  it('returns the base dataset itself when nothing changes', () => expect(withScenarioRows(dataset, new Map())).toBe(dataset));
  it('gives the touched area its new row', () => {
    const v = withScenarioRows(dataset, new Map([['WK091740', stock('WK091740', 68)]]));
    expect(v.levels.wijk.areas.map((a) => a.stock?.corporationPct)).toEqual([68, 6]);
  });
  it('keeps untouched areas, the buurt level and the gemeente rows (the band) as they were', () => {
    const v = withScenarioRows(dataset, new Map([['WK091740', stock('WK091740', 68)]]));
    expect(v.levels.wijk.areas[1]).toBe(dataset.levels.wijk.areas[1]);
    expect(v.levels.buurt).toBe(dataset.levels.buurt);
    expect(v.gemeenteRows).toBe(dataset.gemeenteRows);
  });
  it('never changes the base areas', () => {
    withScenarioRows(dataset, new Map([['WK091740', stock('WK091740', 68)]]));
    expect(dataset.levels.wijk.areas[0]?.stock?.corporationPct).toBe(78);
  });
});

describe('withMove', () => {
  it('replaces the move of the same area and kind', () => {
    expect(withMove([{ area: 'WK091740', kind: 'sell-to-occupant', n: 5 }], 'WK091740', 'sell-to-occupant', 9)).toEqual([
      { area: 'WK091740', kind: 'sell-to-occupant', n: 9 },
    ]);
  });
  it('orders by area (first added first) and then by the policy kinds: sales, liberalisation, demolition, new build, inponden', () => {
    let moves = withMove([{ area: 'WK091740', kind: 'buy', n: 1 }], 'WK091736', 'build-owner', 2);
    moves = withMove(moves, 'WK091740', 'sell-to-landlord', 3);
    moves = withMove(moves, 'WK091740', 'liberalise-to-mid', 3);
    moves = withMove(moves, 'WK091736', 'sell-to-occupant', 4);
    expect(moves.map((m) => `${m.area}:${m.kind}`)).toEqual([
      'WK091740:sell-to-landlord',
      'WK091740:liberalise-to-mid',
      'WK091740:buy',
      'WK091736:sell-to-occupant',
      'WK091736:build-owner',
    ]);
  });
  it('rounds to whole dwellings and never below 0', () => {
    expect(withMove([], 'WK091740', 'sell-to-occupant', 2.6)[0]?.n).toBe(3);
    expect(withMove([], 'WK091740', 'sell-to-occupant', -4)[0]?.n).toBe(0);
  });
  it('keeps the rebuild of a demolition when its count changes, and drops a legacy marker once the planner changes it', () => {
    const rebuild = { ratio: 1.5, tenure: 'private-rent' as const };
    expect(withMove([{ area: 'WK091740', kind: 'demolish-rebuild', n: 5, rebuild }], 'WK091740', 'demolish-rebuild', 9)).toEqual([
      { area: 'WK091740', kind: 'demolish-rebuild', n: 9, rebuild },
    ]);
    const legacy = [{ area: 'WK091740', kind: 'liberalise-to-mid' as const, n: 300, legacy: 'liberalise' as const }];
    expect(withMove(legacy, 'WK091740', 'liberalise-to-mid', 300)).toEqual(legacy);
    expect(withMove(legacy, 'WK091740', 'liberalise-to-mid', 250)).toEqual([{ area: 'WK091740', kind: 'liberalise-to-mid', n: 250 }]);
  });
  it('sets the rebuild of an area, adding the demolition with 0 when it is not there', () => {
    expect(withRebuild([], 'WK091740', { ratio: 2, tenure: 'corporation' })).toEqual([
      { area: 'WK091740', kind: 'demolish-rebuild', n: 0, rebuild: { ratio: 2, tenure: 'corporation' } },
    ]);
  });
  it('puts whole moves in as they are (a link)', () => {
    const m = { area: 'WK091740', kind: 'liberalise-to-mid' as const, n: 300, legacy: 'liberalise' as const };
    expect(withPolicyMove([{ area: 'WK091740', kind: 'liberalise-to-mid', n: 1 }], m)).toEqual([m]);
  });
});

describe('arcData', () => {
  const pair = (v: string, s: string) =>
    ({ id: `${v}|${s}`, vulnerable: { point: [0, 0] }, strong: { point: [1, 1] } }) as unknown as ArcPair;
  const pairs = ['1', '2', '3', '4', '5', '6', '7'].map((n) => pair(`V${n}`, `S${n}`));
  it('draws the top 5 pairs thin and the chosen pair thick, last', () => {
    const arcs = arcData(pairs, { id: 'V9|S9', source: [2, 2], target: [3, 3] });
    expect(arcs.map((a) => [a.id, a.width])).toEqual([
      ['V1|S1', 3],
      ['V2|S2', 3],
      ['V3|S3', 3],
      ['V4|S4', 3],
      ['V5|S5', 3],
      ['V9|S9', 6],
    ]);
  });
  it('does not draw a chosen top pair twice', () => {
    expect(arcData(pairs, { id: 'V2|S2', source: [0, 0], target: [1, 1] }).filter((a) => a.id === 'V2|S2')).toHaveLength(1);
  });
  it('runs from the vulnerable area to the strong one, the chosen pair in the selection magenta', () => {
    const [a] = arcData([], { id: 'V|S', source: [1, 2], target: [3, 4] });
    expect([a?.source, a?.target, a?.color]).toEqual([
      [1, 2],
      [3, 4],
      [214, 0, 111, 255],
    ]);
  });
});
