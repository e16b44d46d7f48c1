/** Uploaded boundaries: RD New detection and reprojection, and per-feature reporting of bad geometry. */
import { problemMessage } from '../../src/i18n/problem-text';
import { describe, expect, it } from 'vitest';
import { declaredCrs, detectCrs } from '../../src/domain/crs';
import { rdToWgs84, reprojectRdGeometry } from '../../src/domain/reproject';
import { parseAreaGeoJson } from '../../src/domain/parse-geojson';
import { ingestGeoJson, lineColumn, parseJsonText, previewGeoJson } from '../../src/domain/upload/ingest-geojson';
import { jsonErrorOffset } from '../../src/domain/json-locate';
import type { AreaGeometry } from '../../src/domain/types';
import { fixtureBytes, loadGeodata } from '../helpers/geodata';

const fixture = (name: string) => new TextDecoder().decode(fixtureBytes(name));
const square = (x: number, y: number, d: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});
const collection = (geometry: unknown, extra: object = {}) => ({
  type: 'FeatureCollection',
  ...extra,
  features: [{ type: 'Feature', properties: { code: 'WK091799', naam: 'Proef' }, geometry }],
});

/** Even-odd ray casting over every ring of a (Multi)Polygon. */
function inside([x, y]: [number, number], g: AreaGeometry): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let hit = false;
  for (const ring of polys.flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  }
  return hit;
}

describe('RD New → WGS84', () => {
  it('puts RD 194000, 322000 at 5.94141 E, 50.88646 N', () => {
    const [lon, lat] = rdToWgs84(194000, 322000);
    // Independent check: the Schreutelkamp & Strang van Hees polynomial gives 5.941409, 50.886464 (< 0.5 m apart).
    expect(lon).toBeCloseTo(5.941407, 5);
    expect(lat).toBeCloseTo(50.886461, 5);
  });
  it('puts that point just west of the Heerlen border, in Voerendaal (CBS boundaries), and 1 km east of it in Heerlen', () => {
    const d = loadGeodata();
    const gemeente = (p: [number, number]) => d.gemeenten.find((g) => inside(p, g.geometry))?.name;
    expect(gemeente(rdToWgs84(194000, 322000))).toBe('Voerendaal');
    expect(gemeente(rdToWgs84(195000, 322000))).toBe('Heerlen');
  });
  it('puts RD 196000, 322000 in the wijk Heerlen-Centrum', () => {
    const wijk = loadGeodata().levels.wijk.areas.find((a) => a.geometry && inside(rdToWgs84(196000, 322000), a.geometry));
    expect(wijk?.code).toBe('WK091733');
  });
  it('puts the RD origin (155000, 463000) at Amersfoort: 5.387204 E, 52.155172 N', () => {
    const [lon, lat] = rdToWgs84(155000, 463000);
    expect(lon).toBeCloseTo(5.387204, 5);
    expect(lat).toBeCloseTo(52.155172, 5);
  });
});

