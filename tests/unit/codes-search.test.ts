import { describe, expect, it } from 'vitest';
import { gemeenteOf, normaliseCode, wijkOf } from '../../src/domain/codes';
import { displayName, foldText, searchAreas } from '../../src/domain/search';

describe('normaliseCode', () => {
  it.each([
    ['GM0917', 'GM0917'],
    ['gm0917', 'GM0917'],
    ['0917', 'GM0917'],
    ['917', 'GM0917'],
    [' WK091740 ', 'WK091740'],
    ['091740', 'WK091740'],
    ['BU09172000', 'BU09172000'],
    ['09172000', 'BU09172000'],
    ['bu 0917 2000', 'BU09172000'],
  ])('%j → %s', (raw, code) => expect(normaliseCode(raw)).toBe(code));
  it('rejects text', () => expect(normaliseCode('Heerlen')).toBeNull());
  it('rejects too many digits', () => expect(normaliseCode('GM09170')).toBeNull());
  it('finds the gemeente and wijk of a buurt', () => {
    expect(gemeenteOf('BU09172000')).toBe('GM0917');
    expect(wijkOf('BU09172000')).toBe('WK091720');
  });
});

const items = [
  { code: 'BU09172003', name: 'Versiliënbosch' },
  { code: 'WK091740', name: 'Wijk 40 Heerlerbaan-Centrum' },
  { code: 'WK091741', name: 'Wijk 41 Heerlerbaan-Schil' },
  { code: 'WK091736', name: 'Wijk 36 Welten-Benzenrade' },
];

describe('search', () => {
  it('folds diacritics', () => expect(foldText('Versiliënbosch')).toBe('versilienbosch'));
  it('finds Versiliënbosch without the diaeresis', () =>
    expect(searchAreas(items, 'versilien').map((i) => i.code)).toEqual(['BU09172003']));
  it('finds by code', () => expect(searchAreas(items, 'wk091740').map((i) => i.code)).toEqual(['WK091740']));
  it('finds by name without the wijk number', () =>
    expect(searchAreas(items, 'heerlerbaan').map((i) => i.code)).toEqual(['WK091740', 'WK091741']));
  it('strips the CBS wijk prefix for display', () => expect(displayName('Wijk 40 Heerlerbaan-Centrum')).toBe('Heerlerbaan-Centrum'));
});
