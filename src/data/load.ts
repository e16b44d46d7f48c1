/** The only place that fetches: the committed geodata files, served at `./geodata/`. */
import { buildDataset, type Dataset, type RawGeodata } from '../domain/dataset';

export const GEODATA_BASE = './geodata/';

export class LoadError extends Error {
  constructor(public readonly file: string, message: string) {
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
  const [gemeenten, wijken, buurten, wijkBorders, stockCsv, liveabilityCsv] = await Promise.all([
    fetchJson('gemeenten.geojson'),
    fetchJson('wijken.geojson'),
    fetchJson('buurten.geojson'),
    fetchJson('wijken-buurtgrenzen.geojson'),
    fetchText('stock.csv'),
    fetchText('liveability.csv'),
  ]);
  return { gemeenten, wijken, buurten, wijkBorders, stockCsv, liveabilityCsv };
}

export async function loadDataset(): Promise<Dataset> {
  return buildDataset(await loadRawGeodata());
}
