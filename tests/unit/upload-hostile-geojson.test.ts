/**
 * Hostile and broken boundary files (issue 14): swapped or implausible coordinates, the wrong kind of
 * JSON, nesting that would overflow the stack, checks that were skipped, and replacements that would
 * empty a gemeente. Each has a frozen fixture in tests/fixtures/upload.
 */
import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../src/i18n/problem-text';
import { ingestGeoJson, previewGeoJson, type GeoMapping } from '../../src/domain/upload/ingest-geojson';
import { replacementPlan } from '../../src/domain/upload/replacement-plan';
import { featuresInForce } from '../../src/domain/upload/compose';
import { bboxWithin, NETHERLANDS, swapAxes } from '../../src/domain/extent';
import { deepNestingLine, jsonKind } from '../../src/domain/json-shape';
import type { AreaGeometry } from '../../src/domain/types';
import { fixtureBytes, loadGeodata } from '../helpers/geodata';

const base = loadGeodata();
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
const text = (name: string) => new TextDecoder().decode(fixtureBytes(name));
const AUTO: GeoMapping = { codeProperty: null, nameProperty: null };
const ingest = (name: string, patch: Partial<GeoMapping> = {}) => ingestGeoJson(text(name), { ...AUTO, ...patch }, name);

describe('class 1: swapped or implausible coordinates', () => {
  it('swapAxes swaps x and y of every position and keeps a height (the input is not changed)', () => {
    const g = {
      type: 'Polygon',
      coordinates: [
        [
          [50.9, 5.9, 120],
          [50.9, 6.0],
          [51.0, 6.0],
          [50.9, 5.9, 120],
        ],
      ],
    };
    expect(swapAxes(g).coordinates).toEqual([
      [
        [5.9, 50.9, 120],
        [6.0, 50.9],
        [6.0, 51.0],
        [5.9, 50.9, 120],
      ],
    ]);
    expect(g.coordinates[0]?.[0]).toEqual([50.9, 5.9, 120]);
  });
  describe('WGS84 written latitude first (swapped-latlon.geojson)', () => {
    const r = ingest('swapped-latlon.geojson');
    it('is asked about, with no area handed out', () => {
      expect([r.verdict, r.fatal, r.features, r.questions.map((q) => q.kind)]).toEqual(['ask', true, [], ['swap-axes']]);
      expect(r.questions[0]?.answers).toEqual([{ id: 'swap-axes', patch: { axes: 'swap' } }]);
    });
    it('names where the areas lie as written and where they lie swapped', () => {
      expect(r.questions[0]?.problem.context).toEqual({
        file: 'swapped-latlon.geojson',
        count: 2,
        given: '50.87659, 5.97718',
        swapped: '5.97718, 50.87659',
      });
      expect(r.questions[0] && problemMessage(r.questions[0].problem, 'nl')).toBe(
        'De coördinaten lijken verwisseld (y, x in plaats van x, y): zoals ze in het bestand staan (50.87659, 5.97718) liggen de gebieden buiten Nederland; omgewisseld liggen ze in Nederland (lengte, breedte 5.97718, 50.87659). Bevestig het omwisselen van de assen, of sla het bestand opnieuw op met x (oost, lengtegraad) eerst.',
      );
    });
    it('swapped after confirmation: every position swapped back, and the areas lie on their embedded label points', () => {
      const ok = ingest('swapped-latlon.geojson', { axes: 'swap' });
      expect([ok.verdict, ok.features.map((f) => f.code)]).toEqual(['ok', ['WK091740', 'WK091736']]);
      const given = JSON.parse(text('swapped-latlon.geojson')) as { features: { geometry: unknown }[] };
      expect(ok.features[0]?.geometry).toEqual(swapAxes(given.features[0]?.geometry));
      for (const f of ok.features) {
        const embedded = base.levels.wijk.areas.find((a) => a.code === f.code);
        expect(embedded?.labelPoint && inside(embedded.labelPoint, f.geometry)).toBe(true);
      }
    });
  });
  it('RD New written y, x (swapped-rd.geojson) is asked about too, and read as RD once swapped', () => {
    const r = ingest('swapped-rd.geojson');
    expect([r.verdict, r.questions[0]?.problem.context.given]).toEqual(['ask', '320913, 196525']);
    const ok = ingest('swapped-rd.geojson', { axes: 'swap' });
    expect([ok.verdict, ok.crs, ok.features.length, ok.bbox && bboxWithin(ok.bbox, NETHERLANDS)]).toEqual([
      'ok',
      { crs: 'rd', by: 'coordinates' },
      2,
      true,
    ]);
  });
  it('a file in Paris either way (paris.geojson) is refused, naming where it lies', () => {
    const r = ingest('paris.geojson');
    expect([r.verdict, r.fatal, r.features]).toEqual(['refuse', true, []]);
    const err = r.issues.find((i) => i.code === 'geojson.all-outside-nl');
    expect(err?.context).toEqual({ file: 'paris.geojson', count: 2, lon: '2.36000', lat: '48.86000' });
    expect(err && problemMessage(err, 'nl')).toBe(
      'De gebieden liggen buiten Nederland (bij 2.36000, 48.86000); het bestand is niet gebruikt. Controleer het coördinatenstelsel: gebruik WGS84 (lengte, breedte) of RD New (EPSG:28992).',
    );
  });
  it('one area at 0, 0 (one-outside.geojson) is left out and named; the other is used', () => {
    const r = ingest('one-outside.geojson');
    expect([r.verdict, r.features.map((f) => f.code)]).toEqual(['ok', ['WK091740']]);
    expect(r.issues).toEqual([
      {
        severity: 'error',
        code: 'geojson.outside-nl',
        context: { file: 'one-outside.geojson', row: 2, key: 'WK091736', lon: '0.00500', lat: '0.00500' },
      },
    ]);
  });
  it('the RD fixture of the 23 Heerlen wijken still passes without a question', () =>
    expect(ingest('heerlen-wijken-rd.geojson').verdict).toBe('ok'));
});

