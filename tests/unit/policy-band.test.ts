/** Issue 11: which band judges a wijk, the small-area class, the wijk-level flag and the private-rent classes. */
import { describe, expect, it } from 'vitest';
import { bandForArea, bandsByGemeente, gemeenteAverages, resolveBand, type BandPolicy } from '../../src/domain/band-reference';
import { areaStep, bandRole, classifyArea } from '../../src/domain/classify-area';
import { privateRentClass } from '../../src/domain/private-rent';
import { BAND_POLICY, HEERLEN_BAND } from '../../src/config/band-policy';
import { PRIVATE_RENT_BREAKS } from '../../src/config/private-rent';

const HEERLEN = 'GM0917';
const KERKRADE = 'GM0928';

describe('resolveBand', () => {
  it('gives Heerlen its adopted band by default: 21–51, centre 36, labelled as the 2050 wijk guideline', () =>
    expect(resolveBand(HEERLEN, { kind: 'default' }, 36, BAND_POLICY)).toMatchObject({
      kind: 'adopted',
      label: 'band.adopted-guideline-2050-wijk',
      lower: 21,
      upper: 51,
      centre: 36,
      halfWidth: 15,
      centreBasis: 'policy',
      level: 'wijk',
    }));
  it('keeps Heerlen at 21–51 when a new CBS year says 38 %: the centre is policy, not data', () =>
    expect(resolveBand(HEERLEN, { kind: 'default' }, 38, BAND_POLICY)).toMatchObject({ lower: 21, upper: 51, centre: 36 }));
  it('gives another gemeente a derived band, its own average ± 15, without policy sources', () =>
    expect(resolveBand(KERKRADE, { kind: 'default' }, 32, BAND_POLICY)).toMatchObject({
      kind: 'derived',
      label: 'band.derived-own-average',
      lower: 17,
      upper: 47,
      centre: 32,
      centreBasis: 'own-average',
      sources: [],
    }));
  it('rounds a derived centre to 0.1', () => expect(resolveBand(KERKRADE, { kind: 'own-average' }, 29.66, BAND_POLICY)?.centre).toBe(29.7));
  it('lends Heerlen’s band to Kerkrade as kind `heerlen`, with Heerlen’s passages', () => {
    const b = resolveBand(KERKRADE, { kind: 'heerlen' }, 32, BAND_POLICY);
    expect(b).toMatchObject({ kind: 'heerlen', label: 'band.heerlen-borrowed', lower: 21, upper: 51, gemeenteCode: KERKRADE });
    expect(b?.sources).toBe(HEERLEN_BAND.sources);
  });
  it('calls Heerlen’s band on Heerlen itself `adopted`, and its own-average band `derived`', () => {
    expect(resolveBand(HEERLEN, { kind: 'heerlen' }, 36, BAND_POLICY)?.kind).toBe('adopted');
    expect(resolveBand(HEERLEN, { kind: 'own-average' }, 37, BAND_POLICY)).toMatchObject({ kind: 'derived', lower: 22, upper: 52 });
  });
  it('takes a custom band as given, clamped to 0–100', () =>
    expect(resolveBand(KERKRADE, { kind: 'custom', centre: 10, halfWidth: 15 }, 32, BAND_POLICY)).toMatchObject({
      kind: 'custom',
      lower: 0,
      upper: 25,
      centreBasis: 'user',
    }));
  it('returns null for a negative or non-finite custom band', () => {
    expect(resolveBand(KERKRADE, { kind: 'custom', centre: 30, halfWidth: -1 }, 32, BAND_POLICY)).toBeNull();
    expect(resolveBand(KERKRADE, { kind: 'custom', centre: NaN, halfWidth: 15 }, 32, BAND_POLICY)).toBeNull();
  });
  it('returns null for a derived band without a CBS average', () =>
    expect(resolveBand(KERKRADE, { kind: 'default' }, null, BAND_POLICY)).toBeNull());
  it('returns null for `heerlen` when no adopted band can be borrowed', () => {
    const none: BandPolicy = { ...BAND_POLICY, adopted: [] };
    expect(resolveBand(KERKRADE, { kind: 'heerlen' }, 32, none)).toBeNull();
  });
});

