/** Applying uploads to the embedded dataset (never mutating it), coverage, and the exports. */
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/domain/encoding';
import { AUTO_CHOICE } from '../../src/domain/upload/csv-profile';
import { ingestCsv } from '../../src/domain/upload/ingest-csv';
import { ingestGeoJson } from '../../src/domain/upload/ingest-geojson';
import { buildAreaIndex } from '../../src/domain/upload/area-index';
import { areaKeysInForce, composeDataset, featuresInForce } from '../../src/domain/upload/compose';
import { areasToCsv, areasToGeoJson, dutchNumber, extractRows } from '../../src/domain/upload/export';
import { neutraliseFormula } from '../../src/domain/csv-safe';
import { previewCsv } from '../../src/domain/upload/csv-profile';
import { gemeenteBand } from '../../src/state/view-model';
import { bandFromCentre, classify } from '../../src/domain/band';
import type { Area } from '../../src/domain/types';
import { fixtureBytes, loadGeodata } from '../helpers/geodata';

const base = loadGeodata();
const snapshot = JSON.stringify(base.levels.wijk.areas.find((a) => a.code === 'WK091740'));
const index = buildAreaIndex(areaKeysInForce(base, null));
function figures(name: string) {
  const bytes = fixtureBytes(name);
  const p = previewCsv(bytes, AUTO_CHOICE, false, name);
  if (!p.suggested) throw new Error('no mapping');
  return ingestCsv(decodeBytes(bytes), AUTO_CHOICE, p.suggested, index, name);
}
const cbs = figures('heerlen-wijken-2025.csv');
const wijk = (d: typeof base, code: string) => d.levels.wijk.areas.find((a) => a.code === code);

describe('composeDataset: uploaded figures replace the share', () => {
  const { dataset, coverage } = composeDataset(base, { figures: cbs, keepEmbedded: true, boundaries: null });
  it('shows 45,5 % for Heerlerbaan-Centrum from the file, with its row as source', () => {
    expect(wijk(dataset, 'WK091740')?.stock).toMatchObject({
      corporationPct: 45.5,
      dwellings: 2301,
      year: 2025,
      source: 'heerlen-wijken-2025.csv, rij 23',
    });
  });
  it('keeps the embedded name, liveability and WOZ', () => {
    const a = wijk(dataset, 'WK091740');
    expect(a?.name).toBe('Wijk 40 Heerlerbaan-Centrum');
    expect(Object.keys(a?.liveability ?? {})).toEqual(['2020', '2022', '2024']);
    expect(a?.stock?.wozK).toBe(wijk(base, 'WK091740')?.stock?.wozK);
  });
  it('drops the embedded tenure split, which no longer adds up', () => expect(wijk(dataset, 'WK091740')?.stock?.rentPct).toBeNull());
  it('keeps embedded figures outside the file (Kerkrade) when asked to', () =>
    expect(wijk(dataset, 'WK092800')?.stock).toBe(wijk(base, 'WK092800')?.stock));
  it('never touches the embedded dataset', () => {
    expect(JSON.stringify(wijk(base, 'WK091740'))).toBe(snapshot);
    expect(dataset).not.toBe(base);
    expect(dataset.levels.wijk.areas).not.toBe(base.levels.wijk.areas);
  });
  it("updates the gemeente row; Heerlen's adopted band stays 21–51, its derived band follows the file", () => {
    expect(dataset.gemeenteRows.get('GM0917')?.source).toBe('heerlen-wijken-2025.csv, rij 2');
    // Heerlen's adopted band is policy (centre 36), not the file's figure; the derived band follows the file.
    expect(gemeenteBand(dataset, 'GM0917', { kind: 'default' })).toMatchObject({ kind: 'adopted', lower: 21, upper: 51 });
    expect(gemeenteBand(dataset, 'GM0917', { kind: 'own-average' })).toMatchObject({ kind: 'derived', centre: 36 });
  });
  it('covers the 23 Heerlen wijken of 49, and their share of all wijk dwellings', () => {
    const c = coverage?.wijk;
    expect([c?.features, c?.withRow, c?.withShare, c?.areasWithoutRow.length]).toEqual([49, 23, 23, 26]);
    const all = dataset.levels.wijk.areas.reduce((s, a) => s + (a.stock?.dwellings ?? 0), 0);
    const heerlen = dataset.levels.wijk.areas.filter((a) => a.gemeenteCode === 'GM0917').reduce((s, a) => s + (a.stock?.dwellings ?? 0), 0);
    expect(c?.featureCoverage).toBeCloseTo(23 / 49, 10);
    expect(c?.dwellingCoverage).toBeCloseTo(heerlen / all, 10);
  });
});

