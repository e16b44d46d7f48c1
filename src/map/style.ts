/**
 * The MapLibre style as a pure function of what the map shows: layers, and sources with their data (the
 * style is the map's state, as in Maputnik; the controller applies it with a diff, so unchanged sources are
 * not sent again). No remote tiles unless the PDOK basemap is on. Colours come from the theme by the band
 * step computed in the domain; the style only `match`es on it.
 */
import type { StyleSpecification, LayerSpecification, ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BAND_COLORS, CLASS_PATTERN, MAP_COLORS, PATTERN_IMAGE, PRIVATE_RENT_COLORS } from '../config/theme';
import { BAND_STEPS } from '../domain/band';
import type { AreaClass } from '../domain/classify-area';
import { PRIVATE_RENT_STEPS } from '../domain/private-rent';
import { LAYER, SRC } from './ids';
import { LABEL_FONT_NAME } from './font';
import { overlayLayers, overlaySources, type OverlayCollections } from './overlay-style';
import type { OverlayId } from '../config/overlays';
import { ATTRIBUTION } from '../config/sources';

export const PDOK_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';
const PDOK_ATTRIBUTION = ATTRIBUTION.basemap;

export interface StyleData {
  areas: GeoJSON.FeatureCollection;
  gemeenten: GeoJSON.FeatureCollection;
  wijkBorders: GeoJSON.FeatureCollection;
  labels: GeoJSON.FeatureCollection;
  /** Overlay collections; null before the overlay data has loaded. */
  overlays: OverlayCollections | null;
}

export interface StyleOptions {
  basemap: 'offline' | 'pdok';
  level: 'wijk' | 'buurt';
  /** Absolute URL of the label font (drawn locally by MapLibre via `font-faces`, no glyph server). */
  fontUrl?: string;
  /** Visible overlays; their layers sit between the choropleth and the labels. */
  overlays?: ReadonlySet<OverlayId>;
  data: StyleData;
}

export const LABEL_FONT = LABEL_FONT_NAME;
/** Distance of a name from its number, in ems: one line of number, two with a value under it. */
const NAME_OFFSET: ExpressionSpecification = ['case', ['in', '\n', ['get', 'key']], 1.5, 0.9];

/**
 * A constant written as a per-feature expression. MapLibre links one WebGL program per layer type and per set of
 * paint properties that vary per feature, and under software WebGL each link costs 50–100 ms before the first frame.
 * Written this way, the gemeente fill shares the area fill's program and every boundary line shares one line program
 * (3 programs fewer), with the same pixels.
 */
function perFeature(value: string | number): ExpressionSpecification {
  return ['case', ['has', '__never'], value, value];
}

/** Fill colour by step: the band's steps, `small`, and the private-rent scale's steps (all from the theme). */
function stepColor(): ExpressionSpecification {
  const pairs = [
    ...[...BAND_STEPS, 'small' as const].flatMap((s) => [s, BAND_COLORS[s]]),
    ...PRIVATE_RENT_STEPS.flatMap((s) => [s, PRIVATE_RENT_COLORS[s]]),
  ];
  return ['match', ['get', 'step'], ...pairs, BAND_COLORS.nodata] as unknown as ExpressionSpecification;
}

/** `fill-pattern` by class, from the theme; classes without a pattern are filtered out of the pattern layer. */
function classPattern(): { pattern: ExpressionSpecification; patterned: AreaClass[] } {
  const patterned = (Object.keys(CLASS_PATTERN) as AreaClass[]).filter((c) => CLASS_PATTERN[c] !== null);
  const pairs = patterned.flatMap((c) => [c, PATTERN_IMAGE[CLASS_PATTERN[c] ?? 'cross']]);
  return { pattern: ['match', ['get', 'cls'], ...pairs, PATTERN_IMAGE.cross] as unknown as ExpressionSpecification, patterned };
}

