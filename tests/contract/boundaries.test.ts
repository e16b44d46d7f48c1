/**
 * Data contract for the boundaries (issue 10): the real geodata/ through the app's own parse and join.
 * One partition at three levels: every wijk is its buurten, every gemeente its wijken.
 */
import area from '@turf/area';
import { describe, expect, it } from 'vitest';
import { loadGeodata } from '../../scripts/lib/read-geodata';
import type { AreaGeometry } from '../../src/domain/types';

const dataset = loadGeodata();
const wijken = dataset.levels.wijk.areas;
const buurten = dataset.levels.buurt.areas;
const m2 = (g: AreaGeometry | null): number => (g ? area({ type: 'Feature', properties: {}, geometry: g }) : NaN);
const vertices = (g: AreaGeometry | null): number =>
  g ? (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat().reduce((n, ring) => n + ring.length - 1, 0) : 0;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

describe('boundaries: one partition at three levels', () => {
  it('has a polygon for each of the 201 buurten and 49 wijken', () => {
    expect(buurten.filter((a) => a.geometry !== null)).toHaveLength(201);
    expect(wijken.filter((a) => a.geometry !== null)).toHaveLength(49);
  });
  it('has buurt polygons for all 7 gemeenten: Heerlen 57, Brunssum 45, Beekdaelen 29, Landgraaf 27, Kerkrade 18, Voerendaal 16, Simpelveld 9', () => {
    const per = (gm: string) => buurten.filter((a) => a.gemeenteCode === gm).length;
    expect(['GM0917', 'GM0899', 'GM1954', 'GM0882', 'GM0928', 'GM0986', 'GM0965'].map(per)).toEqual([57, 45, 29, 27, 18, 16, 9]);
  });
  it('every wijk has the area of its buurten together (within 0,1 %)', () => {
    const off = wijken.flatMap((w) => {
      const sum = buurten.filter((b) => b.code.slice(2, 8) === w.code.slice(2)).reduce((s, b) => s + m2(b.geometry), 0);
      const rel = Math.abs(sum - m2(w.geometry)) / m2(w.geometry);
      return rel > 0.001 ? [`${w.code} ${(rel * 100).toFixed(3)} %`] : [];
    });
    expect(off).toEqual([]);
  });
  it('every gemeente has the area of its wijken together (within 0,1 %)', () => {
    const off = dataset.gemeenten.flatMap((g) => {
      const sum = wijken.filter((w) => w.gemeenteCode === g.code).reduce((s, w) => s + m2(w.geometry), 0);
      const rel = Math.abs(sum - m2(g.geometry)) / m2(g.geometry);
      return rel > 0.001 ? [`${g.code} ${(rel * 100).toFixed(3)} %`] : [];
    });
    expect(off).toEqual([]);
  });
  it('draws the wijk borders at buurt level from the wijken themselves', () => {
    expect(dataset.wijkBorders.map((f) => f.code)).toEqual(wijken.map((w) => w.code));
  });
  it('has at least 40 vertices per Heerlen buurt at the median (street-level detail)', () => {
    const heerlen = buurten.filter((a) => a.gemeenteCode === 'GM0917').map((a) => vertices(a.geometry));
    expect(heerlen).toHaveLength(57);
    expect(median(heerlen)).toBeGreaterThanOrEqual(40);
  });
});

describe('buurt figures per gemeente', () => {
  it('gives the 29 Beekdaelen buurten their KWB 2024 rows', () => {
    const bk = buurten.filter((a) => a.gemeenteCode === 'GM1954');
    expect(bk.filter((a) => a.stock?.year === 2024)).toHaveLength(29);
  });
  it('leaves the Simpelveld and Voerendaal buurten without a row (no CBS figures per buurt), never 0', () => {
    const sv = buurten.filter((a) => a.gemeenteCode === 'GM0965' || a.gemeenteCode === 'GM0986');
    expect(sv).toHaveLength(25);
    expect(sv.filter((a) => a.stock !== null)).toEqual([]);
  });
  it('gives the Simpelveld and Voerendaal buurten their Leefbaarometer 2024 score, except Kunderberg and Hellebeuk', () => {
    const sv = buurten.filter((a) => a.gemeenteCode === 'GM0965' || a.gemeenteCode === 'GM0986');
    expect(sv.filter((a) => a.liveability[2024]?.lbm == null).map((a) => a.code)).toEqual(['BU09860202', 'BU09860403']);
  });
  it('notes that the 2024 codes of Kunderberg and Hellebeuk are unconfirmed', () => {
    expect(dataset.areaNotes.get('BU09860202')).toBe('code-2024-onbevestigd');
    expect(dataset.areaNotes.get('BU09860403')).toBe('code-2024-onbevestigd');
    expect([...dataset.areaNotes].filter(([, n]) => n === 'code-2024-onbevestigd')).toHaveLength(2);
  });
  it('Simpelveld GM0965 is 24 % in 2024 (CBS 82900NED), with 5190 dwellings', () => {
    const s = dataset.gemeenteRows.get('GM0965');
    expect([s?.corporationPct, s?.year, s?.dwellings]).toEqual([24, 2024, 5190]);
  });
  it('keeps the Simpelveld and Voerendaal wijk rows on KWB 2025, labelled so', () => {
    const sv = wijken.filter((a) => a.gemeenteCode === 'GM0965' || a.gemeenteCode === 'GM0986');
    expect(sv.map((a) => a.stock?.year)).toEqual([2025, 2025, 2025, 2025, 2025, 2025, 2025, 2025]);
    expect(sv.every((a) => a.stock?.source.includes('KWB 2025'))).toBe(true);
  });
});
