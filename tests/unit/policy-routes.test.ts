/** Issue 11: dwellings to the band by route, capacity towards the lower edge or the centre, compensation proposals. */
import { describe, expect, it } from 'vitest';
import { absorbableToAim, dwellingsToShare, routesToBand } from '../../src/domain/band-routes';
import { areaVolumeFlags, proposeCompensation } from '../../src/domain/scenario/volume';

const band = { lower: 21, upper: 51, centre: 36 };
const limits = { additionsShare: 0.25 };

describe('routesToBand', () => {
  it('has no routes within the band, also exactly on an edge', () => {
    expect(routesToBand(1000, 51, band)).toEqual({ direction: 'none', targetPct: null, routes: [] });
    expect(routesToBand(1000, 21, band)).toEqual({ direction: 'none', targetPct: null, routes: [] });
  });
  it('is null without figures', () => expect(routesToBand(null, 40, band)).toBeNull());
  it('1,000 at 61 % to 51 %: 100 sold, 205 demolished (204.08), 197 built for the market (196.08)', () =>
    expect(routesToBand(1000, 61, band)).toEqual({
      direction: 'reduce',
      targetPct: 51,
      routes: [
        { route: 'sale', dwellings: 100, feasible: true },
        { route: 'demolition', dwellings: 205, feasible: true },
        { route: 'market-build', dwellings: 197, feasible: true },
      ],
    }));
  it('1,000 at 11 % to 21 %: 127 built (126.58), 100 bought', () =>
    expect(routesToBand(1000, 11, band)?.routes).toEqual([
      { route: 'corporation-build', dwellings: 127, feasible: true },
      { route: 'inponden', dwellings: 100, feasible: true },
    ]));
  it('aims at the centre on request: 1,000 at 11 % → 391 built (390.6), 250 bought', () => {
    const r = routesToBand(1000, 11, band, 'centre');
    expect(r?.targetPct).toBe(36);
    expect(r?.routes.map((x) => x.dwellings)).toEqual([391, 250]);
  });
  it('marks inponden infeasible when the area has fewer private dwellings than needed', () =>
    expect(routesToBand(1000, 11, band, 'edge', 99)?.routes[1]).toEqual({ route: 'inponden', dwellings: 100, feasible: false }));
  it('marks market build endless when the band’s upper edge is 0', () =>
    expect(routesToBand(100, 5, { lower: 0, upper: 0 })?.routes[2]).toEqual({
      route: 'market-build',
      dwellings: Infinity,
      feasible: false,
    }));
});

describe('each route’s count reaches the target and one less does not', () => {
  const T = 2301;
  const C = T * 0.78;
  const after = {
    sale: (n: number) => (C - n) / T,
    demolition: (n: number) => (C - n) / (T - n),
    'market-build': (n: number) => C / (T + n),
  };
  it.each(Object.entries(after))('%s', (route, share) => {
    const n = dwellingsToShare(route as keyof typeof after, T, C, 51);
    expect(share(n)).toBeLessThanOrEqual(0.51);
    expect(share(n - 1)).toBeGreaterThan(0.51);
  });
  it('corporation build and inponden from 6 % of 2,096 to 21 %', () => {
    const c = 2096 * 0.06;
    const build = dwellingsToShare('corporation-build', 2096, c, 21);
    const buy = dwellingsToShare('inponden', 2096, c, 21);
    expect([build, buy]).toEqual([398, 315]);
    expect((c + build) / (2096 + build)).toBeGreaterThanOrEqual(0.21);
    expect((c + build - 1) / (2096 + build - 1)).toBeLessThan(0.21);
    expect((c + buy) / 2096).toBeGreaterThanOrEqual(0.21);
    expect((c + buy - 1) / 2096).toBeLessThan(0.21);
  });
  it('needs 0 when the direction is already met', () => expect(dwellingsToShare('sale', 1000, 400, 51)).toBe(0));
});

describe('absorbable capacity aims at the lower edge or the centre, never the upper edge', () => {
  it('Welten-Benzenrade (2,096 at 6 %): 398 built to the lower edge, 983 to the centre (982.5); the upper edge would be 1,924', () => {
    expect(absorbableToAim(2096, 6, band, 'lower', 'corporation-build')).toBe(398);
    expect(absorbableToAim(2096, 6, band, 'centre', 'corporation-build')).toBe(983);
    expect(absorbableToAim(2096, 6, band, 'centre', 'inponden')).toBe(629);
  });
  it('is 0 for an area already at or above its aim (29 % with aim lower; exactly 36 % with aim centre)', () => {
    expect(absorbableToAim(1524, 29, band, 'lower', 'corporation-build')).toBe(0);
    expect(absorbableToAim(1000, 36, band, 'centre', 'corporation-build')).toBe(0);
  });
});

describe('proposeCompensation', () => {
  const welten = { dwellings: 2096, pct: 6, privateDwellings: 1949 };
  it('takes no more than reaches the aim and leaves the rest to place elsewhere', () =>
    expect(proposeCompensation(1000, welten, band, 'lower', 'corporation-build', limits)).toEqual({
      aim: 'lower',
      targetPct: 21,
      needed: 1000,
      capacity: 398,
      proposed: 398,
      remaining: 602,
      flags: [],
    }));
  it('takes the whole loss when it fits: 233 lost, 233 proposed', () =>
    expect(proposeCompensation(233, welten, band, 'lower', 'inponden', limits)).toMatchObject({ proposed: 233, remaining: 0 }));
  it('with aim centre 983 fit, which is large for a wijk of 2,096', () =>
    expect(proposeCompensation(1000, welten, band, 'centre', 'corporation-build', limits)).toMatchObject({
      proposed: 983,
      remaining: 17,
      flags: ['large-for-area'],
    }));
});

describe('areaVolumeFlags', () => {
  const area = { dwellings: 1000, privateDwellings: 200 };
  it('does not flag exactly a quarter of the stock, flags one more', () => {
    expect(areaVolumeFlags(250, 'corporation-build', area, limits)).toEqual([]);
    expect(areaVolumeFlags(251, 'corporation-build', area, limits)).toEqual(['large-for-area']);
  });
  it('flags inponden beyond the private dwellings there are', () => {
    expect(areaVolumeFlags(200, 'inponden', area, limits)).toEqual([]);
    expect(areaVolumeFlags(201, 'inponden', area, limits)).toEqual(['exceeds-available']);
  });
});
