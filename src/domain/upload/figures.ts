/** The result of ingesting an uploaded figures file: one figure per area, and an account of every row. */
import type { Problem, Level } from '../types';
import type { ColumnMapping } from './mapping';
import type { Resolution } from './area-index';
import type { CsvProfile } from './csv-profile';
import type { UploadQuestion, Verdict } from './verdict';

export interface UploadFigure {
  code: string;
  level: Level;
  /** The name in the file (the name column, or the key when names are the key). */
  name: string;
  /** Corporation share 0–100, or null (no data). */
  share: number | null;
  dwellings: number | null;
  year: number | null;
  row: number;
}

export interface UnmatchedRow {
  row: number;
  key: string;
  name: string;
  reason: Exclude<Resolution['kind'], 'match'>;
  /** Codes of the areas an ambiguous name fits. */
  candidates: string[];
}

export interface FigureReport {
  rows: number;
  /** Rows whose key found an area (duplicates and older years included). */
  matchedRows: number;
  unmatchedCount: number;
  /** The first unmatched rows, for display; all row numbers are in `unmatchedRowNumbers`. */
  unmatched: UnmatchedRow[];
  /** A typed array: cheap to pass from the worker for half a million rows. */
  unmatchedRowNumbers: Int32Array;
  duplicates: { code: string; rows: number[] }[];
  nonNumeric: number;
  outOfRange: number;
  /** Value cells that are blank or a CBS symbol (`.`, `x`, `-`, `?`): no data, not an error. */
  noData: number;
  /** Rows skipped because the same area has a row for a later year. */
  olderYears: number;
  /** Rows without a usable code that were joined by their name instead. */
  matchedByName: number;
  /** Areas (figures) with a usable share. */
  usable: number;
}

export interface FigureResult {
  file: string;
  profile: CsvProfile;
  header: string[];
  mapping: ColumnMapping;
  figures: UploadFigure[];
  report: FigureReport;
  issues: Problem[];
  /** `refuse` (an error), `ask` (see `questions`) or `ok`: only `ok` may be applied as it is. */
  verdict: Verdict;
  /** What to ask before the file can be shown (fractions × 100, few usable values); empty unless `ask`. */
  questions: UploadQuestion<ColumnMapping>[];
  /** True unless the verdict is `ok`: an error, or a question not answered yet. */
  fatal: boolean;
}

export interface IngestOptions {
  onProgress?: (fraction: number) => void;
  /** How many unmatched rows and issues per kind to list (all are counted). */
  listLimit?: number;
}
