/** Data contract: the real geodata/ through the app's own parse and join, checked against known CBS values. */
import { describe, expect, it } from 'vitest';
import { readRawGeodata } from '../../scripts/lib/read-geodata';
import { buildDataset } from '../../src/domain/dataset';
import { gemeenteBand } from '../../src/state/view-model';
import { gemeentenShare } from '../../src/domain/band-setting';
import { scopeGemeenten } from '../../src/config/policy';
import { classify } from '../../src/domain/band';

const dataset = buildDataset(readRawGeodata());
const wijk = (code: string) => dataset.levels.wijk.areas.find((a) => a.code === code);
const buurt = (code: string) => dataset.levels.buurt.areas.find((a) => a.code === code);

describe('geodata contract', () => {
  it('has 7 gemeenten, 49 wijken and 201 buurten', () => {
    expect(dataset.gemeenten).toHaveLength(7);
    expect(dataset.levels.wijk.areas).toHaveLength(49);
    expect(dataset.levels.buurt.areas).toHaveLength(201);
  });
  it('parses without errors', () => expect(dataset.issues.filter((i) => i.severity === 'error')).toEqual([]));
  it('joins every wijk polygon to a stock row', () => {
    expect(dataset.levels.wijk.report.matched).toBe(49);
    expect(dataset.levels.wijk.report.unmatchedFeatures).toEqual([]);
    expect(dataset.levels.wijk.report.duplicateRows).toEqual([]);
  });
  it('joins every buurt row to a polygon; the only polygons without a row are the Simpelveld and Voerendaal buurten', () => {
    expect(dataset.levels.buurt.report.matched).toBe(176);
    expect(dataset.levels.buurt.report.unmatchedRows).toEqual([]);
    const unmatched = dataset.levels.buurt.report.unmatchedFeatures.map((f) => f.code.slice(0, 6));
    expect([...new Set(unmatched)]).toEqual(['BU0965', 'BU0986']);
    expect(unmatched).toHaveLength(25);
  });
  it('GM0917 Heerlen is 36 %', () => expect(dataset.gemeenteRows.get('GM0917')?.corporationPct).toBe(36));
  it('WK091740 Heerlerbaan-Centrum is 78 % with 2301 dwellings', () => {
    expect(wijk('WK091740')?.name).toContain('Heerlerbaan-Centrum');
    expect(wijk('WK091740')?.stock?.corporationPct).toBe(78);
    expect(wijk('WK091740')?.stock?.dwellings).toBe(2301);
  });
  it('WK091736 Welten-Benzenrade is 6 %', () => expect(wijk('WK091736')?.stock?.corporationPct).toBe(6));
  it('BU09172000 Weggebekker is 89 %', () => expect(buurt('BU09172000')?.stock?.corporationPct).toBe(89));
  it('BU09173002 In de Cramer has no data (null, not 0)', () => expect(buurt('BU09173002')?.stock?.corporationPct).toBeNull());
  it('WK091723 De Hei is a real 0', () => expect(wijk('WK091723')?.stock?.corporationPct).toBe(0));
  it('labels Simpelveld and Voerendaal wijk figures with 2025', () => {
    expect(wijk('WK096500')?.stock?.year).toBe(2025);
    expect(wijk('WK098601')?.stock?.year).toBe(2025);
  });
  it('has Leefbaarometer 2020, 2022 and 2024 for every wijk', () => {
    for (const a of dataset.levels.wijk.areas) expect(Object.keys(a.liveability).sort()).toEqual(['2020', '2022', '2024']);
  });
  it('the default band for Heerlen is its adopted 21–51', () => {
    const b = gemeenteBand(dataset, 'GM0917', { kind: 'default' });
    expect([b?.lower, b?.upper, b?.kind]).toEqual([21, 51, 'adopted']);
  });
  it('Heerlen wijken by share against 21–51: 2 above (58, 78), 7 below (13, 0, 0, 6, 20, 19, 0), 14 within', () => {
    const band = { lower: 21, upper: 51 };
    const heerlen = dataset.levels.wijk.areas.filter((a) => a.gemeenteCode === 'GM0917');
    const count = (c: string) => heerlen.filter((a) => classify(a.stock?.corporationPct ?? null, band) === c).length;
    expect([count('above'), count('below'), count('within'), count('nodata')]).toEqual([2, 7, 14, 0]);
  });
  it('the Parkstad average is the dwelling-weighted share of the 7 gemeenten, between 25 and 35 %', () => {
    const avg = gemeentenShare(dataset, scopeGemeenten('parkstad')) ?? 0;
    expect(avg).toBeGreaterThan(25);
    expect(avg).toBeLessThan(35);
  });
});
