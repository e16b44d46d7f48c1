/**
 * Test hooks for the end-to-end tests (documented in the README):
 * `window.__mapReady` turns true once the map is idle with data drawn;
 * `window.__wijkbalans.screenPoint(code)` gives the pixel of a point inside an area, so a test can hover it;
 * `window.__wijkbalans.whenIdle()` resolves after the map has drawn the latest change.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { useStore } from '../state/store';

interface Hooks {
  screenPoint: (code: string) => [number, number] | null;
  whenIdle: () => Promise<void>;
}

export function installTestHooks(map: MlMap): () => void {
  const w = window as unknown as { __wijkbalans?: Hooks };
  w.__wijkbalans = {
    screenPoint: (code) => {
      const s = useStore.getState();
      const area = s.dataset?.levels[s.level].areas.find((a) => a.code === code);
      if (!area?.labelPoint) return null;
      const p = map.project(area.labelPoint);
      return [p.x, p.y];
    },
    whenIdle: () =>
      new Promise<void>((done) => {
        map.once('idle', () => done());
        map.triggerRepaint();
      }),
  };
  return () => {
    delete w.__wijkbalans;
  };
}
