import { describe, expect, it } from 'vitest';
import { insidePolygon, interiorPoint } from '../../src/domain/interior-point';
import type { AreaGeometry } from '../../src/domain/types';
import { GEODATA_FILES } from '../../src/config/geodata-files';
import { geodataJson } from '../../scripts/lib/read-geodata';

const square: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ],
  ],
};
// A "C" shape whose centroid lies in the gap.
const cShape: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [6, 0],
      [6, 1],
      [1, 1],
      [1, 5],
      [6, 5],
      [6, 6],
      [0, 6],
      [0, 0],
    ],
  ],
};
const withHole: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
    [
      [3, 3],
      [7, 3],
      [7, 7],
      [3, 7],
      [3, 3],
    ],
  ],
};

describe('interiorPoint', () => {
  it('is the centroid of a convex polygon', () => expect(interiorPoint(square)).toEqual([2, 2]));
  it('lies inside a C shape whose centroid is outside', () => {
    const [x, y] = interiorPoint(cShape);
    expect(insidePolygon(x, y, cShape.coordinates as number[][][])).toBe(true);
  });
  it('avoids a hole over the centroid', () => {
    const [x, y] = interiorPoint(withHole);
    expect(insidePolygon(x, y, withHole.coordinates as number[][][])).toBe(true);
    expect(x < 3 || x > 7 || y < 3 || y > 7).toBe(true);
  });
  it('uses the largest part of a MultiPolygon', () => {
    const multi: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [20, 20],
            [21, 20],
            [21, 21],
            [20, 21],
            [20, 20],
          ],
        ],
        square.coordinates as number[][][],
      ],
    };
    expect(interiorPoint(multi)).toEqual([2, 2]);
  });
  it('is inside every wijk and buurt polygon of the real geodata', () => {
    for (const file of [GEODATA_FILES.wijken, GEODATA_FILES.buurten, GEODATA_FILES.gemeenten]) {
      const fc = geodataJson(file) as {
        features: { geometry: AreaGeometry; properties: { code: string } }[];
      };
      for (const f of fc.features) {
        const [x, y] = interiorPoint(f.geometry);
        const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        expect(
          polys.some((p) => insidePolygon(x, y, p as number[][][])),
          f.properties.code,
        ).toBe(true);
      }
    }
  });
});
