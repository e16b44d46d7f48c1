/**
 * Pair finder on a hand-made fixture (band 21–51, centre 36), checked against the documented formula:
 * score = w₁·gapV/max + w₂·gapS/max + w₃·(afwS − afwV)/max + w₄·absorbableS/max − w₅·distance/max.
 */
import { describe, expect, it } from 'vitest';
import { absorbableDwellings, findCandidates, liveabilityReference, DEFAULT_CRITERIA } from '../../src/domain/pairs/candidates';
import { DEFAULT_WEIGHTS, rankPairs } from '../../src/domain/pairs/rank';
import type { Area, StockRow } from '../../src/domain/types';

const band = { lower: 21, upper: 51, centre: 36 };
function area(code: string, gemeenteCode: string, dwellings: number | null, pct: number | null, afw: number | null, lon: number): Area {
  const stock = dwellings === null ? null : ({ code, dwellings, corporationPct: pct } as StockRow);
  return {
    code,
    name: code,
    level: 'wijk',
    gemeenteCode,
    geometry: null,
    labelPoint: [lon, 0],
    stock,
    liveability:
      afw === null
        ? {}
        : {
            2024: { year: 2024, lbm: 4, afw, fys: null, onv: null, soc: null, vrz: null, won: null },
            2020: { year: 2020, lbm: 4, afw: afw + 0.01, fys: null, onv: null, soc: null, vrz: null, won: null },
          },
  };
}
// Points on the equator, 0,01° apart (1,112 km): only ratios of distances matter after normalisation.
const V1 = area('WK000001', 'GM0917', 1000, 78, -0.2, 0);
const V2 = area('WK000002', 'GM0917', 2000, 45, -0.1, 0.03);
const S1 = area('WK000003', 'GM0917', 1000, 6, 0.1, 0.01);
const S2 = area('WK000004', 'GM0986', 3000, 30, 0.05, 0.02);
const N1 = area('WK000005', 'GM0917', 1000, 40, -0.3, 0.05);
const T = area('WK000006', 'GM0917', 50, 90, 0, 0.06);
const X = area('WK000007', 'GM0917', null, null, 0.2, 0.07);
const areas = [V1, V2, S1, S2, N1, T, X];
const set = findCandidates(areas, band);

describe('liveabilityReference', () => {
  it('is the dwelling-weighted mean afw: −450 / 8,050', () => expect(liveabilityReference(areas, 2024)).toBeCloseTo(-450 / 8050, 12));
});

describe('findCandidates', () => {
  it('finds V1 (above the band) and V2 (45 %, ≥ 5 points above the centre) as vulnerable', () => {
    expect(set.vulnerable.map((c) => c.code)).toEqual(['WK000001', 'WK000002']);
  });
  it('finds S1 (below the band) and S2 (below average) as strong', () =>
    expect(set.strong.map((c) => c.code)).toEqual(['WK000003', 'WK000004']));
  it('leaves out 40 % (only 4 points above the centre), a small area and one without figures', () => {
    expect(set.excluded).toEqual([
      { code: 'WK000006', reason: 'small' },
      { code: 'WK000007', reason: 'no-data' },
    ]);
  });
  it('measures the gaps outside the band: V1 27 points, S1 15 points, V2 and S2 0', () => {
    expect([...set.vulnerable, ...set.strong].map((c) => c.gap)).toEqual([27, 0, 15, 0]);
  });
  it('counts the dwellings V1 must lose to reach 51 %: 270', () => expect(set.vulnerable[0]?.excess).toBe(270));
  it('treats exactly 5 points above the centre as well above average', () => {
    expect(
      findCandidates([area('WK000008', 'GM0917', 1000, 41, -0.5, 0), area('WK000009', 'GM0917', 1000, 30, 0.5, 0)], band).vulnerable,
    ).toHaveLength(1);
  });
  it('does not count the centre itself as below average', () => {
    expect(
      findCandidates([area('WK000008', 'GM0917', 1000, 36, 0.5, 0), area('WK000009', 'GM0917', 1000, 60, -0.5, 0)], band).strong,
    ).toHaveLength(0);
  });
  it('counts the 2020 → 2024 liveability change', () => expect(set.strong[0]?.afwChange).toBeCloseTo(-0.01, 12));
  it('respects the minimum size setting', () => {
    expect(findCandidates(areas, band, { ...DEFAULT_CRITERIA, minDwellings: 2500 }).strong.map((c) => c.code)).toEqual(['WK000004']);
  });
});

