import { describe, expect, it } from 'vitest';
import { bandFromCentre, bandStep, classify, distanceToBand, dwellingsToBand } from '../../src/domain/band';

const band = bandFromCentre(36, 15);

describe('band', () => {
  it('is 21–51 around 36 ± 15', () => expect(band).toEqual({ lower: 21, upper: 51 }));
  it('clamps to 0–100', () => expect(bandFromCentre(10, 15)).toEqual({ lower: 0, upper: 25 }));
});

describe('classify', () => {
  it('counts the lower edge 21 as within', () => expect(classify(21, band)).toBe('within'));
  it('counts the upper edge 51 as within', () => expect(classify(51, band)).toBe('within'));
  it('puts 20.9 below', () => expect(classify(20.9, band)).toBe('below'));
  it('puts 51.1 above', () => expect(classify(51.1, band)).toBe('above'));
  it('puts 78 (Heerlerbaan-Centrum) above', () => expect(classify(78, band)).toBe('above'));
  it('puts 6 (Welten-Benzenrade) below', () => expect(classify(6, band)).toBe('below'));
  it('treats null as no data, not below', () => expect(classify(null, band)).toBe('nodata'));
  it('puts 0 below (a real 0 is data)', () => expect(classify(0, band)).toBe('below'));
});

describe('distance and steps', () => {
  it('measures 78 as +27 points', () => expect(distanceToBand(78, band)).toBe(27));
  it('measures 6 as −15 points', () => expect(distanceToBand(6, band)).toBe(-15));
  it('is 0 inside', () => expect(distanceToBand(36, band)).toBe(0));
  it('steps 56 (5 above) to above-1', () => expect(bandStep(56, band)).toBe('above-1'));
  it('steps 58 (7 above) to above-2', () => expect(bandStep(58, band)).toBe('above-2'));
  it('steps 6 (15 below) to below-2', () => expect(bandStep(6, band)).toBe('below-2'));
  it('steps 0 (21 below) to below-3', () => expect(bandStep(0, band)).toBe('below-3'));
  it('steps 78 to above-3', () => expect(bandStep(78, band)).toBe('above-3'));
});

describe('dwellingsToBand', () => {
  it('Heerlerbaan-Centrum: 2301 at 78 % needs 622 fewer corporation dwellings (621.27 rounded up)', () =>
    expect(dwellingsToBand(2301, 78, band)).toEqual({ direction: 'remove', dwellings: 622 }));
  it('Welten-Benzenrade: 2096 at 6 % needs 315 more (314.4 rounded up)', () =>
    expect(dwellingsToBand(2096, 6, band)).toEqual({ direction: 'add', dwellings: 315 }));
  it('1000 at 61 % needs exactly 100 fewer', () =>
    expect(dwellingsToBand(1000, 61, band)).toEqual({ direction: 'remove', dwellings: 100 }));
  it('is none inside the band', () => expect(dwellingsToBand(1000, 40, band)).toEqual({ direction: 'none', dwellings: 0 }));
  it('is null without figures', () => expect(dwellingsToBand(null, 40, band)).toBeNull());
});
