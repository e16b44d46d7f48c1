/** Parse the tenure trend CSV (`geodata/trend.csv`): one row per region and year (CBS 82900NED). */
import { parseTable, missingColumns } from './parse-csv';
import { normaliseCode } from './codes';
import { cellReader } from './parse-stock';
import type { Parsed } from './types';
import { problem, type Problem } from './problem';

export const TREND_COLUMNS = [
  'code',
  'naam',
  'niveau',
  'jaar',
  'woningen',
  'koop',
  'huur',
  'corporatie',
  'overige_verhuurders',
  'onbekend',
  'koop_pct',
  'huur_pct',
  'corporatie_pct',
  'overige_verhuurders_pct',
  'basis',
  'breuk',
] as const;

export type TrendLevel = 'gemeente' | 'regio' | 'provincie' | 'corop' | 'land';
/**
 * How a row was made: `cbs` as published; `som-voorgangers` the sum of the gemeenten a gemeente was formed from
 * (Beekdaelen before it existed); `som-gemeenten` the sum of a region's gemeenten (Parkstad).
 */
export type TrendBasis = 'cbs' | 'som-voorgangers' | 'som-gemeenten';

const LEVELS: ReadonlySet<string> = new Set<TrendLevel>(['gemeente', 'regio', 'provincie', 'corop', 'land']);
const BASES: ReadonlySet<string> = new Set<TrendBasis>(['cbs', 'som-voorgangers', 'som-gemeenten']);

/** Dwellings by owner in one region and year. Counts are whole numbers; percentages 0–100; null = no data. */
export interface TrendRow {
  /** A CBS gemeente code (`GM0917`) or a region key (`parkstad`, `limburg`, `zuid-limburg`, `nederland`). */
  code: string;
  name: string;
  level: TrendLevel;
  year: number;
  dwellings: number | null;
  owner: number | null;
  rent: number | null;
  corporation: number | null;
  otherLandlord: number | null;
  unknownOwner: number | null;
  ownerPct: number | null;
  rentPct: number | null;
  corporationPct: number | null;
  otherLandlordPct: number | null;
  basis: TrendBasis;
  /** The total differs so much from the year before that CBS's series breaks here: compare across it with care. */
  seriesBreak: boolean;
  /** 1-based data row in the file. */
  row: number;
}

/**
 * Parse trend CSV text. A row without a usable code, level, year or basis is skipped with an error issue;
 * a duplicate code + year keeps the first row (error issue); `breuk` other than 0/1 is a warning and read as 0.
 * A blank count or percentage stays null (no data), never 0.
 */
export function parseTrendCsv(text: string, file = 'trend.csv'): Parsed<TrendRow[]> {
  const table = parseTable(text, { delimiter: ';', file });
  const issues: Problem[] = [...table.issues, ...missingColumns(table.value, TREND_COLUMNS, file)];
  if (issues.some((i) => i.code === 'csv.missing-column' || i.code === 'csv.empty')) return { value: [], issues };
  const rows: TrendRow[] = [];
  const seen = new Set<string>();
  for (const { row, cells } of table.value.records) {
    const raw = (cells.code ?? '').trim();
    const code = /^(GM)?\d+$/i.test(raw) ? normaliseCode(raw, 'gemeente') : /^[a-z][a-z-]*$/.test(raw) ? raw : null;
    const level = cells.niveau ?? '';
    const basis = cells.basis ?? '';
    const num = cellReader(cells, row, file, issues);
    const year = num('jaar');
    const bad = (column: string, value: string) => issues.push(problem('error', 'trend.bad-row', { file, row, column, value }));
    if (!code) bad('code', raw);
    if (!LEVELS.has(level)) bad('niveau', level);
    if (year === null || !Number.isInteger(year)) bad('jaar', cells.jaar ?? '');
    if (!BASES.has(basis)) bad('basis', basis);
    if (!code || !LEVELS.has(level) || year === null || !Number.isInteger(year) || !BASES.has(basis)) continue;
    const key = `${code} ${String(year)}`;
    if (seen.has(key)) {
      issues.push(problem('error', 'trend.duplicate-row', { file, row, key }));
      continue;
    }
    seen.add(key);
    const breuk = cells.breuk ?? '';
    if (breuk !== '0' && breuk !== '1') issues.push(problem('warning', 'trend.bad-break', { file, row, column: 'breuk', value: breuk }));
    rows.push({
      code,
      name: cells.naam ?? code,
      level: level as TrendLevel,
      year,
      dwellings: num('woningen'),
      owner: num('koop'),
      rent: num('huur'),
      corporation: num('corporatie'),
      otherLandlord: num('overige_verhuurders'),
      unknownOwner: num('onbekend'),
      ownerPct: num('koop_pct'),
      rentPct: num('huur_pct'),
      corporationPct: num('corporatie_pct'),
      otherLandlordPct: num('overige_verhuurders_pct'),
      basis: basis as TrendBasis,
      seriesBreak: breuk === '1',
      row,
    });
  }
  return { value: rows, issues };
}

/** One region's rows in year order (empty when the code is not in the trend). */
export function trendSeries(rows: readonly TrendRow[], code: string): TrendRow[] {
  return rows.filter((r) => r.code === code).sort((a, b) => a.year - b.year);
}
