/**
 * The base data are downloaded once, from the first line of the page (main.tsx), while the interface renders and the
 * map sets up: `loadDataset` takes that download instead of starting its own, and a later load downloads again.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GEODATA_DIR } from '../../scripts/lib/paths';
import { loadDataset, prefetchGeodata } from '../../src/data/load';

const requested: string[] = [];
function serveGeodata(): void {
  vi.stubGlobal('fetch', (url: string) => {
    requested.push(basename(url));
    return Promise.resolve(new Response(readFileSync(resolve(GEODATA_DIR, basename(url)), 'utf8')));
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  requested.length = 0;
});

describe('prefetching the base data', () => {
  it('starts the six downloads at once, and the first load uses them instead of downloading again', async () => {
    serveGeodata();
    prefetchGeodata();
    expect(requested.sort()).toEqual([
      'buurten.geojson',
      'gemeenten.geojson',
      'liveability.csv',
      'stock.csv',
      'trend.csv',
      'wijken.geojson',
    ]);
    const dataset = await loadDataset();
    expect(requested).toHaveLength(6);
    expect(dataset.levels.wijk.areas.find((a) => a.code === 'WK091740')?.stock?.corporationPct).toBe(78);
  });
  it('a second load (after the first has taken the prefetch) downloads again', async () => {
    serveGeodata();
    prefetchGeodata();
    await loadDataset();
    await loadDataset();
    expect(requested).toHaveLength(12);
  });
  it('a failed prefetch is reported by the load that takes it', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('offline')));
    prefetchGeodata();
    await expect(loadDataset()).rejects.toThrow(/kon niet worden geladen/);
  });
});
