/**
 * Delimited-text parsing (papaparse) into header + records, with problems as issues.
 * Handles a UTF-8 BOM, Excel's `sep=;` first line, quoted fields and empty lines; detects `;`, `,`, tab
 * or `|`. `scanTable` streams row by row (for large uploads); `parseTable` collects the records.
 */
import Papa from 'papaparse';
import type { Parsed } from './types';
import { moreProblem, problem, type Problem, type ProblemCode } from './problem';
import { detectDelimiter, excelSepLine } from './delimiter';

export { detectDelimiter, excelSepLine } from './delimiter';

export interface Table {
  header: string[];
  /** Records keyed by header; `row` as set by `rowNumbers` (parseTable: the 1-based data row by default). */
  records: { row: number; cells: Record<string, string> }[];
  delimiter: string;
}

/**
 * How rows are numbered in records and problems. `sheet`: as a spreadsheet shows the file, header = row 1,
 * so the first data row is 2; blank lines count as rows, a quoted field over several lines is one row, and
 * Excel's `sep=` line is not counted (Excel hides it). `data`: the 1-based data row (header not counted).
 */
export type RowNumbering = 'sheet' | 'data';

export interface CsvOptions {
  /** Force a delimiter; otherwise Excel's `sep=` line or `detectDelimiter` decides. */
  delimiter?: string;
  file?: string;
  rowNumbers?: RowNumbering;
}

export interface ScanOptions extends CsvOptions {
  /** Called now and then with the share of the text read (0–1). */
  onProgress?: (fraction: number) => void;
  /** Stop after this many data rows (for previews). */
  maxRows?: number;
  /** The text is the start of a larger file: a quote still open at its end is not an error. */
  partial?: boolean;
}

export interface ScanResult {
  header: string[];
  delimiter: string;
  /** Data rows seen. */
  rows: number;
  /** The delimiter named by an Excel `sep=` first line (also when it is not a supported one), or null. */
  sep: string | null;
}

/** papaparse's error codes as our problem codes (a quote left open to the end of the file is handled apart). */
const PAPA_CODES: Readonly<Record<string, ProblemCode>> = {
  InvalidQuotes: 'csv.quotes',
  UndetectableDelimiter: 'csv.delimiter',
  TooFewFields: 'csv.field-count',
  TooManyFields: 'csv.field-count',
};

/** Row-level problems listed per kind; the rest are counted in one summary issue. */
export const ROW_ISSUE_CAP = 100;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Line breaks in `text` without its trailing ones: the rows a quote opened at its start swallowed. */
function swallowedLines(text: string): number {
  return (text.replace(/[\r\n]+$/, '').match(/\r\n|\n|\r/g) ?? []).length;
}

/**
 * Stream delimited text: the first non-empty row is the header, `onRecord` receives every non-empty data
 * row with its row number (see `RowNumbering`; default `sheet`). Rows with a field count other than the
 * header's are reported (and still passed on); an empty or duplicated header is an error issue. A quote
 * that is never closed swallows the rest of the file into one field: an error (`csv.unclosed-quote`,
 * naming the rows swallowed), so the file is not applied; in a `partial` slice it is not reported.
 */
