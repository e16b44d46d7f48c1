/** Checks of area geometries, as readable problems per feature (never exceptions). */

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPosition(p: unknown): p is [number, number] {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1])
  );
}

export type RingProblem = 'too-few-points' | 'bad-coordinates' | 'not-closed';

/** Ring problems: too few positions, not closed, non-numeric positions; null when the ring is fine. */
export function ringProblem(ring: unknown): RingProblem | null {
  if (!Array.isArray(ring) || ring.length < 4) return 'too-few-points';
  if (!ring.every(isPosition)) return 'bad-coordinates';
  const a = ring[0] as number[];
  const b = ring[ring.length - 1] as number[];
  return a[0] === b[0] && a[1] === b[1] ? null : 'not-closed';
}

/** `detail`: the ring problem for `invalid`, the geometry type for `unsupported`. */
export type GeometryProblem = { kind: 'empty' | 'invalid' | 'unsupported'; detail: string };

/**
 * What is wrong with a feature's geometry, or null. `null`, a missing geometry, a geometry without a
 * `type` and empty coordinate arrays are `empty`; bad rings are `invalid`; types other than Polygon and MultiPolygon are `unsupported`.
 */
export function geometryProblem(g: unknown): GeometryProblem | null {
  const empty = { kind: 'empty', detail: '' } as const;
  if (!isRecord(g) || typeof g.type !== 'string' || g.type === '') return empty;
  const rings = (poly: unknown): GeometryProblem | null => {
    if (!Array.isArray(poly) || poly.length === 0) return empty;
    for (const r of poly) {
      const p = ringProblem(r);
      if (p) return { kind: 'invalid', detail: p };
    }
    return null;
  };
  if (g.type === 'Polygon') return rings(g.coordinates);
  if (g.type === 'MultiPolygon') {
    if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return empty;
    for (const poly of g.coordinates) {
      const p = rings(poly);
      if (p) return p;
    }
    return null;
  }
  return { kind: 'unsupported', detail: String(g.type) };
}
