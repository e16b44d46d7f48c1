/**
 * The bare reference for `npm run bench`: a MapLibre map with one GeoJSON polygon source and a deck.gl overlay
 * (interleaved, one layer), the same libraries and versions as the app, nothing else. `window.__mapReady` is set
 * on the first idle after load, as the app's controller does, so navigation → ready is measured the same way.
 */
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { ScatterplotLayer } from '@deck.gl/layers';

setWorkerUrl(workerUrl);

const polygon: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [5.93, 50.86],
            [6.03, 50.86],
            [6.03, 50.93],
            [5.93, 50.93],
            [5.93, 50.86],
          ],
        ],
      },
    },
  ],
};

const map = new MlMap({
  container: 'map',
  style: {
    version: 8,
    sources: { area: { type: 'geojson', data: polygon } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#c5d0da' } },
      { id: 'fill', type: 'fill', source: 'area', paint: { 'fill-color': '#5ab4ac' } },
      { id: 'line', type: 'line', source: 'area', paint: { 'line-color': '#333333' } },
    ],
  },
  center: [5.98, 50.89],
  zoom: 11.5,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
map.on('load', () => {
  map.addControl(
    new MapLibreOverlay({
      interleaved: true,
      layers: [
        new ScatterplotLayer({
          id: 'dot',
          data: [[5.98, 50.89]],
          getPosition: (d: number[]) => [d[0] ?? 0, d[1] ?? 0],
          getRadius: 300,
          getFillColor: [214, 0, 111],
        }),
      ],
    }),
  );
  map.once('idle', () => {
    const w = window as unknown as { __mapReady?: boolean; __mapReadyAt?: number };
    w.__mapReadyAt = performance.now();
    w.__mapReady = true;
  });
});