describe('bands per gemeente', () => {
  const averages = gemeenteAverages(
    new Map([
      [HEERLEN, { corporationPct: 36 }],
      [KERKRADE, { corporationPct: 32 }],
    ]),
  );
  const bands = bandsByGemeente([HEERLEN, KERKRADE, 'GM0986'], { kind: 'default' }, averages, BAND_POLICY);
  it('judges each area against its own gemeente, never a pooled band', () => {
    expect(bandForArea({ gemeenteCode: HEERLEN }, bands)).toMatchObject({ kind: 'adopted', upper: 51 });
    expect(bandForArea({ gemeenteCode: KERKRADE }, bands)).toMatchObject({ kind: 'derived', upper: 47 });
  });
  it('gives a gemeente without an average no band', () => expect(bandForArea({ gemeenteCode: 'GM0986' }, bands)).toBeNull());
  it('applies a choice to every gemeente: `heerlen` gives all 21–51', () => {
    const all = bandsByGemeente([HEERLEN, KERKRADE], { kind: 'heerlen' }, averages, BAND_POLICY);
    expect([...all.values()].map((b) => [b?.kind, b?.lower, b?.upper])).toEqual([
      ['adopted', 21, 51],
      ['heerlen', 21, 51],
    ]);
  });
});

describe('classifyArea', () => {
  const band = { lower: 21, upper: 51 };
  it('counts exactly 51 % as within and 51.01 % as above', () => {
    expect(classifyArea(51, 3961, band, 100)).toBe('within');
    expect(classifyArea(51.01, 3961, band, 100)).toBe('above');
  });
  it('counts exactly 21 % as within and 20.99 % as below', () => {
    expect(classifyArea(21, 1000, band, 100)).toBe('within');
    expect(classifyArea(20.99, 1000, band, 100)).toBe('below');
  });
  it('makes 99 dwellings small and judges 100', () => {
    expect(classifyArea(0, 99, band, 100)).toBe('small');
    expect(classifyArea(0, 100, band, 100)).toBe('below');
  });
  it('lets no figure beat small: a tiny area without a share is nodata', () => expect(classifyArea(null, 13, band, 100)).toBe('nodata'));
  it('judges a share whose dwelling count is unknown', () => expect(classifyArea(60, null, band, 100)).toBe('above'));
  it('is nodata without a band', () => expect(classifyArea(40, 1000, null, 100)).toBe('nodata'));
  it('steps small areas as `small`, others as before', () => {
    expect(areaStep(0, 42, band, 100)).toBe('small');
    expect(areaStep(78, 2301, band, 100)).toBe('above-3');
    expect(areaStep(null, 42, band, 100)).toBe('nodata');
  });
  it('calls wijken verdicts and buurten insight only', () => {
    expect(bandRole('wijk')).toBe('verdict');
    expect(bandRole('buurt')).toBe('insight');
    expect(bandRole('gemeente')).toBe('insight');
  });
});

describe('privateRentClass (breaks 10, 15, 20, 30)', () => {
  const cls = (pct: number | null, dwellings: number | null = 1000) => privateRentClass(pct, dwellings, PRIVATE_RENT_BREAKS, 100);
  it('puts 9.9 in the first class and exactly 10 in the second', () => {
    expect(cls(9.9)).toBe('private-1');
    expect(cls(10)).toBe('private-2');
  });
  it('puts Heerlen’s 17 % in the third class and Heerlen-Centrum’s 45 % in the fifth', () => {
    expect(cls(17)).toBe('private-3');
    expect(cls(45)).toBe('private-5');
  });
  it('puts exactly 30 in the fifth class and 29.9 in the fourth', () => {
    expect(cls(30)).toBe('private-5');
    expect(cls(29.9)).toBe('private-4');
  });
  it('follows the band map’s order: no share → nodata, under 100 dwellings → small', () => {
    expect(cls(null, 13)).toBe('nodata');
    expect(cls(29, 99)).toBe('small');
    expect(cls(29, null)).toBe('private-4');
  });
});
