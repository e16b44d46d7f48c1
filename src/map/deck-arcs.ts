/**
 * The deck.gl part of the map, loaded by the controller the first time there are pair arcs to draw. Named imports
 * here (not `import('@deck.gl/layers')` as a namespace) let the bundler keep only the ArcLayer of deck's layers.
 */
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ArcLayer } from '@deck.gl/layers';

export { ArcLayer, MapLibreOverlay };