describe('absorbableDwellings', () => {
  it('Welten-Benzenrade: 2,096 at 6 % can take 1,924 new corporation dwellings before 51 %', () =>
    expect(absorbableDwellings(2096, 6, 51)).toBe(1924));
  it('S1: (510 − 60) / 0,49 = 918,4 → 918', () => expect(absorbableDwellings(1000, 6, 51)).toBe(918));
  it('is 0 at or above the upper edge', () => expect(absorbableDwellings(1000, 51, 51)).toBe(0));
});

describe('rankPairs', () => {
  const pairs = rankPairs(set, DEFAULT_WEIGHTS);
  it('ranks V1–S1, V1–S2, V2–S1, V2–S2 with the default weights', () => {
    expect(pairs.map((p) => p.id)).toEqual(['WK000001|WK000003', 'WK000001|WK000004', 'WK000002|WK000003', 'WK000002|WK000004']);
  });
  it('scores V1–S1 as 1 + 1 + 0,3/0,3 + 0,5 × 918/1285 − 0,5 × 0,01/0,02', () => {
    expect(pairs[0]?.score).toBeCloseTo(3 + 0.5 * (918 / 1285) - 0.25, 9);
  });
  it('scores V1–S2 as 1 + 0 + 0,25/0,3 + 0,5 × 1 − 0,5 × 1', () => expect(pairs[1]?.score).toBeCloseTo(1 + 0.25 / 0.3, 9));
  it('scores V2–S1 as 0 + 1 + 0,2/0,3 + 0,5 × 918/1285 − 0,5', () =>
    expect(pairs[2]?.score).toBeCloseTo(1 + 0.2 / 0.3 + 0.5 * (918 / 1285) - 0.5, 9));
  it('scores V2–S2 as 0 + 0 + 0,15/0,3 + 0,5 − 0,25', () => expect(pairs[3]?.score).toBeCloseTo(0.75, 9));
  it('explains each term: V1–S1 liveability contrast 0,3, normalised 1', () => {
    expect(pairs[0]?.terms.liveability.raw).toBeCloseTo(0.3, 12);
    expect(pairs[0]?.terms.liveability.normalised).toBeCloseTo(1, 12);
  });
  it('subtracts distance: V1–S1 at 1,112 km (half the maximum) loses 0,25', () => {
    expect(pairs[0]?.distanceKm).toBeCloseTo(1.112, 3);
    expect(pairs[0]?.terms.distance.contribution).toBeCloseTo(-0.25, 9);
  });
  it('follows the weights: absorbable only puts S2 first, equal scores ordered by code', () => {
    const only = rankPairs(set, { gapVulnerable: 0, gapStrong: 0, liveability: 0, absorbable: 1, distance: 0 });
    expect(only.map((p) => p.id)).toEqual(['WK000001|WK000004', 'WK000002|WK000004', 'WK000001|WK000003', 'WK000002|WK000003']);
  });
  it('can require different gemeenten (Parkstadshuwelijk)', () => {
    expect(rankPairs(set, DEFAULT_WEIGHTS, { differentGemeente: true }).map((p) => p.id)).toEqual([
      'WK000001|WK000004',
      'WK000002|WK000004',
    ]);
  });
  it('adds 0 for a term whose maximum is 0 (no NaN)', () => {
    const inBand = findCandidates([V2, S2], band);
    expect(rankPairs(inBand, DEFAULT_WEIGHTS)[0]?.terms.gapVulnerable).toEqual({ raw: 0, normalised: 0, contribution: 0 });
  });
  it('numbers the ranks from 1', () => expect(pairs.map((p) => p.rank)).toEqual([1, 2, 3, 4]));
});
