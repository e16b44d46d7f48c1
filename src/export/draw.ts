/**
 * Canvas drawing helpers for the export, in layout units (the context is scaled by the caller):
 * the bundled font, text that fits or wraps, and the fill patterns that make colour never the only cue.
 */
import regularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import boldUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import type { BandClass } from '../domain/band';
import { BAND_COLORS } from '../config/theme';

export const EXPORT_FONT = 'Wijkbalans Export';
export const INK = '#14181f';
export const MUTED = '#4f5b66';
export const LINE = '#c9d1d9';

let fontsReady: Promise<void> | null = null;

/** Load the bundled Noto Sans (regular and bold) once, so exports look the same on every machine. */
export function loadExportFonts(): Promise<void> {
  fontsReady ??= Promise.all(
    [
      [regularUrl, '400'],
      [boldUrl, '700'],
    ].map(async ([url, weight]) => {
      const face = new FontFace(EXPORT_FONT, `url(${new URL(url ?? '', window.location.href).href})`, { weight });
      document.fonts.add(await face.load());
    }),
  ).then(() => undefined);
  return fontsReady;
}

export function font(size: number, bold = false): string {
  return `${bold ? 700 : 400} ${size}px "${EXPORT_FONT}", "Noto Sans", Arial, sans-serif`;
}

/** The text cut with an ellipsis so it fits `maxWidth`. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let s = text;
  while (s.length > 1 && ctx.measureText(`${s}…`).width > maxWidth) s = s.slice(0, -1);
  return `${s.trimEnd()}…`;
}

/** Break text into lines of at most `maxWidth` (words longer than a line are cut by fitText). */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= maxWidth || !line) line = next;
    else {
      lines.push(fitText(ctx, line, maxWidth));
      line = word;
    }
  }
  if (line) lines.push(fitText(ctx, line, maxWidth));
  return lines;
}

/** Draw wrapped text from (x, y) downwards; returns the y below the last line. */
export function drawWrapped(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  lineHeight: number,
): number {
  let yy = y;
  for (const l of wrapText(ctx, text, maxWidth)) {
    ctx.fillText(l, x, yy);
    yy += lineHeight;
  }
  return yy;
}

/** A swatch of a band class: its colour plus the map's pattern (hatching above, dots below, cross-hatch no data). */
export function drawSwatch(ctx: CanvasRenderingContext2D, cls: BandClass, x: number, y: number, w: number, h: number): void {
  const colour = { below: BAND_COLORS['below-2'], within: BAND_COLORS.within, above: BAND_COLORS['above-2'], nodata: BAND_COLORS.nodata }[
    cls
  ];
  ctx.save();
  ctx.fillStyle = colour;
  ctx.fillRect(x, y, w, h);
  ctx.beginPath();
  ctx.rect(x, y, w, h);
  ctx.clip();
  drawPattern(ctx, cls, x, y, w, h);
  ctx.restore();
  ctx.strokeStyle = '#333';
  ctx.lineWidth = 1;
  ctx.strokeRect(x, y, w, h);
}

/** The class pattern inside a rectangle (the caller clips). */
export function drawPattern(ctx: CanvasRenderingContext2D, cls: BandClass, x: number, y: number, w: number, h: number): void {
  ctx.strokeStyle = 'rgba(25,25,25,0.6)';
  ctx.fillStyle = 'rgba(25,25,25,0.6)';
  ctx.lineWidth = 1.2;
  const step = 5;
  if (cls === 'above' || cls === 'nodata') {
    for (let d = -h; d < w + h; d += step) {
      ctx.beginPath();
      ctx.moveTo(x + d, y + h);
      ctx.lineTo(x + d + h, y);
      ctx.stroke();
      if (cls === 'nodata') {
        ctx.beginPath();
        ctx.moveTo(x + d, y);
        ctx.lineTo(x + d + h, y + h);
        ctx.stroke();
      }
    }
  } else if (cls === 'below') {
    for (let yy = y + 2.5; yy < y + h; yy += step) {
      for (let xx = x + 2.5 + (((yy - y) / step) % 2) * 2.5; xx < x + w; xx += step) {
        ctx.beginPath();
        ctx.arc(xx, yy, 1.1, 0, Math.PI * 2);
        ctx.fill();
      }
    }
  }
}
