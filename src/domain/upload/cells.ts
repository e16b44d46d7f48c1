/**
 * Reading the numeric cells of an uploaded row (Dutch profile via `parseCell`), with every problem
 * counted and reported with its row and column.
 */
import { parseCell, type DecimalMark } from '../numbers';
import type { ColumnMapping } from './mapping';
import type { IssueCollector } from './issue-collector';
import type { FigureReport } from './figures';
import { problem } from '../problem';

export interface CellContext {
  decimal: DecimalMark;
  file: string;
  issues: IssueCollector;
  report: Pick<FigureReport, 'nonNumeric' | 'outOfRange' | 'noData'>;
}

/**
 * A numeric cell, or null. Blank cells and CBS symbols (`.`, `x`, `-`, `?`) are no data (counted, not
 * reported); a trailing `%` is allowed; text is reported as `upload.non-numeric`; the value is multiplied
 * by `scale` (100 for shares confirmed as fractions); then, with `pct`, values outside 0–100 and, without
 * it, negative values are reported as `upload.out-of-range`. Both become null.
 */
export function cellNumber(
  cells: readonly string[],
  j: number,
  header: readonly string[],
  row: number,
  ctx: CellContext,
  pct: boolean,
  scale = 1,
): number | null {
  const raw = (cells[j] ?? '').trim();
  const column = header[j];
  const cell = parseCell(raw.replace(/\s*%$/, ''), ctx.decimal);
  if (cell.kind === 'empty') {
    ctx.report.noData += 1;
    return null;
  }
  if (cell.kind === 'invalid') {
    ctx.report.nonNumeric += 1;
    ctx.issues.addLazy('upload.non-numeric', 'warning', () =>
      problem('warning', 'upload.non-numeric', { file: ctx.file, row, column, value: raw }),
    );
    return null;
  }
  const value = cell.value * scale;
  if ((pct && value > 100) || value < 0) {
    ctx.report.outOfRange += 1;
    const code = pct ? 'upload.out-of-range' : 'upload.negative';
    ctx.issues.addLazy(code, 'warning', () => problem('warning', code, { file: ctx.file, row, column, value: raw }));
    return null;
  }
  return value;
}

/** A year from a cell such as `2024` or CBS's `2024JJ00`; blank is null; anything else is reported. */
export function cellYear(cells: readonly string[], j: number, header: readonly string[], row: number, ctx: CellContext): number | null {
  const raw = (cells[j] ?? '').trim();
  if (raw === '') return null;
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(raw);
  if (m?.[1]) return Number(m[1]);
  ctx.report.nonNumeric += 1;
  ctx.issues.add(problem('warning', 'upload.bad-year', { file: ctx.file, row, column: header[j], value: raw }));
  return null;
}

/**
 * The corporation share and dwellings of a row. The share is the share column (× `scale`), or corporation ÷
 * total × 100 from counts (621 of 2301 → 26,99 %), the total then being the dwellings. A total of 0 gives
 * no share (`upload.zero-total`); more corporation dwellings than the total is out of range.
 */
export function rowFigures(
  cells: readonly string[],
  header: readonly string[],
  m: ColumnMapping,
  row: number,
  ctx: CellContext,
): { share: number | null; dwellings: number | null } {
  if (m.value.kind === 'share') {
    const share = cellNumber(cells, header.indexOf(m.value.share), header, row, ctx, true, m.scale ?? 1);
    const dwellings = m.dwellings ? cellNumber(cells, header.indexOf(m.dwellings), header, row, ctx, false) : null;
    return { share, dwellings };
  }
  const corp = cellNumber(cells, header.indexOf(m.value.corporation), header, row, ctx, false);
  const total = cellNumber(cells, header.indexOf(m.value.total), header, row, ctx, false);
  if (corp === null || total === null) return { share: null, dwellings: total };
  if (total === 0) {
    ctx.issues.add(problem('warning', 'upload.zero-total', { file: ctx.file, row, column: m.value.total }));
    return { share: null, dwellings: total };
  }
  if (corp > total) {
    ctx.report.outOfRange += 1;
    ctx.issues.add(
      problem('warning', 'upload.corporation-over-total', { file: ctx.file, row, column: m.value.corporation, corporation: corp, total }),
    );
    return { share: null, dwellings: total };
  }
  return { share: (corp / total) * 100, dwellings: total };
}
