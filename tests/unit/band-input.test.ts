import { describe, expect, it } from 'vitest';
import { editBand, readTypedNumber } from '../../src/domain/band-input';

const heerlen = { lower: 21, upper: 51, centre: 36, halfWidth: 15 };

describe('readTypedNumber', () => {
  it.each([
    ['60', 60],
    ['37,5', 37.5],
    ['37.5', 37.5],
    [' 51 ', 51],
    ['21%', 21],
    ['21 %', 21],
    ['0', 0],
  ])('reads %j as %d', (text, v) => expect(readTypedNumber(text)).toBe(v));
  it.each(['', ' ', 'veel', '1.000,5', '6o', '--1', ','])('refuses %j', (text) => expect(readTypedNumber(text)).toBeNull());
});

describe('editBand', () => {
  it('60 as the upper edge of 21–51 gives 21–60 (centre 40,5 ± 19,5), not 100', () =>
    expect(editBand('upper', '60', heerlen)).toEqual({ band: { centre: 40.5, halfWidth: 19.5 } }));
  it('37,5 as the centre keeps the half-width: 22,5–52,5', () =>
    expect(editBand('centre', '37,5', heerlen)).toEqual({ band: { centre: 37.5, halfWidth: 15 } }));
  it('an empty field is refused, never read as 0', () => expect(editBand('lower', '', heerlen)).toEqual({ error: 'number' }));
  it('a lower edge above the upper edge is refused', () => expect(editBand('lower', '55', heerlen)).toEqual({ error: 'order' }));
  it('an equal lower and upper edge is refused', () => expect(editBand('upper', '21', heerlen)).toEqual({ error: 'order' }));
  it('a percentage above 100 is refused', () => expect(editBand('upper', '120', heerlen)).toEqual({ error: 'range' }));
  it('a half-width above 50 is refused', () => expect(editBand('halfWidth', '60', heerlen)).toEqual({ error: 'half' }));
  it('a lower edge of 10 gives 10–51', () => expect(editBand('lower', '10', heerlen)).toEqual({ band: { centre: 30.5, halfWidth: 20.5 } }));
});
