/**
 * Node-side reading of the committed geodata/ (for tests and benchmarks): the same files the app fetches,
 * handed to the same domain code. One place, so a renamed file is renamed once (in src/config/geodata-files.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset, type Dataset, type RawGeodata } from '../../src/domain/dataset.ts';
import { GEODATA_FILES, OVERLAY_FILES } from '../../src/config/geodata-files.ts';
import { buildOverlays } from '../../src/domain/overlays/build.ts';
import type { OverlayData } from '../../src/domain/overlays/types.ts';
import type { Parsed } from '../../src/domain/types.ts';
import { GEODATA_DIR } from './paths.ts';

export const geodataText = (file: string): string => readFileSync(resolve(GEODATA_DIR, file), 'utf8');
export const geodataJson = (file: string): unknown => JSON.parse(geodataText(file)) as unknown;

/** The raw inputs of `buildDataset`, read from geodata/. */
export function readRawGeodata(): RawGeodata {
  const f = GEODATA_FILES;
  return {
    files: f,
    gemeenten: geodataJson(f.gemeenten),
    wijken: geodataJson(f.wijken),
    buurten: geodataJson(f.buurten),
    stockCsv: geodataText(f.stock),
    liveabilityCsv: geodataText(f.liveability),
    trendCsv: geodataText(f.trend),
  };
}

/** The app's dataset built from the committed geodata/. */
export function loadGeodata(): Dataset {
  return buildDataset(readRawGeodata());
}

/** The overlays (colonies, NPLV, projects) built from the committed geodata/ by the app's own code. */
export function loadOverlayData(): Parsed<OverlayData> {
  const f = OVERLAY_FILES;
  return buildOverlays({
    files: f,
    coloniesCsv: geodataText(f.colonies),
    coloniesGeo: geodataJson(f.coloniesGeo),
    nplvGeo: geodataJson(f.nplv),
    projectsCsv: geodataText(f.projects),
  });
}
