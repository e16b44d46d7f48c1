/** Issue 11: policy moves on 1,000 dwellings at 78 % corporation, 17 % koop, 5 % overige huur; old kinds; mixing; programmes. */
import { describe, expect, it } from 'vitest';
import { applyPolicyMove, policyMoveCapacity } from '../../src/domain/scenario/policy-moves';
import { applyPolicyScenario } from '../../src/domain/scenario/policy-apply';
import { LEGACY_KINDS, legacyProblems, readAnyMove, upgradeMove } from '../../src/domain/scenario/legacy';
import { corporationBalance, mixingProblems, salesCheck } from '../../src/domain/scenario/mixing';
import { programmeChecks, volumeProblems } from '../../src/domain/scenario/programme-check';
import type { PolicyTenure } from '../../src/domain/scenario/policy-types';
import type { StockRow } from '../../src/domain/types';
import { BUILDING_PROGRAMMES } from '../../src/config/programme';

const base: PolicyTenure = Object.freeze({ total: 1000, corporation: 780, corporationMid: 0, otherRent: 50, owner: 170 });
const pct = (t: PolicyTenure) => (t.corporation * 100) / t.total;

describe('applyPolicyMove', () => {
  it('liberalise-to-mid 300: the corporation keeps them, 78 % stays, 300 are middenhuur', () => {
    const { tenure, applied } = applyPolicyMove(base, { kind: 'liberalise-to-mid', n: 300 });
    expect(tenure).toEqual({ ...base, corporationMid: 300 });
    expect(pct(tenure)).toBe(78);
    expect(applied).toBe(300);
  });
  it('liberalises no more than the corporation dwellings that are not middenhuur yet', () => {
    const half = { ...base, corporationMid: 700 };
    expect(applyPolicyMove(half, { kind: 'liberalise-to-mid', n: 300 }).applied).toBe(80);
    expect(policyMoveCapacity(half, 'liberalise-to-mid')).toBe(80);
  });
  it('sell-to-occupant 100: corp −100, koop +100', () =>
    expect(applyPolicyMove(base, { kind: 'sell-to-occupant', n: 100 }).tenure).toEqual({ ...base, corporation: 680, owner: 270 }));
  it('sell-to-landlord 100: corp −100, overige verhuurders +100', () =>
    expect(applyPolicyMove(base, { kind: 'sell-to-landlord', n: 100 }).tenure).toEqual({ ...base, corporation: 680, otherRent: 150 }));
  it('a sale takes regular corporation dwellings first: middenhuur only shrinks when they run out', () => {
    const mid = { ...base, corporationMid: 700 };
    expect(applyPolicyMove(mid, { kind: 'sell-to-occupant', n: 80 }).tenure.corporationMid).toBe(700);
    expect(applyPolicyMove(mid, { kind: 'sell-to-occupant', n: 100 }).tenure.corporationMid).toBe(680);
  });
  it('demolish-rebuild 100 at 1.5 as koop: total 1,050, corp 680, koop 320 → 64.76 %', () => {
    const out = applyPolicyMove(base, { kind: 'demolish-rebuild', n: 100, rebuild: { ratio: 1.5, tenure: 'owner' } });
    expect(out.tenure).toEqual({ ...base, total: 1050, corporation: 680, owner: 320 });
    expect(out.rebuilt).toBe(150);
    expect(pct(out.tenure)).toBeCloseTo(64.7619, 4);
  });
  it('demolish-rebuild 100 at 2 as corporation dwellings: the stock grows to 1,100 and corp to 880', () =>
    expect(applyPolicyMove(base, { kind: 'demolish-rebuild', n: 100, rebuild: { ratio: 2, tenure: 'corporation' } }).tenure).toEqual({
      ...base,
      total: 1100,
      corporation: 880,
    }));
  it('demolish-rebuild without a valid rebuild replaces one for one as koop', () => {
    expect(applyPolicyMove(base, { kind: 'demolish-rebuild', n: 100 }).tenure).toEqual({ ...base, corporation: 680, owner: 270 });
    expect(applyPolicyMove(base, { kind: 'demolish-rebuild', n: 100, rebuild: { ratio: -1, tenure: 'corporation' } }).tenure.owner).toBe(
      270,
    );
  });
  it('new build of each tenure grows the stock', () => {
    expect(applyPolicyMove(base, { kind: 'build-corporation', n: 100 }).tenure).toEqual({ ...base, total: 1100, corporation: 880 });
    expect(applyPolicyMove(base, { kind: 'build-owner', n: 100 }).tenure).toEqual({ ...base, total: 1100, owner: 270 });
    expect(applyPolicyMove(base, { kind: 'build-private-rent', n: 100 }).tenure).toEqual({ ...base, total: 1100, otherRent: 150 });
  });
  it('market new build lowers the share: 780 / 1,100 = 70.9 %', () =>
    expect(pct(applyPolicyMove(base, { kind: 'build-owner', n: 100 }).tenure)).toBeCloseTo(70.909, 3));
  it('buy (inponden) takes koop first, then overige huur', () =>
    expect(applyPolicyMove(base, { kind: 'buy', n: 200 }).tenure).toEqual({ ...base, corporation: 980, owner: 0, otherRent: 20 }));
  it('applies nothing for a negative or non-finite n', () => {
    expect(applyPolicyMove(base, { kind: 'build-owner', n: -5 }).tenure).toEqual(base);
    expect(applyPolicyMove(base, { kind: 'build-owner', n: NaN }).applied).toBe(0);
  });
});

