/** The real embedded dataset and fixture files, read from disk for Node tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset, type Dataset } from '../../src/domain/dataset';

const root = resolve(import.meta.dirname, '..', '..');

export function loadGeodata(): Dataset {
  const dir = resolve(root, 'geodata');
  const json = (f: string) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as unknown;
  const text = (f: string) => readFileSync(resolve(dir, f), 'utf8');
  return buildDataset({
    gemeenten: json('gemeenten.geojson'),
    wijken: json('wijken.geojson'),
    buurten: json('buurten.geojson'),
    wijkBorders: json('wijken-buurtgrenzen.geojson'),
    stockCsv: text('stock.csv'),
    liveabilityCsv: text('liveability.csv'),
  });
}

/** The bytes of a fixture in tests/fixtures/upload. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(root, 'tests', 'fixtures', 'upload', name)));
}
