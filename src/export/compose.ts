/**
 * Composes the exported PNG on a 2D canvas: header (title, subtitle, date), the map rendered at the
 * export resolution, the legend, a north arrow and scale bar on the map, and a footer with sources,
 * basemap attribution and the view's link. A map that comes out blank is captured once more and then
 * refused with an error; an export never silently contains an empty map.
 */
import type { Dict } from '../i18n/nl';
import type { Lang } from '../domain/numbers';
import type { CaptureRequest, CaptureResult } from '../map/capture';
import type { ExportPreset } from './presets';
import { exportLayout, type Rect } from './layout';
import { scaleBar, type Camera } from './geo';
import type { LegendModel } from '../state/legend-model';
import type { Titles } from './titles';
import { drawLegend } from './draw-legend';
import { drawKey } from './draw-key';
import type { KeyEntry } from '../state/label-key';
import { fitText, font, INK, LINE, loadExportFonts, MUTED, wrapText } from './draw';

export interface ExportInput {
  preset: ExportPreset;
  titles: Titles;
  legend: LegendModel;
  t: Dict;
  lang: Lang;
  /** The view's link, printed in the footer. */
  link: string;
  /** The numbers on the map and their names (wijk level), drawn under the legend. */
  key?: readonly KeyEntry[];
}

export interface ExportMeta {
  width: number;
  height: number;
  scale: number;
  /** The map's rectangle in output pixels. */
  mapRect: Rect;
  /** The camera of the rendered map; its CSS size is mapRect / scale. */
  camera: Camera;
  /** How many wijk numbers the key under the legend lists (0 at buurt level). */
  keyEntries: number;
}

/** True when a canvas has no content: every sampled pixel transparent or all of one colour. */
export function isBlank(canvas: HTMLCanvasElement): boolean {
  const probe = document.createElement('canvas');
  probe.width = 48;
  probe.height = 48;
  const ctx = probe.getContext('2d');
  if (!ctx) return true;
  ctx.drawImage(canvas, 0, 0, 48, 48);
  const d = ctx.getImageData(0, 0, 48, 48).data;
  const colours = new Set<number>();
  let opaque = 0;
  for (let i = 0; i < d.length; i += 4) {
    if ((d[i + 3] ?? 0) > 0) opaque += 1;
    colours.add(((d[i] ?? 0) << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0));
  }
  return opaque === 0 || colours.size < 3;
}

function drawNorthAndScale(ctx: CanvasRenderingContext2D, map: Rect, camera: Camera, t: Dict): void {
  const bar = scaleBar(camera.center[1], camera.zoom, 110);
  const x = map.x + 12;
  const y = map.y + map.h - 70;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(x, y, bar.length + 64, 58);
  ctx.strokeStyle = LINE;
  ctx.strokeRect(x, y, bar.length + 64, 58);
  // North arrow.
  ctx.fillStyle = INK;
  ctx.beginPath();
  ctx.moveTo(x + 22, y + 10);
  ctx.lineTo(x + 31, y + 40);
  ctx.lineTo(x + 22, y + 34);
  ctx.lineTo(x + 13, y + 40);
  ctx.closePath();
  ctx.fill();
  ctx.font = font(12, true);
  ctx.textAlign = 'center';
  ctx.fillText(t.exportNorth, x + 22, y + 53);
  // Scale bar: two halves, black and white.
  const bx = x + 50;
  const by = y + 30;
  ctx.fillStyle = INK;
  ctx.fillRect(bx, by, bar.length / 2, 6);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(bx + bar.length / 2, by, bar.length / 2, 6);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1;
  ctx.strokeRect(bx, by, bar.length, 6);
  ctx.fillStyle = INK;
  ctx.font = font(11);
  ctx.textAlign = 'left';
  ctx.fillText('0', bx - 3, by - 5);
  ctx.textAlign = 'right';
  ctx.fillText(bar.label, bx + bar.length + 6, by - 5);
  ctx.textAlign = 'left';
}

/** Render the map through `capture` and compose the whole image. */
export async function composeExport(
  input: ExportInput,
  capture: (r: CaptureRequest) => Promise<CaptureResult>,
): Promise<{ canvas: HTMLCanvasElement; meta: ExportMeta }> {
  const { preset, titles, t } = input;
  const layout = exportLayout(preset);
  const s = layout.scale;
  await loadExportFonts();
  const request = { cssWidth: layout.map.w / s, cssHeight: layout.map.h / s, pixelRatio: s };
  let shot = await capture(request);
  if (isBlank(shot.canvas)) shot = await capture(request);
  if (isBlank(shot.canvas)) throw new Error('De kaart kwam leeg uit de export.');

  const canvas = document.createElement('canvas');
  canvas.width = preset.width;
  canvas.height = preset.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Geen 2D-tekenvlak beschikbaar.');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(shot.canvas, layout.map.x, layout.map.y, layout.map.w, layout.map.h);

  ctx.setTransform(s, 0, 0, s, 0, 0);
  const u = (r: Rect): Rect => ({ x: r.x / s, y: r.y / s, w: r.w / s, h: r.h / s });
  const [header, map, legend, footer] = [u(layout.header), u(layout.map), u(layout.legend), u(layout.footer)];
  ctx.strokeStyle = '#4a4a4a';
  ctx.lineWidth = 1;
  ctx.strokeRect(map.x, map.y, map.w, map.h);
  const camera: Camera = { center: shot.center, zoom: shot.zoom };
  drawNorthAndScale(ctx, map, camera, t);
  drawKey(ctx, legend, drawLegend(ctx, legend, input.legend, t, input.lang), input.key ?? [], t.keyTitle);

  ctx.fillStyle = INK;
  ctx.textAlign = 'right';
  ctx.font = font(13);
  ctx.fillText(titles.date, header.x + header.w, header.y + 22);
  const dateW = ctx.measureText(titles.date).width + 24;
  ctx.textAlign = 'left';
  ctx.font = font(24, true);
  ctx.fillText(fitText(ctx, titles.title, header.w - dateW), header.x, header.y + 26);
  ctx.font = font(14);
  ctx.fillStyle = MUTED;
  ctx.fillText(fitText(ctx, titles.subtitle, header.w), header.x, header.y + 50);
  ctx.fillStyle = LINE;
  ctx.fillRect(header.x, header.y + header.h - 2, header.w, 1);

  ctx.fillStyle = INK;
  ctx.font = font(10.5);
  // The whole attribution, wrapped over two lines (never cut: the licences ask for it); the link below.
  const sourceLines = wrapText(ctx, titles.sources.join(' · '), footer.w).slice(0, 2);
  sourceLines.forEach((line, i) => ctx.fillText(line, footer.x, footer.y + 14 + i * 13));
  ctx.fillStyle = MUTED;
  ctx.font = font(9.5);
  ctx.fillText(
    fitText(ctx, `${t.exportMadeWith} · ${t.exportLink}: ${input.link}`, footer.w),
    footer.x,
    footer.y + 18 + sourceLines.length * 13,
  );

  return {
    canvas,
    meta: { width: canvas.width, height: canvas.height, scale: s, mapRect: layout.map, camera, keyEntries: input.key?.length ?? 0 },
  };
}
