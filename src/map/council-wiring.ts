/**
 * What council mode needs from the map, kept out of MapView: the camera reported after each move,
 * a requested camera applied (or the scope fitted), export capture and the print snapshot registered,
 * and MapLibre's own control labels in the interface language. Type-only use of maplibre-gl.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { Map as MlMap } from 'maplibre-gl';
import type { Dataset } from '../domain/dataset';
import type { Lang } from '../domain/numbers';
import { useCamera } from '../state/camera';
import { scopeGemeenten } from '../config/policy';
import { DICTS } from '../i18n';
import { boundsOf } from './bounds';
import { isCapturing, registerCapturer, registerSnapshot } from './capture';
import { renderForExport, snapshotContent } from './render-for-export';

/** Room kept free around a fitted scope; the left side is covered by the legend. */
export const FIT_PADDING = { top: 30, right: 30, bottom: 30, left: 340 };
/** The strip under the legend: exports and prints show the rest of what the screen shows. */
const UNDER_LEGEND = { top: 0, right: 0, bottom: 0, left: FIT_PADDING.left };

/** Report moves, register capture and snapshot. Returns the undo function. */
export function wireCouncil(map: MlMap): () => void {
  const onMoveEnd = () => {
    if (isCapturing()) return;
    const c = map.getCenter();
    useCamera.getState().report({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
  };
  map.on('moveend', onMoveEnd);
  const unregisterCapture = registerCapturer((request) => renderForExport(map, request, UNDER_LEGEND));
  const unregisterSnapshot = registerSnapshot(() => snapshotContent(map, UNDER_LEGEND));
  return () => {
    map.off('moveend', onMoveEnd);
    unregisterCapture();
    unregisterSnapshot();
  };
}

/**
 * Camera: a requested position (from a link or a saved view) wins; otherwise the map is fitted to the
 * scope when the scope or the data changes. A request made before the data arrived is applied after it.
 */
export function useCameraTarget(mapRef: RefObject<MlMap | null>, dataset: Dataset | null, scope: string): void {
  const target = useCamera((s) => s.target);
  const consumed = useRef(0);
  const lastFit = useRef<{ dataset: Dataset; scope: string } | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !dataset) return;
    const fresh = target && target.seq !== consumed.current ? target : null;
    const scopeChanged = lastFit.current?.dataset !== dataset || lastFit.current.scope !== scope;
    lastFit.current = { dataset, scope };
    if (fresh) consumed.current = fresh.seq;
    if (fresh?.position) {
      map.jumpTo({ center: [fresh.position.lon, fresh.position.lat], zoom: fresh.position.zoom });
      return;
    }
    if (!fresh && !scopeChanged) return;
    const gemeenten = new Set(scopeGemeenten(scope));
    const b = boundsOf(dataset.gemeenten.filter((g) => gemeenten.has(g.code)).map((g) => g.geometry));
    if (b) map.fitBounds(b, { padding: FIT_PADDING, duration: 0 });
  }, [mapRef, dataset, scope, target]);
}

/** Zoom buttons and the map canvas get their accessible names in the interface language. */
export function useControlLabels(container: RefObject<HTMLDivElement | null>, lang: Lang): void {
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const t = DICTS[lang];
    const label = (selector: string, text: string) =>
      el.querySelectorAll(selector).forEach((n) => {
        n.setAttribute('aria-label', text);
        n.setAttribute('title', text);
      });
    label('.maplibregl-ctrl-zoom-in', t.councilZoomIn);
    label('.maplibregl-ctrl-zoom-out', t.councilZoomOut);
    el.querySelector('.maplibregl-canvas')?.setAttribute('aria-label', t.councilMapCanvas);
  }, [container, lang]);
}
