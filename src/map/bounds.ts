/** Bounding box of polygons as [[west, south], [east, north]]. */
import type { AreaGeometry } from '../domain/types';

export function boundsOf(geoms: readonly AreaGeometry[]): [[number, number], [number, number]] | null {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  const visit = (ring: number[][]) => {
    for (const p of ring) {
      const x = p[0] ?? NaN,
        y = p[1] ?? NaN;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  };
  for (const g of geoms) {
    if (g.type === 'Polygon') g.coordinates.forEach(visit);
    else g.coordinates.forEach((p) => p.forEach(visit));
  }
  return Number.isFinite(w)
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}
