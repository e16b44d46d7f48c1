/** The area comparison and the gemeenten without figures, on small frozen inputs with explicit values. */
import { describe, expect, it } from 'vitest';
import { compareArea } from '../../src/domain/compare-area';
import { gemeentenWithoutFigures } from '../../src/domain/figures-coverage';
import type { TrendRow } from '../../src/domain/parse-trend';
import type { Area, StockRow } from '../../src/domain/types';

const stock = (code: string, corporationPct: number | null, extra: Partial<StockRow> = {}): StockRow => ({
  code,
  name: code,
  level: 'wijk',
  gemeenteCode: 'GM0917',
  gemeenteName: 'Heerlen',
  dwellings: 2301,
  dwellingsYear: 2024,
  ownerPct: 17,
  rentPct: 83,
  corporationPct,
  otherLandlordPct: 5,
  wozK: 160,
  inhabitants: null,
  households: null,
  year: 2024,
  source: 'CBS KWB 2024 (85984NED)',
  row: 1,
  ...extra,
});
const area = (code: string, gemeenteCode: string, s: StockRow | null): Area => ({
  code,
  name: `Wijk ${code}`,
  level: 'wijk',
  gemeenteCode,
  geometry: null,
  labelPoint: null,
  stock: s,
  liveability: {},
});
const trend = (
  code: string,
  name: string,
  year: number,
  corporationPct: number | null,
  ownerPct: number,
  otherLandlordPct: number,
): TrendRow => ({
  code,
  name,
  level: code.startsWith('GM') ? 'gemeente' : 'land',
  year,
  dwellings: null,
  owner: null,
  rent: null,
  corporation: null,
  otherLandlord: null,
  unknownOwner: null,
  ownerPct,
  rentPct: null,
  corporationPct,
  otherLandlordPct,
  basis: 'cbs',
  seriesBreak: false,
  row: 1,
});
const TREND = [
  trend('GM0917', 'Heerlen', 2024, 36.3, 46.6, 16.9),
  trend('GM0917', 'Heerlen', 2023, 36.5, 46, 16),
  trend('parkstad', 'Parkstad Limburg', 2024, 29.9, 56.8, 13),
  trend('nederland', 'Nederland', 2024, 28.3, 57.1, 14.5),
];

describe('compareArea', () => {
  const hbc = area('WK091740', 'GM0917', stock('WK091740', 78));
  it('puts the area first, then its gemeente and the references of the year, with the difference in points', () => {
    const rows = compareArea(hbc, TREND, 2024, ['parkstad', 'nederland']);
    expect(rows.map((r) => [r.role, r.code, r.year, r.corporationPct, r.otherLandlordPct, r.ownerPct, r.difference])).toEqual([
      ['area', 'WK091740', 2024, 78, 5, 17, null],
      ['gemeente', 'GM0917', 2024, 36.3, 16.9, 46.6, 41.7],
      ['reference', 'parkstad', 2024, 29.9, 13, 56.8, 48.1],
      ['reference', 'nederland', 2024, 28.3, 14.5, 57.1, 49.7],
    ]);
  });
  it('leaves out a region without a row in that year', () => {
    expect(compareArea(hbc, TREND, 2023, ['parkstad']).map((r) => [r.code, r.corporationPct, r.difference])).toEqual([
      ['WK091740', 78, null],
      ['GM0917', 36.5, 41.5],
    ]);
    expect(compareArea(hbc, TREND, 2024, ['limburg', 'nederland']).map((r) => r.code)).toEqual(['WK091740', 'GM0917', 'nederland']);
  });
  it('keeps the area’s own year (a Simpelveld wijk of 2025 beside the 2024 regions)', () => {
    const w = area('WK096500', 'GM0917', stock('WK096500', 20, { year: 2025 }));
    expect(compareArea(w, TREND, 2024, []).map((r) => [r.year, r.difference])).toEqual([
      [2025, null],
      [2024, -16.3],
    ]);
  });
  it('gives no difference for an area without figures, and no 0', () => {
    const rows = compareArea(area('BU09650001', 'GM0917', null), TREND, 2024, ['nederland']);
    expect(rows.map((r) => [r.corporationPct, r.difference])).toEqual([
      [null, null],
      [36.3, null],
      [28.3, null],
    ]);
  });
});

describe('gemeentenWithoutFigures', () => {
  const areas = [
    area('BU1', 'GM0899', stock('BU1', 30)),
    area('BU2', 'GM0899', stock('BU2', null)),
    area('BU3', 'GM0965', null),
    area('BU4', 'GM0965', null),
    area('BU5', 'GM0986', stock('BU5', null)),
  ];
  it('names the gemeenten none of whose areas has a share, in the order asked', () =>
    expect(gemeentenWithoutFigures(areas, ['GM0986', 'GM0899', 'GM0965'])).toEqual(['GM0986', 'GM0965']));
  it('counts a gemeente without any area as without figures', () =>
    expect(gemeentenWithoutFigures(areas, ['GM0899', 'GM0917'])).toEqual(['GM0917']));
  it('leaves out a gemeente with one area that has a share (a real 0 counts)', () =>
    expect(gemeentenWithoutFigures([area('WK1', 'GM0917', stock('WK1', 0))], ['GM0917'])).toEqual([]));
});
