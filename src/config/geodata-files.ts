/**
 * The files in `geodata/`, named once: the data scripts write them, `npm run data:check` validates them,
 * `src/data/load.ts` fetches them, tests and benchmarks read them. Pure constants (no imports at runtime), so
 * Node scripts can import this module too.
 */
import type { DatasetFiles } from '../domain/dataset';

/** The base dataset: area outlines, stock and liveability per area, and the tenure trend per gemeente. */
export const GEODATA_FILES = {
  gemeenten: 'gemeenten.geojson',
  wijken: 'wijken.geojson',
  buurten: 'buurten.geojson',
  stock: 'stock.csv',
  liveability: 'liveability.csv',
  trend: 'trend.csv',
} as const satisfies DatasetFiles;

/** The overlays (mining colonies, projects, NPLV Heerlen-Noord), built by `scripts/overlays/`. */
export const OVERLAY_FILES = {
  colonies: 'colonies.csv',
  coloniesGeo: 'colonies.geojson',
  projects: 'projects.csv',
  projectsGeo: 'projects.geojson',
  nplv: 'nplv.geojson',
} as const;

/** Human-readable provenance shipped beside the data (publisher, licence, how built). */
export const SOURCES_FILES = {
  geodata: 'SOURCES.md',
  overlays: 'overlays-SOURCES.md',
} as const;

/** Programme items the agreements and the project research state (issue 12), built by `scripts/programme/`. */
export const PROGRAMME_FILE = 'programme-preload.json';
