/**
 * Paints a theme swatch (colour plus pattern) on a 2D canvas. The export's legend and the screen legend
 * both use it, with the very pattern tiles the map adds as images: one pattern, drawn three ways.
 */
import { patternTile, type PatternId, type Swatch } from '../config/theme';

const tiles = new Map<PatternId, HTMLCanvasElement>();

/** A canvas holding one pattern tile (made once per pattern). */
function tileCanvas(id: PatternId): HTMLCanvasElement {
  let c = tiles.get(id);
  if (!c) {
    const tile = patternTile(id);
    c = document.createElement('canvas');
    c.width = tile.width;
    c.height = tile.height;
    c.getContext('2d')?.putImageData(new ImageData(tile.data, tile.width, tile.height), 0, 0);
    tiles.set(id, c);
  }
  return c;
}

/** Fill a rectangle with the swatch's colour and pattern, and frame it. */
export function paintSwatch(
  ctx: CanvasRenderingContext2D,
  swatch: Swatch,
  x: number,
  y: number,
  w: number,
  h: number,
  frame = '#333333',
): void {
  ctx.save();
  ctx.fillStyle = swatch.color;
  ctx.fillRect(x, y, w, h);
  if (swatch.pattern) {
    const pattern = ctx.createPattern(tileCanvas(swatch.pattern), 'repeat');
    if (pattern) {
      ctx.fillStyle = pattern;
      ctx.fillRect(x, y, w, h);
    }
  }
  if (frame) {
    ctx.strokeStyle = frame;
    ctx.lineWidth = 1;
    ctx.strokeRect(x, y, w, h);
  }
  ctx.restore();
}
