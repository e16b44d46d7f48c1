/**
 * The key of the numbers on the map, drawn in the export's legend column under the legend: number and name in two
 * columns (three above 30 wijken), the line height shrunk to the room left. Returns the y below it.
 */
import type { KeyEntry } from '../state/label-key';
import type { Rect } from './layout';
import { fitText, font, INK } from './draw';

export function drawKey(ctx: CanvasRenderingContext2D, r: Rect, top: number, key: readonly KeyEntry[], title: string): number {
  if (key.length === 0) return top;
  const left = r.x + 12;
  const width = r.w - 24;
  const cols = key.length > 30 ? 3 : 2;
  const rows = Math.ceil(key.length / cols);
  const y0 = top + 26;
  const line = Math.max(6, Math.min(12.5, (r.y + r.h - 8 - y0) / rows));
  const colW = width / cols;
  ctx.save();
  ctx.fillStyle = INK;
  ctx.textAlign = 'left';
  ctx.font = font(11, true);
  ctx.fillText(title, left, top + 12);
  key.forEach((k, i) => {
    const x = left + Math.floor(i / rows) * colW;
    const y = y0 + (i % rows) * line;
    ctx.font = font(line - 2.5, true);
    ctx.textAlign = 'right';
    ctx.fillText(String(k.n), x + 14, y);
    ctx.font = font(line - 2.5);
    ctx.textAlign = 'left';
    ctx.fillText(fitText(ctx, k.name, colW - 22), x + 18, y);
  });
  ctx.restore();
  return y0 + rows * line;
}
