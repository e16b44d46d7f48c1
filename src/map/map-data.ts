/**
 * Small helpers of MapView (type-only use of maplibre-gl): giving sources their data once per change, and
 * finding the overlay items under a click.
 */
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { OverlayPick } from '../state/overlay-store';
import { CLICKABLE_OVERLAY_LAYERS } from './overlay-style';

/** The data last given to each source object; a reloaded style has new source objects, which get the data again. */
const applied = new WeakMap<object, unknown>();

export type SourceData = Record<string, GeoJSON.FeatureCollection | null>;

export function applyData(map: MlMap, data: SourceData, force = false): void {
  for (const [id, fc] of Object.entries(data)) {
    const src = map.getSource(id) as GeoJSONSource | undefined;
    if (!src || !fc || (!force && applied.get(src) === fc)) continue;
    src.setData(fc);
    applied.set(src, fc);
  }
}

/** The overlay items under a click (6 px tolerance for points and lines), topmost layer first. */
export function overlayPickAt(map: MlMap, x: number, y: number): OverlayPick | null {
  const layers = CLICKABLE_OVERLAY_LAYERS.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
  if (layers.length === 0) return null;
  const hits = map.queryRenderedFeatures(
    [
      [x - 6, y - 6],
      [x + 6, y + 6],
    ],
    { layers },
  );
  const top = hits[0];
  if (!top) return null;
  const kind = top.properties?.kind as OverlayPick['kind'];
  const key = kind === 'colony' ? 'nr' : kind === 'project' ? 'id' : 'index';
  const ids = [...new Set(hits.filter((h) => h.properties?.kind === kind).map((h) => h.properties?.[key] as number | string))];
  return { kind, ids, x, y };
}
