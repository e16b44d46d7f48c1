import { describe, expect, it } from 'vitest';
import { EXPORT_PRESETS, exportFileName, findPreset } from '../../src/export/presets';
import { exportLayout, type Rect } from '../../src/export/layout';
import { fitZoom, metersPerPixel, projectToMap, scaleBar } from '../../src/export/geo';

describe('presets', () => {
  it('has the three sizes of the issue', () => {
    expect(EXPORT_PRESETS.map((p) => [p.id, p.width, p.height])).toEqual([
      ['a4', 3508, 2480],
      ['slide', 1920, 1080],
      ['slide4k', 3840, 2160],
    ]);
  });
  it('lays A4 out on 1122.5 × 793.6 CSS px (297 × 210 mm at 96 px per inch)', () => {
    const a4 = findPreset('a4');
    expect((a4?.width ?? 0) / (a4?.scale ?? 1)).toBeCloseTo(1122.56, 1);
    expect((a4?.height ?? 0) / (a4?.scale ?? 1)).toBeCloseTo(793.6, 1);
  });
  it('lays both slides out on 1280 × 720 units', () => {
    for (const id of ['slide', 'slide4k']) {
      const p = findPreset(id);
      expect([(p?.width ?? 0) / (p?.scale ?? 1), (p?.height ?? 0) / (p?.scale ?? 1)]).toEqual([1280, 720]);
    }
  });
  it('does not know other sizes', () => expect(findPreset('a3')).toBeNull());
  it('names the file by scope, level, date and size', () => {
    expect(exportFileName('GM0917', 'wijk', 'a4', new Date(2025, 4, 2))).toBe('wijkbalans-gm0917-wijk-2025-05-02-a4.png');
    expect(exportFileName('parkstad', 'buurt', 'slide4k', new Date(2025, 11, 31))).toBe('wijkbalans-parkstad-buurt-2025-12-31-slide4k.png');
  });
});

const inside = (r: Rect, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('layout', () => {
  it.each(EXPORT_PRESETS.map((p) => [p.id, p] as const))('%s: every part inside the image, whole pixels, no overlaps', (_, preset) => {
    const l = exportLayout(preset);
    const parts = [l.header, l.map, l.legend, l.footer];
    for (const r of parts) {
      expect(inside(r, preset.width, preset.height)).toBe(true);
      expect([r.x, r.y, r.w, r.h].every(Number.isInteger)).toBe(true);
    }
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j < parts.length; j++) expect(overlap(parts[i] as Rect, parts[j] as Rect)).toBe(false);
  });
  it('gives the A4 map 2377 × 1892 px, the largest part of the page', () => {
    // (1122.56 − 2 × 24 − 300 − 14) × 3.125 = 2376.75; (793.6 − 24 − 62 − 14 − 14 − 50 − 24) × 3.125 = 1892
    const l = exportLayout(EXPORT_PRESETS[0]!);
    expect([l.map.w, l.map.h]).toEqual([2377, 1892]);
    expect(l.map.w * l.map.h).toBeGreaterThan(0.5 * 3508 * 2480);
  });
  it('renders the 4K map at exactly twice the Full-HD map', () => {
    const hd = exportLayout(findPreset('slide')!);
    const uhd = exportLayout(findPreset('slide4k')!);
    expect([uhd.map.w, uhd.map.h]).toEqual([hd.map.w * 2, hd.map.h * 2]);
  });
  it('keeps the map under the 4096-px canvas limit of MapLibre', () => {
    for (const p of EXPORT_PRESETS) expect(Math.max(exportLayout(p).map.w, exportLayout(p).map.h)).toBeLessThanOrEqual(4096);
  });
});

describe('geo', () => {
  it('has about 12.05 m per pixel at Heerlen (50.89° N), zoom 12 (512-px tiles)', () =>
    expect(metersPerPixel(50.89, 12)).toBeCloseTo(12.054, 2));
  it('halves the metres per pixel with each zoom level', () =>
    expect(metersPerPixel(50.89, 13) * 2).toBeCloseTo(metersPerPixel(50.89, 12), 9));
  it('projects the centre to the middle of the map', () => {
    expect(projectToMap([5.98, 50.89], { center: [5.98, 50.89], zoom: 11 }, 800, 600)).toEqual([400, 300]);
  });
  it('projects east to the right and north upwards', () => {
    const [x, y] = projectToMap([6.0, 50.9], { center: [5.98, 50.89], zoom: 11 }, 800, 600);
    expect(x).toBeCloseTo(400 + (0.02 / 360) * 512 * 2048, 6);
    expect(y).toBeLessThan(300);
  });
  it('zooms in one level for a map twice as large in both directions', () => expect(fitZoom(11, [700, 500], [1400, 1000])).toBe(12));
  it('takes the smaller ratio so the whole extent stays visible', () => expect(fitZoom(11, [700, 500], [2800, 1000])).toBe(12));
  it('keeps the zoom for an empty screen map', () => expect(fitZoom(11, [0, 0], [1400, 1000])).toBe(11));
  it('picks 1-2-5 scale bars', () => {
    // 100 px is 603 m at zoom 13, 1205 m at 12, 2411 m at 11, 4822 m at 10
    expect(scaleBar(50.89, 13, 100)).toMatchObject({ meters: 500, label: '500 m' });
    expect(scaleBar(50.89, 12, 100)).toMatchObject({ meters: 1000, label: '1 km' });
    expect(scaleBar(50.89, 11, 100)).toMatchObject({ meters: 2000, label: '2 km' });
    expect(scaleBar(50.89, 10, 100)).toMatchObject({ meters: 2000, label: '2 km' });
    expect(scaleBar(50.89, 13, 100).length).toBeCloseTo(500 / 6.027, 1);
  });
  it('never draws a bar longer than allowed', () => {
    for (let z = 8; z <= 16; z += 0.25) expect(scaleBar(50.89, z, 120).length).toBeLessThanOrEqual(120);
  });
});
