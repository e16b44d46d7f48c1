/**
 * Union of polygons that share exact edges (a topologically clean partition, as the CBS buurten in
 * ../shared/data/boundaries are): every edge two neighbours share occurs once in each direction and cancels;
 * the edges left over are the outline of the union. No tolerance and no snapping, so the result is exact and
 * the same on every run, and a gap or overlap between neighbours shows up as an extra outline instead of
 * being hidden.
 */
import { insidePolygon, interiorPoint } from '../../src/domain/interior-point.ts';
import { fail } from './errors.ts';
import { ringsOf, type Geometry, type Position, type Ring } from './geojson.ts';

const key = (p: Position): string => `${String(p[0])},${String(p[1])}`;
const edgeKey = (a: Position, b: Position): string => `${key(a)}>${key(b)}`;

function polygonsOf(g: Geometry): Ring[][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * Directed boundary edges of the union of `geoms` ("lon,lat>lon,lat" → multiplicity): every edge minus those
 * cancelled by the same edge in the opposite direction. Two partitions of the same area have equal maps.
 */
export function boundaryEdges(geoms: readonly Geometry[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const g of geoms) {
    for (const ring of ringsOf(g)) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i],
          b = ring[i + 1];
        if (!a || !b || key(a) === key(b)) continue;
        const reverse = edgeKey(b, a);
        const r = count.get(reverse) ?? 0;
        if (r > 0) {
          if (r === 1) count.delete(reverse);
          else count.set(reverse, r - 1);
        } else count.set(edgeKey(a, b), (count.get(edgeKey(a, b)) ?? 0) + 1);
      }
    }
  }
  return count;
}

/** Where two edge maps differ (for error messages); empty when equal. */
export function edgeDifference(a: Map<string, number>, b: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [e, n] of a) if ((b.get(e) ?? 0) !== n) out.push(e);
  for (const [e, n] of b) if ((a.get(e) ?? 0) !== n) out.push(e);
  return [...new Set(out)].sort();
}

function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i],
      b = ring[i + 1];
    if (a && b) s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

const parse = (k: string): Position => {
  const [x, y] = k.split(',').map(Number);
  return [x ?? NaN, y ?? NaN];
};
const before = (a: Position, b: Position): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** Chain directed edges into closed rings, each starting at its smallest vertex (by lon, then lat). */
function chain(edges: Map<string, number>, what: string): Ring[] {
  const out = new Map<string, string[]>();
  for (const [e, n] of edges) {
    const [from = '', to = ''] = e.split('>');
    for (let i = 0; i < n; i++) out.set(from, [...(out.get(from) ?? []), to]);
  }
  const pinches = [...out.entries()].filter(([, tos]) => tos.length > 1).map(([v]) => v);
  if (pinches.length > 0) fail(`${what}: outline touches itself at ${pinches.join('; ')} (not supported)`);
  const rings: Ring[] = [];
  const starts = [...out.keys()].map(parse).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  for (const start of starts) {
    const s = key(start);
    if ((out.get(s) ?? []).length === 0) continue;
    const ring: Ring = [start];
    let at = s;
    for (;;) {
      const next = out.get(at)?.pop();
      if (next === undefined) fail(`${what}: open outline at ${at}`);
      ring.push(parse(next));
      at = next;
      if (at === s) break;
    }
    rings.push(ring);
  }
  return rings;
}

/** Area of a ring in m² (planar, longitude scaled at the ring's latitude: fine for rings of a few km). */
function ringAreaM2(ring: Ring): number {
  const lat = ring[0]?.[1] ?? 0;
  return Math.abs(signedArea(ring)) * 111_320 * 111_320 * Math.cos((lat * Math.PI) / 180);
}

export interface Dissolved {
  geometry: Geometry;
  /** Rings left out because they are smaller than the sliver limit. */
  dropped: { what: string; kind: 'deel' | 'gat'; m2: number; at: Position }[];
}

/**
 * The union of polygons with exactly shared edges, as a Polygon or MultiPolygon (parts by decreasing area;
 * RFC 7946 winding as in the input: outer rings counter-clockwise, holes clockwise). Rings (parts or holes)
 * under `sliverM2` square metres are left out and listed in `dropped`. Fails when the outline touches itself
 * in a point, which this simple tracer does not split.
 */
export function dissolve(geoms: readonly Geometry[], what: string, sliverM2 = 0): Dissolved {
  const dropped: Dissolved['dropped'] = [];
  const keep = (r: Ring, kind: 'deel' | 'gat'): boolean => {
    const m2 = ringAreaM2(r);
    if (m2 >= sliverM2) return true;
    dropped.push({ what, kind, m2: Math.round(m2 * 10) / 10, at: r[0] ?? [NaN, NaN] });
    return false;
  };
  const rings = chain(boundaryEdges(geoms), what);
  const outers = rings.filter((r) => signedArea(r) > 0 && keep(r, 'deel')).sort((a, b) => signedArea(b) - signedArea(a));
  const holes = rings.filter((r) => signedArea(r) < 0 && keep(r, 'gat'));
  if (outers.length === 0) fail(`${what}: no outer ring`);
  const parts: Ring[][] = outers.map((r) => [r]);
  for (const h of holes) {
    const [x, y] = interiorPoint({ type: 'Polygon', coordinates: [h] });
    const owner = parts
      .filter((p) => p[0] && insidePolygon(x, y, [p[0]]))
      .sort((a, b) => signedArea(a[0] ?? []) - signedArea(b[0] ?? []))[0];
    if (!owner) fail(`${what}: hole at ${key([x, y])} lies in no outer ring`);
    owner.push(h);
  }
  const [only] = parts;
  const geometry: Geometry =
    parts.length === 1 && only ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: parts };
  return { geometry, dropped };
}

/** Distinct vertices of a geometry (closing positions not counted). */
export function vertexCount(g: Geometry): number {
  return polygonsOf(g)
    .flat()
    .reduce((s, r) => s + r.length - 1, 0);
}
