/**
 * The only owner of the MapLibre map and the deck.gl overlay. It is a sink: it receives the style,
 * GeoJSON and deck layers computed by pure functions, and sends hover/click back as store actions.
 */
import { useEffect, useMemo, useRef } from 'react';
import { Map as MlMap, setWorkerUrl, AttributionControl, NavigationControl, ScaleControl, type GeoJSONSource, type StyleSpecification, type MapLayerMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { TextLayer } from '@deck.gl/layers';
import { useStore } from '../state/store';
import { activeBand, classifyAreas, scopeAreas } from '../state/selectors';
import { scopeGemeenten, PARKSTAD_SCOPE } from '../config/policy';
import { THEME } from '../config/theme';
import { buildStyle } from './style';
import { areaCollection, labelData, outlineCollection, type LabelDatum } from './layers';
import { LAYER, SRC } from './ids';
import { PATTERNS } from './patterns';
import { boundsOf } from './bounds';
import { installTestHooks } from './test-hooks';

setWorkerUrl(workerUrl);

const ATTRIBUTION = 'Bron: CBS, Kerncijfers wijken en buurten 2024; Leefbaarometer 3.0 (BZK)';

function addPatterns(map: MlMap): void {
  for (const [id, make] of Object.entries(PATTERNS)) if (!map.hasImage(id)) map.addImage(id, make());
}

export function MapView() {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MlMap | null>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const hoveredRef = useRef<string | null>(null);
  const dataset = useStore((s) => s.dataset);
  const scope = useStore((s) => s.scope);
  const level = useStore((s) => s.level);
  const bandSetting = useStore((s) => s.band);
  const basemap = useStore((s) => s.basemap);
  const selected = useStore((s) => s.selected);

  const style: StyleSpecification = useMemo(() => buildStyle({ basemap, level, selected }) as StyleSpecification, [basemap, level, selected]);
  const areas = useMemo(() => (dataset ? scopeAreas(dataset, scope, level) : []), [dataset, scope, level]);
  const band = useMemo(() => (dataset ? activeBand(dataset, scope, bandSetting) : null), [dataset, scope, bandSetting]);
  const classes = useMemo(() => (band ? classifyAreas(areas, band.lower, band.upper) : new Map()), [areas, band]);
  const areaFc = useMemo(() => (dataset ? areaCollection(dataset.levels[level].areas, classes) : null), [dataset, level, classes]);
  const gemeenteFc = useMemo(() => (dataset ? outlineCollection(dataset.gemeenten) : null), [dataset]);
  const bordersFc = useMemo(() => (dataset ? outlineCollection(dataset.wijkBorders) : null), [dataset]);
  const labels = useMemo(() => {
    if (!dataset) return [];
    const gemeenten = scope === PARKSTAD_SCOPE ? dataset.gemeenten : [];
    return labelData(scope === PARKSTAD_SCOPE && level === 'buurt' ? [] : areas, level, gemeenten);
  }, [dataset, areas, level, scope]);

  // Create the map once.
  useEffect(() => {
    if (!container.current) return;
    const map = new MlMap({
      container: container.current,
      style,
      center: [5.98, 50.89],
      zoom: 11.5,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      dragRotate: false,
    });
    map.addControl(new AttributionControl({ compact: false, customAttribution: ATTRIBUTION }), 'bottom-right');
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.on('styleimagemissing', (e: { id: string }) => {
      const make = PATTERNS[e.id];
      if (make && !map.hasImage(e.id)) map.addImage(e.id, make());
    });
    map.on('load', () => {
      addPatterns(map);
      const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
      map.addControl(overlay);
      overlayRef.current = overlay;
    });
    map.on('error', (e) => {
      if ((e as { sourceId?: string }).sourceId === SRC.basemap) useStore.getState().setBasemapFailed(true);
    });
    map.on('mousemove', LAYER.areaFill, (e: MapLayerMouseEvent) => {
      const f = e.features?.[0];
      const code = typeof f?.properties?.code === 'string' ? f.properties.code : null;
      if (hoveredRef.current && hoveredRef.current !== code) map.setFeatureState({ source: SRC.areas, id: hoveredRef.current }, { hover: false });
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
      const f = map.queryRenderedFeatures(e.point, { layers: [LAYER.areaFill] })[0];
      const code = typeof f?.properties?.code === 'string' ? f.properties.code : null;
      useStore.getState().select(code);
    });
    mapRef.current = map;
    const removeHooks = installTestHooks(map);
    return () => {
      removeHooks();
      map.remove();
      mapRef.current = null;
    };
    // The map is created once; later style changes go through setStyle below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Style: diffed, so sources keep their data.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    map.setStyle(style, { diff: true });
    // A non-diffable change reloads the style: put the data back once it is loaded.
    map.once('styledata', () => applyData(map, areaFc, gemeenteFc, bordersFc));
  }, [style]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !areaFc) return;
    const apply = () => {
      applyData(map, areaFc, gemeenteFc, bordersFc);
      map.once('idle', () => {
        (window as unknown as { __mapReady?: boolean }).__mapReady = true;
      });
    };
    if (map.isStyleLoaded()) apply();
    else map.once('load', apply);
  }, [areaFc, gemeenteFc, bordersFc]);

  // Deck layers: labels on top.
  useEffect(() => {
    const setLayers = () => overlayRef.current?.setProps({ layers: [labelLayer(labels)] });
    if (overlayRef.current) setLayers();
    else mapRef.current?.once('load', setLayers);
  }, [labels]);

  // Fit to the scope when it (or the data) changes.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !dataset) return;
    const gemeenten = new Set(scopeGemeenten(scope));
    const b = boundsOf(dataset.gemeenten.filter((g) => gemeenten.has(g.code)).map((g) => g.geometry));
    if (b) map.fitBounds(b, { padding: 30, duration: 0 });
  }, [dataset, scope]);

  return <div ref={container} className="map" role="region" aria-label="Kaart" data-testid="map" />;
}

/** The data last given to each source object; a reloaded style has new source objects, which get the data again. */
const applied = new WeakMap<object, unknown>();

function applyData(map: MlMap, areas: unknown, gemeenten: unknown, borders: unknown): void {
  const set = (id: string, data: unknown) => {
    const src = map.getSource(id) as GeoJSONSource | undefined;
    if (!src || !data || applied.get(src) === data) return;
    src.setData(data as GeoJSON.FeatureCollection);
    applied.set(src, data);
  };
  set(SRC.areas, areas);
  set(SRC.gemeenten, gemeenten);
  set(SRC.wijkBorders, borders);
}

function labelLayer(data: LabelDatum[]) {
  return new TextLayer<LabelDatum>({
    id: 'wb-labels',
    data,
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: (d) => d.size,
    getColor: THEME.labelColor,
    fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
    fontWeight: 600,
    characterSet: 'auto',
    outlineWidth: 3,
    outlineColor: THEME.labelHalo,
    fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    sizeUnits: 'pixels',
    parameters: { depthCompare: 'always' },
  });
}
