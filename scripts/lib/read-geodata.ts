/**
 * Node-side reading of the committed geodata/ (for tests and benchmarks): the same files the app fetches,
 * handed to the same domain code. One place, so a renamed file is renamed once.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RawGeodata } from '../../src/domain/dataset.ts';

export const GEODATA = resolve(import.meta.dirname, '..', '..', 'geodata');

export const geodataText = (file: string): string => readFileSync(resolve(GEODATA, file), 'utf8');
export const geodataJson = (file: string): unknown => JSON.parse(geodataText(file)) as unknown;

/** The raw inputs of `buildDataset`, read from geodata/. */
export function readRawGeodata(): RawGeodata {
  return {
    gemeenten: geodataJson('gemeenten.geojson'),
    wijken: geodataJson('wijken.geojson'),
    buurten: geodataJson('buurten.geojson'),
    wijkBorders: geodataJson('wijken-buurtgrenzen.geojson'),
    stockCsv: geodataText('stock.csv'),
    liveabilityCsv: geodataText('liveability.csv'),
  };
}
