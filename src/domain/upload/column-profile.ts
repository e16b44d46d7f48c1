/**
 * What the columns of an uploaded table hold, judged by their content (the first rows), so the mapping
 * step never suggests a column of names as the number column and can say "geen kolom met cijfers".
 */
import { normaliseCode } from '../codes';
import { NO_DATA_SYMBOLS, parseCell, type DecimalMark } from '../numbers';

/**
 * `code`: mostly prefixed CBS codes; `text`: mostly not numbers; `fraction`: numbers all within 0–1;
 * `share`: numbers all within 0–100; `number`: other numbers; `empty`: only blanks and CBS symbols.
 */
export type ColumnKind = 'code' | 'text' | 'fraction' | 'share' | 'number' | 'empty';

export interface ColumnProfile {
  column: string;
  kind: ColumnKind;
  /** Sample cells that are neither blank nor a CBS symbol (`.`, `x`, `-`, `?`). */
  values: number;
  /** Of those, how many read as a number (a trailing `%` allowed). */
  numbers: number;
  min: number | null;
  max: number | null;
}

/**
 * A column counts as numeric when at least this share of its non-blank sample cells are numbers: the
 * same half as `MIN_USABLE_SHARE` (verdict.ts), so a column that would pass the usable-value check when
 * read can be suggested, and one whose cells are mostly text (names) never is.
 */
export const NUMERIC_SHARE = 0.5;

const isPrefixedCode = (v: string) => /^(gm|wk|bu)/i.test(v.replace(/\s/g, '')) && normaliseCode(v) !== null;

/** Profile of one column `j` over the sample rows. */
function profileColumn(column: string, j: number, sample: readonly (readonly string[])[], decimal: DecimalMark): ColumnProfile {
  const cells = sample.map((r) => (r[j] ?? '').trim()).filter((v) => !NO_DATA_SYMBOLS.has(v.replace(/\s/g, '')));
  const nums: number[] = [];
  let codes = 0;
  for (const v of cells) {
    if (isPrefixedCode(v)) codes += 1;
    const cell = parseCell(v.replace(/\s*%$/, ''), decimal);
    if (cell.kind === 'number') nums.push(cell.value);
  }
  const min = nums.length ? Math.min(...nums) : null;
  const max = nums.length ? Math.max(...nums) : null;
  const base = { column, values: cells.length, numbers: nums.length, min, max };
  if (cells.length === 0) return { ...base, kind: 'empty' };
  if (codes / cells.length >= 0.5) return { ...base, kind: 'code' };
  if (nums.length / cells.length < NUMERIC_SHARE || min === null || max === null) return { ...base, kind: 'text' };
  const kind: ColumnKind = min >= 0 && max <= 1 ? 'fraction' : min >= 0 && max <= 100 ? 'share' : 'number';
  return { ...base, kind };
}

/** Profiles of every column of the header. */
export function profileColumns(header: readonly string[], sample: readonly (readonly string[])[], decimal: DecimalMark): ColumnProfile[] {
  return header.map((h, j) => profileColumn(h, j, sample, decimal));
}

/** Whether a column may hold the figures: numbers, or nothing yet (blanks and CBS symbols only). Never text or codes. */
export const mayHoldFigures = (p: ColumnProfile | undefined): boolean => p !== undefined && p.kind !== 'text' && p.kind !== 'code';

/** Whether a column's numbers can be a share: all within 0–100 (or still unknown). */
export const mayBeShare = (p: ColumnProfile | undefined): boolean =>
  p !== undefined && (p.kind === 'share' || p.kind === 'fraction' || p.kind === 'empty');
