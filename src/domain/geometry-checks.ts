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

/** Ring problems: too few positions, not closed, non-numeric positions. Returns a message or null. */
export function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return 'ring met minder dan 4 punten';
  if (!ring.every(isPosition)) return 'ring met ongeldige coördinaten';
  const a = ring[0] as number[];
  const b = ring[ring.length - 1] as number[];
  return a[0] === b[0] && a[1] === b[1] ? null : 'ring is niet gesloten';
}

export type GeometryProblem = { kind: 'empty' | 'invalid' | 'unsupported'; message: string };

/**
 * What is wrong with a feature's geometry, or null. `null`, a missing geometry and empty coordinate
 * arrays are `empty`; bad rings are `invalid`; types other than Polygon and MultiPolygon are `unsupported`.
 */
export function geometryProblem(g: unknown): GeometryProblem | null {
  const empty = { kind: 'empty', message: 'lege geometrie' } as const;
  if (!isRecord(g)) return empty;
  const rings = (poly: unknown): GeometryProblem | null => {
    if (!Array.isArray(poly) || poly.length === 0) return empty;
    for (const r of poly) {
      const p = ringProblem(r);
      if (p) return { kind: 'invalid', message: p };
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
  return { kind: 'unsupported', message: `geometrietype ${String(g.type)} wordt niet ondersteund (alleen Polygon en MultiPolygon)` };
}
