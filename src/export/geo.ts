/**
 * Web-Mercator arithmetic for the export (pure): where a place lands in the image, the scale bar, and
 * the zoom at which a larger map shows at least what the screen showed. MapLibre uses 512-px tiles.
 */

const EARTH_CIRCUMFERENCE = 40075016.686;
const TILE = 512;

export interface Camera {
  center: [number, number];
  zoom: number;
}

/** Metres per CSS pixel at a latitude and zoom: about 6.16 m at 50.89° N, zoom 12. */
export function metersPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / (TILE * 2 ** zoom);
}

/** Position in world pixels at a zoom. */
function world(lon: number, lat: number, zoom: number): [number, number] {
  const size = TILE * 2 ** zoom;
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * size, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * size];
}

/** Pixel of [lon, lat] in a map of `width` × `height` CSS px showing `camera` (no rotation). */
export function projectToMap(lonLat: readonly [number, number], camera: Camera, width: number, height: number): [number, number] {
  const [x, y] = world(lonLat[0], lonLat[1], camera.zoom);
  const [cx, cy] = world(camera.center[0], camera.center[1], camera.zoom);
  return [x - cx + width / 2, y - cy + height / 2];
}

/**
 * Zoom for a map of `to` CSS px that shows at least the extent of a map of `from` CSS px at `zoom`:
 * a map twice as wide and twice as high is one zoom level further in. The smaller ratio wins, so
 * nothing that was visible is cut off.
 */
export function fitZoom(zoom: number, from: readonly [number, number], to: readonly [number, number]): number {
  if (from[0] <= 0 || from[1] <= 0) return zoom;
  return zoom + Math.log2(Math.min(to[0] / from[0], to[1] / from[1]));
}

export interface ScaleBar {
  meters: number;
  /** Length in CSS px. */
  length: number;
  label: string;
}

/**
 * The longest 1-2-5 step (…, 500 m, 1 km, 2 km, …) not longer than `maxLength` CSS px.
 * Labels use `m` below 1000 m and whole `km` from 1000 m.
 */
export function scaleBar(lat: number, zoom: number, maxLength: number): ScaleBar {
  const mpp = metersPerPixel(lat, zoom);
  const maxMeters = mpp * maxLength;
  const exp = 10 ** Math.floor(Math.log10(maxMeters));
  const step = [5, 2, 1].map((f) => f * exp).find((m) => m <= maxMeters) ?? exp;
  const label = step >= 1000 ? `${step / 1000} km` : `${step} m`;
  return { meters: step, length: step / mpp, label };
}