describe('old move kinds', () => {
  /** What the first engine computed for 100 of each old kind on this area (its arithmetic, kept as numbers). */
  const OLD_RESULT = {
    sell: { total: 1000, corporation: 680, otherRent: 50, owner: 270 },
    demolish: { total: 900, corporation: 680, otherRent: 50, owner: 170 },
    'demolish-replace': { total: 1000, corporation: 680, otherRent: 50, owner: 270 },
    build: { total: 1100, corporation: 880, otherRent: 50, owner: 170 },
    buy: { total: 1000, corporation: 880, otherRent: 50, owner: 70 },
  } as const;
  it.each(Object.keys(OLD_RESULT).map((k) => [k as keyof typeof OLD_RESULT]))('%s gives the same counts as the old arithmetic', (kind) => {
    const { value } = upgradeMove({ area: 'WK091740', kind, n: 100 });
    const { corporationMid, ...counts } = applyPolicyMove(base, value).tenure;
    expect(counts).toEqual(OLD_RESULT[kind]);
    expect(corporationMid).toBe(0);
  });
  it('an old liberalise 100 keeps the share (the first engine moved them to overige huur: 68 %)', () => {
    const { value } = upgradeMove({ area: 'WK091740', kind: 'liberalise', n: 100 });
    expect(value).toEqual({ area: 'WK091740', kind: 'liberalise-to-mid', n: 100, legacy: 'liberalise' });
    expect(applyPolicyMove(base, value).tenure).toEqual({ ...base, corporationMid: 100 });
  });
  it('maps sell to a sale to occupants and liberalise to liberalisation within the corporation stock', () =>
    expect(LEGACY_KINDS).toEqual({
      sell: 'sell-to-occupant',
      liberalise: 'liberalise-to-mid',
      demolish: 'demolish',
      'demolish-replace': 'demolish-rebuild',
      build: 'build-corporation',
      buy: 'buy',
    }));
  it('reports the changed meaning of an old liberalise (info), but not for n = 0', () => {
    expect(upgradeMove({ area: 'WK091740', kind: 'liberalise', n: 300 }).issues).toEqual([
      { severity: 'info', code: 'scenario.legacy-liberalise', context: { key: 'WK091740', n: 300 } },
    ]);
    expect(upgradeMove({ area: 'WK091740', kind: 'liberalise', n: 0 }).issues).toEqual([]);
  });
  it('reads moves of both vintages from stored data and rejects malformed ones', () => {
    expect(readAnyMove({ area: 'WK091740', kind: 'sell', n: 5 })?.value).toEqual({ area: 'WK091740', kind: 'sell-to-occupant', n: 5 });
    expect(readAnyMove({ area: 'WK091740', kind: 'sell-to-landlord', n: 5 })?.value.kind).toBe('sell-to-landlord');
    expect(
      readAnyMove({ area: 'BU09174000', kind: 'demolish-rebuild', n: 5, rebuild: { ratio: 1.5, tenure: 'private-rent' } })?.value,
    ).toEqual({
      area: 'BU09174000',
      kind: 'demolish-rebuild',
      n: 5,
      rebuild: { ratio: 1.5, tenure: 'private-rent' },
    });
    expect(readAnyMove({ area: 'GM0917', kind: 'sell', n: 5 })).toBeNull();
    expect(readAnyMove({ area: 'WK091740', kind: 'sell-all', n: 5 })).toBeNull();
    expect(readAnyMove({ area: 'WK091740', kind: 'sell', n: -1 })).toBeNull();
    expect(readAnyMove({ area: 'WK091740', kind: 'demolish-rebuild', n: 5, rebuild: { ratio: 1, tenure: 'castle' } })).toBeNull();
    expect(readAnyMove({ area: 'WK091740', kind: 'sell-to-occupant', n: 5, rebuild: { ratio: 1, tenure: 'owner' } })).toBeNull();
    expect(readAnyMove({ area: 'WK091740', kind: 'sell', n: 5, rebuild: { ratio: 1, tenure: 'owner' } })).toBeNull();
  });
  it('says why an upgraded liberalise keeps the share, by area name, while it changes something', () => {
    const moves = [
      { area: 'WK091740', kind: 'liberalise-to-mid' as const, n: 300, legacy: 'liberalise' as const },
      { area: 'WK091736', kind: 'liberalise-to-mid' as const, n: 0, legacy: 'liberalise' as const },
      { area: 'WK091741', kind: 'liberalise-to-mid' as const, n: 10 },
    ];
    expect(legacyProblems(moves, (c) => (c === 'WK091740' ? 'Heerlerbaan-Centrum' : c))).toEqual([
      { severity: 'info', code: 'scenario.legacy-liberalise', context: { key: 'WK091740', name: 'Heerlerbaan-Centrum', n: 300 } },
    ]);
  });
});

