/**
 * Renders the live map at an export size: the container is moved off screen at the requested CSS size,
 * the pixel ratio raised, the camera zoomed so at least the on-screen extent stays visible, and after the
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

export async function renderForExport(map: MlMap, request: CaptureRequest): Promise<CaptureResult> {
  const container = map.getContainer();
  const savedCss = container.style.cssText;
  const savedRatio = map.getPixelRatio();
  const center = map.getCenter();
  const zoom = map.getZoom();
  const screen: [number, number] = [container.clientWidth, container.clientHeight];
  try {
    container.style.cssText = `position: fixed; left: -100000px; top: 0; width: ${request.cssWidth}px; height: ${request.cssHeight}px;`;
    map.setPixelRatio(request.pixelRatio);
    map.jumpTo({ center, zoom: fitZoom(zoom, screen, [request.cssWidth, request.cssHeight]) });
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
