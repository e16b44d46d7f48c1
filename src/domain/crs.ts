/**
 * Which coordinate reference system uploaded GeoJSON uses: WGS84 (lon/lat, the GeoJSON standard) or
 * Rijksdriehoekstelsel RD New (EPSG:28992), recognised by a `crs` member or by coordinate ranges.
 * No dependencies, so the embedded data path stays light; the conversion itself is in reproject.ts.
 */
import { samplePositions } from './extent';

export type Crs = 'wgs84' | 'rd';

export interface CrsDetection {
  crs: Crs | null;
  /** How it was recognised: the `crs` member, the coordinate ranges, or `none` (unknown). */
  by: 'crs-member' | 'coordinates' | 'none';
  /** The declared CRS name when it is neither WGS84 nor RD New (e.g. `EPSG:3857`). */
  unsupported?: string;
}

/** Bounds of EPSG:28992 (metres) as published by EPSG, a little widened. */
const RD_X: [number, number] = [-8000, 301000];
const RD_Y: [number, number] = [288000, 630000];

/** The CRS declared in a (pre-2016 GeoJSON) `crs` member, as an EPSG code string, or null. */
export function declaredCrs(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return null;
  const crs = (json as { crs?: { properties?: { name?: unknown } } }).crs;
  const name = crs?.properties?.name;
  if (typeof name !== 'string') return null;
  if (/CRS84/i.test(name)) return 'EPSG:4326';
  const m = /EPSG:+(?:[\d.]*:)?(\d+)$/i.exec(name.trim()) ?? /EPSG[:/]+(\d+)/i.exec(name);
  return m ? `EPSG:${m[1]}` : name;
}

/** The first `limit` positions of a list of geometries (walked without recursion, see extent.ts). */
function firstPositions(geoms: readonly unknown[], limit = 2000): [number, number][] {
  const out: [number, number][] = [];
  for (const g of geoms) {
    if (out.length >= limit) break;
    out.push(...samplePositions((g as { coordinates?: unknown } | null)?.coordinates, limit - out.length));
  }
  return out;
}

const within = (v: number, [lo, hi]: [number, number]) => v >= lo && v <= hi;

/**
 * Detect the CRS of a FeatureCollection. A `crs` member naming EPSG:28992 or EPSG:4326/CRS84 decides
 * unless the coordinates plainly contradict it; another declared CRS is unsupported. Without a member,
 * all sampled positions within ±180/±90 mean WGS84, all within the RD New bounds mean RD. Anything else
 * is unknown (`crs: null`). Without any position there is nothing to convert: WGS84 by `none`.
 */
export function detectCrs(json: unknown, geometries: readonly unknown[]): CrsDetection {
  const pts = firstPositions(geometries);
  if (pts.length === 0) return { crs: 'wgs84', by: 'none' };
  const looksWgs = pts.every(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90);
  const looksRd = !looksWgs && pts.every(([x, y]) => within(x, RD_X) && within(y, RD_Y));
  const declared = declaredCrs(json);
  if (declared === 'EPSG:28992' && !looksWgs) return { crs: 'rd', by: 'crs-member' };
  if (declared === 'EPSG:4326' && !looksRd) return { crs: 'wgs84', by: 'crs-member' };
  if (declared && declared !== 'EPSG:28992' && declared !== 'EPSG:4326') return { crs: null, by: 'crs-member', unsupported: declared };
  if (looksWgs) return { crs: 'wgs84', by: 'coordinates' };
  if (looksRd) return { crs: 'rd', by: 'coordinates' };
  return { crs: null, by: 'none' };
}
