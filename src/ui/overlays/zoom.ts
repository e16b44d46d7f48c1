/** Bounds to zoom to for an overlay item: its polygon, or a small box around its point. */
import { boundsOf } from '../../map/bounds';
import type { AreaGeometry } from '../../domain/types';

export function itemBounds(point: [number, number] | null, polygon: AreaGeometry | null): [[number, number], [number, number]] | null {
  if (polygon) return boundsOf([polygon]);
  if (!point) return null;
  const d = 0.006;
  return [
    [point[0] - d, point[1] - d],
    [point[0] + d, point[1] + d],
  ];
}
