/**
 * One problem type for every layer: parsers, joins, uploads, scenarios, saved views and links report a
 * `Problem` (severity, stable code, context). The domain never writes prose: the interface renders the
 * code and its context through the dictionary of the user's language (`i18n/problems.ts`), so an English
 * user reads English and every message is written once per language.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Every stable problem code. The dictionaries must have a text for each (checked by the type system). */
export const PROBLEM_CODES = [
  // Delimited text
  'csv.empty',
  'csv.duplicate-column',
  'csv.missing-column',
  'csv.field-count',
  'csv.quotes',
  'csv.delimiter',
  'csv.non-numeric',
  'csv.out-of-range',
  'csv.bad-code',
  'csv.bad-key',
  'csv.level-mismatch',
  // GeoJSON
  'geojson.syntax',
  'geojson.not-collection',
  'geojson.unsupported-crs',
  'geojson.rd-not-supported',
  'geojson.unknown-crs',
  'geojson.reprojected',
  'geojson.missing-code',
  'geojson.bad-code',
  'geojson.empty-geometry',
  'geojson.invalid-geometry',
  'geojson.unsupported-geometry',
  'geojson.self-intersection',
  'geojson.gemeente-ignored',
  'geojson.no-areas',
  // Joining figures to areas
  'join.duplicate-row',
  'join.duplicate-feature',
  'join.unmatched-feature',
  // Overlays
  'overlay.bad-row',
  'overlay.missing-point',
  'overlay.unknown-kind',
  'overlay.not-collection',
  'overlay.bad-feature',
  // Uploads
  'upload.empty-file',
  'upload.too-large',
  'upload.non-numeric',
  'upload.out-of-range',
  'upload.negative',
  'upload.corporation-over-total',
  'upload.zero-total',
  'upload.bad-year',
  'upload.matched-by-name',
  'upload.empty-key',
  'upload.bad-code',
  'upload.no-area',
  'upload.unknown-name',
  'upload.ambiguous',
  'upload.duplicate-code',
  'upload.older-years',
  'upload.fraction-suspected',
  'upload.no-match',
  'upload.mapping-column',
  'upload.no-result',
  'upload.not-loaded',
  'upload.worker-failed',
  'upload.storage',
  // Scenarios
  'scenario.no-data',
  'scenario.limited',
  'scenario.storage-unavailable',
  'scenario.storage-write',
  'scenario.storage-invalid',
  'scenario.storage-version',
  'scenario.storage-entry',
  // Saved views, links, presentation, export
  'views.unreadable',
  'views.not-json',
  'views.wrong-format',
  'views.wrong-version',
  'views.incomplete',
  'views.link-version',
  'views.link-damaged',
  'views.too-many',
  'views.storage-read',
  'views.storage-write',
  'views.fullscreen',
  'views.clipboard',
  'views.area-missing',
  'views.scenario-missing',
  'views.export-failed',
  // Area notes and the corporation share over time (issue 10)
  'geojson.unknown-note',
  'trend.bad-row',
  'trend.duplicate-row',
  'trend.bad-break',
  // The programme (issue 12)
  'programme.bad-file',
  'programme.bad-item',
  // Loading the embedded data
  'load.failed',
  'load.overlays-failed',
  // issue 11: policy rules for scenarios (mixing in corporation dwellings, afspraak 7, volumes, old move kinds)
  'scenario.legacy-liberalise',
  'scenario.corporation-loss',
  'scenario.sales-exceed-additions',
  'scenario.large-for-area',
  'scenario.above-programme',
  'scenario.above-social-programme',
  // issue 14
  'csv.unclosed-quote',
  'csv.unclosed-quote-last',
  'csv.sep-unsupported',
  'upload.binary-image',
  'upload.binary-excel',
  'upload.binary-zip',
  'upload.binary-pdf',
  'upload.binary',
  'upload.mixed-encoding',
  'upload.utf16-no-bom',
  'upload.no-number-column',
  'upload.header-only',
  'upload.no-usable-value',
  'upload.few-usable-values',
  'upload.fraction-ask',
  'geojson.topojson',
  'geojson.bare-feature',
  'geojson.bare-geometry',
  'geojson.esri-json',
  'geojson.too-deep',
  'geojson.axes-swapped',
  'geojson.outside-nl',
  'geojson.all-outside-nl',
  'geojson.checks-skipped',
  'geojson.replaces-wijken',
  'geojson.replaces-buurten',
  'geojson.misplaced',
  'upload.too-complex',
  // issue 14, interface: uploads switched off or set aside, links checked against the data
  'upload.switched-off',
  'upload.asked-on-restore',
  'views.import-full',
  'views.pair-missing',
  'views.move-area-missing',
  'views.move-beyond-stock',
  'views.move-implausible',
  // the English texts are fetched when English is chosen
  'app.english-failed',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type ProblemValue = string | number;

/**
 * Where the problem is and the values its message names. `row` is the 1-based data row of a table or
 * feature index of a GeoJSON; `more`/`total` turn a problem into the summary line of a capped list.
 */
export interface ProblemContext {
  file?: string;
  row?: number;
  column?: string;
  key?: string;
  readonly [name: string]: ProblemValue | undefined;
}

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  context: ProblemContext;
}

/** A problem; `context` keys with `undefined` values are dropped so problems compare and serialise cleanly. */
export function problem(severity: Severity, code: ProblemCode, context: ProblemContext = {}): Problem {
  const clean: Record<string, ProblemValue> = {};
  for (const [k, v] of Object.entries(context)) if (v !== undefined) clean[k] = v;
  return { severity, code, context: clean };
}

/** The summary line of a capped list: "… and N more of this kind (M in all)". */
export function moreProblem(severity: Severity, code: ProblemCode, shown: number, total: number, file?: string): Problem {
  return problem(severity, code, { file, more: total - shown, total });
}