describe('class 1: a boundary file never empties a gemeente silently (two-wijken-misplaced.geojson)', () => {
  const r = ingest('two-wijken-misplaced.geojson');
  const plan = replacementPlan(base, r);
  it('reads (both areas lie in the Netherlands)', () => expect(r.verdict).toBe('ok'));
  it('plans 23 → 2 wijken for Heerlen, 21 vanishing, and asks', () => {
    expect(plan.changes.map((c) => [c.gemeenteName, c.level, c.before, c.after, c.vanishing.length, c.added.length])).toEqual([
      ['Heerlen', 'wijk', 23, 2, 21, 0],
    ]);
    expect([plan.verdict, plan.questions[0]?.answers.map((a) => a.id)]).toEqual(['ask', ['replace-gemeente', 'replace-codes']]);
    expect(plan.problems[0] && problemMessage(plan.problems[0], 'nl')).toMatch(
      /^Dit vervangt de 23 wijken van Heerlen door 2 uit het bestand; van de kaart verdwijnen \(21\): Wijk 10 Maria Gewanden en Terschuren, /,
    );
  });
  it('names the wijk that lies far from Heerlen', () =>
    expect(plan.misplaced).toEqual([
      { code: 'WK091733', name: 'Wijk 33 Heerlen-Centrum', gemeenteName: 'Heerlen', lon: '5.17739', lat: '52.08584' },
    ]));
  it('"only the codes in the file" keeps the other 21 wijken of Heerlen', () => {
    const codes = { ...r, mapping: { ...r.mapping, replace: 'codes' as const } };
    const heerlen = featuresInForce(base, codes).wijk.filter((f) => f.gemeenteCode === 'GM0917');
    expect(heerlen).toHaveLength(23);
    expect(replacementPlan(base, codes).verdict).toBe('ok');
  });
  it('the whole gemeente replaced, once chosen: 2 wijken for Heerlen', () => {
    const all = { ...r, mapping: { ...r.mapping, replace: 'gemeente' as const } };
    expect(featuresInForce(base, all).wijk.filter((f) => f.gemeenteCode === 'GM0917')).toHaveLength(2);
  });
});

describe('class 5: valid JSON of the wrong kind, and nesting too deep', () => {
  it.each([
    ['topology.json', 'geojson.topojson', 'Dit is TopoJSON (type "Topology"), geen GeoJSON.'],
    ['feature.geojson', 'geojson.bare-feature', 'Dit is één los GeoJSON-Feature, geen FeatureCollection met gebieden.'],
  ])('%s is refused as %s, in the preview and when read', (name, code, start) => {
    const p = previewGeoJson(text(name), name);
    expect(p.issues.map((i) => i.code)).toEqual([code]);
    expect(p.issues[0] && problemMessage(p.issues[0], 'nl').startsWith(start)).toBe(true);
    expect([ingest(name).verdict, ingest(name).issues.map((i) => i.code)]).toEqual(['refuse', [code]]);
  });
  it.each([
    [{ type: 'Polygon', coordinates: [] }, 'geometry'],
    [{ geometryType: 'esriGeometryPolygon', features: [{ attributes: {}, geometry: { rings: [] } }] }, 'esri'],
    [[1, 2], 'other'],
    [{ type: 'FeatureCollection', features: [] }, 'feature-collection'],
  ])('jsonKind(%j) is %s', (json, kind) => expect(jsonKind(json)).toBe(kind));
  it('a bare geometry names its type', () =>
    expect(ingestGeoJson('{"type":"MultiPolygon","coordinates":[]}', AUTO, 'g.json').issues).toEqual([
      { severity: 'error', code: 'geojson.bare-geometry', context: { file: 'g.json', value: 'MultiPolygon' } },
    ]));
  it('10,000 levels of nesting (deep.geojson) are refused cleanly, no stack overflow', () => {
    const expected = [{ severity: 'error', code: 'geojson.too-deep', context: { file: 'deep.geojson', max: 64, line: 1 } }];
    expect(previewGeoJson(text('deep.geojson'), 'deep.geojson').issues).toEqual(expected);
    expect(ingest('deep.geojson').issues).toEqual(expected);
  });
  it('brackets inside strings do not count as nesting', () => expect(deepNestingLine(`{"a":"${'['.repeat(100)}"}`)).toBeNull());
});

describe('class 5: a skipped geometry check is reported as skipped (large-ring.geojson)', () => {
  const r = ingest('large-ring.geojson');
  it('says the area with 5,001 points was not checked for self-intersection', () => {
    expect(r.checks.selfIntersection).toEqual({ checked: 0, skipped: ['WK091733'], max: 5000 });
    expect(r.issues).toEqual([
      { severity: 'info', code: 'geojson.checks-skipped', context: { file: 'large-ring.geojson', count: 1, max: 5000, keys: 'WK091733' } },
    ]);
    expect(r.issues[0] && problemMessage(r.issues[0], 'nl')).toBe(
      'Niet gecontroleerd of de rand zichzelf snijdt, omdat die meer dan 5.000 punten heeft: WK091733 (1 in totaal). Controleer die gebieden zo nodig in QGIS (Geometrie controleren).',
    );
  });
  it('is still applied (not an error)', () => expect(r.verdict).toBe('ok'));
  it('a small file says it checked them all', () =>
    expect(ingest('heerlen-wijken-rd.geojson').checks.selfIntersection).toEqual({ checked: 23, skipped: [], max: 5000 }));
});