const row = (code: string, gemeenteCode: string, dwellings: number, corporationPct: number): StockRow => ({
  code,
  name: code,
  level: 'wijk',
  gemeenteCode,
  gemeenteName: gemeenteCode,
  dwellings,
  dwellingsYear: 2024,
  ownerPct: 100 - corporationPct - 5,
  rentPct: corporationPct + 5,
  corporationPct,
  otherLandlordPct: 5,
  wozK: null,
  inhabitants: null,
  households: null,
  year: 2024,
  source: 'test',
  row: 1,
});
const rows = new Map([
  ['WK000101', row('WK000101', 'GM0001', 1000, 78)],
  ['WK000102', row('WK000102', 'GM0001', 1000, 10)],
  ['WK000201', row('WK000201', 'GM0002', 1000, 10)],
]);

describe('applyPolicyScenario', () => {
  it('limits a sale to the corporation dwellings there are, with a warning', () => {
    const r = applyPolicyScenario(rows, [{ area: 'WK000101', kind: 'sell-to-landlord', n: 900 }]);
    expect(r.outcomes[0]?.applied).toEqual({ 'sell-to-landlord': 780 });
    expect(r.issues).toEqual([
      {
        severity: 'warning',
        code: 'scenario.limited',
        context: { key: 'WK000101', move: 'sell-to-landlord', n: 900, name: 'WK000101', available: 780 },
      },
    ]);
  });
  it('skips an unknown area with a warning and ignores moves of 0', () => {
    const r = applyPolicyScenario(rows, [
      { area: 'WK999999', kind: 'build-owner', n: 5 },
      { area: 'WK000102', kind: 'build-owner', n: 0 },
    ]);
    expect(r.rows.size).toBe(0);
    expect(r.issues.map((p) => [p.code, p.context.key])).toEqual([['scenario.no-data', 'WK999999']]);
  });
  it('records demolished and rebuilt dwellings per tenure, and never changes the base row', () => {
    const r = applyPolicyScenario(rows, [
      { area: 'WK000101', kind: 'demolish-rebuild', n: 100, rebuild: { ratio: 1.5, tenure: 'private-rent' } },
    ]);
    expect(r.outcomes[0]?.rebuilt).toEqual({ 'private-rent': { demolished: 100, rebuilt: 150 } });
    expect(r.rows.get('WK000101')).toMatchObject({ dwellings: 1050, otherLandlordPct: (200 * 100) / 1050 });
    expect(rows.get('WK000101')?.dwellings).toBe(1000);
  });
});

describe('corporationBalance (mengen zonder te verdringen in dwellings)', () => {
  const gemeenten = ['GM0001', 'GM0002'];
  it('flags a loss of a single dwelling: no tolerance', () => {
    const r = applyPolicyScenario(rows, [{ area: 'WK000101', kind: 'sell-to-occupant', n: 1 }]);
    expect(corporationBalance(r.outcomes, gemeenten)).toEqual([
      { group: 'GM0001', change: -1, loss: true },
      { group: 'GM0002', change: 0, loss: false },
      { group: 'parkstad', change: -1, loss: true },
    ]);
  });
  it('does not count liberalisation as a loss', () => {
    const r = applyPolicyScenario(rows, [{ area: 'WK000101', kind: 'liberalise-to-mid', n: 100 }]);
    expect(corporationBalance(r.outcomes, gemeenten).some((b) => b.loss)).toBe(false);
  });
  it('a sale in one gemeente compensated in another: that gemeente loses, the region as a whole does not', () => {
    const r = applyPolicyScenario(rows, [
      { area: 'WK000101', kind: 'sell-to-landlord', n: 100 },
      { area: 'WK000201', kind: 'build-corporation', n: 100 },
    ]);
    const b = corporationBalance(r.outcomes, gemeenten);
    expect(b.map((x) => [x.group, x.change, x.loss])).toEqual([
      ['GM0001', -100, true],
      ['GM0002', 100, false],
      ['parkstad', 0, false],
    ]);
    expect(mixingProblems(b, salesCheck(r.outcomes)).map((p) => [p.code, p.context.key])).toEqual([
      ['scenario.corporation-loss', 'GM0001'],
      ['scenario.sales-exceed-additions', 'GM0001'],
    ]);
  });
});

