/**
 * The only owner of the MapLibre map and the deck.gl overlay. It is a sink: it receives the style,
 * GeoJSON and deck layers computed by pure functions, and sends hover/click back as store actions.
 */
import { useEffect, useMemo, useRef } from 'react';
import {
  Map as MlMap,
  setWorkerUrl,
  AttributionControl,
  NavigationControl,
  ScaleControl,
  type StyleSpecification,
  type MapLayerMouseEvent,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import { useStore } from '../state/store';
import { useCamera } from '../state/camera';
import { activeBand, classifyAreas, scopeAreas } from '../state/selectors';
import { PARKSTAD_SCOPE } from '../config/policy';
import { buildStyle } from './style';
import { areaCollection, labelCollection, outlineCollection } from './layers';
import { LAYER, OVERLAY_ANCHOR, SRC } from './ids';
import { PATTERNS } from './patterns';
import { installTestHooks } from './test-hooks';
import { ICONS } from './icons';
import { colonyAreas, colonyPoints, nplvAreas, projectPoints } from './overlay-layers';
import { OSRC } from './overlay-style';
import { applyData, overlayPickAt, type SourceData } from './map-data';
import { useOverlays } from '../state/overlay-store';
import { useViewDataset } from '../state/use-pairs';
import { usePairsStore } from '../state/pairs-store';
import { baseScopeAreas } from '../state/pairs-selectors';
import { useArcData } from './use-arcs';
import { arcLayerProps } from './deck-layers';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { ArcLayer } from '@deck.gl/layers';
import { useCameraTarget, useControlLabels, wireCouncil } from './council-wiring';
import { DICTS } from '../i18n';

/** deck.gl, loaded on first use (a separate chunk): the interleaved overlay on this map and the arc layer class. */
type Deck = { overlay: MapLibreOverlay; Arc: typeof ArcLayer };

setWorkerUrl(workerUrl);

// Attribution of our own data; the PDOK basemap adds its own line when switched on.
const ATTRIBUTION = 'Bron: CBS, Kerncijfers wijken en buurten 2024; Leefbaarometer 3.0 (BZK)';

function addPatterns(map: MlMap): void {
  for (const [id, make] of Object.entries(PATTERNS)) if (!map.hasImage(id)) map.addImage(id, make());
}

export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MlMap | null>(null);
  const hoveredRef = useRef<string | null>(null);
  const dataset = useStore((s) => s.dataset);
  const scope = useStore((s) => s.scope);
  const level = useStore((s) => s.level);
  const bandSetting = useStore((s) => s.band);
  const basemap = useStore((s) => s.basemap);
  const selected = useStore((s) => s.selected);
  const overlayData = useOverlays((s) => s.data);
  const visibleOverlays = useOverlays((s) => s.visible);
  const focus = useOverlays((s) => s.focus);
  // Areas are drawn from the view dataset (a shown scenario's values); labels and outlines from today's.
  const view = useViewDataset();
  const chartHover = usePairsStore((s) => s.chartHover);
  const arcs = useArcData();
  const deck = useRef<Promise<Deck> | null>(null);
  const loaded = useRef(false);
  const lang = useStore((s) => s.lang);

  const style: StyleSpecification = useMemo(
    () =>
      buildStyle({
        basemap,
        level,
        fontUrl: new URL(fontUrl, window.location.href).href,
        overlays: new Set(visibleOverlays),
      }) as StyleSpecification,
    [basemap, level, visibleOverlays],
  );
  const areas = useMemo(() => (view ? scopeAreas(view, scope, level) : []), [view, scope, level]);
  const band = useMemo(() => (dataset ? activeBand(dataset, scope, bandSetting) : null), [dataset, scope, bandSetting]);
  const classes = useMemo(() => (band ? classifyAreas(areas, band.lower, band.upper) : new Map()), [areas, band]);
  const areaFc = useMemo(() => (view ? areaCollection(view.levels[level].areas, classes) : null), [view, level, classes]);
  const gemeenteFc = useMemo(() => (dataset ? outlineCollection(dataset.gemeenten) : null), [dataset]);
  const bordersFc = useMemo(() => (dataset ? outlineCollection(dataset.wijkBorders) : null), [dataset]);
  const labelsFc = useMemo(() => {
    if (!dataset) return null;
    const gemeenten = scope === PARKSTAD_SCOPE ? dataset.gemeenten : [];
    return labelCollection(baseScopeAreas(dataset, scope, level), level, gemeenten);
  }, [dataset, level, scope]);

  const overlayFcs = useMemo(
    () =>
      overlayData && {
        [OSRC.nplv]: nplvAreas(overlayData),
        [OSRC.colonyAreas]: colonyAreas(overlayData),
        [OSRC.colonyPoints]: colonyPoints(overlayData),
        [OSRC.projects]: projectPoints(overlayData),
      },
    [overlayData],
  );

  // Create the map once.
  useEffect(() => {
    if (!container.current) return;
    const start = useCamera.getState().target?.position;
    const map = new MlMap({
      container: container.current,
      style,
      center: start ? [start.lon, start.lat] : [5.98, 50.89],
      zoom: start?.zoom ?? 11.5,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      dragRotate: false,
    });
    map.addControl(new AttributionControl({ compact: false, customAttribution: ATTRIBUTION }), 'bottom-right');
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    // A resolver, not a 'styleimagemissing' listener: MapLibre 6 awaits the resolver before answering a
    // tile's image request, while an image added from the event comes too late for that tile, which
    // then lacks its hatching or dots (seen at random in presentations and prints).
    map.setMissingStyleImageResolver((id) => {
      if (map.hasImage(id)) return;
      const pattern = PATTERNS[id];
      const icon = ICONS[id]?.();
      if (pattern) map.addImage(id, pattern());
      else if (icon) map.addImage(id, icon, { pixelRatio: icon.pixelRatio });
    });
    map.on('load', () => {
      addPatterns(map);
      loaded.current = true;
    });
    map.on('error', (e) => {
      if ((e as { sourceId?: string }).sourceId === SRC.basemap) useStore.getState().setBasemapFailed(true);
    });
    map.on('mousemove', LAYER.areaFill, (e: MapLayerMouseEvent) => {
      const f = e.features?.[0];
      const code = typeof f?.properties?.code === 'string' ? f.properties.code : null;
      if (hoveredRef.current && hoveredRef.current !== code)
        map.setFeatureState({ source: SRC.areas, id: hoveredRef.current }, { hover: false });
      hoveredRef.current = code;
      if (code) map.setFeatureState({ source: SRC.areas, id: code }, { hover: true });
      map.getCanvas().style.cursor = code ? 'pointer' : '';
      useStore.getState().hover(code ? { code, x: e.point.x, y: e.point.y } : null);
    });
    map.on('mouseleave', LAYER.areaFill, () => {
      if (hoveredRef.current) map.setFeatureState({ source: SRC.areas, id: hoveredRef.current }, { hover: false });
      hoveredRef.current = null;
      map.getCanvas().style.cursor = '';
      useStore.getState().hover(null);
    });
    map.on('click', (e) => {
      const pick = overlayPickAt(map, e.point.x, e.point.y);
      useOverlays.getState().setPick(pick);
      if (pick) return;
      const f = map.queryRenderedFeatures(e.point, { layers: [LAYER.areaFill] })[0];
      const code = typeof f?.properties?.code === 'string' ? f.properties.code : null;
      useStore.getState().select(code);
    });
    mapRef.current = map;
    const removeHooks = installTestHooks(map);
    const unwireCouncil = wireCouncil(map);
    return () => {
      removeHooks();
      unwireCouncil();
      map.remove();
      mapRef.current = null;
    };
    // The map is created once; later style changes go through setStyle below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The latest source data, read by handlers that run after later renders (never a stale closure).
  const dataRef = useRef<SourceData>({});
  dataRef.current = {
    [SRC.areas]: areaFc,
    [SRC.gemeenten]: gemeenteFc,
    [SRC.wijkBorders]: bordersFc,
    [SRC.labels]: labelsFc,
    ...overlayFcs,
  };

  // Style: diffed. The diff resets GeoJSON sources to the style's empty data and a non-diffable
  // change reloads the style; either way the sources get the current data again.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    map.setStyle(style, { diff: true });
    applyData(map, dataRef.current, true);
    map.once('styledata', () => applyData(map, dataRef.current, true));
  }, [style]);

  // Selection as feature state: no style change, no data resend.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !selected) return;
    const apply = () => {
      if (map.getSource(SRC.areas)) map.setFeatureState({ source: SRC.areas, id: selected }, { selected: true });
    };
    if (map.isStyleLoaded()) apply();
    else map.once('idle', apply);
    return () => {
      if (map.getSource(SRC.areas)) map.setFeatureState({ source: SRC.areas, id: selected }, { selected: false });
    };
  }, [selected, areaFc]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !areaFc) return;
    const apply = () => {
      applyData(map, dataRef.current);
      map.once('idle', () => {
        const w = window as unknown as { __mapReady?: boolean; __mapReadyAt?: number };
        if (!w.__mapReady) w.__mapReadyAt = performance.now();
        w.__mapReady = true;
      });
    };
    // Sources exist as soon as the style is parsed; before that, wait for it ('load' fires only once).
    if (map.getSource(SRC.areas)) apply();
    else map.once('styledata', apply);
  }, [areaFc, gemeenteFc, bordersFc, labelsFc, overlayFcs]);

  // "Zoom to" requests from panels (a colony in the list, a project in the table).
  useEffect(() => {
    if (focus)
      mapRef.current?.fitBounds(focus.bounds, { padding: { top: 60, right: 60, bottom: 60, left: 360 }, maxZoom: 15, duration: 600 });
  }, [focus]);

  // An area hovered in the scatter plot is outlined on the map like a map hover.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !chartHover || !map.getSource(SRC.areas)) return;
    map.setFeatureState({ source: SRC.areas, id: chartHover }, { hover: true });
    return () => {
      if (map.getSource(SRC.areas)) map.setFeatureState({ source: SRC.areas, id: chartHover }, { hover: false });
    };
  }, [chartHover]);

  // Pair arcs (deck.gl, interleaved): deck is imported the first time there are arcs to draw.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || (arcs.length === 0 && !deck.current)) return;
    deck.current ??= Promise.all([
      import('@deck.gl/maplibre'),
      import('@deck.gl/layers'),
      loaded.current ? null : new Promise((r) => map.once('load', r)),
    ]).then(([{ MapLibreOverlay: Overlay }, { ArcLayer: Arc }]) => {
      const overlay = new Overlay({ interleaved: true, layers: [] });
      map.addControl(overlay);
      return { overlay, Arc };
    });
    void deck.current.then(({ overlay, Arc }) => {
      const layers = arcLayerProps(arcs, OVERLAY_ANCHOR).map((p) => new Arc(p));
      overlay.setProps({ layers });
      // While a source is loading the overlay cannot insert its layer yet; try again once the map is idle.
      map.once('idle', () => overlay.setProps({ layers }));
      map.getContainer().dataset.arcs = String(arcs.length);
      map.getContainer().dataset.arcChosen = arcs.find((d) => d.selected)?.id ?? '';
    });
  }, [arcs]);

  useCameraTarget(mapRef, dataset, scope);
  useControlLabels(container, lang);

  return <div ref={container} className="map" role="region" aria-label={DICTS[lang].mapLabel} data-testid="map" />;
}