describe('composeDataset: replace without keeping embedded figures', () => {
  const { dataset } = composeDataset(base, { figures: cbs, keepEmbedded: false, boundaries: null });
  it('shows no data for a wijk without a row, and says why in the source', () => {
    expect(wijk(dataset, 'WK092800')?.stock?.corporationPct).toBeNull();
    expect(wijk(dataset, 'WK092800')?.stock?.source).toBe('heerlen-wijken-2025.csv: geen rij');
  });
  it('keeps gemeente rows without a figure (they set the band)', () => expect(dataset.gemeenteRows.get('GM0928')?.corporationPct).toBe(32));
});

describe('composeDataset: uploaded boundaries', () => {
  const rd = ingestGeoJson(
    new TextDecoder().decode(fixtureBytes('heerlen-wijken-rd.geojson')),
    { codeProperty: null, nameProperty: null },
    'rd.geojson',
  );
  const { dataset } = composeDataset(base, { figures: null, keepEmbedded: true, boundaries: rd });
  it('replaces the wijken of Heerlen only; other gemeenten keep theirs', () => {
    expect(featuresInForce(base, rd).wijk).toHaveLength(49);
    expect(wijk(dataset, 'WK092800')?.geometry).toBe(wijk(base, 'WK092800')?.geometry);
    expect(wijk(dataset, 'WK091740')?.geometry).not.toBe(wijk(base, 'WK091740')?.geometry);
  });
  it('joins the new polygons to the embedded figures by code', () => expect(wijk(dataset, 'WK091740')?.stock?.corporationPct).toBe(78));
  it('shows a new code without figures under its own (text) name, and reports the orphaned row', () => {
    expect(wijk(dataset, 'WK091799')).toMatchObject({ name: '<img src=x onerror=alert(1)>', stock: null });
    expect(dataset.levels.wijk.report.unmatchedRows.map((r) => r.code)).toEqual(['WK091742']);
  });
  it('offers the new codes to uploaded figures', () => expect(buildAreaIndex(areaKeysInForce(base, rd)).byCode.has('WK091799')).toBe(true));
});

describe('exports', () => {
  const classOf = (a: Area) => classify(a.stock?.corporationPct ?? null, bandFromCentre(36, 15));
  const heerlerbaan = base.levels.wijk.areas.filter((a) => a.code === 'WK091740');
  it('writes the Dutch profile CSV: BOM, ;, decimal comma, class', () =>
    expect(areasToCsv(heerlerbaan, classOf, [{ label: 'E,til 2025', values: new Map([['WK091740', 44.25]]) }])).toBe(
      '\ufeffcode;naam;niveau;gemeentecode;woningen;corporatie_pct;klasse;peiljaar;bron;E,til 2025\r\n' +
        'WK091740;Wijk 40 Heerlerbaan-Centrum;wijk;GM0917;2301;78;boven;2024;CBS KWB 2024 (85984NED);44,25\r\n',
    ));
  it('round-trips: the exported CSV is read back with the same figures', () => {
    const text = areasToCsv(base.levels.wijk.areas, classOf);
    const p = previewCsv(new TextEncoder().encode(text), AUTO_CHOICE, false, 'export.csv');
    const r = p.suggested && ingestCsv(decodeBytes(new TextEncoder().encode(text)), AUTO_CHOICE, p.suggested, index, 'export.csv');
    expect(r?.figures.find((f) => f.code === 'WK091736')).toMatchObject({ share: 6, dwellings: 2096, year: 2024 });
    expect(r?.report.unmatchedCount).toBe(0);
  });
  it('writes GeoJSON with the same fields as properties', () => {
    const fc = JSON.parse(areasToGeoJson(heerlerbaan, classOf)) as {
      features: { properties: Record<string, unknown>; geometry: { type: string } }[];
    };
    expect(fc.features[0]?.properties).toEqual({
      code: 'WK091740',
      naam: 'Wijk 40 Heerlerbaan-Centrum',
      niveau: 'wijk',
      gemeentecode: 'GM0917',
      woningen: 2301,
      corporatie_pct: 78,
      klasse: 'boven',
      peiljaar: 2024,
      bron: 'CBS KWB 2024 (85984NED)',
    });
    expect(fc.features[0]?.geometry.type).toBe('Polygon');
  });
  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+31', '+31'],
    ['+31 45', "'+31 45"],
    ['-5', '-5'],
    ['-x', "'-x"],
    ['Heerlen', 'Heerlen'],
  ])('neutralises spreadsheet formulas: %j → %j', (raw, safe) => expect(neutraliseFormula(raw)).toBe(safe));
  it('rounds to two decimals with a comma', () =>
    expect([dutchNumber(26.988266), dutchNumber(null), dutchNumber(2301, 0)]).toEqual(['26,99', '', '2301']));
  it('extracts the unmatched rows with their spreadsheet row numbers and the original header', () =>
    expect(extractRows('code;naam\nWK091740;a\nXYZ;b\nGM0363;=1+1\n', ';', new Set([3, 4]))).toBe(
      "\ufeffrij;code;naam\r\n3;XYZ;b\r\n4;GM0363;'=1+1\r\n",
    ));
});
