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

const M_PER_DEG = 111_320;

/**
 * An item placed in a wijk or buurt must lie at least this far inside it (metres): inside, and not on or
 * beside a boundary vertex where a click or a label could belong to the neighbour.
 */
export const MIN_CLEARANCE_M = 10;

/** True when the point lies inside the area with at least MIN_CLEARANCE_M to every edge. */
export function wellInside(g: Areal, pt: [number, number]): boolean {
  return containsPoint(g, pt) && distanceToEdgeM(g, pt) >= MIN_CLEARANCE_M;
}

/** Distance in metres from a point to the nearest edge of any ring (equirectangular at the point's latitude). */
export function distanceToEdgeM(g: Areal, pt: [number, number]): number {
  const kx = M_PER_DEG * Math.cos((pt[1] * Math.PI) / 180);
  let best = Infinity;
  for (const rings of polygons(g)) {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [ax, ay] = lonLat(ring[i] ?? []);
        const [bx, by] = lonLat(ring[i + 1] ?? []);
        const x1 = (ax - pt[0]) * kx,
          y1 = (ay - pt[1]) * M_PER_DEG,
          x2 = (bx - pt[0]) * kx,
          y2 = (by - pt[1]) * M_PER_DEG;
        const dx = x2 - x1,
          dy = y2 - y1;
        const len = dx * dx + dy * dy;
        const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / len));
        best = Math.min(best, Math.hypot(x1 + t * dx, y1 + t * dy));
      }
    }
  }
  return best;
}

/** Midpoints of the inside stretches of the horizontal line at `y` through a polygon (outer ring and holes). */
function stretches(rings: readonly Ring[], y: number): [number, number][] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [xi, yi] = lonLat(ring[i] ?? []);
      const [xj, yj] = lonLat(ring[i + 1] ?? []);
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  xs.sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < xs.length; k += 2) out.push([((xs[k] ?? 0) + (xs[k + 1] ?? 0)) / 2, y]);
  return out;
}

/**
 * A point well inside an area, for items placed "somewhere in this wijk/buurt": of the midpoints of the inside
 * stretches of 41 horizontal lines across each part, the one farthest from every edge (a cheap pole of
 * inaccessibility). Deterministic; rounded to 5 decimals (about 1 m), which keeps it inside.
 */
export function deepPoint(g: Areal): [number, number] {
  let best: [number, number] | null = null;
  let clearance = -1;
  for (const rings of polygons(g)) {
    const ys = (rings[0] ?? []).map((p) => lonLat(p)[1]);
    const lo = Math.min(...ys),
      hi = Math.max(...ys);
    for (let k = 1; k <= 41; k++) {
      for (const c of stretches(rings, lo + ((hi - lo) * k) / 42)) {
        const d = distanceToEdgeM(g, c);
        if (d > clearance) {
          clearance = d;
          best = c;
        }
      }
    }
  }
  if (!best) throw new Error('No inside point: empty polygon');
  const r: [number, number] = [Math.round(best[0] * 1e5) / 1e5, Math.round(best[1] * 1e5) / 1e5];
  if (!containsPoint(g, r)) throw new Error(`deepPoint ${r.join(', ')} fell outside after rounding`);
  return r;
}
