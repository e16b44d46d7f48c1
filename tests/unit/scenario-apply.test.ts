/**
 * The policy scenario engine on stock rows: new rows, base untouched, issues in words; capacities; the city-wide
 * share as information (no tolerance any more: mixing is judged in corporation dwellings, policy-scenario.test.ts).
 */
import { problemMessage } from '../../src/i18n/problem-text';
import { describe, expect, it } from 'vitest';
import { applyPolicyScenario, indexRows } from '../../src/domain/scenario/policy-apply';
import { applyPolicyMove, policyMoveCapacity } from '../../src/domain/scenario/policy-moves';
import { groupTotals } from '../../src/domain/scenario/totals';
import { rowWithTenure, shareOf, tenureOf } from '../../src/domain/scenario/tenure';
import type { PolicyTenure } from '../../src/domain/scenario/policy-types';
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

describe('applyPolicyScenario', () => {
  it('an area of 1,000 dwellings at 78 % that sells 100 to its occupants is at 68,0 %, koop 27 %', () => {
    const r = applyPolicyScenario(index, [{ area: A.code, kind: 'sell-to-occupant', n: 100 }]);
    expect(r.rows.get(A.code)?.corporationPct).toBe(68);
    expect(r.rows.get(A.code)?.ownerPct).toBe(27);
    expect(r.rows.get(A.code)?.dwellings).toBe(1000);
  });
  it('leaves the base row unchanged and adds no row for untouched areas', () => {
    const r = applyPolicyScenario(index, [{ area: A.code, kind: 'sell-to-occupant', n: 100 }]);
    expect(A.corporationPct).toBe(78);
    expect(r.rows.has(B.code)).toBe(false);
  });
  it('ignores moves of 0', () => expect(applyPolicyScenario(index, [{ area: A.code, kind: 'sell-to-occupant', n: 0 }]).rows.size).toBe(0));
  it('applies several moves of one area in order: sell 100 then demolish 80 → 600 / 920', () => {
    const r = applyPolicyScenario(index, [
      { area: A.code, kind: 'sell-to-occupant', n: 100 },
      { area: A.code, kind: 'demolish', n: 80 },
    ]);
    const o = r.outcomes[0];
    expect(o?.after).toEqual({ total: 920, corporation: 600, corporationMid: 0, otherRent: 50, owner: 270 });
    expect(o?.applied).toEqual({ 'sell-to-occupant': 100, demolish: 80 });
  });
  it('reports an area without figures and skips its move', () => {
    const r = applyPolicyScenario(indexRows([row('WK091723', 42, null, 71, 29)]), [{ area: 'WK091723', kind: 'sell-to-occupant', n: 1 }]);
    expect(r.rows.size).toBe(0);
    expect(r.issues.map((i) => i.code)).toEqual(['scenario.no-data']);
  });
  it('reports a move larger than the area allows in words and applies the most it can', () => {
    const r = applyPolicyScenario(index, [{ area: B.code, kind: 'sell-to-occupant', n: 100 }]);
    expect(r.issues.map((i) => i.code)).toEqual(['scenario.limited']);
    const first = r.issues[0];
    expect(first && problemMessage(first, 'nl')).toBe(
      'Verkoop aan bewoners van 100 woningen in WK091736: er zijn er maar 60 voor beschikbaar.',
    );
    expect(first && problemMessage(first, 'en')).toBe('Sale to occupants of 100 dwellings in WK091736: only 60 are available.');
    expect(r.rows.get(B.code)?.corporationPct).toBe(0);
  });
  it('notes the scenario in the source text of a new row', () => {
    expect(applyPolicyScenario(index, [{ area: A.code, kind: 'build-owner', n: 1 }], 'scenario').rows.get(A.code)?.source).toBe(
      'CBS; scenario',
    );
  });
});

describe('one move on 1,000 dwellings at 78 % (780 corporation, 170 koop, 50 overige huur)', () => {
  const base: PolicyTenure = Object.freeze({ total: 1000, corporation: 780, corporationMid: 0, otherRent: 50, owner: 170 });
  it('demolish 100 without rebuild: 680 / 900 = 75,56 %', () =>
    expect(shareOf(applyPolicyMove(base, { kind: 'demolish', n: 100 }).tenure.corporation, 900)).toBeCloseTo(75.5556, 4));
  it('inponden is limited to the private dwellings present (220)', () =>
    expect(applyPolicyMove(base, { kind: 'buy', n: 500 }).applied).toBe(220));
  it('a sale is limited to the corporation dwellings present', () => {
    const { tenure, applied } = applyPolicyMove(base, { kind: 'sell-to-landlord', n: 900 });
    expect([applied, tenure.corporation, tenure.otherRent]).toEqual([780, 0, 830]);
  });
  it('capacities: sales and demolition the corporation dwellings, inponden koop + overige huur, new build unlimited', () => {
    expect(policyMoveCapacity(base, 'sell-to-occupant')).toBe(780);
    expect(policyMoveCapacity(base, 'demolish-rebuild')).toBe(780);
    expect(policyMoveCapacity(base, 'buy')).toBe(220);
    expect(policyMoveCapacity(base, 'build-private-rent')).toBe(Infinity);
  });
  it('does not mutate its input (frozen)', () => {
    applyPolicyMove(base, { kind: 'demolish-rebuild', n: 10, rebuild: { ratio: 2, tenure: 'owner' } });
    expect(base).toEqual({ total: 1000, corporation: 780, corporationMid: 0, otherRent: 50, owner: 170 });
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

describe('groupTotals (city-wide share, information only)', () => {
  it('is 36 % before; selling 100 in A makes it 33,5 %', () => {
    const r = applyPolicyScenario(index, [{ area: A.code, kind: 'sell-to-occupant', n: 100 }]);
    const g = groupTotals(rows, r.rows);
    expect([g.before, g.after, g.change]).toEqual([36, 33.5, -2.5]);
  });
  it('building 500 koop in B lowers the share to 32 % without losing a corporation dwelling', () => {
    const g = groupTotals(rows, applyPolicyScenario(index, [{ area: B.code, kind: 'build-owner', n: 500 }]).rows);
    expect(g.after).toBe(32);
    expect(g.corporationAfter).toBeCloseTo(g.corporationBefore, 9);
  });
  it('selling 100 in A and building 157 in B: 1,497 / 4,157 = 36,01 %', () => {
    const r = applyPolicyScenario(index, [
      { area: A.code, kind: 'sell-to-occupant', n: 100 },
      { area: B.code, kind: 'build-corporation', n: 157 },
    ]);
    const g = groupTotals(rows, r.rows);
    expect(g.dwellingsAfter).toBe(4157);
    expect(g.corporationAfter).toBeCloseTo(1497, 9);
    expect(g.after).toBeCloseTo(36.0115, 4);
  });
  it('is null without figures', () => expect(groupTotals([row('WK091723', null, null, null, null)], new Map()).before).toBeNull());
});
