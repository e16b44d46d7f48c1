/** Geometry helpers (lon/lat, WGS84) for the overlay pipeline: point-in-polygon, area, rounding. */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Areal = Polygon | MultiPolygon;
export type Ring = Position[];

export function lonLat(p: Position): [number, number] {
  const [x, y] = p;
  if (x === undefined || y === undefined) throw new Error('Position without coordinates');
  return [x, y];
}

function inRing(pt: [number, number], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = lonLat(ring[i] ?? []);
    const [xj, yj] = lonLat(ring[j] ?? []);
    if (yi > pt[1] !== yj > pt[1] && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function polygons(g: Areal): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Even-odd point-in-polygon test, holes respected. */
export function containsPoint(g: Areal, pt: [number, number]): boolean {
  return polygons(g).some((rings) => {
    const [outer, ...holes] = rings;
    return outer !== undefined && inRing(pt, outer) && !holes.some((h) => inRing(pt, h));
  });
}

/** Signed planar area of a ring in degree² (positive = counter-clockwise). */
function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = lonLat(ring[i] ?? []);
    const [x2, y2] = lonLat(ring[i + 1] ?? []);
    s += x1 * y2 - x2 * y1;
  }
  return s / 2;
}

/** Approximate area in hectares (equirectangular scaling at the ring's latitude; fine for a few km). */
export function areaHa(g: Areal): number {
  let ha = 0;
  for (const rings of polygons(g)) {
    rings.forEach((ring, k) => {
      const lat = lonLat(ring[0] ?? []).at(1) ?? 0;
      const m2 = Math.abs(signedArea(ring)) * 111_320 * 111_320 * Math.cos((lat * Math.PI) / 180);
      ha += (k === 0 ? 1 : -1) * (m2 / 10_000);
    });
  }
  return ha;
}

/** Round every coordinate to `d` decimals. */
export function roundPos(p: Position, d = 6): Position {
  const f = 10 ** d;
  return p.map((v) => Math.round(v * f) / f);
}

/** True when the point lies in the overlay sanity box (lon 5.7–6.2, lat 50.75–51.0). */
export function inParkstadBox(lon: number, lat: number): boolean {
  return lon >= 5.7 && lon <= 6.2 && lat >= 50.75 && lat <= 51.0;
}
