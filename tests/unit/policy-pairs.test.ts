/** Issue 11: the literal stadshuwelijk rules and the ranking on small synthetic sets. */
import { describe, expect, it } from 'vitest';
import { findParkstadshuwelijkCandidates, findStadshuwelijkCandidates } from '../../src/domain/pairs/stadshuwelijk';
import { rankStadshuwelijkPairs, type MarriageWeights } from '../../src/domain/pairs/stadshuwelijk-rank';
import type { MarriageContext, MarriageCriteria } from '../../src/domain/pairs/stadshuwelijk-types';
import type { BandReference } from '../../src/domain/band-reference';
import type { Area } from '../../src/domain/types';

const band = (gemeenteCode: string, centre: number): BandReference => ({
  kind: 'derived',
  label: 'band.derived-own-average',
  lower: centre - 15,
  upper: centre + 15,
  centre,
  halfWidth: 15,
  gemeenteCode,
  centreBasis: 'own-average',
  level: 'wijk',
  sources: [],
});

function area(code: string, gemeenteCode: string, pct: number, afw: number | null, dwellings = 1000, name = code): Area {
  return {
    code,
    name,
    level: 'wijk',
    gemeenteCode,
    geometry: null,
    labelPoint: [5.98 + Number(code.slice(-2)) / 100, 50.88],
    stock: {
      code,
      name,
      level: 'wijk',
      gemeenteCode,
      gemeenteName: gemeenteCode,
      dwellings,
      dwellingsYear: 2024,
      ownerPct: 50,
      rentPct: 50,
      corporationPct: pct,
      otherLandlordPct: 12,
      wozK: null,
      inhabitants: null,
      households: null,
      year: 2024,
      source: 'test',
      row: 1,
    },
    liveability: afw === null ? {} : { 2024: { year: 2024, lbm: null, afw, fys: null, onv: null, soc: null, vrz: null, won: null } },
  };
}

const H = 'GM0917';
const V = 'GM0986';
const ctx = (nplv: string[] = []): MarriageContext => ({
  averages: new Map([
    [H, 36],
    [V, 21],
    ['GM0001', 40],
  ]),
  bandOf: (a) => band(a.gemeenteCode, a.gemeenteCode === H ? 36 : 21),
  nplvWijken: new Set(nplv),
});
const criteria: MarriageCriteria = {
  year: 2024,
  reference: 'national',
  minDwellings: 100,
  excludeScattered: true,
  excludePartnersInNplv: true,
  aim: 'lower',
};

describe('findStadshuwelijkCandidates: the literal rule', () => {
  const areas = [
    area('WK091701', H, 37, -0.25), // above average, weak → vulnerable
    area('WK091702', H, 36, -0.2), // exactly on the average → neither
    area('WK091703', H, 6, 0.12), // below average, strong → strong
    area('WK091704', H, 20, 0), // exactly on the reference → neither
    area('WK091705', H, 60, 0.1), // above average but above the reference → neither
    area('WK091706', H, 10, 0.1, 99), // too small
    area('WK091707', H, 10, null), // no liveability
  ];
  const set = findStadshuwelijkCandidates(areas, ctx(), criteria);
  it('vulnerable: share above the gemeente average and afw below 0; on either line: neither', () =>
    expect(set.vulnerable.map((c) => c.code)).toEqual(['WK091701']));
  it('strong: the reverse', () => expect(set.strong.map((c) => c.code)).toEqual(['WK091703']));
  it('reports the gaps on each role’s side and the private-rent share', () => {
    expect(set.vulnerable[0]).toMatchObject({ shareGap: 1, afwGap: 0.25, excess: 0, capacity: 0, privateRentPct: 12 });
    expect(set.strong[0]).toMatchObject({ shareGap: 30, afwGap: 0.12, excess: 0 });
  });
  it('gives a strong area its capacity to the lower edge: 1,000 at 6 % → 190 (189.87)', () => expect(set.strong[0]?.capacity).toBe(190));
  it('excludes 99 dwellings as small and no liveability as such', () =>
    expect(set.excluded).toEqual([
      { code: 'WK091706', reason: 'small' },
      { code: 'WK091707', reason: 'no-liveability' },
    ]));
  it('with the scope mean as reference, returns that mean and uses it', () => {
    const own = findStadshuwelijkCandidates(areas.slice(0, 3), ctx(), { ...criteria, reference: 'scope-mean' });
    expect(own.reference.kind).toBe('scope-mean');
    expect(own.reference.value).toBeCloseTo((-0.25 - 0.2 + 0.12) / 3, 10);
  });
  it('leaves out strong partners in NPLV by default, keeps them when asked', () => {
    expect(findStadshuwelijkCandidates(areas, ctx(['WK091703']), criteria).excluded).toContainEqual({
      code: 'WK091703',
      reason: 'nplv-partner',
    });
    expect(findStadshuwelijkCandidates(areas, ctx(['WK091703']), { ...criteria, excludePartnersInNplv: false }).strong).toHaveLength(1);
  });
  it('never excludes a vulnerable area for lying in NPLV', () =>
    expect(findStadshuwelijkCandidates(areas, ctx(['WK091701']), criteria).vulnerable.map((c) => c.code)).toEqual(['WK091701']));
});

