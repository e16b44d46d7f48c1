/** Minimal GeoJSON types plus raw reading, rounding and serialising for geodata/*.geojson. */
import { fail } from './errors.ts';
import { isRecord } from './raw-files.ts';

export type Position = [number, number];
export type Ring = Position[];
export type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

export interface Metadata {
  bron: string;
  /** year of the codes (indeling) */
  jaar: number;
  /** year of the geometry */
  geometriejaar: number;
  /** simplification tolerance in metres (0 = none) */
  vereenvoudiging_m: number;
}

export interface OutFeature {
  type: 'Feature';
  properties: Record<string, string>;
  geometry: Geometry;
}

export interface RawFeature {
  properties: Record<string, unknown>;
  geometry: Geometry;
}

export interface RawCollection {
  top: Record<string, unknown>;
  features: RawFeature[];
}

/** All rings of a Polygon or MultiPolygon. */
export function ringsOf(g: Geometry): Ring[] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function toPosition(v: unknown, where: string): Position {
  if (!Array.isArray(v) || v.length !== 2) return fail(`${where}: position is not [lon, lat]`);
  const [x, y] = v as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    return fail(`${where}: position has non-numeric coordinates`);
  }
  return [x, y];
}

function toRings(v: unknown, where: string): Ring[] {
  if (!Array.isArray(v)) return fail(`${where}: polygon is not an array of rings`);
  return v.map((ring: unknown, r) => {
    if (!Array.isArray(ring)) return fail(`${where}: ring ${String(r)} is not an array`);
    return ring.map((p: unknown) => toPosition(p, `${where} ring ${String(r)}`));
  });
}

/** Parse and type-check a geometry (Polygon or MultiPolygon only). */
export function toGeometry(v: unknown, where: string): Geometry {
  if (!isRecord(v)) return fail(`${where}: geometry missing`);
  if (v['type'] === 'Polygon') return { type: 'Polygon', coordinates: toRings(v['coordinates'], where) };
  if (v['type'] === 'MultiPolygon') {
    const polys = v['coordinates'];
    if (!Array.isArray(polys)) return fail(`${where}: MultiPolygon coordinates not an array`);
    return { type: 'MultiPolygon', coordinates: polys.map((p: unknown, i) => toRings(p, `${where} polygon ${String(i)}`)) };
  }
  return fail(`${where}: geometry type ${String(v['type'])} is not Polygon/MultiPolygon`);
}

/** A raw FeatureCollection from ../shared/data. */
export function toRawCollection(json: unknown, file: string): RawCollection {
  if (!isRecord(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features'])) {
    return fail(`${file}: not a GeoJSON FeatureCollection`);
  }
  const features = json['features'].map((f: unknown, i): RawFeature => {
    const where = `${file} feature ${String(i)}`;
    if (!isRecord(f) || !isRecord(f['properties'])) return fail(`${where}: no properties`);
    return { properties: f['properties'], geometry: toGeometry(f['geometry'], where) };
  });
  return { top: json, features };
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Same geometry type and structure, coordinates rounded to 6 decimals. */
export function roundGeometry(g: Geometry): Geometry {
  const ring = (r: Ring): Ring => r.map(([x, y]): Position => [round6(x), round6(y)]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}

/** FeatureCollection text: metadata first, one feature per line (diff-friendly), no `crs`. */
export function serializeCollection(metadata: Metadata, features: readonly OutFeature[]): string {
  const head = `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[`;
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  return `${head}\n${body}\n]}\n`;
}
