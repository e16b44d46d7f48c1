import { describe, expect, it } from 'vitest';
import { parseStockCsv } from '../../src/domain/parse-stock';
import { parseTable } from '../../src/domain/parse-csv';
import { parseAreaGeoJson } from '../../src/domain/parse-geojson';
import { joinLevel } from '../../src/domain/join';
import { weightedShare } from '../../src/domain/summarize';

const HEADER =
  'code;naam;niveau;gemeentecode;gemeentenaam;woningen;woningen_peiljaar;koop_pct;huur_pct;corporatie_pct;overige_verhuurders_pct;woz_gem_x1000;inwoners;huishoudens;peiljaar;bron';
const CSV = [
  '\ufeff' + HEADER,
  'WK091740;Wijk 40 Heerlerbaan-Centrum;wijk;GM0917;Heerlen;2.301;2024;17;83;78;5;160;4015;2190;2024;CBS',
  'BU09173002;In de Cramer;buurt;GM0917;Heerlen;2;2024;.;.;;x;;15;5;2024;CBS',
  'WK091799;Nergens;wijk;GM0917;Heerlen;100;2024;50;50;veel;10;;;;2024;CBS',
  'WK091740;Dubbel;wijk;GM0917;Heerlen;1;2024;1;1;1;1;;;;2024;CBS',
  '',
  '',
].join('\n');

const square = (x: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 50],
      [x + 0.01, 50],
      [x + 0.01, 50.01],
      [x, 50.01],
      [x, 50],
    ],
  ],
});
const GEO = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { code: 'WK091740', naam: 'Wijk 40 Heerlerbaan-Centrum' }, geometry: square(5.9) },
    { type: 'Feature', properties: { code: 'WK091755', naam: 'Zonder cijfers' }, geometry: square(5.92) },
    { type: 'Feature', properties: { naam: 'Geen code' }, geometry: square(5.94) },
    {
      type: 'Feature',
      properties: { code: 'WK091756' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [5.9, 50],
            [5.91, 50],
            [5.91, 50.01],
          ],
        ],
      },
    },
  ],
};

describe('parseTable', () => {
  it('strips the BOM and skips trailing empty lines', () => {
    const t = parseTable(CSV, { delimiter: ';' }).value;
    expect(t.header[0]).toBe('code');
    expect(t.records).toHaveLength(4);
  });
  it('detects a semicolon delimiter', () => expect(parseTable('a;b\n1;2\n').value.delimiter).toBe(';'));
  it('keeps quoted fields with delimiters', () => expect(parseTable('a;b\n"x;y";2\n').value.records[0]?.cells.a).toBe('x;y'));
});

describe('parseStockCsv', () => {
  const { value: rows, issues } = parseStockCsv(CSV);
  it('reads 78 % and 2301 dwellings (thousands dot) for Heerlerbaan-Centrum', () => {
    expect(rows[0]?.corporationPct).toBe(78);
    expect(rows[0]?.dwellings).toBe(2301);
  });
  it('keeps a blank CBS percentage as null', () => expect(rows[1]?.corporationPct).toBeNull());
  it('reads CBS symbols . and x as null', () => {
    expect(rows[1]?.ownerPct).toBeNull();
    expect(rows[1]?.otherLandlordPct).toBeNull();
  });
  it('reports a non-numeric cell with its row and column', () =>
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'csv.non-numeric', context: expect.objectContaining({ row: 3, column: 'corporatie_pct' }) }),
    ));
  it('reports a missing column', () =>
    expect(parseStockCsv('code;naam\nGM0917;Heerlen\n').issues).toContainEqual(
      expect.objectContaining({ code: 'csv.missing-column', context: expect.objectContaining({ column: 'woningen' }) }),
    ));
});

describe('parseAreaGeoJson', () => {
  const { value, issues } = parseAreaGeoJson(GEO, 'test.geojson');
  it('keeps valid features and reports the rest per feature', () => {
    expect(value.map((f) => f.code)).toEqual(['WK091740', 'WK091755']);
    expect(issues.map((i) => [i.code, i.context.row])).toEqual([
      ['geojson.missing-code', 3],
      ['geojson.invalid-geometry', 4],
    ]);
  });
  it('puts the label point inside the polygon', () => {
    const [x, y] = value[0]?.labelPoint ?? [0, 0];
    expect(x).toBeGreaterThan(5.9);
    expect(x).toBeLessThan(5.91);
    expect(y).toBeGreaterThan(50);
  });
});

describe('joinLevel', () => {
  const features = parseAreaGeoJson(GEO, 'test.geojson').value;
  const rows = parseStockCsv(CSV).value;
  const { areas, report } = joinLevel('wijk', features, rows, []);
  it('matches by code', () => expect(areas.find((a) => a.code === 'WK091740')?.stock?.corporationPct).toBe(78));
  it('reports rows without an area', () => expect(report.unmatchedRows.map((r) => [r.code, r.row])).toEqual([['WK091799', 3]]));
  it('reports areas without a row', () => expect(report.unmatchedFeatures.map((f) => f.code)).toEqual(['WK091755']));
  it('reports duplicate codes with their rows', () => expect(report.duplicateRows).toEqual([{ code: 'WK091740', rows: [1, 4] }]));
  it('computes coverage by features and by dwellings', () => {
    expect(report.featureCoverage).toBe(0.5);
    expect(report.dwellingCoverage).toBe(1);
  });
  it('does not mutate the input rows', () => expect(rows[0]?.name).toBe('Wijk 40 Heerlerbaan-Centrum'));
});

describe('weightedShare', () => {
  const row = (dwellings: number, pct: number | null) => ({ ...parseStockCsv(CSV).value[0]!, dwellings, corporationPct: pct });
  it('weights by dwellings: 1000 at 78 % and 3000 at 6 % → 24 %', () => expect(weightedShare([row(1000, 78), row(3000, 6)])).toBe(24));
  it('ignores rows without data', () => expect(weightedShare([row(1000, 78), row(3000, null)])).toBe(78));
  it('is null without data', () => expect(weightedShare([row(1000, null)])).toBeNull());
});
