/**
 * Shared schema of the files in geodata/: CSV headers, code patterns, expected feature counts.
 * Used by build-data.ts (to validate before writing) and check-data.ts (to validate what is committed).
 */
import { GEODATA_FILES, SOURCES_FILES } from '../../src/config/geodata-files.ts';
import { STOCK_COLUMNS } from '../../src/domain/parse-stock.ts';
import { TREND_COLUMNS } from '../../src/domain/parse-trend.ts';

/** The stock.csv columns are the app reader's (one file contract). */
export const STOCK_HEADER = STOCK_COLUMNS;
export type StockColumn = (typeof STOCK_HEADER)[number];
export type StockRow = Record<StockColumn, string>;

export const LBM_VALUE_COLUMNS = ['lbm', 'afw', 'fys', 'onv', 'soc', 'vrz', 'won'] as const;
export const LIVEABILITY_HEADER = ['code', 'naam', 'niveau', 'jaar', ...LBM_VALUE_COLUMNS] as const;
export type LiveabilityColumn = (typeof LIVEABILITY_HEADER)[number];
export type LiveabilityRow = Record<LiveabilityColumn, string>;
/** Leefbaarometer years shipped in liveability.csv (2024 release). */
export const LBM_YEARS = ['2020', '2022', '2024'] as const;
/** lbm − afw is this fixed reference value in every Leefbaarometer 3.0 row (liveability/PROVENANCE.md). */
export const LBM_REFERENCE = 4.102264851143685;

export type Niveau = 'gemeente' | 'wijk' | 'buurt';
export const NIVEAU_ORDER: readonly Niveau[] = ['gemeente', 'wijk', 'buurt'];
export const CODE_PATTERN: Record<Niveau, RegExp> = {
  gemeente: /^GM\d{4}$/,
  wijk: /^WK\d{6}$/,
  buurt: /^BU\d{8}$/,
};

export function isNiveau(value: string): value is Niveau {
  return (NIVEAU_ORDER as readonly string[]).includes(value);
}

/** GM code a wijk or buurt code belongs to (WK091740 → GM0917, BU09172000 → GM0917). */
export function gemeenteOf(code: string): string {
  return `GM${code.slice(2, 6)}`;
}

/** WK code a buurt code belongs to (BU09172000 → WK091720). */
export function wijkOf(buurtCode: string): string {
  return `WK${buurtCode.slice(2, 8)}`;
}

export function compareRows(a: { niveau: string; code: string }, b: { niveau: string; code: string }): number {
  const na = NIVEAU_ORDER.indexOf(a.niveau as Niveau);
  const nb = NIVEAU_ORDER.indexOf(b.niveau as Niveau);
  if (na !== nb) return na - nb;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export interface GeoFileSpec {
  file: string;
  niveau: Niveau;
  /** number of features the app expects */
  count: number;
  /** property keys, in output order */
  properties: readonly string[];
  /** properties that may be an empty string (all others must be non-empty) */
  optional?: readonly string[];
}

export const GEO_FILES = {
  gemeenten: { file: GEODATA_FILES.gemeenten, niveau: 'gemeente', count: 7, properties: ['code', 'naam'] },
  wijken: { file: GEODATA_FILES.wijken, niveau: 'wijk', count: 49, properties: ['code', 'naam', 'gemeentecode'] },
  buurten: {
    file: GEODATA_FILES.buurten,
    niveau: 'buurt',
    count: 201,
    properties: ['code', 'naam', 'wijkcode', 'gemeentecode', 'opmerking'],
    optional: ['opmerking'],
  },
} as const satisfies Record<string, GeoFileSpec>;

/**
 * Values of the buurt property `opmerking` (empty = none), a stable code the app can translate:
 * - `code-2024-onbevestigd`: the buurt exists in the 2016 kaart and fits the 2024 wijk, but its code could not be
 *   confirmed against a 2024 buurt code list (boundaries/PROVENANCE.md: Kunderberg, Hellebeuk);
 * - `vlak-afgeleid`: the polygon was rebuilt as the 2016 gemeente minus its other buurten (absent in the source).
 */
export const BUURT_OPMERKINGEN = ['code-2024-onbevestigd', 'vlak-afgeleid'] as const;
export type BuurtOpmerking = (typeof BUURT_OPMERKINGEN)[number];

/** Simplification tolerance of the shipped outlines in metres (boundaries/ `simplified5m` files). */
export const SIMPLIFICATION_M = 5;
/** Detail floor for street zoom: median vertices per Heerlen buurt in buurten.geojson must be at least this. */
export const MIN_MEDIAN_VERTICES_HEERLEN = 40;
/** Rings of a dissolved gemeente outline smaller than this (m²) are gaps or overlaps of the 2016 kaart, dropped. */
export const SLIVER_M2 = 100;

/**
 * Gemeenten whose buurten have polygons (and Leefbaarometer scores) but no tenure figures: the KWB 2024 extract
 * stops before them. Their buurten have no row in stock.csv (never a row of zeros).
 */
export const GEMEENTEN_WITHOUT_BUURT_FIGURES = ['GM0965', 'GM0986'] as const;

export const STOCK_FILE = GEODATA_FILES.stock;
export const TREND_FILE = GEODATA_FILES.trend;
export const LIVEABILITY_FILE = GEODATA_FILES.liveability;
export const SOURCES_FILE = SOURCES_FILES.geodata;

/** Map extent every coordinate must fall in (Parkstad Limburg). */
export const BOUNDS = { lonMin: 5.7, lonMax: 6.2, latMin: 50.75, latMax: 51.0 } as const;

/** Leefbaarometer 2024 release extract: buurten scored in the 7 gemeenten (liveability/PROVENANCE.md). */
export const LBM_BUURT_COUNT = 194;

/** The trend.csv columns are the app reader's (one file contract). */
export const TREND_HEADER = TREND_COLUMNS;
export type TrendColumn = (typeof TREND_HEADER)[number];
export type TrendRow = Record<TrendColumn, string>;
/** Years of trend.csv (CBS 82900NED, stand op 1 januari). */
export const TREND_FIRST_YEAR = 2012;
export const TREND_LAST_YEAR = 2024;
/** Regions of trend.csv besides the gemeenten, in output order, with their `niveau`. */
export const TREND_NIVEAUS = ['gemeente', 'regio', 'provincie', 'corop', 'land'] as const;
/**
 * `basis` values: as published by CBS; Beekdaelen before 2019 as the sum of Onderbanken, Nuth and Schinnen;
 * Parkstad as the sum of its 7 gemeenten.
 */
export const TREND_BASIS = ['cbs', 'som-voorgangers', 'som-gemeenten'] as const;
/** A year whose total stock differs more than this share (%) from the year before is marked `breuk` = 1. */
export const TREND_BREAK_PCT = 4;
