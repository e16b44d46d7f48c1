/**
 * The "Dutch profile" of an uploaded CSV: encoding, delimiter and decimal mark, each detected and
 * overridable, and the preview (header + first rows) the mapping step shows. A file that is not text,
 * mixes encodings, has only a header, or has no column with figures is refused here, before any mapping.
 */
import { type EncodingChoice, type TextEncodingName } from '../encoding';
import { detectDelimiter, scanTable } from '../parse-csv';
import { detectDecimalMark, type DecimalMark } from '../numbers';
import { problem, type Problem } from '../problem';
import { suggestKey, suggestMapping, type ColumnMapping } from './mapping';
import { mayHoldFigures, profileColumns, type ColumnProfile } from './column-profile';
import { readUploadText } from './read-text';

export type Delimiter = ';' | ',' | '\t' | '|';

export interface CsvChoice {
  encoding: EncodingChoice;
  delimiter: 'auto' | Delimiter;
  decimal: 'auto' | DecimalMark;
}

export interface CsvProfile {
  encoding: TextEncodingName;
  bom: boolean;
  delimiter: Delimiter;
  decimal: DecimalMark;
}

export const AUTO_CHOICE: CsvChoice = { encoding: 'auto', delimiter: 'auto', decimal: 'auto' };

export interface CsvPreview {
  profile: CsvProfile;
  header: string[];
  sample: string[][];
  suggested: ColumnMapping | null;
  /** Errors only: any error refuses the file (not text, mixed encodings, unclosed quote, no figures …). */
  issues: Problem[];
  /** Information to show with the mapping step (e.g. UTF-16 read without a byte-order mark). */
  notices: Problem[];
  /** What each column holds, judged by the first rows (same order as `header`). */
  columns: ColumnProfile[];
  /** Columns that may be offered as the number column (numbers, or only blanks and CBS symbols); never text. */
  valueColumns: string[];
}

const asDelimiter = (d: string): Delimiter => (d === ',' || d === '\t' || d === '|' ? d : ';');

/** The delimiter in force: the choice, or detected from the text. */
export function resolveDelimiter(text: string, choice: CsvChoice['delimiter']): Delimiter {
  return choice === 'auto' ? asDelimiter(detectDelimiter(text)) : choice;
}

/**
 * The decimal mark in force: the choice, or detected from the given cells with a fallback that follows
 * the delimiter (a `,`-delimited file defaults to a decimal point, anything else to the Dutch comma).
 */
export function resolveDecimal(cells: Iterable<string>, delimiter: Delimiter, choice: CsvChoice['decimal']): DecimalMark {
  return choice === 'auto' ? detectDecimalMark(cells, delimiter === ',' ? '.' : ',') : choice;
}

/** Rows of the sample used for the profile and the suggestion. */
const PROFILE_ROWS = 50;

/**
 * Preview the start of a file (`partial`: the bytes are a slice of a larger file, so the last, possibly
 * cut-off row is dropped and a quote still open at the end is not an error). Decimal detection looks at
 * every cell of the sample. Refused (an error in `issues`) when the bytes are not text or mix encodings,
 * when the table is broken (no header, unclosed quote), when there is a header but no row
 * (`upload.header-only`), or when no column besides the key and year holds numbers (`upload.no-number-column`).
 */
export function previewCsv(bytes: Uint8Array, choice: CsvChoice, partial: boolean, file: string, rows = 8): CsvPreview {
  const read = readUploadText(bytes, choice.encoding, partial, file);
  const empty = { header: [], sample: [], suggested: null, columns: [], valueColumns: [] };
  if (!read.decoded) {
    const profile: CsvProfile = { encoding: 'utf-8', bom: false, delimiter: ';', decimal: ',' };
    return { ...empty, profile, issues: read.refusal, notices: [] };
  }
  const decoded = read.decoded;
  const delimiter = resolveDelimiter(decoded.text, choice.delimiter);
  const sample: string[][] = [];
  const scanned = scanTable(decoded.text, { delimiter, file, partial, maxRows: partial ? 201 : 200 }, (cells) => {
    sample.push(cells.map((c) => c.trim()));
  });
  if (partial && sample.length > 1) sample.pop();
  const decimal = resolveDecimal(sample.flat(), delimiter, choice.decimal);
  const header = scanned.value.header;
  const profile: CsvProfile = { encoding: decoded.encoding, bom: decoded.bom, delimiter, decimal };
  const issues = scanned.issues.filter((i) => i.severity === 'error');
  const firstRows = sample.slice(0, PROFILE_ROWS);
  const columns = profileColumns(header, firstRows, decimal);
  const suggested = header.length ? suggestMapping(header, firstRows, decimal) : null;
  const { key, year } = suggestKey(header, firstRows, columns);
  const valueColumns = columns.filter((c) => mayHoldFigures(c) && c.column !== key && c.column !== year).map((c) => c.column);
  if (issues.length === 0 && header.length > 0) {
    const context = { file, columns: header.join(', '), rows: firstRows.length };
    if (sample.length === 0) issues.push(problem('error', 'upload.header-only', context));
    else if (valueColumns.length === 0) issues.push(problem('error', 'upload.no-number-column', context));
  }
  return { profile, header, sample: sample.slice(0, rows), suggested, issues, notices: read.notices, columns, valueColumns };
}
