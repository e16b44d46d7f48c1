/** Assemble the app's dataset from the raw geodata texts: parse → join, collecting every issue. */
import { parseAreaGeoJson } from './parse-geojson';
import { parseStockCsv } from './parse-stock';
import { parseLiveabilityCsv } from './parse-liveability';
import { parseTrendCsv, type TrendRow } from './parse-trend';
import { parseAreaNotes, type AreaNote } from './area-notes';
import { joinLevel, type JoinReport } from './join';
import type { Area, AreaFeature, Problem, MapLevel, StockRow } from './types';

/** File names of the dataset's parts, used to label issues (`src/config/geodata-files.ts` names them). */
export interface DatasetFiles {
  gemeenten: string;
  wijken: string;
  buurten: string;
  stock: string;
  liveability: string;
  trend: string;
}

export interface RawGeodata {
  files: DatasetFiles;
  gemeenten: unknown;
  wijken: unknown;
  buurten: unknown;
  stockCsv: string;
  liveabilityCsv: string;
  trendCsv: string;
}

export interface Dataset {
  gemeenten: AreaFeature[];
  /** Wijk outlines drawn on top of the buurt level: the wijken themselves (each is the union of its buurten). */
  wijkBorders: AreaFeature[];
  stock: StockRow[];
  gemeenteRows: ReadonlyMap<string, StockRow>;
  levels: Record<MapLevel, { areas: Area[]; report: JoinReport }>;
  /** Dwellings by owner per gemeente and region, per year (CBS 82900NED). */
  trend: TrendRow[];
  /** Notes on single areas by code (e.g. a buurt whose 2024 code is unconfirmed). */
  areaNotes: ReadonlyMap<string, AreaNote>;
  issues: Problem[];
}

export function buildDataset(raw: RawGeodata): Dataset {
  const { files } = raw;
  const gemeenten = parseAreaGeoJson(raw.gemeenten, files.gemeenten);
  const wijken = parseAreaGeoJson(raw.wijken, files.wijken);
  const buurten = parseAreaGeoJson(raw.buurten, files.buurten);
  const notes = parseAreaNotes(raw.buurten, files.buurten);
  const stock = parseStockCsv(raw.stockCsv, files.stock);
  const live = parseLiveabilityCsv(raw.liveabilityCsv, files.liveability);
  const trend = parseTrendCsv(raw.trendCsv, files.trend);
  const wijk = joinLevel('wijk', wijken.value, stock.value, live.value);
  const buurt = joinLevel('buurt', buurten.value, stock.value, live.value);
  const gemeenteRows = new Map(stock.value.filter((r) => r.level === 'gemeente').map((r) => [r.code, r] as const));
  return {
    gemeenten: gemeenten.value,
    wijkBorders: wijken.value,
    stock: stock.value,
    gemeenteRows,
    levels: { wijk: { areas: wijk.areas, report: wijk.report }, buurt: { areas: buurt.areas, report: buurt.report } },
    trend: trend.value,
    areaNotes: notes.value,
    issues: [
      ...gemeenten.issues,
      ...wijken.issues,
      ...buurten.issues,
      ...notes.issues,
      ...stock.issues,
      ...live.issues,
      ...trend.issues,
      ...wijk.issues,
      ...buurt.issues,
    ],
  };
}