describe('salesCheck (001 afspraak 7)', () => {
  const check = (moves: Parameters<typeof applyPolicyScenario>[1]) => salesCheck(applyPolicyScenario(rows, moves).outcomes);
  it('holds when sales equal additions in the same gemeente, fails one beyond', () => {
    expect(
      check([
        { area: 'WK000101', kind: 'sell-to-occupant', n: 50 },
        { area: 'WK000102', kind: 'buy', n: 50 },
      ])[0]?.holds,
    ).toBe(true);
    expect(
      check([
        { area: 'WK000101', kind: 'sell-to-occupant', n: 51 },
        { area: 'WK000102', kind: 'buy', n: 50 },
      ])[0]?.holds,
    ).toBe(false);
  });
  it('counts only what a corporation rebuild adds beyond what was demolished', () =>
    expect(
      check([
        { area: 'WK000101', kind: 'sell-to-occupant', n: 40 },
        { area: 'WK000101', kind: 'demolish-rebuild', n: 100, rebuild: { ratio: 1.4, tenure: 'corporation' } },
      ]),
    ).toEqual([{ gemeenteCode: 'GM0001', sold: 40, added: 40, holds: true }]));
  it('does not count liberalisation as a sale', () =>
    expect(check([{ area: 'WK000101', kind: 'liberalise-to-mid', n: 100 }])).toEqual([
      { gemeenteCode: 'GM0001', sold: 0, added: 0, holds: true },
    ]));
});

describe('programme checks (000: Heerlen 2,250–2,500 to 2030, 500–650 social)', () => {
  const heerlen = new Map([['WK091701', { ...row('WK091701', 'GM0917', 10000, 30), name: 'Testwijk' }]]);
  const checks = (n: number, kind: 'build-owner' | 'build-corporation') =>
    programmeChecks(applyPolicyScenario(heerlen, [{ area: 'WK091701', kind, n }]).outcomes, BUILDING_PROGRAMMES);
  it('does not flag exactly 2,500 new dwellings, flags 2,501', () => {
    expect(checks(2500, 'build-owner')[0]).toMatchObject({ group: 'GM0917', newDwellings: 2500, flags: [] });
    expect(checks(2501, 'build-owner')[0]?.flags).toEqual(['above-programme']);
  });
  it('flags more than 650 new corporation dwellings against the social programme', () => {
    expect(checks(650, 'build-corporation')[0]?.flags).toEqual([]);
    expect(checks(651, 'build-corporation')[0]?.flags).toEqual(['above-social-programme']);
  });
  it('adds a Parkstad line and turns flags into problems with the programme’s numbers', () => {
    const c = checks(2501, 'build-owner');
    expect(c.map((x) => x.group)).toEqual(['GM0917', 'parkstad']);
    const outcomes = applyPolicyScenario(heerlen, [{ area: 'WK091701', kind: 'build-owner', n: 2501 }]).outcomes;
    expect(volumeProblems(outcomes, c, { additionsShare: 0.25 }).map((p) => [p.code, p.context])).toEqual([
      ['scenario.large-for-area', { key: 'WK091701', name: 'Testwijk', n: 2501, dwellings: 10000, share: 25 }],
      ['scenario.above-programme', { key: 'GM0917', n: 2501, max: 2500, period: 'tot 2030' }],
    ]);
  });
  it('has no programme, so no flag, for a gemeente the documents give none', () => {
    const other = new Map([['WK000201', row('WK000201', 'GM0002', 1000, 10)]]);
    const c = programmeChecks(
      applyPolicyScenario(other, [{ area: 'WK000201', kind: 'build-owner', n: 4000 }]).outcomes,
      BUILDING_PROGRAMMES,
    );
    expect(c[0]).toMatchObject({ group: 'GM0002', programme: null, flags: [] });
  });
});
