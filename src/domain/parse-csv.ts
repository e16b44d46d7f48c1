/**
 * Delimited-text parsing (papaparse) into header + records, with problems as issues.
 * Handles a UTF-8 BOM, quoted fields and trailing empty lines; detects `;`, `,`, tab or `|`.
 * `scanTable` streams row by row (for large uploads); `parseTable` collects the records.
 */
import Papa from 'papaparse';
import type { Parsed } from './types';
import { moreProblem, problem, type Problem, type ProblemCode } from './problem';
import { detectDelimiter } from './delimiter';

export { DELIMITERS, detectDelimiter } from './delimiter';

export interface Table {
  header: string[];
  /** Records keyed by header; `row` is the 1-based data row (the header is not counted). */
  records: { row: number; cells: Record<string, string> }[];
  delimiter: string;
}

export interface CsvOptions {
  /** Force a delimiter; otherwise it is detected with `detectDelimiter`. */
  delimiter?: string;
  file?: string;
}

export interface ScanOptions extends CsvOptions {
  /** Called now and then with the share of the text read (0–1). */
  onProgress?: (fraction: number) => void;
  /** Stop after this many data rows (for previews). */
  maxRows?: number;
}

export interface ScanResult {
  header: string[];
  delimiter: string;
  /** Data rows seen. */
  rows: number;
}

/** papaparse's error codes as our problem codes. */
const PAPA_CODES: Readonly<Record<string, ProblemCode>> = {
  MissingQuotes: 'csv.quotes',
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

/**
 * Stream delimited text: the first non-empty row is the header, `onRecord` receives every data row
 * with its 1-based row number. Rows with a field count other than the header's are reported (and
 * still passed on); an empty or duplicated header is an error issue.
 */
export function scanTable(
  text: string,
  options: ScanOptions,
  onRecord: (cells: string[], row: number, header: readonly string[]) => void,
): Parsed<ScanResult> {
  const { file, onProgress, maxRows } = options;
  const issues: Problem[] = [];
  // Row-level problems are listed up to a cap per kind (a broken 50 MB file must not yield a million messages).
  const perKind = new Map<ProblemCode, number>();
  const rowIssue = (issue: Problem) => {
    const n = (perKind.get(issue.code) ?? 0) + 1;
    perKind.set(issue.code, n);
    if (n <= ROW_ISSUE_CAP) issues.push(issue);
  };
  const body = stripBom(text);
  const delimiter = options.delimiter || detectDelimiter(body);
  let header: string[] | null = null;
  let rows = 0;
  let nextProgress = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: 'greedy',
    step: (res, parser) => {
      for (const err of res.errors) {
        rowIssue(problem('warning', PAPA_CODES[err.code] ?? 'csv.field-count', { file, row: header === null ? undefined : rows + 1 }));
      }
      const cells = res.data;
      if (header === null) {
        header = cells.map((h) => h.trim());
        return;
      }
      rows += 1;
      if (cells.length !== header.length) {
        rowIssue(problem('warning', 'csv.field-count', { file, row: rows, fields: cells.length, expected: header.length }));
      }
      onRecord(cells, rows, header);
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
  const head: string[] = header ?? [];
  if (head.length === 0 || (head.length === 1 && head[0] === '')) {
    issues.push(problem('error', 'csv.empty', { file }));
    return { value: { header: [], delimiter, rows: 0 }, issues };
  }
  const seen = new Set<string>();
  for (const h of head) {
    if (seen.has(h)) issues.push(problem('error', 'csv.duplicate-column', { file, column: h }));
    seen.add(h);
  }
  return { value: { header: head, delimiter, rows }, issues };
}

/** Parse delimited text into a table. A header that is missing or duplicated is an error issue. */
export function parseTable(text: string, options: CsvOptions = {}): Parsed<Table> {
  const records: Table['records'] = [];
  const scanned = scanTable(text, options, (cells, row, header) => {
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
