/** Source and layer ids, in draw order. Overlays (later) slot in between via BEFORE_* ids. */
export const SRC = {
  areas: 'wb-areas',
  gemeenten: 'wb-gemeenten',
  wijkBorders: 'wb-wijkgrenzen',
  basemap: 'wb-pdok-brt',
  labels: 'wb-labels',
} as const;

export const LAYER = {
  background: 'wb-background',
  basemap: 'wb-basemap',
  gemeenteFill: 'wb-gemeente-fill',
  contextFill: 'wb-context-fill',
  areaFill: 'wb-area-fill',
  areaPattern: 'wb-area-pattern',
  areaLine: 'wb-area-line',
  wijkBorders: 'wb-wijkgrenzen-line',
  gemeenteLine: 'wb-gemeente-line',
  hoverLine: 'wb-hover-line',
  selectedLine: 'wb-selected-line',
  labels: 'wb-labels-text',
  labelKeys: 'wb-label-keys',
} as const;

/** Overlay layers (colonies, NPLV, projects) and deck layers are inserted below this id, labels stay on top. */
export const OVERLAY_ANCHOR = LAYER.hoverLine;
