/**
 * Room the camera keeps free for the legend, which lies over the map's lower left corner. Where the map is
 * wide the legend stands beside the scope (left padding, at most 45 % of the width, so a narrow beamer map
 * keeps most of its width); where it is narrow (a phone) the legend is folded at the bottom and a chosen area
 * must also stay clear of the bottom sheet that opens over the lower part of the map.
 */
import type { Padding } from './render-for-export';

/** Maps at least this wide keep the legend beside the scope; narrower ones keep it below. */
const WIDE = 600;

/** Padding when fitting the whole scope. */
export function fitPadding(width: number, height: number): Padding {
  if (width >= WIDE) return { top: 30, right: 30, bottom: 30, left: Math.min(340, Math.round(width * 0.45)) };
  return { top: 20, right: 20, bottom: Math.min(150, Math.round(height * 0.25)), left: 20 };
}

/** Padding when flying to one area (search, selection): on a phone above the bottom sheet (62 % of the map). */
export function focusPadding(width: number, height: number): Padding {
  if (width >= WIDE) return { top: 60, right: 60, bottom: 60, left: Math.min(360, Math.round(width * 0.45)) };
  return { top: 30, right: 30, bottom: Math.round(height * 0.62) + 20, left: 30 };
}

/** The strip under the legend that exports and prints leave out: the rest is what the screen shows of the scope. */
export function underLegend(width: number, height: number): Padding {
  return { top: 0, right: 0, bottom: 0, left: width >= WIDE ? fitPadding(width, height).left : 0 };
}