export function buildStyle(opts: StyleOptions): StyleSpecification {
  const pdok = opts.basemap === 'pdok';
  const { pattern, patterned } = classPattern();
  const layers: LayerSpecification[] = [{ id: LAYER.background, type: 'background', paint: { 'background-color': MAP_COLORS.background } }];
  if (pdok) layers.push({ id: LAYER.basemap, type: 'raster', source: SRC.basemap, paint: { 'raster-opacity': 0.9 } });
  layers.push(
    {
      id: LAYER.gemeenteFill,
      type: 'fill',
      source: SRC.gemeenten,
      paint: { 'fill-color': perFeature(MAP_COLORS.outOfScopeFill), 'fill-opacity': pdok ? 0.35 : 1, 'fill-antialias': false },
    },
    {
      id: LAYER.areaFill,
      type: 'fill',
      source: SRC.areas,
      filter: ['==', ['get', 'inScope'], true],
      paint: { 'fill-color': stepColor(), 'fill-opacity': pdok ? 0.78 : 0.95, 'fill-antialias': false },
    },
    {
      id: LAYER.areaPattern,
      type: 'fill',
      source: SRC.areas,
      filter: ['all', ['==', ['get', 'inScope'], true], ['in', ['get', 'cls'], ['literal', patterned]]],
      paint: { 'fill-pattern': pattern, 'fill-antialias': false },
    },
    {
      id: LAYER.areaLine,
      type: 'line',
      source: SRC.areas,
      paint: {
        'line-color': ['case', ['==', ['get', 'inScope'], true], MAP_COLORS.areaLine, MAP_COLORS.outOfScopeLine],
        'line-width': ['case', ['==', ['get', 'cls'], 'within'], 0.6, 1.4],
      },
    },
    {
      id: LAYER.wijkBorders,
      type: 'line',
      source: SRC.wijkBorders,
      layout: { visibility: opts.level === 'buurt' ? 'visible' : 'none' },
      paint: { 'line-color': perFeature(MAP_COLORS.gemeenteLine), 'line-width': perFeature(1.6) },
    },
    {
      id: LAYER.gemeenteLine,
      type: 'line',
      source: SRC.gemeenten,
      paint: {
        'line-color': perFeature(MAP_COLORS.gemeenteLine),
        'line-width': perFeature(2.4),
      },
    },
    {
      id: LAYER.hoverLine,
      type: 'line',
      source: SRC.areas,
      paint: {
        'line-color': perFeature(MAP_COLORS.hoverLine),
        'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 3, 0],
      },
    },
    {
      id: LAYER.selectedLine,
      type: 'line',
      source: SRC.areas,
      paint: {
        'line-color': perFeature(MAP_COLORS.selectedLine),
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 0],
      },
    },
    ...overlayLayers(opts.overlays ?? new Set()),
    {
      id: LAYER.labels,
      type: 'symbol',
      source: SRC.labels,
      layout: {
        'text-field': ['get', 'text'],
        'text-font': [LABEL_FONT],
        'text-size': ['get', 'size'],
        'text-max-width': 8,
        'text-padding': 2,
        'symbol-sort-key': ['get', 'rank'],
        // Names sit beside their number (wijk level), wherever around it they fit.
        ...(opts.level === 'wijk' ? { 'text-variable-anchor': ['top', 'bottom', 'left', 'right'], 'text-radial-offset': NAME_OFFSET } : {}),
      },
      paint: { 'text-color': MAP_COLORS.labelColor, 'text-halo-color': MAP_COLORS.labelHalo, 'text-halo-width': 1.6 },
    },
    {
      // Every wijk's number (and value), always drawn; placed first, so names make way for them.
      id: LAYER.labelKeys,
      type: 'symbol',
      source: SRC.labels,
      filter: ['!=', ['get', 'key'], ''],
      layout: {
        'text-field': ['get', 'key'],
        'text-font': [LABEL_FONT],
        'text-size': 12,
        'text-line-height': 1.1,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': MAP_COLORS.labelColor, 'text-halo-color': MAP_COLORS.labelHalo, 'text-halo-width': 2.2 },
    },
  );
  const d = opts.data;
  const sources: StyleSpecification['sources'] = {
    [SRC.areas]: { type: 'geojson', data: d.areas, promoteId: 'code' },
    [SRC.gemeenten]: { type: 'geojson', data: d.gemeenten },
    [SRC.wijkBorders]: { type: 'geojson', data: d.wijkBorders },
    [SRC.labels]: { type: 'geojson', data: d.labels },
    ...overlaySources(d.overlays),
  };
  if (pdok) {
    sources[SRC.basemap] = { type: 'raster', tiles: [PDOK_TILES], tileSize: 256, maxzoom: 19, attribution: PDOK_ATTRIBUTION };
  }
  const style: StyleSpecification = { version: 8, name: 'Wijkbalans', sources, layers };
  if (opts.fontUrl) style['font-faces'] = { [LABEL_FONT]: opts.fontUrl };
  return style;
}
