/** Area in hectares as CBS measures it (in RD New, EPSG:28992), for comparing outlines with CBS `OppervlakteTotaal`. */
import proj4 from 'proj4';
import { EPSG_28992 } from '../../src/domain/reproject.ts';
import { ringsOf, type Geometry, type Ring } from './geojson.ts';

const toRd = proj4('EPSG:4326', EPSG_28992);

function ringM2(ring: Ring): number {
  const p = ring.map((q) => toRd.forward([q[0], q[1]]));
  let s = 0;
  for (let i = 0; i + 1 < p.length; i++) s += (p[i]?.[0] ?? 0) * (p[i + 1]?.[1] ?? 0) - (p[i + 1]?.[0] ?? 0) * (p[i]?.[1] ?? 0);
  return s / 2;
}

/** Signed ring areas summed (outer rings counter-clockwise positive, holes negative), in hectares. */
export function areaHaRd(g: Geometry): number {
  return ringsOf(g).reduce((s, r) => s + ringM2(r), 0) / 10_000;
}
