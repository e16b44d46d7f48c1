/**
 * The streefbeeld as a file (pure): written in the Dutch CSV profile (`;`, decimal comma, UTF-8 with BOM,
 * formula-safe) and read back. Reading is all or nothing: a file with one unusable row changes no target, and the
 * refusal names the row (as a spreadsheet numbers it) and what is wrong, so the planner can fix it.
 */
import { toCsv } from '../csv-safe';
import { parseTable } from '../parse-csv';
import { dutchNumber } from '../upload/export';
import { readTypedNumber } from '../band-input';
import type { AreaTarget } from './targets';

export const TARGET_COLUMNS = ['code', 'naam', 'gemeentecode', 'woningen', 'aandeel_nu', 'doel_2030', 'doel_2050', 'herkomst'] as const;

export interface TargetFileRow {
  code: string;
  name: string;
  gemeenteCode: string;
  dwellings: number | null;
  pct: number | null;
  target: AreaTarget | null;
  own: boolean;
}

/** One row per wijk; `herkomst` says whether the planner set the target or it follows the band. */
export function targetsCsv(rows: readonly TargetFileRow[], ownText: string, defaultText: string): string {
  return toCsv(
    TARGET_COLUMNS,
    rows.map((r) => [
      r.code,
      r.name,
      r.gemeenteCode,
      dutchNumber(r.dwellings, 0),
      dutchNumber(r.pct, 1),
      dutchNumber(r.target?.y2030 ?? null, 1),
      dutchNumber(r.target?.y2050 ?? null, 1),
      r.own ? ownText : defaultText,
    ]),
    { delimiter: ';' },
  );
}

export type TargetFileError =
  | { kind: 'columns' }
  | { kind: 'empty' }
  | { kind: 'code'; row: number; value: string }
  | { kind: 'value'; row: number; value: string }
  | { kind: 'twice'; row: number; value: string };

/**
 * The targets in a file made by `targetsCsv` (or by hand with at least `code`, `doel_2030`, `doel_2050`):
 * rows whose targets are both empty are skipped (no target: the band rule). A code that is not a wijk of
 * `knownCodes`, a value that is not a number from 0 to 100, or a code given twice refuses the whole file.
 */
export function readTargetsCsv(
  text: string,
  knownCodes: ReadonlySet<string>,
): { targets: Record<string, AreaTarget> } | { error: TargetFileError } {
  const parsed = parseTable(text, { rowNumbers: 'sheet' });
  const table = parsed.value;
  if (!['code', 'doel_2030', 'doel_2050'].every((c) => table.header.includes(c))) return { error: { kind: 'columns' } };
  const targets: Record<string, AreaTarget> = {};
  for (const { row, cells } of table.records) {
    const code = (cells.code ?? '').trim().toUpperCase();
    const a = (cells.doel_2030 ?? '').trim();
    const b = (cells.doel_2050 ?? '').trim();
    if (!code && !a && !b) continue;
    if (!knownCodes.has(code)) return { error: { kind: 'code', row, value: code } };
    if (!a && !b) continue;
    if (code in targets) return { error: { kind: 'twice', row, value: code } };
    const y2030 = readTypedNumber(a);
    const y2050 = readTypedNumber(b);
    if (y2030 === null || y2030 < 0 || y2030 > 100) return { error: { kind: 'value', row, value: a } };
    if (y2050 === null || y2050 < 0 || y2050 > 100) return { error: { kind: 'value', row, value: b } };
    targets[code] = { y2030, y2050 };
  }
  if (Object.keys(targets).length === 0) return { error: { kind: 'empty' } };
  return { targets };
}
