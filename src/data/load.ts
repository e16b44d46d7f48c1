/** The only place that fetches: the committed geodata files, served at `./geodata/`, and the English texts. */
import englishCatalogUrl from 'virtual:english-catalog';
import { buildDataset, type Dataset, type RawGeodata } from '../domain/dataset';
import type { OverlayData } from '../domain/overlays/types';
import { buildOverlays } from '../domain/overlays/build';
import type { Parsed } from '../domain/types';
import { GEODATA_FILES, OVERLAY_FILES, PROGRAMME_FILE } from '../config/geodata-files';
import { parseProgrammePreload } from '../domain/programme/parse-preload';
import type { ProgrammeItem } from '../domain/programme/types';

export const GEODATA_BASE = './geodata/';

export class LoadError extends Error {
  constructor(
    public readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

async function fetchText(file: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(GEODATA_BASE + file);
  } catch (e) {
    throw new LoadError(file, `${file} kon niet worden geladen (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!res.ok) throw new LoadError(file, `${file} kon niet worden geladen (HTTP ${res.status}).`);
  return res.text();
}

async function fetchJson(file: string): Promise<unknown> {
  const text = await fetchText(file);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadError(file, `${file} is geen geldige JSON.`);
  }
}

export async function loadRawGeodata(): Promise<RawGeodata> {
  const f = GEODATA_FILES;
  const [gemeenten, wijken, buurten, stockCsv, liveabilityCsv, trendCsv] = await Promise.all([
    fetchJson(f.gemeenten),
    fetchJson(f.wijken),
    fetchJson(f.buurten),
    fetchText(f.stock),
    fetchText(f.liveability),
    fetchText(f.trend),
  ]);
  return { files: f, gemeenten, wijken, buurten, stockCsv, liveabilityCsv, trendCsv };
}

/** The base data's download, started before the interface renders (see `prefetchGeodata`). */
let prefetched: Promise<RawGeodata> | null = null;

/**
 * Start downloading the base data now, before React renders and the map sets up: the first `loadDataset` takes this
 * download instead of starting its own. A failed download is reported there, as before.
 */
export function prefetchGeodata(): void {
  prefetched ??= loadRawGeodata();
  prefetched.catch(() => undefined);
}

export async function loadDataset(): Promise<Dataset> {
  const raw = prefetched ?? loadRawGeodata();
  prefetched = null;
  return buildDataset(await raw);
}

/** Colonies, NPLV area and projects (issue 3): loaded after the base map, reported like the base data. */
export async function loadOverlays(): Promise<Parsed<OverlayData>> {
  const f = OVERLAY_FILES;
  const [coloniesCsv, coloniesGeo, nplvGeo, projectsCsv] = await Promise.all([
    fetchText(f.colonies),
    fetchJson(f.coloniesGeo),
    fetchJson(f.nplv),
    fetchText(f.projects),
  ]);
  return buildOverlays({ files: f, coloniesCsv, coloniesGeo, nplvGeo, projectsCsv });
}

/** The programme items the agreements state (issue 12), preloaded into the plan. */
export async function loadProgrammePreload(): Promise<Parsed<ProgrammeItem[]>> {
  return parseProgrammePreload(await fetchJson(PROGRAMME_FILE), PROGRAMME_FILE);
}

/** The English catalog (JSON made by the build from i18n/english.ts), fetched the first time English is chosen. */
export async function loadEnglishCatalog(): Promise<unknown> {
  const res = await fetch(englishCatalogUrl);
  if (!res.ok) throw new Error(`HTTP ${String(res.status)}`);
  return (await res.json()) as unknown;
}
