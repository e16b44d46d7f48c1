/**
 * Overlay sources and layers, in the draw order the map needs:
 * choropleth < NPLV outlines < colonies < projects < labels. A pure function of which overlays are visible.
 */
import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  APPROX_RADIUS,
  FOCUS_COLOR,
  NPLV_COLOR,
  STACK_HALF_SPACING,
  STACK_MAX_SLOT,
  STATUS_STYLE,
  type OverlayId,
} from '../config/overlays';
import { LABEL_FONT_NAME } from './font';

export const OSRC = { nplv: 'wb-nplv', colonyAreas: 'wb-colony-areas', colonyPoints: 'wb-colony-points', projects: 'wb-projects' } as const;
export const OLAYER = {
  nplvCasing: 'wb-nplv-casing',
  nplvConfirmed: 'wb-nplv-confirmed',
  nplvInferred: 'wb-nplv-inferred',
  focusCasing: 'wb-focus-casing',
  focusLine: 'wb-focus-line',
  colonyFill: 'wb-colony-fill',
  colonyLine: 'wb-colony-line',
  colonyApprox: 'wb-colony-approx',
  colonyIcon: 'wb-colony-icon',
  projectApprox: 'wb-project-approx',
  projectIcon: 'wb-project-icon',
} as const;

/** Layers that answer a click with a popup, topmost first. */
export const CLICKABLE_OVERLAY_LAYERS = [
  OLAYER.projectIcon,
  OLAYER.colonyIcon,
  OLAYER.colonyFill,
  OLAYER.focusLine,
  OLAYER.nplvConfirmed,
  OLAYER.nplvInferred,
];

export type OverlayCollections = Readonly<Record<(typeof OSRC)[keyof typeof OSRC], GeoJSON.FeatureCollection>>;

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The overlay sources with their data (empty collections before the overlay data has loaded). */
export function overlaySources(data: OverlayCollections | null): Record<string, SourceSpecification> {
  const src = (id: keyof OverlayCollections): SourceSpecification => ({ type: 'geojson', data: data?.[id] ?? EMPTY });
  return {
    [OSRC.nplv]: src(OSRC.nplv),
    [OSRC.colonyAreas]: src(OSRC.colonyAreas),
    [OSRC.colonyPoints]: src(OSRC.colonyPoints),
    [OSRC.projects]: src(OSRC.projects),
  };
}

/** Colour by display status: a colony whose printed code and text disagree is drawn as `conflict`, not as its code. */
const statusColor = ['match', ['get', 'display'], ...Object.entries(STATUS_STYLE).flatMap(([k, v]) => [k, v.color]), '#4D4D4D'];
const approxRadius = ['match', ['get', 'precision'], ...Object.entries(APPROX_RADIUS).flatMap(([k, v]) => [k, v]), 0];
const isApprox = ['in', ['get', 'precision'], ['literal', Object.keys(APPROX_RADIUS)]];
/** Symbols that share a point side by side: `stack` (see colonyPoints) half-spacings to the left or right. */
const stackOffset = [
  'match',
  ['get', 'stack'],
  ...Array.from({ length: 2 * STACK_MAX_SLOT }, (_, i) => (i < STACK_MAX_SLOT ? i - STACK_MAX_SLOT : i - STACK_MAX_SLOT + 1)).flatMap(
    (slot) => [slot, ['literal', [slot * STACK_HALF_SPACING, 0]]],
  ),
  ['literal', [0, 0]],
];

export function overlayLayers(visible: ReadonlySet<OverlayId>): LayerSpecification[] {
  const vis = (id: OverlayId) => ({ visibility: visible.has(id) ? 'visible' : 'none' }) as const;
  const wijk = ['==', ['get', 'role'], 'nplv-wijk'];
  const focus = ['==', ['get', 'role'], 'focus'];
  const layers = [
    {
      id: OLAYER.nplvCasing,
      type: 'line',
      source: OSRC.nplv,
      filter: wijk,
      layout: vis('nplv'),
      paint: { 'line-color': '#ffffff', 'line-width': 6, 'line-opacity': 0.8 },
    },
    {
      id: OLAYER.nplvConfirmed,
      type: 'line',
      source: OSRC.nplv,
      filter: ['all', wijk, ['==', ['get', 'basis'], 'confirmed']],
      layout: vis('nplv'),
      paint: { 'line-color': NPLV_COLOR, 'line-width': 3.5 },
    },
    {
      id: OLAYER.nplvInferred,
      type: 'line',
      source: OSRC.nplv,
      filter: ['all', wijk, ['==', ['get', 'basis'], 'inferred']],
      layout: vis('nplv'),
      paint: { 'line-color': NPLV_COLOR, 'line-width': 3.5, 'line-dasharray': [2, 1.5] },
    },
    {
      id: OLAYER.focusCasing,
      type: 'line',
      source: OSRC.nplv,
      filter: focus,
      layout: vis('nplv'),
      paint: { 'line-color': '#ffffff', 'line-width': 5, 'line-offset': -3 },
    },
    {
      id: OLAYER.focusLine,
      type: 'line',
      source: OSRC.nplv,
      filter: focus,
      layout: { ...vis('nplv'), 'line-cap': 'round' },
      paint: { 'line-color': FOCUS_COLOR, 'line-width': 2.5, 'line-offset': -3, 'line-dasharray': [0.2, 1.6] },
    },
    {
      id: OLAYER.colonyFill,
      type: 'fill',
      source: OSRC.colonyAreas,
      layout: vis('colonies'),
      paint: { 'fill-color': statusColor, 'fill-opacity': 0.3 },
    },
    {
      id: OLAYER.colonyLine,
      type: 'line',
      source: OSRC.colonyAreas,
      layout: vis('colonies'),
      paint: { 'line-color': statusColor, 'line-width': 2 },
    },
    {
      id: OLAYER.colonyApprox,
      type: 'circle',
      source: OSRC.colonyPoints,
      filter: isApprox,
      layout: vis('colonies'),
      paint: {
        'circle-radius': approxRadius,
        'circle-color': statusColor,
        'circle-opacity': 0.12,
        'circle-stroke-color': statusColor,
        'circle-stroke-width': 1.5,
        'circle-stroke-opacity': 0.9,
      },
    },
    {
      id: OLAYER.colonyIcon,
      type: 'symbol',
      source: OSRC.colonyPoints,
      layout: {
        ...vis('colonies'),
        'icon-image': ['concat', 'colony-', ['get', 'display']],
        'icon-offset': stackOffset,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': 0.9,
      },
    },
    {
      id: OLAYER.projectApprox,
      type: 'circle',
      source: OSRC.projects,
      filter: isApprox,
      layout: vis('projects'),
      paint: {
        'circle-radius': approxRadius,
        'circle-opacity': 0,
        'circle-stroke-color': '#333333',
        'circle-stroke-width': 1,
        'circle-stroke-opacity': 0.7,
      },
    },
    {
      id: OLAYER.projectIcon,
      type: 'symbol',
      source: OSRC.projects,
      layout: {
        ...vis('projects'),
        'icon-image': ['concat', 'project-', ['get', 'projectKind']],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': ['get', 'letter'],
        'text-font': [LABEL_FONT_NAME],
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
  return layers as unknown as LayerSpecification[];
}
