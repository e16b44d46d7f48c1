/**
 * The map of the A4 report (pure): WGS84 outlines projected with a simple equirectangular projection (longitude
 * scaled by the cosine of the middle latitude, north up) into a frame of CSS pixels, as SVG path data. At the
 * size of one gemeente (≈ 10 km) the distortion against the real map is far below a line's width.
 */
import type { AreaGeometry } from '../domain/types';

export type LonLat = readonly [number, number];

export interface Bbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface Frame {
  /** Size of the drawing in CSS px (fitted to the outlines: no empty bands beside them). */
  width: number;
  height: number;
  /** CSS px per degree of latitude. */
  pxPerDegree: number;
  bbox: Bbox;
  pad: number;
}

/** Every ring of an outline as [lon, lat] pairs (GeoJSON positions; a third value, the height, is ignored). */
const rings = (g: AreaGeometry): readonly (readonly LonLat[])[] =>
  (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).map((ring) => ring.map((p): LonLat => [p[0] ?? NaN, p[1] ?? NaN]));

/** The bounding box of every outline; null when there is none. */
export function bboxOf(geometries: readonly AreaGeometry[]): Bbox | null {
  let box: Bbox | null = null;
  for (const g of geometries) {
    for (const ring of rings(g)) {
      for (const [lon, lat] of ring) {
        if (!box) box = { west: lon, south: lat, east: lon, north: lat };
        else
          box = {
            west: Math.min(box.west, lon),
            south: Math.min(box.south, lat),
            east: Math.max(box.east, lon),
            north: Math.max(box.north, lat),
          };
      }
    }
  }
  return box;
}

const cosMid = (b: Bbox) => Math.cos((((b.south + b.north) / 2) * Math.PI) / 180);

/**
 * The largest frame within `maxWidth` × `maxHeight` (with `pad` px on every side) that shows `bbox` undistorted:
 * one degree of longitude is cos(middle latitude) times one degree of latitude. A degenerate box (a point or a
 * line) gets the full size in its empty direction.
 */
export function frameOf(bbox: Bbox, maxWidth: number, maxHeight: number, pad: number): Frame {
  const dx = (bbox.east - bbox.west) * cosMid(bbox);
  const dy = bbox.north - bbox.south;
  const kx = dx > 0 ? (maxWidth - 2 * pad) / dx : Infinity;
  const ky = dy > 0 ? (maxHeight - 2 * pad) / dy : Infinity;
  const k = Math.min(kx, ky);
  const pxPerDegree = Number.isFinite(k) ? k : 1;
  return {
    width: dx > 0 ? dx * pxPerDegree + 2 * pad : maxWidth,
    height: dy > 0 ? dy * pxPerDegree + 2 * pad : maxHeight,
    pxPerDegree,
    bbox,
    pad,
  };
}

/** A [lon, lat] in the frame's CSS px: x to the east, y down from the north edge. */
export function project(frame: Frame, [lon, lat]: LonLat): [number, number] {
  const { bbox, pxPerDegree: k, pad } = frame;
  return [pad + (lon - bbox.west) * cosMid(bbox) * k, pad + (bbox.north - lat) * k];
}

const round = (v: number) => String(Math.round(v * 10) / 10);

/**
 * SVG path data of an outline, every ring a closed subpath (`M x y L … Z`), coordinates to 0.1 px. Holes are
 * subpaths too: draw with `fill-rule="evenodd"`. The ring's repeated closing point is left out (`Z` closes it).
 */
export function pathOf(frame: Frame, geometry: AreaGeometry): string {
  return rings(geometry)
    .map((ring) => {
      const open = ring.length > 1 && ring[0]?.[0] === ring.at(-1)?.[0] && ring[0]?.[1] === ring.at(-1)?.[1] ? ring.slice(0, -1) : ring;
      return (
        open
          .map((p, i) => {
            const [x, y] = project(frame, p);
            return `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`;
          })
          .join('') + 'Z'
      );
    })
    .filter((d) => d !== 'Z')
    .join('');
}

/** Metres per degree of latitude (mean Earth radius 6,371 km). */
const METERS_PER_DEGREE = (6371008.8 * Math.PI) / 180;

/** A scale bar: the longest 1-2-5 step (…, 500 m, 1 km, 2 km, …) not longer than `maxLength` CSS px. */
export function scaleBarOf(frame: Frame, maxLength: number): { meters: number; length: number } {
  const metersPerPx = METERS_PER_DEGREE / frame.pxPerDegree;
  const max = metersPerPx * maxLength;
  const exp = 10 ** Math.floor(Math.log10(max));
  const meters = [5, 2, 1].map((f) => f * exp).find((m) => m <= max) ?? exp;
  return { meters, length: meters / metersPerPx };
}
