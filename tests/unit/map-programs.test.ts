/**
 * MapLibre links one WebGL program per layer type and per set of paint properties that vary per feature; under
 * software WebGL each link costs 50–100 ms before the first frame (`npm run bench`). The base map's layers must get
 * by with one program per kind: background, fill, fill pattern, line, symbol.
 */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, type StyleData } from '../../src/map/style';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const DATA: StyleData = { areas: EMPTY, gemeenten: EMPTY, wijkBorders: EMPTY, labels: EMPTY, overlays: null };
const PER_FEATURE = new Set(['get', 'has', 'feature-state', 'properties', 'id', 'geometry-type']);

/** Does an expression read the feature (its properties, state or geometry)? */
function perFeature(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  if (typeof value[0] === 'string' && PER_FEATURE.has(value[0])) return true;
  return value.some(perFeature);
}

/** What decides a layer's program: its type (fill with a pattern is its own program) and which paint varies per feature. */
function programKey(layer: LayerSpecification): string {
  const paint = ('paint' in layer ? layer.paint : undefined) ?? {};
  const type = layer.type === 'fill' && 'fill-pattern' in paint ? 'fill-pattern' : layer.type;
  const varying = Object.entries(paint)
    .filter(([, v]) => perFeature(v))
    .map(([k]) => k)
    .sort();
  return `${type} [${varying.join(' ')}]`;
}

const shownKeys = (basemap: 'offline' | 'pdok', level: 'wijk' | 'buurt') => {
  const style = buildStyle({ basemap, level, data: DATA });
  const shown = style.layers.filter((l) => !('layout' in l && l.layout && 'visibility' in l.layout && l.layout.visibility === 'none'));
  return [...new Set(shown.map(programKey))].sort();
};

describe('WebGL programs of the base map', () => {
  it('one per kind of layer at wijk level: background, fill, fill pattern, line, symbol', () => {
    expect(shownKeys('offline', 'wijk')).toEqual([
      'background []',
      'fill [fill-color]',
      'fill-pattern [fill-pattern]',
      'line [line-color line-width]',
      'symbol []',
    ]);
  });
  it('the same at buurt level, where the wijk borders are drawn too', () => {
    expect(shownKeys('offline', 'buurt')).toEqual(shownKeys('offline', 'wijk'));
  });
  it('with the PDOK basemap only the raster program comes in addition', () => {
    expect(shownKeys('pdok', 'buurt')).toEqual([...shownKeys('offline', 'buurt'), 'raster []'].sort());
  });
});
