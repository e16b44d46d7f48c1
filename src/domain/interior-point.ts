/**
 * A point guaranteed inside a polygon, for labels and tests: the centroid of the largest part's outer ring
 * when it lies inside (holes respected), otherwise the middle of the widest inside stretch of a horizontal
 * line through that part. Cheaper than turf's pointOnFeature, and without its dependencies in the bundle.
 */
import type { AreaGeometry } from './types';

type Ring = number[][];

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j]?.[0] ?? 0) * (ring[i]?.[1] ?? 0) - (ring[i]?.[0] ?? 0) * (ring[j]?.[1] ?? 0);
  return a / 2;
}

/** Even–odd test over all rings of a polygon (outer ring and holes). */
export function insidePolygon(x: number, y: number, rings: readonly Ring[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const xi = ring[i]?.[0] ?? 0,
        yi = ring[i]?.[1] ?? 0,
        xj = ring[j]?.[0] ?? 0,
        yj = ring[j]?.[1] ?? 0;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function centroid(ring: Ring): [number, number] {
  const a = ringArea(ring);
  if (a === 0) return [ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0];
  let cx = 0,
    cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = (ring[j]?.[0] ?? 0) * (ring[i]?.[1] ?? 0) - (ring[i]?.[0] ?? 0) * (ring[j]?.[1] ?? 0);
    cx += ((ring[j]?.[0] ?? 0) + (ring[i]?.[0] ?? 0)) * f;
    cy += ((ring[j]?.[1] ?? 0) + (ring[i]?.[1] ?? 0)) * f;
  }
  return [cx / (6 * a), cy / (6 * a)];
}

/** Middle of the widest inside stretch of the horizontal line at `y`, or null when the line misses the polygon. */
function scanline(rings: readonly Ring[], y: number): [number, number] | null {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const xi = ring[i]?.[0] ?? 0,
        yi = ring[i]?.[1] ?? 0,
        xj = ring[j]?.[0] ?? 0,
        yj = ring[j]?.[1] ?? 0;
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] | null = null;
  let width = -1;
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const w = (xs[k + 1] ?? 0) - (xs[k] ?? 0);
    if (w > width) {
      width = w;
      best = [((xs[k] ?? 0) + (xs[k + 1] ?? 0)) / 2, y];
    }
  }
  return best;
}

/** [lon, lat] inside the polygon (its largest part for a MultiPolygon). */
export function interiorPoint(geometry: AreaGeometry): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let rings = polygons[0] ?? [];
  for (const p of polygons) if (Math.abs(ringArea(p[0] ?? [])) > Math.abs(ringArea(rings[0] ?? []))) rings = p;
  const outer = rings[0] ?? [];
  const c = centroid(outer);
  if (insidePolygon(c[0], c[1], rings)) return c;
  let minY = Infinity,
    maxY = -Infinity;
  for (const p of outer) {
    minY = Math.min(minY, p[1] ?? 0);
    maxY = Math.max(maxY, p[1] ?? 0);
  }
  // Try the centroid's latitude first, then a few others; a vertex is the last resort.
  for (const t of [NaN, 0.5, 0.35, 0.65, 0.2, 0.8]) {
    const y = Number.isNaN(t) ? c[1] : minY + t * (maxY - minY);
    const p = scanline(rings, y);
    if (p) return p;
  }
  return [outer[0]?.[0] ?? 0, outer[0]?.[1] ?? 0];
}
