/** The exported legend is built from the same selectors as the screen legend: known counts on the real geodata. */
import { describe, expect, it } from 'vitest';
import { readRawGeodata } from '../../scripts/lib/read-geodata';
import { buildDataset } from '../../src/domain/dataset';
import { legendModel } from '../../src/export/legend-model';

const dataset = buildDataset(readRawGeodata());

describe('export legend model', () => {
  it('Heerlen wijken: band 21–51, average 36, 7 below, 14 within, 2 above, 23 dots', () => {
    const m = legendModel(dataset, 'GM0917', 'wijk', null);
    expect([m.band.lower, m.band.upper, m.average]).toEqual([21, 51, 36]);
    expect(m.counts).toEqual({ below: 7, within: 14, above: 2, nodata: 0 });
    expect(m.dots).toHaveLength(23);
    expect(m.missing).toEqual([]);
  });
  it('colours Heerlerbaan-Centrum (78 %) as above-3 and Welten-Benzenrade (6 %) as below-2', () => {
    const m = legendModel(dataset, 'GM0917', 'wijk', null);
    expect(m.dots.find((d) => d.pct === 78)?.step).toBe('above-3');
    expect(m.dots.find((d) => d.pct === 6)?.step).toBe('below-2');
  });
  it('follows a band set by the user (centre 10 ± 15 → 15 above)', () => {
    const m = legendModel(dataset, 'GM0917', 'wijk', { centre: 10, halfWidth: 15 });
    expect([m.band.lower, m.band.upper]).toEqual([0, 25]);
    expect(m.counts.above).toBe(15);
  });
  it('names no Parkstad gemeente without buurt polygons (all 7 have them since the 2016 kaart geometry)', () => {
    expect(legendModel(dataset, 'parkstad', 'buurt', null).missing).toEqual([]);
  });
});