describe('detectCrs', () => {
  it.each([
    ['urn:ogc:def:crs:EPSG::28992', 'EPSG:28992'],
    ['EPSG:28992', 'EPSG:28992'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326'],
    ['urn:ogc:def:crs:EPSG::3857', 'EPSG:3857'],
  ])('reads the crs member %s as %s', (name, code) => expect(declaredCrs({ crs: { type: 'name', properties: { name } } })).toBe(code));
  it('recognises RD by its crs member', () =>
    expect(detectCrs({ crs: { properties: { name: 'EPSG:28992' } } }, [square(194000, 322000, 100)])).toEqual({
      crs: 'rd',
      by: 'crs-member',
    }));
  it('recognises RD by the coordinate ranges alone', () =>
    expect(detectCrs({}, [square(194000, 322000, 100)])).toEqual({ crs: 'rd', by: 'coordinates' }));
  it('recognises WGS84 by the coordinate ranges', () =>
    expect(detectCrs({}, [square(5.9, 50.9, 0.01)])).toEqual({ crs: 'wgs84', by: 'coordinates' }));
  it('calls Web Mercator metres unknown', () => expect(detectCrs({}, [square(660000, 6600000, 100)])).toEqual({ crs: null, by: 'none' }));
  it('refuses another declared CRS', () =>
    expect(detectCrs({ crs: { properties: { name: 'EPSG:3857' } } }, [square(5.9, 50.9, 0.01)]).unsupported).toBe('EPSG:3857'));
});

describe('parseAreaGeoJson with RD coordinates', () => {
  it('reprojects a polygon given in RD (no crs member) and says so', () => {
    const r = parseAreaGeoJson(collection(square(194000, 322000, 100)), 'rd.geojson', { reprojectRd: reprojectRdGeometry });
    const first = r.value[0]?.geometry.type === 'Polygon' ? r.value[0].geometry.coordinates[0]?.[0] : undefined;
    expect(first?.[0]).toBeCloseTo(5.941407, 5);
    expect(first?.[1]).toBeCloseTo(50.886461, 5);
    expect(r.issues).toEqual([
      expect.objectContaining({ severity: 'info', code: 'geojson.reprojected', context: expect.objectContaining({ file: 'rd.geojson' }) }),
    ]);
  });
  it('does not change the input object', () => {
    const input = collection(square(194000, 322000, 100));
    parseAreaGeoJson(input, 'rd.geojson', { reprojectRd: reprojectRdGeometry });
    expect((input.features[0]?.geometry as { coordinates: number[][][] }).coordinates[0]?.[0]).toEqual([194000, 322000]);
  });
  it('refuses RD without a converter (the embedded-data path does not load proj4)', () =>
    expect(parseAreaGeoJson(collection(square(194000, 322000, 100)), 'rd.geojson').issues.map((i) => i.code)).toEqual([
      'geojson.rd-not-supported',
    ]));
  it('refuses unknown coordinates with an error, no features', () => {
    const r = parseAreaGeoJson(collection(square(660000, 6600000, 100)), 'm.geojson');
    expect([r.value.length, r.issues.map((i) => i.code)]).toEqual([0, ['geojson.unknown-crs']]);
  });
});

describe('ingestGeoJson: the RD fixture of the Heerlen wijken', () => {
  const r = ingestGeoJson(fixture('heerlen-wijken-rd.geojson'), { codeProperty: null, nameProperty: null }, 'heerlen-wijken-rd.geojson');
  it('reads 23 wijken, recognised as RD by the crs member', () => {
    expect(r.levels).toEqual({ gemeente: 0, wijk: 23, buurt: 0 });
    expect(r.crs).toEqual({ crs: 'rd', by: 'crs-member' });
    expect(r.fatal).toBe(false);
  });
  it('lands the reprojected Heerlerbaan-Centrum on its embedded label point', () => {
    const up = r.features.find((f) => f.code === 'WK091740');
    const embedded = loadGeodata().levels.wijk.areas.find((a) => a.code === 'WK091740');
    expect(up && embedded?.labelPoint && inside(embedded.labelPoint, up.geometry)).toBe(true);
  });
  it('keeps a script-like name as plain text', () =>
    expect(r.features.find((f) => f.code === 'WK091799')?.name).toBe('<img src=x onerror=alert(1)>'));
});

describe('ingestGeoJson: a file with problems, reported per feature', () => {
  const r = ingestGeoJson(fixture('problems.geojson'), { codeProperty: null, nameProperty: null }, 'problems.geojson');
  it('keeps the valid feature and the self-intersecting one', () =>
    expect(r.features.map((f) => f.code)).toEqual(['WK091740', 'WK091737']));
  it('reports each bad feature with its number', () =>
    expect(r.issues.map((i) => [i.code, i.context.row])).toEqual([
      ['geojson.missing-code', 2],
      ['geojson.empty-geometry', 3],
      ['geojson.invalid-geometry', 4],
      ['geojson.self-intersection', 5],
      ['geojson.unsupported-geometry', 6],
      ['geojson.empty-geometry', 7],
    ]));
  it('says where the bowtie crosses itself', () => {
    const bowtie = r.issues.find((i) => i.context.row === 5);
    expect(bowtie && problemMessage(bowtie, 'nl')).toContain('5.94000, 50.90000');
  });
  it('names the missing code properties', () =>
    expect(r.issues[0] && problemMessage(r.issues[0], 'nl')).toBe(
      'Gebied 2 heeft geen code-eigenschap (code, statcode, wijkcode, buurtcode, gemeentecode, CODE).',
    ));
});

describe('GeoJSON preview and syntax errors', () => {
  it('lists the properties and suggests statcode/statnaam', () => {
    const p = previewGeoJson(fixture('problems.geojson'), 'p.geojson');
    expect([p.featureCount, p.properties, p.suggested]).toEqual([
      7,
      ['statcode', 'statnaam'],
      { codeProperty: 'statcode', nameProperty: 'statnaam' },
    ]);
  });
  it('uses a chosen code property', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'x', wk: 'WK091740' }, geometry: square(5.9, 50.9, 0.01) }],
    });
    expect(ingestGeoJson(text, { codeProperty: 'wk', nameProperty: null }, 'c.geojson').features.map((f) => f.code)).toEqual(['WK091740']);
  });
  it('gives line and column of a character offset', () => expect(lineColumn('{\n  "a": x\n}', 9)).toEqual({ line: 2, column: 8 }));
  it('reports a JSON syntax error with its line and column', () => {
    const r = parseJsonText('{"type": "FeatureCollection",\n "features": [}\n', 'bad.geojson');
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'geojson.syntax',
        context: expect.objectContaining({ file: 'bad.geojson', line: 2, char: 15 }),
      }),
    ]);
  });
  it.each([
    ['{"a": [1, 2, 3], "b": {"c": null, "d": "x\\"y"}}', null],
    ['{"a": 1,}', 8],
    ['["a\tb"]', 3],
    ['[1 2]', 3],
    ['{"a": tru}', 6],
    ['{"a": 1} x', 9],
    ['{"a": "open', 6],
    ['', 0],
  ])('finds the first JSON error in %j at %s', (text, offset) => expect(jsonErrorOffset(text)).toBe(offset));
});
