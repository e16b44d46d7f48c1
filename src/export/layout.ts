/**
 * Where the parts of an exported image go (pure). Computed in layout units and returned in output
 * pixels, rounded to whole pixels: a header (title, subtitle, date), the map with the legend to its right,
 * and a footer (sources, attribution, link). The map rectangle is what the map is rendered at.
 */
import type { ExportPreset } from './presets';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ExportLayout {
  /** Output pixels per layout unit. */
  scale: number;
  header: Rect;
  map: Rect;
  legend: Rect;
  footer: Rect;
}

export const MARGIN = 24;
export const HEADER_H = 62;
/** Two lines of sources (the full attribution, CC BY asks for it) and the link line. */
export const FOOTER_H = 50;
export const LEGEND_W = 300;
export const GAP = 14;

/** Layout of a preset; every rectangle lies inside the image and none overlap. */
export function exportLayout(preset: ExportPreset): ExportLayout {
  const s = preset.scale;
  const W = preset.width / s;
  const H = preset.height / s;
  const px = (r: Rect): Rect => {
    const x = Math.round(r.x * s);
    const y = Math.round(r.y * s);
    return { x, y, w: Math.round((r.x + r.w) * s) - x, h: Math.round((r.y + r.h) * s) - y };
  };
  const header = { x: MARGIN, y: MARGIN, w: W - 2 * MARGIN, h: HEADER_H };
  const footer = { x: MARGIN, y: H - MARGIN - FOOTER_H, w: W - 2 * MARGIN, h: FOOTER_H };
  const top = header.y + header.h + GAP;
  const bodyH = footer.y - GAP - top;
  const map = { x: MARGIN, y: top, w: W - 2 * MARGIN - LEGEND_W - GAP, h: bodyH };
  const legend = { x: map.x + map.w + GAP, y: top, w: LEGEND_W, h: bodyH };
  return { scale: s, header: px(header), map: px(map), legend: px(legend), footer: px(footer) };
}
