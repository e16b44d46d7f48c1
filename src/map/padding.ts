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

/** A rectangle in page pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The padding, grown so that a fitted scope stays clear of the legend as it is really drawn over the map (its size
 * varies: folded, two or three columns in presentation, the numbers key). Grows on the side that keeps the larger
 * map: beside a tall legend, above a wide one; unchanged when the legend does not overlap the map or when growing
 * would leave less than 120 px either way.
 */
export function clearOf(p: Padding, map: Box, legend: Box | null, gap = 12): Padding {
  if (!legend) return p;
  const overlapW = Math.min(legend.right, map.right) - Math.max(legend.left, map.left);
  const overlapH = Math.min(legend.bottom, map.bottom) - Math.max(legend.top, map.top);
  if (overlapW <= 0 || overlapH <= 0) return p;
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  const beside = { ...p, left: Math.max(p.left, Math.round(legend.right - map.left + gap)) };
  const above = { ...p, bottom: Math.max(p.bottom, Math.round(map.bottom - legend.top + gap)) };
  const room = (q: Padding) => {
    const rw = w - q.left - q.right;
    const rh = h - q.top - q.bottom;
    return rw < 120 || rh < 120 ? -1 : rw * rh;
  };
  const best = room(beside) >= room(above) ? beside : above;
  return room(best) < 0 ? p : best;
}
