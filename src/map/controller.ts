/**
 * The map controller: the only code that imports maplibre-gl and deck.gl at runtime. It owns one MapLibre
 * map and applies a MapDescription to it — the style with a diff (so a source whose data did not change is
 * not sent again), the feature state of the areas, and the deck.gl arcs — and reports what the user does
 * (hover, click, move) through callbacks. It holds no app state of its own.
 */
import { Map as MlMap, setWorkerUrl, AttributionControl, NavigationControl, ScaleControl, type MapLayerMouseEvent } from 'maplibre-gl';
import type { StyleSpecification as MlStyle } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { ArcLayer } from '@deck.gl/layers';
import { PATTERN_IMAGE, patternTile, type PatternId } from '../config/theme';
import type { Bounds, CameraRequest, MapPosition } from '../state/store';
import type { OverlayPick } from '../state/slices/overlays';
import type { FeatureFlags, MapDescription } from './describe';
import { LAYER, OVERLAY_ANCHOR, SRC } from './ids';
import { ICONS } from './icons';
import { CLICKABLE_OVERLAY_LAYERS } from './overlay-style';
import { arcLayerProps, type ArcDatum } from './deck-layers';
import { isCapturing, registerCapturer, registerSnapshot } from './capture';
import { renderForExport, snapshotContent, type Padding } from './render-for-export';
import { clearOf, fitPadding, focusPadding, underLegend } from './padding';

setWorkerUrl(workerUrl);

export interface ControllerEvents {
  onHover: (hover: { code: string; x: number; y: number } | null) => void;
  onClick: (code: string | null) => void;
  onOverlayPick: (pick: OverlayPick | null) => void;
  onMove: (position: MapPosition) => void;
  onBasemapFailed: () => void;
  /** The first frame with data is drawn. */
  onReady: () => void;
}

/** deck.gl, loaded on first use (a separate chunk): the interleaved overlay on this map and the arc layer class. */
type Deck = { overlay: MapLibreOverlay; Arc: typeof ArcLayer };

/** Pixels between the legend and the fitted scope: the names of the areas at its edge stand out beyond their polygon. */
const NAME_ROOM = 40;

const PATTERN_IDS = new Map<string, PatternId>(Object.entries(PATTERN_IMAGE).map(([k, v]) => [v, k as PatternId]));

export class MapController {
  readonly map: MlMap;
  private description: MapDescription;
  private appliedState: ReadonlyMap<string, FeatureFlags> = new Map();
  private deck: Promise<Deck> | null = null;
  private loaded = false;
  private cameraSeq = 0;
  /** Has the camera left where the app last fitted the scope (a pan or zoom by the user, a link's position, a flight)? */
  private moved = false;
  private attributionControl: AttributionControl | null = null;
  private attributionText = '';
  private readonly undo: (() => void)[] = [];
  private readonly onReady: () => void;
  /** Ready is reported once: on the first idle after the style has loaded with a description that carries data. */
  private readyState: 'waiting' | 'armed' | 'done' = 'waiting';

