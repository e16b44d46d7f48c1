/** The report's map projection (state/report-map.ts): equirectangular, longitude scaled by cos(middle latitude). */
import { describe, expect, it } from 'vitest';
import { bboxOf, frameOf, pathOf, project, scaleBarOf } from '../../src/state/report-map';
import type { AreaGeometry } from '../../src/domain/types';

const ring = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
/** 2° × 2° around 60° N, where a degree of longitude is half a degree of latitude (cos 60° = 0,5). */
const square: AreaGeometry = { type: 'Polygon', coordinates: [ring(0, 59, 2, 61)] };
const box60 = { west: 0, south: 59, east: 2, north: 61 };

describe('report map', () => {
  it('bounds every ring of polygons and multipolygons', () => {
    const multi: AreaGeometry = { type: 'MultiPolygon', coordinates: [[ring(5.9, 50.85, 5.95, 50.9)], [ring(5.97, 50.88, 6, 50.95)]] };
    expect(bboxOf([square])).toEqual(box60);
    expect(bboxOf([multi])).toEqual({ west: 5.9, south: 50.85, east: 6, north: 50.95 });
    expect(bboxOf([])).toBeNull();
  });

  it('fits the box undistorted: at 60° N a 2° × 2° square is half as wide as high', () => {
    const f = frameOf(box60, 100, 100, 0);
    expect(f.pxPerDegree).toBe(50);
    expect(f.width).toBeCloseTo(50, 9);
    expect(f.height).toBe(100);
  });

  it('scales longitude by cos(50.9°) = 0,6307 at Heerlen', () => {
    const f = frameOf({ west: 5.9, south: 50.85, east: 6, north: 50.95 }, 200, 200, 0);
    expect(f.pxPerDegree).toBeCloseTo(2000, 9);
    expect(f.height).toBeCloseTo(200, 9);
    expect(f.width).toBeCloseTo(126.135, 3);
    const [x, y] = project(f, [5.95, 50.9]);
    expect(x).toBeCloseTo(63.068, 3);
    expect(y).toBeCloseTo(100, 9);
  });

  it('keeps the padding on every side and puts north at the top', () => {
    const f = frameOf(box60, 120, 120, 10);
    expect(f.width).toBeCloseTo(70, 9);
    expect(f.height).toBe(120);
    expect(project(f, [0, 61])).toEqual([10, 10]);
    const [x, y] = project(f, [2, 59]);
    expect(x).toBeCloseTo(60, 9);
    expect(y).toBe(110);
  });

  it('writes each ring as one closed subpath, without the repeated closing point, to 0,1 px', () => {
    const f = frameOf(box60, 100, 100, 0);
    expect(pathOf(f, square)).toBe('M0 100L50 100L50 0L0 0Z');
    const holed: AreaGeometry = { type: 'Polygon', coordinates: [ring(0, 59, 2, 61), ring(0.5, 59.5, 1.5, 60.5)] };
    expect(pathOf(f, holed)).toBe('M0 100L50 100L50 0L0 0ZM12.5 75L37.5 75L37.5 25L12.5 25Z');
    const multi: AreaGeometry = { type: 'MultiPolygon', coordinates: [[ring(0, 59, 1, 60)], [ring(1, 60, 2, 61)]] };
    expect(pathOf(f, multi)).toBe('M0 100L25 100L25 50L0 50ZM25 50L50 50L50 0L25 0Z');
    const odd: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0.3333, 60],
          [1, 60.0001],
          [1, 61],
        ],
      ],
    };
    expect(pathOf(f, odd)).toBe('M8.3 50L25 50L25 0Z');
  });

  it('gives a point or a line the full size in its empty direction', () => {
    const f = frameOf({ west: 6, south: 50, east: 6, north: 51 }, 300, 200, 10);
    expect(f.width).toBe(300);
    expect(f.height).toBe(200);
    expect(f.pxPerDegree).toBe(180);
  });

  it('picks the longest 1-2-5 scale bar that fits: 5 km in 90 px at 2000 px per degree', () => {
    const f = frameOf({ west: 5.9, south: 50.85, east: 6, north: 50.95 }, 200, 200, 0);
    const bar = scaleBarOf(f, 90);
    expect(bar.meters).toBe(5000);
    expect(bar.length).toBeCloseTo(89.932, 3);
    expect(scaleBarOf(f, 80).meters).toBe(2000);
  });
});
