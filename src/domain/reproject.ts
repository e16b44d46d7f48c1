/**
 * RD New (EPSG:28992) → WGS84 with proj4 and the full EPSG:28992 definition (Bessel ellipsoid,
 * oblique stereographic, 7-parameter datum shift; accurate to about a metre without the RDNAPTRANS grid).
 * Only the upload path (the worker) loads this module.
 */
import proj4 from 'proj4';
import type { AreaGeometry } from './types';

export const EPSG_28992 =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

const rdToWgs = proj4(EPSG_28992, 'EPSG:4326');

/** RD New (x, y in metres) → WGS84 [lon, lat]. RD 194000, 322000 (Heerlen) → about [5.94141, 50.88646]. */
export function rdToWgs84(x: number, y: number): [number, number] {
  const [lon, lat] = rdToWgs.forward([x, y]);
  return [lon ?? NaN, lat ?? NaN];
}

const ring = (r: number[][]) => r.map((p) => rdToWgs84(p[0] ?? NaN, p[1] ?? NaN));

/** A new geometry with every position converted from RD New to WGS84 (the input is not changed). */
export function reprojectRdGeometry(g: AreaGeometry): AreaGeometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(ring) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}
