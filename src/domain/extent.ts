/**
 * Where uploaded areas lie: the bounding box of a geometry, whether it lies in the Netherlands, and the
 * swap of x and y for files written latitude first (which GeoJSON forbids but many tools write), so a
 * file is never drawn thousands of kilometres away without a word.
 */
import type { AreaGeometry } from './types';

export type BBox = [west: number, south: number, east: number, north: number];

/**
 * The Netherlands in WGS84 with a margin of about 10 km: the country spans 3,36–7,23 E and 50,75–53,56 N
 * (Zeeuws-Vlaanderen to Bourtange, Vaals to Rottumerplaat). An area must lie within it entirely.
 */
export const NETHERLANDS: BBox = [3.2, 50.6, 7.4, 53.7];

/** Bounding box of a polygon or multipolygon (positions with two finite numbers), or null without any. */
export function geometryBbox(g: AreaGeometry): BBox | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys)
    for (const ring of poly)
      for (const [x, y] of ring) {
        if (x === undefined || y === undefined) continue;
        w = Math.min(w, x);
        e = Math.max(e, x);
        s = Math.min(s, y);
        n = Math.max(n, y);
      }
  return Number.isFinite(w) && Number.isFinite(s) ? [w, s, e, n] : null;
}

/** Union of boxes, or null for none. */
export function unionBbox(boxes: readonly (BBox | null)[]): BBox | null {
  const list = boxes.filter((b): b is BBox => b !== null);
  if (list.length === 0) return null;
  return [
    Math.min(...list.map((b) => b[0])),
    Math.min(...list.map((b) => b[1])),
    Math.max(...list.map((b) => b[2])),
    Math.max(...list.map((b) => b[3])),
  ];
}

/** Whether the whole box lies within `area` (default: the Netherlands). */
export function bboxWithin(b: BBox, area: BBox = NETHERLANDS): boolean {
  return b[0] >= area[0] && b[1] >= area[1] && b[2] <= area[2] && b[3] <= area[3];
}

/** The box of a geometry that does not lie wholly within the Netherlands (or has no position), else null. */
export function outsideNetherlands(g: AreaGeometry): BBox | null {
  const b = geometryBbox(g);
  if (b === null) return [NaN, NaN, NaN, NaN];
  return bboxWithin(b) ? null : b;
}

/** Centre of a box as text `lon, lat` with five decimals (about a metre), as problems show positions. */
export function centreText(b: BBox, digits = 5): { lon: string; lat: string } {
  return { lon: ((b[0] + b[2]) / 2).toFixed(digits), lat: ((b[1] + b[3]) / 2).toFixed(digits) };
}

/** Up to `limit` positions (pairs of finite numbers) in nested coordinate arrays, walked without recursion. */
export function samplePositions(coordinates: unknown, limit = 2000): [number, number][] {
  const out: [number, number][] = [];
  const stack: unknown[] = [coordinates];
  while (stack.length > 0 && out.length < limit) {
    const c = stack.pop();
    if (!Array.isArray(c)) continue;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      if (Number.isFinite(c[0]) && Number.isFinite(c[1])) out.push([c[0], c[1]]);
    } else for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]);
  }
  return out;
}

/** A position array with its first two numbers swapped (a third, the height, stays); anything else as is. */
const swapPosition = (p: unknown): unknown => (Array.isArray(p) && p.length >= 2 ? [p[1], p[0], ...p.slice(2)] : p);

/** Coordinates `depth` levels above the positions, with every position swapped (new arrays; the input is not changed). */
function swapNested(c: unknown, depth: number): unknown {
  if (!Array.isArray(c)) return c;
  return depth === 0 ? c.map(swapPosition) : c.map((x) => swapNested(x, depth - 1));
}

/** A geometry with x and y swapped in every position (Polygon and MultiPolygon; other geometries unchanged). */
export function swapAxes<G>(g: G): G {
  if (typeof g !== 'object' || g === null) return g;
  const type = (g as { type?: unknown }).type;
  const coordinates = (g as { coordinates?: unknown }).coordinates;
  if (type === 'Polygon') return { ...g, coordinates: swapNested(coordinates, 1) };
  if (type === 'MultiPolygon') return { ...g, coordinates: swapNested(coordinates, 2) };
  return g;
}

/** A FeatureCollection with every feature's geometry passed through `swapAxes` (new objects). */
export function swapCollectionAxes(
  json: Record<string, unknown> & { features: unknown[] },
): Record<string, unknown> & { features: unknown[] } {
  const features = json.features.map((f) =>
    typeof f === 'object' && f !== null && 'geometry' in f ? { ...f, geometry: swapAxes((f as { geometry: unknown }).geometry) } : f,
  );
  return { ...json, features };
}
