/** Shared domain types. Pure data: no React, DOM, fetch or map libraries. */
import type { Polygon, MultiPolygon } from 'geojson';
import type { Problem } from './problem';

export type Level = 'gemeente' | 'wijk' | 'buurt';
export type MapLevel = Exclude<Level, 'gemeente'>;
export type { Problem } from './problem';

export interface Parsed<T> {
  value: T;
  issues: Problem[];
}

/** One row of the stock CSV: housing stock and tenure of an area. Percentages are 0–100 or null (no data). */
export interface StockRow {
  code: string;
  name: string;
  level: Level;
  gemeenteCode: string;
  gemeenteName: string;
  dwellings: number | null;
  dwellingsYear: number | null;
  ownerPct: number | null;
  rentPct: number | null;
  corporationPct: number | null;
  otherLandlordPct: number | null;
  /** Average WOZ value in thousands of euros. */
  wozK: number | null;
  inhabitants: number | null;
  households: number | null;
  year: number | null;
  source: string;
  /** 1-based data row in the file it came from. */
  row: number;
  /** True for figures the app computed (a scenario or a programme year), not published: shown with one decimal. */
  computed?: true;
}

export interface LiveabilityScore {
  year: number;
  lbm: number | null;
  afw: number | null;
  fys: number | null;
  onv: number | null;
  soc: number | null;
  vrz: number | null;
  won: number | null;
}

export interface LiveabilityRow extends LiveabilityScore {
  code: string;
  name: string;
  level: Level;
  row: number;
}

export type AreaGeometry = Polygon | MultiPolygon;

/** A polygon of a wijk, buurt or gemeente as read from GeoJSON. */
export interface AreaFeature {
  code: string;
  name: string;
  level: Level;
  gemeenteCode: string;
  geometry: AreaGeometry;
  /** A point guaranteed inside the polygon, [lon, lat], for labels and tests. */
  labelPoint: [number, number];
}

/** An area after the join: geometry plus its figures (either may be missing). */
export interface Area {
  code: string;
  name: string;
  level: Level;
  gemeenteCode: string;
  geometry: AreaGeometry | null;
  labelPoint: [number, number] | null;
  stock: StockRow | null;
  /** Leefbaarometer scores by year (2020, 2022, 2024). */
  liveability: Partial<Record<number, LiveabilityScore>>;
}
