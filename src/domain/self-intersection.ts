/** Self-intersection check of area polygons (@turf/kinks); used for uploaded boundaries only. */
import kinks from '@turf/kinks';
import type { AreaGeometry } from './types';

/** Rings with more positions than this are not checked for self-intersection (the check is quadratic). */
export const KINK_CHECK_MAX_POSITIONS = 5000;

/**
 * The first self-intersection of a valid polygon as [lon, lat], null when there is none, or `skipped`
 * when a ring has more than `KINK_CHECK_MAX_POSITIONS` positions and so (some of) it was not checked:
 * a skipped check is reported as such, never as "no problems".
 */
export function checkSelfIntersection(g: AreaGeometry): [number, number] | null | 'skipped' {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let skipped = false;
  for (const poly of polys) {
    if (poly.some((r) => r.length > KINK_CHECK_MAX_POSITIONS)) {
      skipped = true;
      continue;
    }
    for (const r of poly) {
      const hit = kinks({ type: 'Polygon', coordinates: [r] }).features[0];
      if (hit) {
        const [x, y] = hit.geometry.coordinates;
        return [x ?? NaN, y ?? NaN];
      }
    }
  }
  return skipped ? 'skipped' : null;
}
