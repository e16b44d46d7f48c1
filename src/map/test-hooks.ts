/**
 * Test hooks for the end-to-end tests (documented in the README). They are loaded only in the e2e build
 * (`vite build --mode e2e`); the production bundle has none of them, only `window.__mapReady`.
 * `window.__mapReady` turns true once the map is idle with data drawn;
 * `window.__wijkbalans.screenPoint(code)` gives the pixel of a point inside an area, so a test can hover it;
 * `window.__wijkbalans.fillPoint(code)` gives the pixel deepest inside an area and off label text, to sample colours;
 * `window.__wijkbalans.project(lon, lat)` gives the pixel of a coordinate; `layerIds()` the draw order;
 * `window.__wijkbalans.fillLonLat(code)` is that point as [lon, lat], to find the area in an exported image;
 * `window.__wijkbalans.whenIdle()` resolves after the map has drawn the latest change;
 * `window.__wijkbalans.renderedTexts(layer)` the label texts a symbol layer draws now, one per area.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { useStore } from '../state/store';
import { selectView } from '../state/view-model';
import { LAYER } from './ids';

interface Hooks {
  screenPoint: (code: string) => [number, number] | null;
  fillPoint: (code: string) => [number, number] | null;
  fillLonLat: (code: string) => [number, number] | null;
  whenIdle: () => Promise<void>;
  project: (lon: number, lat: number) => [number, number];
  layerIds: () => string[];
  renderedTexts: (layer: string) => string[];
}

export function installTestHooks(map: MlMap): () => void {
  const w = window as unknown as { __wijkbalans?: Hooks };
  const hooks: Hooks = {
    screenPoint: (code) => {
      const area = selectView(useStore.getState())?.shown.levels[useStore.getState().level].areas.find((a) => a.code === code);
      if (!area?.labelPoint) return null;
      const p = map.project(area.labelPoint);
      return [p.x, p.y];
    },
    fillPoint: (code) => {
      const area = selectView(useStore.getState())?.shown.levels[useStore.getState().level].areas.find((a) => a.code === code);
      if (!area?.labelPoint) return null;
      const canvas = map.getCanvas().getBoundingClientRect();
      const isArea = (x: number, y: number) =>
        map.queryRenderedFeatures([x, y], { layers: [LAYER.areaFill] })[0]?.properties?.code === code;
      const DIRS = [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
        [0.7, 0.7],
        [-0.7, 0.7],
        [0.7, -0.7],
        [-0.7, -0.7],
      ];
      let best: [number, number] | null = null;
      let bestScore = -Infinity;
      for (let x = 4; x < canvas.width; x += 5) {
        for (let y = 4; y < canvas.height; y += 5) {
          if (!isArea(x, y)) continue;
          // Depth: the largest radius (up to 16 px) at which all 8 directions are still this area, so the
          // point is clear of outlines; then off every label's text box, names and wijk numbers (symbol queries use
          // collision boxes).
          let depth = 0;
          for (const r of [3, 6, 10, 16]) {
            if (!DIRS.every(([dx, dy]) => isArea(x + (dx ?? 0) * r, y + (dy ?? 0) * r))) break;
            depth = r;
          }
          const onText =
            map.queryRenderedFeatures(
              [
                [x - 4, y - 4],
                [x + 4, y + 4],
              ],
              { layers: [LAYER.labels, LAYER.labelKeys].filter((id) => map.getLayer(id)) },
            ).length > 0;
          const score = depth - (onText ? 100 : 0);
          if (score > bestScore) {
            bestScore = score;
            best = [x, y];
          }
        }
      }
      return best;
    },
    project: (lon, lat) => {
      const p = map.project([lon, lat]);
      return [p.x, p.y];
    },
    layerIds: () => map.getStyle().layers.map((l) => l.id),
    // The texts a symbol layer draws now, one per area: the number layer draws `key`, the names layer `text`.
    renderedTexts: (layer) => {
      const field = layer === LAYER.labelKeys ? 'key' : 'text';
      const byCode = new Map<string, string>();
      for (const f of map.queryRenderedFeatures({ layers: [layer] })) byCode.set(String(f.properties.code), String(f.properties[field]));
      return [...byCode.values()];
    },
    fillLonLat: (code) => {
      const p = hooks.fillPoint(code);
      if (!p) return null;
      const ll = map.unproject(p);
      return [ll.lng, ll.lat];
    },
    whenIdle: () =>
      new Promise<void>((done) => {
        map.once('idle', () => done());
        map.triggerRepaint();
      }),
  };
  w.__wijkbalans = hooks;
  return () => {
    delete w.__wijkbalans;
  };
}
