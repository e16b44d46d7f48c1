/** Assemble the app's dataset from the raw geodata texts: parse → join, collecting every issue. */
import { parseAreaGeoJson } from './parse-geojson';
import { parseStockCsv } from './parse-stock';
import { parseLiveabilityCsv } from './parse-liveability';
import { joinLevel, type JoinReport } from './join';
import type { Area, AreaFeature, Issue, MapLevel, StockRow } from './types';

/** File names of the dataset's parts, used to label issues (`src/config/geodata-files.ts` names them). */
export interface DatasetFiles {
  gemeenten: string;
  wijken: string;
  buurten: string;
  wijkBorders: string;
  stock: string;
  liveability: string;
}

export interface RawGeodata {
  files: DatasetFiles;
  gemeenten: unknown;
  wijken: unknown;
  buurten: unknown;
  wijkBorders: unknown;
  stockCsv: string;
  liveabilityCsv: string;
}

export interface Dataset {
  gemeenten: AreaFeature[];
  /** Wijk outlines dissolved from buurten, drawn on top of the buurt level. */
  wijkBorders: AreaFeature[];
  stock: StockRow[];
  gemeenteRows: ReadonlyMap<string, StockRow>;
  levels: Record<MapLevel, { areas: Area[]; report: JoinReport }>;
  issues: Issue[];
}

export function buildDataset(raw: RawGeodata): Dataset {
  const { files } = raw;
  const gemeenten = parseAreaGeoJson(raw.gemeenten, files.gemeenten);
  const wijken = parseAreaGeoJson(raw.wijken, files.wijken);
  const buurten = parseAreaGeoJson(raw.buurten, files.buurten);
  const borders = parseAreaGeoJson(raw.wijkBorders, files.wijkBorders);
  const stock = parseStockCsv(raw.stockCsv, files.stock);
  const live = parseLiveabilityCsv(raw.liveabilityCsv, files.liveability);
  const wijk = joinLevel('wijk', wijken.value, stock.value, live.value);
  const buurt = joinLevel('buurt', buurten.value, stock.value, live.value);
  const gemeenteRows = new Map(stock.value.filter((r) => r.level === 'gemeente').map((r) => [r.code, r] as const));
  return {
    gemeenten: gemeenten.value,
    wijkBorders: borders.value,
    stock: stock.value,
    gemeenteRows,
    levels: { wijk: { areas: wijk.areas, report: wijk.report }, buurt: { areas: buurt.areas, report: buurt.report } },
    issues: [
      ...gemeenten.issues,
      ...wijken.issues,
      ...buurten.issues,
      ...borders.issues,
      ...stock.issues,
      ...live.issues,
      ...wijk.issues,
      ...buurt.issues,
    ],
  };
}
