/**
 * Canvas drawing helpers for the export, in layout units (the context is scaled by the caller):
 * the bundled font and text that fits or wraps.
 */
import regularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import boldUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';

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
