/**
 * Limits of "bring your own data". Files above the limit are refused before they are read, with a
 * message that names the limit; below it, parsing runs in a Web Worker so the page stays responsive.
 * Measured with scripts/bench-upload.ts (Node 20, 2 cores): a 50 MB CSV of 1.5 million short rows parses
 * and joins in 2.3–3.3 s with a peak RSS of ~420–470 MB; a 50 MB CBS-style table of 81,000 rows × 120
 * columns in 0.5–0.9 s at ~230 MB. So 100 MB (about 1 GB at worst) is the most an ordinary laptop tab
 * should be asked to hold; if the worker still runs out of memory the app says so and keeps the map.
 * GeoJSON is parsed as a whole (JSON.parse), several times its size in memory: hence the lower limit.
 */
export const MAX_CSV_BYTES = 100 * 1024 * 1024;
export const MAX_GEOJSON_BYTES = 50 * 1024 * 1024;
/** Bytes read for the preview and the detection of encoding, delimiter and decimal mark. */
export const PREVIEW_BYTES = 64 * 1024;
/** Sample rows shown in the mapping step. */
export const PREVIEW_ROWS = 6;
/** Unmatched rows and issues per kind listed in the report (all are counted, and all unmatched rows can be downloaded). */
export const LIST_LIMIT = 200;

export type UploadKind = 'csv' | 'geojson';

/** The kind of a file by its name (and, failing that, its first character): GeoJSON for .geojson/.json or text starting with `{`. */
export function uploadKind(fileName: string, firstChar = ''): UploadKind {
  if (/\.(geo)?json$/i.test(fileName)) return 'geojson';
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'csv';
  return firstChar === '{' ? 'geojson' : 'csv';
}

export function maxBytes(kind: UploadKind): number {
  return kind === 'csv' ? MAX_CSV_BYTES : MAX_GEOJSON_BYTES;
}
