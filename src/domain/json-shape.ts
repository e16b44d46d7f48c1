/**
 * What kind of JSON an upload is, before it is walked: nested too deep to be boundaries (refused before
 * any recursive code can overflow the stack), or valid JSON of the wrong kind (TopoJSON, a single
 * Feature, a bare geometry, Esri JSON), each named so the user knows what to do.
 */
import type { ProblemCode } from './problem';

/** Deepest nesting accepted. A FeatureCollection of MultiPolygons is 8 levels deep; properties rarely add more than a few. */
export const MAX_JSON_DEPTH = 64;

/**
 * The 1-based line where `[`/`{` nesting first goes deeper than `max` (brackets inside strings do not
 * count), or null. Linear and without recursion, so a file of 100,000 `[` is refused in one pass.
 */
export function deepNestingLine(text: string, max = MAX_JSON_DEPTH): number | null {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line += 1;
    if (inString) {
      if (c === 92) i += 1;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > max) return line;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return null;
}

export type JsonKind = 'feature-collection' | 'topology' | 'feature' | 'geometry' | 'esri' | 'other';

const GEOMETRY_TYPES = new Set(['Polygon', 'MultiPolygon', 'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'GeometryCollection']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The kind of a parsed JSON value, by its `type` (and, for Esri JSON, `geometryType` or `attributes`). */
export function jsonKind(json: unknown): JsonKind {
  if (!isRecord(json)) return 'other';
  if (json.type === 'FeatureCollection') return 'feature-collection';
  if (json.type === 'Topology') return 'topology';
  if (json.type === 'Feature') return 'feature';
  if (typeof json.type === 'string' && GEOMETRY_TYPES.has(json.type)) return 'geometry';
  const features = json.features;
  const esriFeature = Array.isArray(features) && isRecord(features[0]) && 'attributes' in features[0];
  if (typeof json.geometryType === 'string' || esriFeature) return 'esri';
  return 'other';
}

/** The problem that names a wrong kind of JSON, or null for a FeatureCollection. */
export function wrongKindCode(kind: JsonKind): ProblemCode | null {
  const codes: Record<JsonKind, ProblemCode | null> = {
    'feature-collection': null,
    topology: 'geojson.topojson',
    feature: 'geojson.bare-feature',
    geometry: 'geojson.bare-geometry',
    esri: 'geojson.esri-json',
    other: 'geojson.not-collection',
  };
  return codes[kind];
}
