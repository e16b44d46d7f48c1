/** Parse the Leefbaarometer CSV (`geodata/liveability.csv`): one row per area and year. */
import { parseTable, missingColumns } from './parse-csv';
import { normaliseCode, levelOfCode } from './codes';
import { cellReader } from './parse-stock';
import type { LiveabilityRow, Parsed } from './types';
import { problem } from './problem';

export const LIVEABILITY_COLUMNS = ['code', 'naam', 'niveau', 'jaar', 'lbm', 'afw', 'fys', 'onv', 'soc', 'vrz', 'won'] as const;

export function parseLiveabilityCsv(text: string, file = 'liveability.csv'): Parsed<LiveabilityRow[]> {
  const table = parseTable(text, { delimiter: ';', file });
  const issues = [...table.issues, ...missingColumns(table.value, LIVEABILITY_COLUMNS, file)];
  if (issues.some((i) => i.code === 'csv.missing-column')) return { value: [], issues };
  const rows: LiveabilityRow[] = [];
  for (const { row, cells } of table.value.records) {
    const code = normaliseCode(cells.code ?? '');
    const level = code ? levelOfCode(code) : null;
    const num = cellReader(cells, row, file, issues);
    const year = num('jaar');
    if (!code || !level || year === null) {
      issues.push(problem('error', 'csv.bad-key', { file, row, value: cells.code ?? '' }));
      continue;
    }
    rows.push({
      code,
      name: cells.naam ?? code,
      level,
      year,
      row,
      lbm: num('lbm'),
      afw: num('afw'),
      fys: num('fys'),
      onv: num('onv'),
      soc: num('soc'),
      vrz: num('vrz'),
      won: num('won'),
    });
  }
  return { value: rows, issues };
}
