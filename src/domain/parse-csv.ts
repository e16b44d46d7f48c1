/**
 * Delimited-text parsing (papaparse) into header + records, with problems as issues.
 * Handles a UTF-8 BOM, quoted fields and trailing empty lines.
 */
import Papa from 'papaparse';
import type { Issue, Parsed } from './types';

export interface Table {
  header: string[];
  /** Records keyed by header; `row` is the 1-based data row (the header is not counted). */
  records: { row: number; cells: Record<string, string> }[];
  delimiter: string;
}

export interface CsvOptions {
  /** Force a delimiter; otherwise papaparse guesses among `;`, `,` and tab. */
  delimiter?: string;
  file?: string;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parse delimited text into a table. A header that is missing or duplicated is an error issue. */
export function parseTable(text: string, options: CsvOptions = {}): Parsed<Table> {
  const file = options.file;
  const issues: Issue[] = [];
  const result = Papa.parse<string[]>(stripBom(text), {
    delimiter: options.delimiter ?? '',
    delimitersToGuess: [';', ',', '\t', '|'],
    skipEmptyLines: 'greedy',
  });
  const rows = result.data;
  const headerRow = rows[0];
  if (!headerRow || headerRow.length === 0) {
    issues.push({ severity: 'error', code: 'csv.empty', message: 'Het bestand bevat geen kopregel.', file });
    return { value: { header: [], records: [], delimiter: result.meta.delimiter }, issues };
  }
  const header = headerRow.map((h) => h.trim());
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h)) issues.push({ severity: 'error', code: 'csv.duplicate-column', message: `Kolom "${h}" komt twee keer voor.`, file, column: h });
    seen.add(h);
  }
  for (const err of result.errors) {
    if (err.code === 'UndetectableDelimiter') continue;
    issues.push({ severity: 'warning', code: `csv.${err.code}`, message: err.message, file, row: typeof err.row === 'number' ? err.row : undefined });
  }
  const records = rows.slice(1).map((cells, i) => {
    const record: Record<string, string> = {};
    header.forEach((h, j) => {
      record[h] = (cells[j] ?? '').trim();
    });
    if (cells.length !== header.length) {
      issues.push({
        severity: 'warning',
        code: 'csv.field-count',
        message: `Rij ${i + 1} heeft ${cells.length} velden, de kopregel ${header.length}.`,
        file,
        row: i + 1,
      });
    }
    return { row: i + 1, cells: record };
  });
  return { value: { header, records, delimiter: result.meta.delimiter }, issues };
}

/** Issues for required columns that the header lacks. */
export function missingColumns(table: Table, required: readonly string[], file?: string): Issue[] {
  return required
    .filter((c) => !table.header.includes(c))
    .map((c) => ({ severity: 'error' as const, code: 'csv.missing-column', message: `Kolom "${c}" ontbreekt.`, file, column: c }));
}
