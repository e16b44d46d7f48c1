/**
 * Shared schema of the files in geodata/: CSV headers, code patterns, expected feature counts.
 * Used by build-data.ts (to validate before writing) and check-data.ts (to validate what is committed).
 */
import { GEODATA_FILES, SOURCES_FILES } from '../../src/config/geodata-files.ts';

export const STOCK_HEADER = [
  'code',
  'naam',
  'niveau',
  'gemeentecode',
  'gemeentenaam',
  'woningen',
  'woningen_peiljaar',
  'koop_pct',
  'huur_pct',
  'corporatie_pct',
  'overige_verhuurders_pct',
  'woz_gem_x1000',
  'inwoners',
  'huishoudens',
  'peiljaar',
  'bron',
] as const;
export type StockColumn = (typeof STOCK_HEADER)[number];
export type StockRow = Record<StockColumn, string>;

export const LBM_VALUE_COLUMNS = ['lbm', 'afw', 'fys', 'onv', 'soc', 'vrz', 'won'] as const;
export type LbmValueColumn = (typeof LBM_VALUE_COLUMNS)[number];
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
}

export const GEO_FILES = {
  gemeenten: { file: GEODATA_FILES.gemeenten, niveau: 'gemeente', count: 7, properties: ['code', 'naam'] },
  wijken: { file: GEODATA_FILES.wijken, niveau: 'wijk', count: 49, properties: ['code', 'naam', 'gemeentecode'] },
  buurten: {
    file: GEODATA_FILES.buurten,
    niveau: 'buurt',
    count: 147,
    properties: ['code', 'naam', 'wijkcode', 'gemeentecode'],
  },
  wijkenBuurtgrenzen: {
    file: GEODATA_FILES.wijkBorders,
    niveau: 'wijk',
    count: 34,
    properties: ['code', 'naam', 'gemeentecode'],
  },
} as const satisfies Record<string, GeoFileSpec>;

export const STOCK_FILE = GEODATA_FILES.stock;
export const LIVEABILITY_FILE = GEODATA_FILES.liveability;
export const SOURCES_FILE = SOURCES_FILES.geodata;

/** Map extent every coordinate must fall in (Parkstad Limburg). */
export const BOUNDS = { lonMin: 5.7, lonMax: 6.2, latMin: 50.75, latMax: 51.0 } as const;

/** Leefbaarometer 2024 release extract: buurten scored in the 7 gemeenten (liveability/PROVENANCE.md). */
export const LBM_BUURT_COUNT = 194;
