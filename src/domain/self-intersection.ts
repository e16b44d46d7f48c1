/** Self-intersection check of area polygons (@turf/kinks); used for uploaded boundaries only. */
import kinks from '@turf/kinks';
import type { AreaGeometry } from './types';

/** Rings with more positions than this are not checked for self-intersection (the check is quadratic). */
export const KINK_CHECK_MAX_POSITIONS = 5000;

/**
 * The first self-intersection of a valid polygon, as [lon, lat], or null. Rings above
 * `KINK_CHECK_MAX_POSITIONS` positions are skipped (returns null).
 */
export function selfIntersection(g: AreaGeometry): [number, number] | null {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys) {
    if (poly.some((r) => r.length > KINK_CHECK_MAX_POSITIONS)) continue;
    for (const r of poly) {
      const hit = kinks({ type: 'Polygon', coordinates: [r] }).features[0];
      if (hit) {
        const [x, y] = hit.geometry.coordinates;
        return [x ?? NaN, y ?? NaN];
      }
    }
  }
  return null;
}
