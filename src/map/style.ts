/**
 * The MapLibre style as a pure function of the view: no remote tiles unless the PDOK basemap is on.
 * Colours come from the band step computed in the domain; the style only `match`es on it.
 */
import type { StyleSpecification, LayerSpecification, ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { BAND_COLORS, PATTERN_ABOVE, PATTERN_BELOW, PATTERN_NODATA, THEME } from '../config/theme';
import { BAND_STEPS } from '../domain/band';
import { LAYER, SRC } from './ids';
import { LABEL_FONT_NAME } from './font';
import { overlayLayers, overlaySources } from './overlay-style';
import type { OverlayId } from '../config/overlays';

export const PDOK_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';
export const PDOK_ATTRIBUTION = 'Kaartgegevens © Kadaster (BRT-Achtergrondkaart), CC BY 4.0';

export interface StyleOptions {
  basemap: 'offline' | 'pdok';
  level: 'wijk' | 'buurt';
  /** Absolute URL of the label font (drawn locally by MapLibre via `font-faces`, no glyph server). */
  fontUrl?: string;
  /** Visible overlays; their layers sit between the choropleth and the labels. */
  overlays?: ReadonlySet<OverlayId>;
}

export const LABEL_FONT = LABEL_FONT_NAME;

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

function stepColor(): ExpressionSpecification {
  const pairs = BAND_STEPS.flatMap((s) => [s, BAND_COLORS[s]]);
  return ['match', ['get', 'step'], ...pairs, BAND_COLORS.nodata] as unknown as ExpressionSpecification;
}

export function buildStyle(opts: StyleOptions): StyleSpecification {
  const pdok = opts.basemap === 'pdok';
  const layers: LayerSpecification[] = [{ id: LAYER.background, type: 'background', paint: { 'background-color': THEME.background } }];
  if (pdok) layers.push({ id: LAYER.basemap, type: 'raster', source: SRC.basemap, paint: { 'raster-opacity': 0.9 } });
  layers.push(
    {
      id: LAYER.gemeenteFill,
      type: 'fill',
      source: SRC.gemeenten,
      paint: { 'fill-color': THEME.outOfScopeFill, 'fill-opacity': pdok ? 0.35 : 1 },
    },
    {
      id: LAYER.areaFill,
      type: 'fill',
      source: SRC.areas,
      filter: ['==', ['get', 'inScope'], true],
      paint: { 'fill-color': stepColor(), 'fill-opacity': pdok ? 0.78 : 0.95 },
    },
    {
      id: LAYER.areaPattern,
      type: 'fill',
      source: SRC.areas,
      filter: ['all', ['==', ['get', 'inScope'], true], ['!=', ['get', 'cls'], 'within']],
      paint: { 'fill-pattern': ['match', ['get', 'cls'], 'above', PATTERN_ABOVE, 'below', PATTERN_BELOW, PATTERN_NODATA] },
    },
    {
      id: LAYER.areaLine,
      type: 'line',
      source: SRC.areas,
      paint: {
        'line-color': ['case', ['==', ['get', 'inScope'], true], THEME.areaLine, '#9aa5b1'],
        'line-width': ['case', ['==', ['get', 'cls'], 'within'], 0.6, 1.4],
      },
    },
    {
      id: LAYER.wijkBorders,
      type: 'line',
      source: SRC.wijkBorders,
      layout: { visibility: opts.level === 'buurt' ? 'visible' : 'none' },
      paint: { 'line-color': THEME.gemeenteLine, 'line-width': 1.6 },
    },
    { id: LAYER.gemeenteLine, type: 'line', source: SRC.gemeenten, paint: { 'line-color': THEME.gemeenteLine, 'line-width': 2.4 } },
    {
      id: LAYER.hoverLine,
      type: 'line',
      source: SRC.areas,
      paint: { 'line-color': THEME.hoverLine, 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 3, 0] },
    },
    {
      id: LAYER.selectedLine,
      type: 'line',
      source: SRC.areas,
      paint: { 'line-color': THEME.selectedLine, 'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 0] },
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
      },
      paint: { 'text-color': THEME.labelColor, 'text-halo-color': THEME.labelHalo, 'text-halo-width': 1.6 },
    },
  );
  const sources: StyleSpecification['sources'] = {
    [SRC.areas]: { type: 'geojson', data: empty(), promoteId: 'code' },
    [SRC.gemeenten]: { type: 'geojson', data: empty() },
    [SRC.wijkBorders]: { type: 'geojson', data: empty() },
    [SRC.labels]: { type: 'geojson', data: empty() },
    ...overlaySources(),
  };
  if (pdok) {
    sources[SRC.basemap] = { type: 'raster', tiles: [PDOK_TILES], tileSize: 256, maxzoom: 19, attribution: PDOK_ATTRIBUTION };
  }
  const style: StyleSpecification = { version: 8, name: 'Wijkbalans', sources, layers };
  if (opts.fontUrl) style['font-faces'] = { [LABEL_FONT]: opts.fontUrl };
  return style;
}
