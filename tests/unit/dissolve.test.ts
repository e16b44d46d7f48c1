/** scripts/lib/dissolve.ts: the union of polygons that share exact edges (how gemeenten are built from wijken). */
import { describe, expect, it } from 'vitest';
import { boundaryEdges, dissolve, edgeDifference } from '../../scripts/lib/dissolve';
import type { Geometry, Ring } from '../../scripts/lib/geojson';

/** Counter-clockwise square with its lower-left corner at (x, y). */
const sq = (x: number, y: number, s = 1): Ring => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];
const poly = (...rings: Ring[]): Geometry => ({ type: 'Polygon', coordinates: rings });

describe('dissolve', () => {
  it('merges two squares sharing an edge into one rectangle starting at its smallest vertex', () => {
    const d = dissolve([poly(sq(1, 0)), poly(sq(0, 0))], 'test');
    expect(d.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [2, 0],
          [2, 1],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    });
    expect(d.dropped).toEqual([]);
  });
  it('keeps a hole where the parts leave one (a ring of 8 squares around an empty centre)', () => {
    const parts = [0, 1, 2].flatMap((x) => [0, 1, 2].map((y) => [x, y] as const)).filter(([x, y]) => !(x === 1 && y === 1));
    const d = dissolve(
      parts.map(([x, y]) => poly(sq(x, y))),
      'ring',
    );
    expect(d.geometry.type).toBe('Polygon');
    const rings = d.geometry.type === 'Polygon' ? d.geometry.coordinates : [];
    expect(rings).toHaveLength(2);
    expect(rings[1]).toEqual([
      [1, 1],
      [1, 2],
      [2, 2],
      [2, 1],
      [1, 1],
    ]);
  });
  it('gives a MultiPolygon for parts that do not touch, largest first', () => {
    const d = dissolve([poly(sq(0, 0)), poly(sq(5, 0, 2))], 'two');
    expect(d.geometry.type).toBe('MultiPolygon');
    expect(d.geometry.type === 'MultiPolygon' && d.geometry.coordinates[0]?.[0]?.[0]).toEqual([5, 0]);
  });
  it('leaves out rings smaller than the sliver limit and lists them', () => {
    const tiny = 0.00001; // about 1 m at these latitudes
    const d = dissolve([poly(sq(5.9, 50.9, 0.01)), poly(sq(6, 50.9, tiny))], 'GM0000', 100);
    expect(d.geometry.type).toBe('Polygon');
    expect(d.dropped.map((x) => [x.what, x.kind, x.at])).toEqual([['GM0000', 'deel', [6, 50.9]]]);
  });
  it('refuses an outline that touches itself in a point', () => {
    expect(() => dissolve([poly(sq(0, 0)), poly(sq(1, 1))], 'pinch')).toThrow(/touches itself at 1,1/);
  });
});

describe('boundaryEdges', () => {
  const withMidpoints = poly([
    [0, 0],
    [1, 0],
    [2, 0],
    [2, 1],
    [1, 1],
    [0, 1],
    [0, 0],
  ]);
  const corners = poly([
    [0, 0],
    [2, 0],
    [2, 1],
    [0, 1],
    [0, 0],
  ]);
  it('is the same for two squares and the rectangle drawn through the same vertices', () => {
    expect(edgeDifference(boundaryEdges([poly(sq(0, 0)), poly(sq(1, 0))]), boundaryEdges([withMidpoints]))).toEqual([]);
  });
  it('differs from a rectangle without the shared vertices: exact edges, no tolerance', () => {
    expect(edgeDifference(boundaryEdges([poly(sq(0, 0)), poly(sq(1, 0))]), boundaryEdges([corners]))).toEqual([
      '0,0>1,0',
      '0,0>2,0',
      '1,0>2,0',
      '1,1>0,1',
      '2,1>0,1',
      '2,1>1,1',
    ]);
  });
  it('finds no difference between a partition and its own union', () => {
    const parts = [poly(sq(0, 0)), poly(sq(1, 0)), poly(sq(0, 1)), poly(sq(1, 1))];
    expect(edgeDifference(boundaryEdges(parts), boundaryEdges([dissolve(parts, 'x').geometry]))).toEqual([]);
  });
});
