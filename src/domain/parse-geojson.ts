/** Read area polygons (gemeente, wijk, buurt) from GeoJSON, reporting bad features instead of dropping them silently. */
import pointOnFeature from '@turf/point-on-feature';
import { normaliseCode, levelOfCode, gemeenteOf } from './codes';
import type { AreaFeature, AreaGeometry, Issue, Parsed } from './types';

const CODE_KEYS = ['code', 'statcode', 'wijkcode', 'buurtcode', 'gemeentecode', 'CODE'];
const NAME_KEYS = ['naam', 'statnaam', 'name', 'wijknaam', 'buurtnaam', 'gemeentenaam'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function firstString(props: Record<string, unknown>, keys: string[]): string | null {
  for (const k of keys) {
    const v = props[k];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number') return String(v);
  }
  return null;
}

function isPosition(p: unknown): p is [number, number] {
  return Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

/** Ring problems: too few positions, not closed, non-numeric positions. Returns a message or null. */
export function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return 'ring met minder dan 4 punten';
  if (!ring.every(isPosition)) return 'ring met ongeldige coördinaten';
  const a = ring[0] as number[];
  const b = ring[ring.length - 1] as number[];
  return a[0] === b[0] && a[1] === b[1] ? null : 'ring is niet gesloten';
}

function geometryProblem(g: unknown): string | null {
  if (!isRecord(g)) return 'lege geometrie';
  if (g.type === 'Polygon') {
    if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return 'lege geometrie';
    for (const r of g.coordinates) { const p = ringProblem(r); if (p) return p; }
    return null;
  }
  if (g.type === 'MultiPolygon') {
    if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return 'lege geometrie';
    for (const poly of g.coordinates) {
      if (!Array.isArray(poly) || poly.length === 0) return 'lege geometrie';
      for (const r of poly) { const p = ringProblem(r); if (p) return p; }
    }
    return null;
  }
  return `geometrietype ${String(g.type)} wordt niet ondersteund (alleen Polygon en MultiPolygon)`;
}

/**
 * Parse a FeatureCollection of areas. Each feature needs a CBS code property (`code`, `statcode`, …);
 * features without a usable code or with broken geometry are reported per feature and left out.
 */
export function parseAreaGeoJson(json: unknown, file: string): Parsed<AreaFeature[]> {
  const issues: Issue[] = [];
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    issues.push({ severity: 'error', code: 'geojson.not-collection', message: 'Geen GeoJSON FeatureCollection.', file });
    return { value: [], issues };
  }
  const features: AreaFeature[] = [];
  json.features.forEach((f: unknown, i: number) => {
    const row = i + 1;
    const props = isRecord(f) && isRecord(f.properties) ? f.properties : {};
    const rawCode = firstString(props, CODE_KEYS);
    const code = rawCode ? normaliseCode(rawCode) : null;
    const level = code ? levelOfCode(code) : null;
    if (!code || !level) {
      issues.push({ severity: 'error', code: 'geojson.missing-code', message: `Feature ${row} heeft geen geldige CBS-code${rawCode ? ` ("${rawCode}")` : ''}.`, file, row });
      return;
    }
    const geometry = isRecord(f) ? f.geometry : null;
    const problem = geometryProblem(geometry);
    if (problem) {
      issues.push({ severity: 'error', code: 'geojson.invalid-geometry', message: `Feature ${row} (${code}): ${problem}.`, file, row, key: code });
      return;
    }
    const geom = geometry as unknown as AreaGeometry;
    const p = pointOnFeature({ type: 'Feature', properties: {}, geometry: geom }).geometry.coordinates;
    features.push({
      code,
      name: firstString(props, NAME_KEYS) ?? code,
      level,
      gemeenteCode: normaliseCode(String(props.gemeentecode ?? '')) ?? gemeenteOf(code) ?? '',
      geometry: geom,
      labelPoint: [p[0] ?? 0, p[1] ?? 0],
    });
  });
  return { value: features, issues };
}
