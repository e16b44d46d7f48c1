/**
 * Colours and patterns. The band palette is ColorBrewer BrBG (7 classes), which is colour-blind safe;
 * out-of-band areas also carry a pattern (above: diagonal hatching, below: dots) so colour is never the only cue.
 */
import type { BandStep } from '../domain/band';

export const BAND_COLORS: Record<BandStep, string> = {
  'below-3': '#01665e',
  'below-2': '#5ab4ac',
  'below-1': '#c7eae5',
  within: '#f5f5f5',
  'above-1': '#f6e8c3',
  'above-2': '#d8b365',
  'above-3': '#8c510a',
  nodata: '#9e9e9e',
};

/** Pattern image ids used by the map style and drawn by map/patterns.ts. */
export const PATTERN_ABOVE = 'wb-hatch-above';
export const PATTERN_BELOW = 'wb-dots-below';
export const PATTERN_NODATA = 'wb-cross-nodata';

export const THEME = {
  background: '#c5d0da',
  outOfScopeFill: '#dfe4e9',
  areaLine: '#4a4a4a',
  gemeenteLine: '#1f2a36',
  selectedLine: '#d6006f',
  hoverLine: '#111111',
  labelColor: '#14181f',
  labelHalo: 'rgba(255,255,255,0.92)',
} as const;
