/** Parse the stock CSV (`geodata/stock.csv` layout) into typed rows, reporting every bad cell. */
import { parseTable, missingColumns } from './parse-csv';
import { parseCell } from './numbers';
import { normaliseCode, levelOfCode, gemeenteOf } from './codes';
import type { Level, Parsed, StockRow } from './types';
import { problem, type Problem } from './problem';

export const STOCK_COLUMNS = [
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

const PCT_COLUMNS = new Set(['koop_pct', 'huur_pct', 'corporatie_pct', 'overige_verhuurders_pct']);
const LEVELS: ReadonlySet<string> = new Set(['gemeente', 'wijk', 'buurt']);

/** A numeric reader bound to one row that records non-numeric and out-of-range cells as issues. */
export function cellReader(cells: Record<string, string>, row: number, file: string, issues: Problem[]) {
  return (column: string): number | null => {
    const cell = parseCell(cells[column] ?? '', ',');
    if (cell.kind === 'empty') return null;
    if (cell.kind === 'invalid') {
      issues.push(problem('warning', 'csv.non-numeric', { file, row, column, value: cell.raw }));
      return null;
    }
    if (PCT_COLUMNS.has(column) && (cell.value < 0 || cell.value > 100)) {
      issues.push(problem('warning', 'csv.out-of-range', { file, row, column, value: cell.value }));
      return null;
    }
    return cell.value;
  };
}

/**
 * Parse stock CSV text. Rows with an unusable code are skipped with an error issue (never silently);
 * a blank percentage stays null ("no data"), it is not 0.
 */
export function parseStockCsv(text: string, file = 'stock.csv'): Parsed<StockRow[]> {
  const table = parseTable(text, { delimiter: ';', file });
  const issues = [...table.issues, ...missingColumns(table.value, STOCK_COLUMNS, file)];
  if (issues.some((i) => i.code === 'csv.missing-column' || i.code === 'csv.empty')) return { value: [], issues };
  const rows: StockRow[] = [];
  for (const { row, cells } of table.value.records) {
    const code = normaliseCode(cells.code ?? '');
    const level = code ? levelOfCode(code) : null;
    if (!code || !level) {
      issues.push(problem('error', 'csv.bad-code', { file, row, column: 'code', value: cells.code ?? '' }));
      continue;
    }
    const declared = cells.niveau ?? '';
    if (LEVELS.has(declared) && declared !== level) {
      issues.push(problem('warning', 'csv.level-mismatch', { file, row, column: 'niveau', value: declared, key: code, level }));
    }
    const num = cellReader(cells, row, file, issues);
    rows.push({
      code,
      name: cells.naam ?? code,
      level: level as Level,
      gemeenteCode: normaliseCode(cells.gemeentecode ?? '') ?? gemeenteOf(code) ?? '',
      gemeenteName: cells.gemeentenaam ?? '',
      dwellings: num('woningen'),
      dwellingsYear: num('woningen_peiljaar'),
      ownerPct: num('koop_pct'),
      rentPct: num('huur_pct'),
      corporationPct: num('corporatie_pct'),
      otherLandlordPct: num('overige_verhuurders_pct'),
      wozK: num('woz_gem_x1000'),
      inhabitants: num('inwoners'),
      households: num('huishoudens'),
      year: num('peiljaar'),
      source: cells.bron ?? '',
      row,
    });
  }
  return { value: rows, issues };
}