  constructor(container: HTMLElement, description: MapDescription, start: MapPosition | null, events: ControllerEvents) {
    this.description = description;
    const map = new MlMap({
      container,
      style: description.style as MlStyle,
      center: start ? [start.lon, start.lat] : [5.98, 50.89],
      zoom: start?.zoom ?? 11.5,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      dragRotate: false,
    });
    this.map = map;
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    // A resolver, not a 'styleimagemissing' listener: MapLibre 6 awaits the resolver before answering a tile's
    // image request, while an image added from the event comes too late for that tile (no hatching or dots).
    map.setMissingStyleImageResolver((id) => {
      if (map.hasImage(id)) return;
      const pattern = PATTERN_IDS.get(id);
      const icon = ICONS[id]?.();
      if (pattern) map.addImage(id, patternTile(pattern));
      else if (icon) map.addImage(id, icon, { pixelRatio: icon.pixelRatio });
    });
    this.onReady = events.onReady;
    map.on('load', () => {
      this.loaded = true;
      this.applyFeatureState(true);
      this.awaitReady();
    });
    map.on('error', (e) => {
      if ((e as { sourceId?: string }).sourceId === SRC.basemap) events.onBasemapFailed();
    });
    map.on('mousemove', LAYER.areaFill, (e: MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.code;
      map.getCanvas().style.cursor = typeof code === 'string' ? 'pointer' : '';
      events.onHover(typeof code === 'string' ? { code, x: e.point.x, y: e.point.y } : null);
    });
    map.on('mouseleave', LAYER.areaFill, () => {
      map.getCanvas().style.cursor = '';
      events.onHover(null);
    });
    map.on('click', (e) => {
      const pick = this.overlayPickAt(e.point.x, e.point.y);
      events.onOverlayPick(pick);
      if (pick) return;
      const code = map.queryRenderedFeatures(e.point, { layers: [LAYER.areaFill] })[0]?.properties?.code;
      events.onClick(typeof code === 'string' ? code : null);
    });
    map.on('movestart', (e) => {
      if ((e as { originalEvent?: unknown }).originalEvent) this.moved = true;
    });
    map.on('moveend', () => {
      if (isCapturing()) return;
      const c = map.getCenter();
      events.onMove({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    this.undo.push(
      registerCapturer((request) => renderForExport(map, request, this.padding(underLegend))),
      registerSnapshot(() => snapshotContent(map, this.padding(underLegend))),
    );
  }

  /** Apply a new description: the style (diffed), the feature state and the arcs, each only when it changed. */
  apply(next: MapDescription): void {
    const prev = this.description;
    this.description = next;
    if (next.style !== prev.style) {
      this.map.setStyle(next.style as MlStyle, { diff: true });
      // A style diff keeps feature state, a rebuilt style does not: put it back once the style is in.
      this.map.once('styledata', () => this.applyFeatureState(true));
    }
    if (next.featureState !== prev.featureState) this.applyFeatureState(false);
    if (next.arcs !== prev.arcs) this.applyArcs(next.arcs);
    this.awaitReady();
  }

  /**
   * `window.__mapReady` and `onReady`: the first time the map is idle (every tile loaded and drawn) after the
   * style has loaded with the data in it. The blank start (empty sources, while the data load) does not count.
   */
  private awaitReady(): void {
    if (this.readyState !== 'waiting' || !this.loaded || !this.description.hasData) return;
    this.readyState = 'armed';
    this.map.once('idle', () => {
      this.readyState = 'done';
      const w = window as unknown as { __mapReady?: boolean; __mapReadyAt?: number };
      if (!w.__mapReady) w.__mapReadyAt = performance.now();
      w.__mapReady = true;
      this.onReady();
    });
  }

  /** Give the area source the described feature state, clearing what is no longer described. */
  private applyFeatureState(force: boolean): void {
    if (!this.loaded || !this.map.getSource(SRC.areas)) return;
    const next = this.description.featureState;
    for (const [code, flags] of this.appliedState) {
      const now = next.get(code);
      if (!force && now && now.hover === flags.hover && now.selected === flags.selected) continue;
      this.map.setFeatureState({ source: SRC.areas, id: code }, { hover: false, selected: false });
    }
    for (const [code, flags] of next) {
      const was = this.appliedState.get(code);
      if (!force && was && was.hover === flags.hover && was.selected === flags.selected) continue;
      this.map.setFeatureState({ source: SRC.areas, id: code }, { hover: flags.hover === true, selected: flags.selected === true });
    }
    this.appliedState = next;
  }

  /** Pair arcs (deck.gl, interleaved): deck is imported the first time there are arcs to draw. */
  private applyArcs(arcs: readonly ArcDatum[]): void {
    const map = this.map;
    if (arcs.length === 0 && !this.deck) return;
    this.deck ??= Promise.all([import('./deck-arcs'), this.loaded ? null : new Promise((r) => map.once('load', r))]).then(
      ([{ MapLibreOverlay: Overlay, ArcLayer: Arc }]) => {
        const overlay = new Overlay({ interleaved: true, layers: [] });
        map.addControl(overlay);
        return { overlay, Arc };
      },
    );
    void this.deck.then(({ overlay, Arc }) => {
      if (this.description.arcs !== arcs) return;
      const layers = arcLayerProps(arcs, OVERLAY_ANCHOR).map((p) => new Arc(p));
      overlay.setProps({ layers });
      // While a source is loading the overlay cannot insert its layer yet; try again once the map is idle.
      map.once('idle', () => overlay.setProps({ layers }));
      map.getContainer().dataset.arcs = String(arcs.length);
      map.getContainer().dataset.arcChosen = arcs.find((d) => d.selected)?.id ?? '';
    });
  }

  /** A padding rule applied to the map's current size. */
  private padding(rule: (width: number, height: number) => Padding): Padding {
    const el = this.map.getContainer();
    return rule(el.clientWidth, el.clientHeight);
  }

  /** Carry out a camera request once (by its sequence number); `scope` is the extent a 'fit-scope' fits. */
  camera(request: CameraRequest | null, scope: Bounds | null): void {
    if (!request || request.seq === this.cameraSeq) return;
    const t = request.target;
    if (t.kind === 'position') {
      this.map.jumpTo({ center: [t.position.lon, t.position.lat], zoom: t.position.zoom });
      this.moved = true;
    } else if (t.kind === 'bounds') {
      this.map.fitBounds(t.bounds, { padding: this.padding(focusPadding), maxZoom: 15, duration: 600 });
      this.moved = true;
    } else if (t.unlessMoved && this.moved) {
      // The planner framed the map: keep it.
    } else if (scope) {
      // The container may just have changed size (presentation hides the side panel): measure before fitting,
      // and keep the scope clear of the legend as it is drawn now, with room for the names of the edge areas (they
      // stand out beyond their polygon).
      this.map.resize();
      const legend = document.querySelector('[data-testid="legend"]')?.getBoundingClientRect() ?? null;
      const padding = clearOf(this.padding(fitPadding), this.map.getContainer().getBoundingClientRect(), legend, NAME_ROOM);
      this.map.fitBounds(scope, { padding, duration: 0 });
      this.moved = false;
    } else return; // The scope's extent is not known yet: try again when it is.
    this.cameraSeq = request.seq;
  }

  /**
   * Accessible names of MapLibre's own controls and canvas, and the attribution of our own data (the source
   * line of the legend and the export), in the interface language. The PDOK basemap adds its own line. Compact:
   * shown in full at first (folded at once on a narrow map), folded behind its ⓘ button once the map is dragged
   * (the legend keeps the full line).
   */
  label(texts: { zoomIn: string; zoomOut: string; canvas: string; attribution: string }): void {
    if (texts.attribution !== this.attributionText) {
      if (this.attributionControl) this.map.removeControl(this.attributionControl);
      this.attributionControl = new AttributionControl({ compact: true, customAttribution: texts.attribution });
      this.map.addControl(this.attributionControl, 'bottom-right');
      this.attributionText = texts.attribution;
      // A narrow map (a phone) starts with it folded behind its ⓘ button: in full it would cover the map.
      const c = this.map.getContainer();
      if (c.clientWidth < 600) c.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    }
    const el = this.map.getContainer();
    const set = (selector: string, text: string) =>
      el.querySelectorAll(selector).forEach((n) => {
        n.setAttribute('aria-label', text);
        n.setAttribute('title', text);
      });
    set('.maplibregl-ctrl-zoom-in', texts.zoomIn);
    set('.maplibregl-ctrl-zoom-out', texts.zoomOut);
    el.querySelector('.maplibregl-canvas')?.setAttribute('aria-label', texts.canvas);
  }

  /**
   * Fold the map's own source line behind its ⓘ button: in presentation mode the footer carries the full line, and on
   * a beamer the unfolded box would run under the legend.
   */
  foldAttribution(): void {
    this.map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  }

  /** The overlay items under a click (6 px tolerance for points and lines), topmost layer first. */
  private overlayPickAt(x: number, y: number): OverlayPick | null {
    const map = this.map;
    const layers = CLICKABLE_OVERLAY_LAYERS.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
    if (layers.length === 0) return null;
    const hits = map.queryRenderedFeatures(
      [
        [x - 6, y - 6],
        [x + 6, y + 6],
      ],
      { layers },
    );
    const top = hits[0];
    if (!top) return null;
    const kind = top.properties?.kind as OverlayPick['kind'];
    const key = kind === 'colony' ? 'nr' : kind === 'project' ? 'id' : 'index';
    const ids = [...new Set(hits.filter((h) => h.properties?.kind === kind).map((h) => h.properties?.[key] as number | string))];
    return { kind, ids, x, y };
  }

  destroy(): void {
    this.undo.forEach((u) => u());
    this.map.remove();
  }
}