export function scanTable(
  text: string,
  options: ScanOptions,
  onRecord: (cells: string[], row: number, header: readonly string[]) => void,
): Parsed<ScanResult> {
  const { file, onProgress, maxRows, partial = false, rowNumbers = 'sheet' } = options;
  const issues: Problem[] = [];
  // Row-level problems are listed up to a cap per kind (a broken 50 MB file must not yield a million messages).
  const perKind = new Map<ProblemCode, number>();
  const rowIssue = (issue: Problem) => {
    const n = (perKind.get(issue.code) ?? 0) + 1;
    perKind.set(issue.code, n);
    if (n <= ROW_ISSUE_CAP) issues.push(issue);
  };
  const full = stripBom(text);
  const sepLine = excelSepLine(full);
  const body = sepLine ? full.slice(sepLine.length) : full;
  const delimiter = options.delimiter || sepLine?.delimiter || detectDelimiter(body);
  let header: string[] | null = null;
  let rows = 0;
  let sheetRow = 0;
  let recordStart = 0;
  const quote: { open?: { row: number; start: number } } = {};
  let nextProgress = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    step: (res, parser) => {
      const start = recordStart;
      recordStart = res.meta.cursor;
      sheetRow += 1;
      const cells = res.data;
      const empty = cells.join('').trim() === '';
      const row = rowNumbers === 'sheet' ? sheetRow : rows + (header === null || empty ? 0 : 1);
      for (const err of res.errors) {
        if (err.code === 'MissingQuotes') quote.open = { row, start };
        else rowIssue(problem('warning', PAPA_CODES[err.code] ?? 'csv.field-count', { file, row: header === null ? undefined : row }));
      }
      if (empty) return;
      if (header === null) {
        header = cells.map((h) => h.trim());
        return;
      }
      rows += 1;
      if (cells.length !== header.length) {
        rowIssue(problem('warning', 'csv.field-count', { file, row, fields: cells.length, expected: header.length }));
      }
      onRecord(cells, row, header);
      if (onProgress && res.meta.cursor >= nextProgress) {
        onProgress(res.meta.cursor / Math.max(1, body.length));
        nextProgress = res.meta.cursor + body.length / 50;
      }
      if (maxRows !== undefined && rows >= maxRows) parser.abort();
    },
  });
  for (const [code, n] of perKind) {
    if (n > ROW_ISSUE_CAP) issues.push(moreProblem('warning', code, ROW_ISSUE_CAP, n, file));
  }
  if (quote.open && !partial) issues.push(unclosedQuote(body, quote.open, file));
  if (sepLine && !sepLine.delimiter && !options.delimiter)
    issues.push(problem('error', 'csv.sep-unsupported', { file, value: sepLine.named }));
  const value = { header: header ?? [], delimiter, rows, sep: sepLine?.named ?? null };
  const head = value.header;
  if (head.length === 0 || (head.length === 1 && head[0] === '')) {
    issues.push(problem('error', 'csv.empty', { file }));
    return { value: { ...value, header: [], rows: 0 }, issues };
  }
  // Each duplicated name once, however often it repeats (a header of 100,000 copies gives one problem).
  const seen = new Set<string>();
  const doubled = new Set<string>();
  for (const h of head) {
    if (seen.has(h) && !doubled.has(h)) {
      doubled.add(h);
      issues.push(problem('error', 'csv.duplicate-column', { file, column: h }));
    }
    seen.add(h);
  }
  return { value, issues };
}

/** The error for a quote opened in `row` and never closed: which rows ended up inside that one field. */
function unclosedQuote(body: string, open: { row: number; start: number }, file: string | undefined): Problem {
  const count = swallowedLines(body.slice(open.start));
  if (count === 0) return problem('error', 'csv.unclosed-quote-last', { file, row: open.row });
  // Row numbers as text: the dictionary would give a number thousands separators, a row number has none.
  const [from, to] = [open.row + 1, open.row + count];
  return problem('error', 'csv.unclosed-quote', { file, row: open.row, rows: from === to ? String(from) : `${from}–${to}`, count });
}

/**
 * Parse delimited text into a table. A header that is missing or duplicated is an error issue. Rows are
 * numbered as data rows unless `rowNumbers: 'sheet'` is given (the embedded data keeps its numbering).
 */
export function parseTable(text: string, options: CsvOptions = {}): Parsed<Table> {
  const records: Table['records'] = [];
  const scanned = scanTable(text, { ...options, rowNumbers: options.rowNumbers ?? 'data' }, (cells, row, header) => {
    const record: Record<string, string> = {};
    header.forEach((h, j) => {
      record[h] = (cells[j] ?? '').trim();
    });
    records.push({ row, cells: record });
  });
  return { value: { header: scanned.value.header, records, delimiter: scanned.value.delimiter }, issues: scanned.issues };
}

/** Issues for required columns that the header lacks. */
export function missingColumns(table: Pick<Table, 'header'>, required: readonly string[], file?: string): Problem[] {
  return required.filter((c) => !table.header.includes(c)).map((c) => problem('error', 'csv.missing-column', { file, column: c }));
}
