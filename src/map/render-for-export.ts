/**
 * Renders the live map at an export size: the container is moved off screen at the requested CSS size,
 * the pixel ratio raised, the camera set so that what the screen shows inside `padding` (the part not
 * covered by the legend) fills the export, and after the
 * map is idle its canvas is copied (the map is created with preserveDrawingBuffer). Everything is put back
 * afterwards, also on failure. Overlays drawn on the same canvas (deck.gl interleaved) come along.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { fitZoom } from '../export/geo';
import type { CaptureRequest, CaptureResult } from './capture';

const IDLE_TIMEOUT_MS = 30_000;

function whenIdle(map: MlMap): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error('De kaart werd niet op tijd getekend.')), IDLE_TIMEOUT_MS);
    map.once('idle', () => {
      window.clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export async function renderForExport(map: MlMap, request: CaptureRequest, padding: Padding): Promise<CaptureResult> {
  const container = map.getContainer();
  const savedCss = container.style.cssText;
  const savedRatio = map.getPixelRatio();
  const center = map.getCenter();
  const zoom = map.getZoom();
  const content: [number, number] = [
    Math.max(1, container.clientWidth - padding.left - padding.right),
    Math.max(1, container.clientHeight - padding.top - padding.bottom),
  ];
  const focus = map.unproject([padding.left + content[0] / 2, padding.top + content[1] / 2]);
  try {
    container.style.cssText = `position: fixed; left: -100000px; top: 0; width: ${request.cssWidth}px; height: ${request.cssHeight}px;`;
    map.setPixelRatio(request.pixelRatio);
    map.jumpTo({ center: focus, zoom: fitZoom(zoom, content, [request.cssWidth, request.cssHeight]) });
    await whenIdle(map);
    const source = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('Geen 2D-tekenvlak beschikbaar.');
    ctx.drawImage(source, 0, 0);
    const c = map.getCenter();
    return { canvas: copy, center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing() };
  } finally {
    container.style.cssText = savedCss;
    map.setPixelRatio(savedRatio);
    map.jumpTo({ center, zoom });
  }
}

/**
 * A synchronous copy of the map canvas inside `padding` (the part the legend does not cover), for print.
 * The map keeps its drawing buffer, so the copy is what the screen shows.
 */
export function snapshotContent(map: MlMap, padding: Padding): HTMLCanvasElement | null {
  const source = map.getCanvas();
  const container = map.getContainer();
  const ratio = container.clientWidth > 0 ? source.width / container.clientWidth : 1;
  const x = Math.round(padding.left * ratio);
  const y = Math.round(padding.top * ratio);
  const w = source.width - x - Math.round(padding.right * ratio);
  const h = source.height - y - Math.round(padding.bottom * ratio);
  if (w <= 0 || h <= 0) return null;
  const copy = document.createElement('canvas');
  copy.width = w;
  copy.height = h;
  copy.getContext('2d')?.drawImage(source, x, y, w, h, 0, 0, w, h);
  return copy;
}
