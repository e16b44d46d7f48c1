/**
 * The theme's patterns as SVG vectors, for the printed report: the same 12-px tiles `patternTile` paints in
 * pixels for the map, the legend and the PNG export (theme.ts), drawn as lines and dots so print keeps them
 * sharp. Same ink, same opacity, same geometry.
 */
import type { PatternId } from './theme';

export const PATTERN_TILE = 12;
/** The ink of every pattern (theme.ts: rgb(25, 25, 25)). */
export const PATTERN_INK = '#191919';

export interface SvgPattern {
  /** Path data inside one tile. */
  d: string;
  paint: 'stroke' | 'fill';
  /** Stroke width in px (stroke patterns). */
  width: number;
  /** The tile's alpha as a fraction (150/255 for hatching and dots). */
  opacity: number;
}

const dot = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
/** The "/" diagonal x + y = 12 and its two corner pieces, so tiles join into unbroken lines. */
const SLASH = 'M0 12L12 0M-1 1L1 -1M11 13L13 11';
const BACKSLASH = 'M0 0L12 12M-1 11L1 13M11 -1L13 1';

export const PATTERN_SVG: Readonly<Record<PatternId, SvgPattern>> = {
  hatch: { d: SLASH, paint: 'stroke', width: 1.4, opacity: 150 / 255 },
  dots: { d: `${dot(3.5, 3.5, 1.7)}${dot(9.5, 9.5, 1.7)}`, paint: 'fill', width: 0, opacity: 150 / 255 },
  cross: { d: `${SLASH}${BACKSLASH}`, paint: 'stroke', width: 1, opacity: 110 / 255 },
  lines: { d: 'M0 0.5H12M0 6.5H12', paint: 'stroke', width: 1, opacity: 120 / 255 },
};