describe('findParkstadshuwelijkCandidates', () => {
  const areas = [
    area('WK091701', H, 58, -0.25),
    area('WK098601', V, 15, 0.14),
    area('WK098609', V, 0, 0.23, 600, 'Wijk 09 Verspreide huizen Voerendaal'),
    area('WK098602', V, 15, 0.14, 499),
    area('WK000101', 'GM0001', 20, 0.1), // strong in its gemeente, but that gemeente's share (40) is not lower than Heerlen's
    area('WK098603', V, 40, -0.1), // vulnerable outside the anchor: no candidate
  ];
  const set = findParkstadshuwelijkCandidates(areas, ctx(), { ...criteria, minDwellings: 500, anchorGemeente: H });
  it('anchors on Heerlen and partners with a lower-share gemeente', () => {
    expect(set.vulnerable.map((c) => c.code)).toEqual(['WK091701']);
    expect(set.strong.map((c) => c.code)).toEqual(['WK098601']);
  });
  it('names why the others are out: scattered houses (by name), under 500, gemeente not lower', () =>
    expect(set.excluded).toEqual([
      { code: 'WK098609', reason: 'scattered' },
      { code: 'WK098602', reason: 'small' },
      { code: 'WK000101', reason: 'gemeente-not-lower' },
    ]));
  it('keeps 500 dwellings exactly', () => {
    const at = findParkstadshuwelijkCandidates([area('WK098602', V, 15, 0.14, 500)], ctx(), {
      ...criteria,
      minDwellings: 500,
      anchorGemeente: H,
    });
    expect(at.strong).toHaveLength(1);
  });
  it('makes only cross-gemeente pairs', () => {
    const pairs = rankStadshuwelijkPairs(set, { shareVulnerable: 1, shareStrong: 1, liveability: 1, capacity: 0.5, distance: 0 });
    expect(pairs.map((p) => p.id)).toEqual(['WK091701|WK098601']);
    expect(pairs[0]?.kind).toBe('parkstadshuwelijk');
  });
});

describe('rankStadshuwelijkPairs', () => {
  const areas = [
    area('WK091701', H, 78, -0.17),
    area('WK091702', H, 37, -0.26),
    area('WK091703', H, 6, 0.13),
    area('WK091704', H, 29, 0.11),
    area('WK000101', 'GM0001', 50, -0.1), // another gemeente: never paired in a stadshuwelijk with Heerlen
    area('WK000102', 'GM0001', 30, 0.1),
  ];
  const weights: MarriageWeights = { shareVulnerable: 1, shareStrong: 1, liveability: 1, capacity: 0.5, distance: 0 };
  const set = findStadshuwelijkCandidates(areas, ctx(), criteria);
  const pairs = rankStadshuwelijkPairs(set, weights);
  const p = (id: string) => pairs.find((x) => x.id === id);
  it('pairs only within one gemeente', () =>
    expect(pairs.map((x) => x.id).sort()).toEqual([
      'WK000101|WK000102',
      'WK091701|WK091703',
      'WK091701|WK091704',
      'WK091702|WK091703',
      'WK091702|WK091704',
    ]));
  it('normalises each term by its maximum over all pairs', () => {
    expect(p('WK091701|WK091703')?.terms.shareVulnerable).toEqual({ raw: 42, normalised: 1, contribution: 1 });
    expect(p('WK091702|WK091703')?.terms.shareVulnerable.normalised).toBeCloseTo(1 / 42, 12);
    expect(p('WK091702|WK091703')?.terms.liveability.raw).toBeCloseTo(0.39, 12);
  });
  it('scores the sum of contributions: 78 % with 6 % first', () => {
    const best = pairs[0];
    expect(best?.id).toBe('WK091701|WK091703');
    const sum = Object.values(best?.terms ?? {}).reduce((s, t) => s + t.contribution, 0);
    expect(best?.score).toBeCloseTo(sum, 12);
  });
  it('names the dominant term: share of the vulnerable area for 78 % → 29 %', () =>
    expect(p('WK091701|WK091704')?.dominant).toBe('shareVulnerable'));
  it('names liveability when it is the largest contribution (37 % → 29 %, afw −0.26 against 0.11: 0.37 of at most 0.39)', () =>
    expect(p('WK091702|WK091704')?.dominant).toBe('liveability'));
  it('breaks a tie by the formula’s order (37 % → 6 %: share of the strong area and liveability both 1)', () => {
    expect(p('WK091702|WK091703')?.terms.shareStrong.contribution).toBe(1);
    expect(p('WK091702|WK091703')?.terms.liveability.contribution).toBeCloseTo(1, 12);
    expect(p('WK091702|WK091703')?.dominant).toBe('shareStrong');
  });
  it('subtracts distance only when weighted; it is reported either way', () => {
    const far = rankStadshuwelijkPairs(set, { ...weights, distance: 1 });
    const d = far.find((x) => x.id === 'WK091701|WK091704')?.terms.distance;
    expect(d?.contribution).toBeLessThan(0);
    expect(p('WK091701|WK091704')?.terms.distance.contribution).toBe(0);
    expect(p('WK091701|WK091704')?.distanceKm).toBeGreaterThan(0);
  });
  it('has no dominant term when every weight is 0', () =>
    expect(
      rankStadshuwelijkPairs(set, { shareVulnerable: 0, shareStrong: 0, liveability: 0, capacity: 0, distance: 0 })[0]?.dominant,
    ).toBeNull());
  it('orders equal scores by code', () => {
    const zero = rankStadshuwelijkPairs(set, { shareVulnerable: 0, shareStrong: 0, liveability: 0, capacity: 0, distance: 0 });
    expect(zero.map((x) => x.id)).toEqual([...zero.map((x) => x.id)].sort());
    expect(zero.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5]);
  });
});
