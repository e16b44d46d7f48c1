/** Small text helpers for the upload UI: placeholders, hints per issue code, delimiter names, "where". */
import type { Dict } from '../../i18n/nl';
import type { ProblemCode } from '../../domain/problem';
import type { UnmatchedRow } from '../../domain/upload/ingest-csv';

/** `fill('{n} rows', { n: 3 })` → `3 rows`. The result is plain text (rendered as text, never HTML). */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

const HINTS: Partial<Record<ProblemCode, keyof Dict>> = {
  'upload.non-numeric': 'uploadHint_nonNumeric',
  'upload.bad-year': 'uploadHint_nonNumeric',
  'upload.out-of-range': 'uploadHint_outOfRange',
  'upload.duplicate-code': 'uploadHint_duplicate',
  'upload.bad-code': 'uploadHint_badCode',
  'upload.empty-key': 'uploadHint_badCode',
  'upload.no-area': 'uploadHint_noArea',
  'upload.unknown-name': 'uploadHint_unknownName',
  'upload.ambiguous': 'uploadHint_ambiguous',
  'upload.zero-total': 'uploadHint_zeroTotal',
  'upload.fraction-suspected': 'uploadHint_fraction',
  'upload.mapping-column': 'uploadHint_columns',
  'upload.negative': 'uploadHint_outOfRange',
  'upload.corporation-over-total': 'uploadHint_outOfRange',
  'geojson.bad-code': 'uploadHint_missingCode',
  'geojson.rd-not-supported': 'uploadHint_crs',
  'geojson.unsupported-geometry': 'uploadHint_geometry',
  'upload.no-match': 'uploadHint_noMatch',
  'geojson.invalid-geometry': 'uploadHint_geometry',
  'geojson.empty-geometry': 'uploadHint_geometry',
  'geojson.self-intersection': 'uploadHint_geometry',
  'geojson.missing-code': 'uploadHint_missingCode',
  'geojson.unsupported-crs': 'uploadHint_crs',
  'geojson.unknown-crs': 'uploadHint_crs',
  'geojson.syntax': 'uploadHint_syntax',
  'geojson.not-collection': 'uploadHint_syntax',
  'csv.empty': 'uploadHint_csv',
  'csv.duplicate-column': 'uploadHint_csv',
};

/** What to do about an issue, or null when there is nothing to do. */
export function hintFor(code: ProblemCode, t: Dict): string | null {
  const key = HINTS[code];
  return key ? t[key] : null;
}

const REASONS: Record<UnmatchedRow['reason'], keyof Dict> = {
  'empty-key': 'uploadReason_emptyKey',
  'bad-code': 'uploadReason_badCode',
  'no-area': 'uploadReason_noArea',
  'unknown-name': 'uploadReason_unknownName',
  ambiguous: 'uploadReason_ambiguous',
};

export const reasonText = (r: UnmatchedRow['reason'], t: Dict) => t[REASONS[r]];

const DELIMS: Record<string, keyof Dict> = {
  ';': 'uploadDelim_semicolon',
  ',': 'uploadDelim_comma',
  '\t': 'uploadDelim_tab',
  '|': 'uploadDelim_pipe',
};
export const delimiterText = (d: string, t: Dict) => t[DELIMS[d] ?? 'uploadDelim_semicolon'];
export const decimalText = (d: string, t: Dict) => (d === '.' ? t.uploadDec_dot : t.uploadDec_comma);

export const mb = (bytes: number) => (bytes / 1048576).toFixed(1).replace(/\.0$/, '');

/** A file size for people: `820 kB`, `12.5 MB`. */
export const fileSize = (bytes: number) => (bytes < 1048576 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${mb(bytes)} MB`);
