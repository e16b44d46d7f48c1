/**
 * Test hooks for the end-to-end tests (documented in the README):
 * `window.__mapReady` turns true once the map is idle with data drawn;
 * `window.__wijkbalans.screenPoint(code)` gives the pixel of a point inside an area, so a test can hover it;
 * `window.__wijkbalans.fillPoint(code)` gives a pixel well inside an area and away from its label, to sample colours;
 * `window.__wijkbalans.project(lon, lat)` gives the pixel of a coordinate; `layerIds()` the draw order;
 * `window.__wijkbalans.fillLonLat(code)` is that point as [lon, lat], to find the area in an exported image;
 * `window.__wijkbalans.whenIdle()` resolves after the map has drawn the latest change.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { useStore } from '../state/store';
import { LAYER } from './ids';

interface Hooks {
  screenPoint: (code: string) => [number, number] | null;
  fillPoint: (code: string) => [number, number] | null;
  fillLonLat: (code: string) => [number, number] | null;
  whenIdle: () => Promise<void>;
  project: (lon: number, lat: number) => [number, number];
  layerIds: () => string[];
}

export function installTestHooks(map: MlMap): () => void {
  const w = window as unknown as { __wijkbalans?: Hooks };
  const hooks: Hooks = {
    screenPoint: (code) => {
      const s = useStore.getState();
      const area = s.dataset?.levels[s.level].areas.find((a) => a.code === code);
      if (!area?.labelPoint) return null;
      const p = map.project(area.labelPoint);
      return [p.x, p.y];
    },
    fillPoint: (code) => {
      const s = useStore.getState();
      const area = s.dataset?.levels[s.level].areas.find((a) => a.code === code);
      if (!area?.labelPoint) return null;
      const label = map.project(area.labelPoint);
      const canvas = map.getCanvas().getBoundingClientRect();
      let best: [number, number] | null = null;
      let bestScore = -1;
      for (let x = 4; x < canvas.width; x += 6) {
        for (let y = 4; y < canvas.height; y += 6) {
          const hit = map.queryRenderedFeatures([x, y], { layers: [LAYER.areaFill] })[0];
          if (hit?.properties?.code !== code) continue;
          // Prefer points away from the label and away from the area's edge (all 4 neighbours inside).
          const inside = [[6, 0], [-6, 0], [0, 6], [0, -6]].every(([dx, dy]) => map.queryRenderedFeatures([x + (dx ?? 0), y + (dy ?? 0)], { layers: [LAYER.areaFill] })[0]?.properties?.code === code);
          const score = inside ? Math.min(60, Math.hypot(x - label.x, y - label.y)) : 0;
          if (score > bestScore) { bestScore = score; best = [x, y]; }
        }
      }
      return best;
    },
    project: (lon, lat) => {
      const p = map.project([lon, lat]);
      return [p.x, p.y];
    },
    layerIds: () => map.getStyle().layers.map((l) => l.id),
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
