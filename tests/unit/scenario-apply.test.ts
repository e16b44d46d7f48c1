/** Scenarios on stock rows: new rows, base untouched, issues; group totals and the ±0,5-point mixing test. */
import { problemMessage } from '../../src/i18n/problem-text';
import { describe, expect, it } from 'vitest';
import { applyScenario, indexRows } from '../../src/domain/scenario/apply';
import { compensation, groupTotals } from '../../src/domain/scenario/totals';
import { rowWithTenure, tenureOf } from '../../src/domain/scenario/tenure';
import type { StockRow } from '../../src/domain/types';

const row = (code: string, dwellings: number | null, corp: number | null, owner: number | null, other: number | null): StockRow =>
  Object.freeze({
    code,
    name: code,
    level: 'wijk',
    gemeenteCode: 'GM0917',
    gemeenteName: 'Heerlen',
    dwellings,
    dwellingsYear: 2024,
    ownerPct: owner,
    rentPct: corp === null || other === null ? null : corp + other,
    corporationPct: corp,
    otherLandlordPct: other,
    wozK: 200,
    inhabitants: null,
    households: null,
    year: 2024,
    source: 'CBS',
    row: 1,
  });
// A city of 4,000 dwellings: (780 + 60 + 600) / 4000 = 36 %.
const A = row('WK091740', 1000, 78, 17, 5);
const B = row('WK091736', 1000, 6, 72, 22);
const C = row('WK091710', 2000, 30, 60, 10);
const rows = [A, B, C];
const index = indexRows(rows);

describe('applyScenario', () => {
  it('an area of 1,000 dwellings at 78 % that sells 100 is at 68,0 %', () => {
    const r = applyScenario(index, [{ area: A.code, kind: 'sell', n: 100 }]);
    expect(r.rows.get(A.code)?.corporationPct).toBe(68);
    expect(r.rows.get(A.code)?.ownerPct).toBe(27);
    expect(r.rows.get(A.code)?.dwellings).toBe(1000);
  });
  it('leaves the base row unchanged and adds no row for untouched areas', () => {
    const r = applyScenario(index, [{ area: A.code, kind: 'sell', n: 100 }]);
    expect(A.corporationPct).toBe(78);
    expect(r.rows.has(B.code)).toBe(false);
  });
  it('ignores moves of 0', () => expect(applyScenario(index, [{ area: A.code, kind: 'sell', n: 0 }]).rows.size).toBe(0));
  it('applies several moves of one area in order: sell 100 then demolish 80 → 600 / 920', () => {
    const r = applyScenario(index, [
      { area: A.code, kind: 'sell', n: 100 },
      { area: A.code, kind: 'demolish', n: 80 },
    ]);
    const o = r.outcomes[0];
    expect(o?.after).toEqual({ total: 920, corporation: 600, otherRent: 50, owner: 270 });
    expect(o?.applied).toEqual({ sell: 100, demolish: 80 });
  });
  it('reports an area without figures and skips its move', () => {
    const r = applyScenario(indexRows([row('WK091723', 42, null, 71, 29)]), [{ area: 'WK091723', kind: 'sell', n: 1 }]);
    expect(r.rows.size).toBe(0);
    expect(r.issues.map((i) => i.code)).toEqual(['scenario.no-data']);
  });
  it('reports a move larger than the area allows and applies the most it can', () => {
    const r = applyScenario(index, [{ area: B.code, kind: 'sell', n: 100 }]);
    expect(r.issues.map((i) => i.code)).toEqual(['scenario.limited']);
    const first = r.issues[0];
    expect(first && problemMessage(first, 'nl')).toBe('Verkoop van 100 woningen in WK091736: er zijn er maar 60 voor beschikbaar.');
    expect(first && problemMessage(first, 'en')).toBe('Sale of 100 dwellings in WK091736: only 60 are available.');
    expect(r.rows.get(B.code)?.corporationPct).toBe(0);
  });
  it('notes the scenario in the source text of a new row', () => {
    expect(applyScenario(index, [{ area: A.code, kind: 'build', n: 1 }], 'scenario').rows.get(A.code)?.source).toBe('CBS; scenario');
  });
});

describe('tenure', () => {
  it('reads counts from percentages without rounding: 2,301 at 78 % → 1,794.78', () => {
    expect(tenureOf(row('WK091740', 2301, 78, 17, 5))?.corporation).toBeCloseTo(1794.78, 10);
  });
  it('keeps a missing percentage missing when the scenario puts nothing there', () => {
    const base = row('WK096500', 1000, 30, 60, null);
    const t = tenureOf(base);
    expect(t && rowWithTenure(base, { ...t, corporation: 200, owner: 700 }, '').otherLandlordPct).toBeNull();
  });
});

describe('groupTotals (city-wide share)', () => {
  it('is 36 % before; selling 100 in A alone makes it 33,5 %, which breaks "mengen zonder te verdringen"', () => {
    const r = applyScenario(index, [{ area: A.code, kind: 'sell', n: 100 }]);
    const g = groupTotals(rows, r.rows);
    expect(g.before).toBe(36);
    expect(g.after).toBe(33.5);
    expect(g.change).toBe(-2.5);
    expect(g.holds).toBe(false);
  });
  it('selling 100 in A and buying 100 in B keeps 36 % exactly', () => {
    const r = applyScenario(index, [
      { area: A.code, kind: 'sell', n: 100 },
      { area: B.code, kind: 'buy', n: 100 },
    ]);
    const g = groupTotals(rows, r.rows);
    expect(g.after).toBe(36);
    expect(g.holds).toBe(true);
  });
  it('selling 100 in A and building 157 in B: 1,497 / 4,157 = 36,01 %, within ±0,5', () => {
    const r = applyScenario(index, [
      { area: A.code, kind: 'sell', n: 100 },
      { area: B.code, kind: 'build', n: 157 },
    ]);
    const g = groupTotals(rows, r.rows);
    expect(g.dwellingsAfter).toBe(4157);
    expect(g.corporationAfter).toBeCloseTo(1497, 9);
    expect(g.after).toBeCloseTo(36.0115, 4);
    expect(g.holds).toBe(true);
  });
  it('a change of exactly 0,5 point holds (the edge counts)', () => {
    const half = [row('WK091711', 1000, 50, 40, 10)];
    expect(groupTotals(half, applyScenario(indexRows(half), [{ area: 'WK091711', kind: 'sell', n: 5 }]).rows).holds).toBe(true);
  });
  it('a change of 0,6 point does not hold', () => {
    const half = [row('WK091711', 1000, 50, 40, 10)];
    expect(groupTotals(half, applyScenario(indexRows(half), [{ area: 'WK091711', kind: 'sell', n: 6 }]).rows).holds).toBe(false);
  });
  it('is null without figures', () => expect(groupTotals([row('WK091723', null, null, null, null)], new Map()).holds).toBeNull());
});

describe('compensation', () => {
  it('making up for 100 sold at 36 % takes 157 built (100 / 0,64 = 156,25, rounded up)', () => {
    expect(compensation('build', 1340, 4000, 36)).toBe(157);
  });
  it('or 100 bought', () => expect(compensation('buy', 1340, 4000, 36)).toBe(100));
  it('is 0 when the share is already at the target', () => expect(compensation('build', 1440, 4000, 36)).toBe(0));
});
