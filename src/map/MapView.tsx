/**
 * The map on the page: creates the one MapController, hands it the map description whenever the store
 * changes it, carries out camera requests, and sends the user's hover, click and moves back as store
 * actions. The description itself is computed by pure functions (describe.ts).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import { useStore } from '../state/store';
import { useView } from '../state/selectors';
import { scopeGemeenten } from '../config/policy';
import { dictOf } from '../i18n';
import { selectBlankDescription, selectMapDescription } from './describe';
import { MapController } from './controller';
import { boundsOf } from './bounds';
import { memoLast } from '../state/memo';
import type { Dataset } from '../domain/dataset';

const FONT = new URL(fontUrl, window.location.href).href;
const selectDescription = (s: Parameters<typeof selectMapDescription>[0]) => selectMapDescription(s, FONT);
const scopeBounds = memoLast((today: Dataset, scope: string) => {
  const gemeenten = new Set(scopeGemeenten(scope));
  return boundsOf(today.gemeenten.filter((g) => gemeenten.has(g.code)).map((g) => g.geometry));
});

export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const cameraRequest = useStore((s) => s.cameraRequest);
  const lang = useStore((s) => s.lang);
  const mapReady = useStore((s) => s.mapReady);
  const presenting = useStore((s) => s.presenting);
  const vm = useView();
  const bounds = vm ? scopeBounds(vm.today, vm.scope) : null;

  const ready = vm !== null;

  // Create the controller at once, with the data's description if it is there and else the blank one: the WebGL
  // context, the map's worker and the style are set up while the data are still loading. A layout effect, so that
  // the context is asked for before the page's first paint keeps the GPU busy.
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const s = useStore.getState();
    const first = selectDescription(s) ?? selectBlankDescription(s, FONT);
    const c = new MapController(el, first, s.cameraRequest?.target.kind === 'position' ? s.cameraRequest.target.position : null, {
      onHover: (h) => useStore.getState().hover(h),
      onClick: (code) => useStore.getState().select(code),
      onOverlayPick: (pick) => useStore.getState().setPick(pick),
      onMove: (position) => useStore.getState().reportCamera(position),
      onBasemapFailed: () => useStore.getState().setBasemapFailed(true),
      onReady: () => useStore.getState().setMapReady(),
    });
    controller.current = c;
    // Straight from the store, not after React's render: the map's worker cuts the data into tiles while the rest of
    // the page renders.
    const unsubscribe = useStore.subscribe((state) => {
      const d = selectDescription(state);
      if (d) c.apply(d);
    });
    let removeHooks: (() => void) | null = null;
    if (import.meta.env.MODE === 'e2e') {
      void import('./test-hooks').then((m) => {
        if (controller.current === c) removeHooks = m.installTestHooks(c.map);
      });
    }
    return () => {
      unsubscribe();
      removeHooks?.();
      c.destroy();
      controller.current = null;
    };
  }, []);

  useEffect(() => {
    controller.current?.camera(cameraRequest, bounds);
  }, [cameraRequest, bounds, ready]);

  useEffect(() => {
    const t = dictOf(lang);
    controller.current?.label({
      zoomIn: t.councilZoomIn,
      zoomOut: t.councilZoomOut,
      canvas: t.councilMapCanvas,
      attribution: t.sourceLine,
    });
  }, [lang, ready]);

  useEffect(() => {
    if (presenting) controller.current?.foldAttribution();
  }, [presenting, lang]);

  return <div ref={container} className="map" role="region" aria-label={dictOf(lang).mapLabel} aria-busy={!mapReady} data-testid="map" />;
}
