/** Pair finder and scenarios on the real geodata: known pairs, exact scenario shares, totals from wijk figures. */
import { describe, expect, it } from 'vitest';
import { readRawGeodata } from '../../scripts/lib/read-geodata';
import { buildDataset } from '../../src/domain/dataset';
import { bandsOf, commonBand, scenarioOutcome } from '../../src/state/view-model';
import { compensationIn, totalsOf } from '../../src/state/selectors';
import { areasOf } from '../../src/domain/band-setting';
import { withScenarioRows } from '../../src/domain/scenario/derive';
import { scopeGemeenten } from '../../src/config/policy';
import { DEFAULT_CRITERIA, findCandidates } from '../../src/domain/pairs/candidates';
import { DEFAULT_WEIGHTS, rankPairs } from '../../src/domain/pairs/rank';
import type { Move } from '../../src/domain/scenario/types';

const dataset = buildDataset(readRawGeodata());
const finder = (scope: string, different = false) => {
  const bands = bandsOf(dataset, scope, { kind: 'default' });
  const b = commonBand(bands) ?? bands.get('GM0917');
  if (!b) throw new Error('no band');
  const set = findCandidates(areasOf(dataset, scopeGemeenten(scope), 'wijk'), b, DEFAULT_CRITERIA);
  return { set, pairs: rankPairs(set, DEFAULT_WEIGHTS, { differentGemeente: different }) };
};

describe('stadshuwelijk in Heerlen (wijken, band 21–51)', () => {
  const { set, pairs } = finder('GM0917');
  it('has 4 vulnerable wijken: Hoensbroek-De Dem, Heerlerheide-Passart, Meezenbroek-Schaesbergerveld, Heerlerbaan-Centrum', () => {
    expect(set.vulnerable.map((c) => c.code)).toEqual(['WK091712', 'WK091721', 'WK091732', 'WK091740']);
  });
  it('has 8 strong wijken and 32 pairs', () => {
    expect(set.strong).toHaveLength(8);
    expect(pairs).toHaveLength(32);
  });
  it('leaves out the three wijken under 100 dwellings (De Hei, Woonboulevard-Ten Esschen, De Beitel)', () => {
    expect(set.excluded).toEqual([
      { code: 'WK091723', reason: 'small' },
      { code: 'WK091735', reason: 'small' },
      { code: 'WK091742', reason: 'small' },
    ]);
  });
  it('ranks Heerlerbaan-Centrum → Welten-Benzenrade first', () => expect(pairs[0]?.id).toBe('WK091740|WK091736'));
});

describe('Parkstadshuwelijk', () => {
  it('with "different gemeenten" every pair crosses a gemeente border', () => {
    const { pairs } = finder('parkstad', true);
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.every((p) => p.vulnerable.gemeenteCode !== p.strong.gemeenteCode)).toBe(true);
  });
});

describe('a scenario on the real figures', () => {
  const moves: Move[] = [
    { area: 'WK091740', kind: 'sell', n: 230 },
    { area: 'WK091736', kind: 'build', n: 0 },
  ];
  const result = scenarioOutcome(dataset, moves);
  const totals = totalsOf(dataset, moves, result.rows);
  it('Heerlerbaan-Centrum, 2,301 at 78 %, selling 230 → (1,794.78 − 230) / 2,301 = 68,0 %', () => {
    expect(result.rows.get('WK091740')?.corporationPct).toBeCloseTo(68.0043, 4);
  });
  it('Heerlen from its wijken is 36,43 % (17,011.65 of 46,697), not the CBS gemeente row of 36', () => {
    const heerlen = totals.find((g) => g.code === 'GM0917');
    expect(heerlen?.totals.before).toBeCloseTo(36.4299, 4);
    expect(heerlen?.totals.dwellingsBefore).toBe(46697);
    expect(heerlen?.cbsPct).toBe(36);
  });
  it('selling 230 moves Heerlen by −0,49 point: still within ±0,5', () => {
    const heerlen = totals.find((g) => g.code === 'GM0917')?.totals;
    expect(heerlen?.change).toBeCloseTo(-0.4925, 4);
    expect(heerlen?.holds).toBe(true);
  });
  it('compensation in Welten-Benzenrade: 230 bought, or 362 built (230 / 0,6357)', () => {
    expect(compensationIn(dataset, moves, 'WK091736', 'buy')).toEqual({ group: 'GM0917', n: 230 });
    expect(compensationIn(dataset, moves, 'WK091736', 'build')).toEqual({ group: 'GM0917', n: 362 });
  });
  it('a scenario across gemeenten is compensated for Parkstad as a whole', () => {
    const cross: Move[] = [
      { area: 'WK091740', kind: 'sell', n: 230 },
      { area: 'WK098604', kind: 'build', n: 0 },
    ];
    expect(compensationIn(dataset, cross, 'WK098604', 'buy')).toEqual({ group: 'parkstad', n: 230 });
  });
  it('never changes the base data', () => {
    const view = withScenarioRows(dataset, result.rows);
    expect(view.levels.wijk.areas.find((a) => a.code === 'WK091740')?.stock?.corporationPct).toBeCloseTo(68.0043, 4);
    expect(dataset.levels.wijk.areas.find((a) => a.code === 'WK091740')?.stock?.corporationPct).toBe(78);
  });
});
