/**
 * The "Dutch profile" of an uploaded CSV: encoding, delimiter and decimal mark, each detected and
 * overridable, and the preview (header + first rows) the mapping step shows.
 */
import { decodeBytes, type EncodingChoice, type TextEncodingName } from '../encoding';
import { detectDelimiter, scanTable } from '../parse-csv';
import { detectDecimalMark, type DecimalMark } from '../numbers';
import type { Problem } from '../types';
import { suggestMapping, type ColumnMapping } from './mapping';

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
  issues: Problem[];
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

/**
 * Preview the start of a file (`partial`: the bytes are a slice of a larger file, so the last, possibly
 * cut-off row is dropped). Decimal detection here looks at every cell of the sample.
 */
export function previewCsv(bytes: Uint8Array, choice: CsvChoice, partial: boolean, file: string, rows = 8): CsvPreview {
  const decoded = decodeBytes(bytes, choice.encoding, partial);
  const delimiter = resolveDelimiter(decoded.text, choice.delimiter);
  const sample: string[][] = [];
  const scanned = scanTable(decoded.text, { delimiter, file, maxRows: partial ? 201 : 200 }, (cells) => {
    sample.push(cells.map((c) => c.trim()));
  });
  if (partial && sample.length > 1) sample.pop();
  const decimal = resolveDecimal(sample.flat(), delimiter, choice.decimal);
  const header = scanned.value.header;
  const issues = scanned.issues.filter((i) => i.severity === 'error');
  return {
    profile: { encoding: decoded.encoding, bom: decoded.bom, delimiter, decimal },
    header,
    sample: sample.slice(0, rows),
    suggested: header.length ? suggestMapping(header, sample.slice(0, 50)) : null,
    issues,
  };
}
