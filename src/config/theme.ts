/**
 * The theme: every colour and pattern of the data drawn by Wijkbalans, named once (as Protomaps names a
 * theme). The map style, the screen legend and the exported legend all read it, through the legend model.
 *
 * The band palette is ColorBrewer BrBG (7 classes), colour-blind safe; out-of-band areas also carry a
 * pattern (above: diagonal hatching, below: dots, no data: cross-hatch, too few dwellings: sparse dots
 * on grey), so colour is never the only cue. Tenure (corporatie / overige huur / koop) has its own colours,
 * never the band's, so a bar of ownership is not read as a verdict. Overlay symbols are in overlays.ts.
 */
import type { BandStep } from '../domain/band';
import type { AreaClass, AreaStep } from '../domain/classify-area';
import type { PrivateRentStep } from '../domain/private-rent';

/** Fill colour of each colour step of the band map; `small` (too few dwellings to judge) is a neutral grey. */
export const BAND_COLORS: Readonly<Record<AreaStep, string>> = {
  'below-3': '#01665e',
  'below-2': '#5ab4ac',
  'below-1': '#c7eae5',
  within: '#f5f5f5',
  'above-1': '#f6e8c3',
  'above-2': '#d8b365',
  'above-3': '#8c510a',
  nodata: '#9e9e9e',
  small: '#d4d4d4',
};

/**
 * The second indicator, the share of "overige verhuurders" (private landlords): a sequential purple scale
 * (ColorBrewer Purples, 5 classes), deliberately unlike the band palette, because it has no band.
 */
export const PRIVATE_RENT_COLORS: Readonly<Record<PrivateRentStep, string>> = {
  'private-1': '#f2f0f7',
  'private-2': '#cbc9e2',
  'private-3': '#9e9ac8',
  'private-4': '#756bb1',
  'private-5': '#54278f',
};

/** The seven steps of the colour ramp, low to high. */
export const RAMP: readonly BandStep[] = ['below-3', 'below-2', 'below-1', 'within', 'above-1', 'above-2', 'above-3'];

export type PatternId = 'hatch' | 'dots' | 'cross' | 'lines';

/** Map image ids of the patterns (MapLibre `fill-pattern`). */
export const PATTERN_IMAGE: Readonly<Record<PatternId, string>> = {
  hatch: 'wb-hatch',
  dots: 'wb-dots',
  cross: 'wb-cross',
  lines: 'wb-lines',
};

export interface Swatch {
  color: string;
  pattern: PatternId | null;
}

/** How each class is drawn in legends and swatches: a representative colour and its pattern. */
export const CLASS_SWATCH: Readonly<Record<AreaClass, Swatch>> = {
  below: { color: BAND_COLORS['below-2'], pattern: 'dots' },
  within: { color: BAND_COLORS.within, pattern: null },
  above: { color: BAND_COLORS['above-2'], pattern: 'hatch' },
  small: { color: BAND_COLORS.small, pattern: 'lines' },
  nodata: { color: BAND_COLORS.nodata, pattern: 'cross' },
};

/** The pattern drawn over an area of a class on the map (null: plain fill). */
export const CLASS_PATTERN: Readonly<Record<AreaClass, PatternId | null>> = {
  below: CLASS_SWATCH.below.pattern,
  within: CLASS_SWATCH.within.pattern,
  above: CLASS_SWATCH.above.pattern,
  small: CLASS_SWATCH.small.pattern,
  nodata: CLASS_SWATCH.nodata.pattern,
};

/** Ownership colours (composition bars). Deliberately not the band palette. */
export const TENURE_COLORS = {
  corporation: '#3f4f8c',
  otherRent: '#9aa9d6',
  owner: '#e3c16f',
  unknown: '#dcdcdc',
} as const;

/** Colours of the map's chrome: background, context, outlines, hover and selection, labels. */
export const MAP_COLORS = {
  background: '#c5d0da',
  outOfScopeFill: '#dfe4e9',
  outOfScopeLine: '#9aa5b1',
  areaLine: '#4a4a4a',
  gemeenteLine: '#1f2a36',
  selectedLine: '#d6006f',
  hoverLine: '#111111',
  labelColor: '#14181f',
  labelHalo: 'rgba(255,255,255,0.92)',
} as const;

/** Marks in legends and charts: the band strip, the average line, the liveability reference. */
export const MARK_COLORS = {
  stripFrame: '#8a8a8a',
  bandFrame: '#333333',
  dotStroke: '#222222',
  average: '#d6006f',
  averageText: '#8a0048',
  chosen: '#d6006f',
  reference: '#0b5cad',
  chartBand: '#e6e6e6',
  strongText: '#01665e',
  vulnerableText: '#8c510a',
} as const;

export type Rgba = readonly [number, number, number, number];

/** Pair arcs (deck.gl): the top pairs in navy, the chosen one in the selection magenta, on a white halo. */
export const ARC_COLORS: Readonly<Record<'top' | 'chosen' | 'halo', Rgba>> = {
  top: [18, 50, 79, 255],
  chosen: [214, 0, 111, 255],
  halo: [255, 255, 255, 230],
};

/** A pattern tile as RGBA pixels (premultiplied-free, straight alpha). */
export interface PatternTile {
  width: number;
  height: number;
  data: Uint8ClampedArray<ArrayBuffer>;
}

const TILE = 12;
const INK = [25, 25, 25] as const;
const PAINT: Readonly<Record<PatternId, (x: number, y: number) => number>> = {
  hatch: (x, y) => ((x + y) % TILE < 2 ? 150 : 0),
  dots: (x, y) => ((x - 3) ** 2 + (y - 3) ** 2 <= 2.5 || (x - 9) ** 2 + (y - 9) ** 2 <= 2.5 ? 150 : 0),
  cross: (x, y) => ((x + y) % TILE < 1 || (x - y + TILE) % TILE < 1 ? 110 : 0),
  lines: (_x, y) => (y % 6 === 0 ? 120 : 0),
};

/**
 * The pixels of a pattern tile (pure). The map adds it as an image, the screen legend and the export
 * paint it with `createPattern`: the same pixels in all three places.
 */
export function patternTile(id: PatternId): PatternTile {
  const data = new Uint8ClampedArray(TILE * TILE * 4);
  for (let y = 0; y < TILE; y++) {
    for (let x = 0; x < TILE; x++) {
      const i = (y * TILE + x) * 4;
      data[i] = INK[0];
      data[i + 1] = INK[1];
      data[i + 2] = INK[2];
      data[i + 3] = PAINT[id](x, y);
    }
  }
  return { width: TILE, height: TILE, data };
}

/**
 * The plan chart (issue 12): the gemeente's real line, the projected line, the streefbeeld path and the band.
 * Lines ≥ 3:1 against white; the projection is dashed and the streefbeeld dotted, so colour is not the only cue.
 */
export const PLAN_CHART_COLORS = {
  history: '#154273',
  projection: '#b3541e',
  target: '#5b3f86',
  bandFill: 'rgba(1, 102, 94, 0.12)',
  bandEdge: '#01665e',
  grid: '#e4e4e4',
  axis: '#555555',
  text: '#333333',
  horizon: '#01665e',
} as const;
export const PLAN_CHART_DASH = { projection: '6 3', target: '2 3' } as const;
