/**
 * The upload tasks from raw bytes, as the worker runs them: read the bytes as text (refusing binary
 * files and mixed encodings), then preview or ingest. Pure and synchronous, so Node tests run exactly
 * what the browser runs. Failures become stable problem codes; no exception text reaches the user.
 */
import type { EncodingChoice } from '../encoding';
import { problem, type Problem } from '../problem';
import type { Level } from '../types';
import { KINK_CHECK_MAX_POSITIONS } from '../self-intersection';
import type { AreaIndex } from './area-index';
import type { CsvChoice } from './csv-profile';
import { ingestCsv, refusedFigures, type FigureResult, type IngestOptions } from './ingest-csv';
import { ingestGeoJson, previewGeoJson, type BoundaryResult, type GeoMapping, type GeoPreview } from './ingest-geojson';
import type { ColumnMapping } from './mapping';
import { readUploadText } from './read-text';

const MB = 1048576;

/** `upload.too-large` when `size` exceeds `limit` bytes (sizes in MB with one decimal), else null. */
export function sizeRefusal(size: number, limit: number, file: string): Problem | null {
  if (size <= limit) return null;
  const megabytes = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
  return problem('error', 'upload.too-large', { file, size: megabytes(size), limit: megabytes(limit) });
}

/** A refused boundary file: nothing read, the refusal as its issues. */
export function refusedBoundaries(file: string, mapping: GeoMapping, issues: Problem[]): BoundaryResult {
  const levels: Record<Level, number> = { gemeente: 0, wijk: 0, buurt: 0 };
  const checks = { selfIntersection: { checked: 0, skipped: [], max: KINK_CHECK_MAX_POSITIONS } };
  return {
    file,
    mapping,
    featureCount: 0,
    features: [],
    levels,
    crs: null,
    bbox: null,
    checks,
    issues,
    verdict: 'refuse',
    questions: [],
    fatal: true,
  };
}

/** Ingest a figures file from its bytes (refused when they are not text in one encoding). */
export function ingestCsvBytes(
  bytes: Uint8Array,
  choice: CsvChoice,
  mapping: ColumnMapping,
  index: AreaIndex,
  file: string,
  options: IngestOptions = {},
): FigureResult {
  const read = readUploadText(bytes, choice.encoding, false, file);
  return read.decoded ? ingestCsv(read.decoded, choice, mapping, index, file, options) : refusedFigures(file, mapping, read.refusal);
}

function geoText(bytes: Uint8Array, file: string, encoding: EncodingChoice = 'auto'): { text: string | null; refusal: Problem[] } {
  const read = readUploadText(bytes, encoding, false, file);
  return { text: read.decoded?.text ?? null, refusal: read.refusal };
}

/** Preview a boundary file from its bytes. */
export function previewGeoJsonBytes(bytes: Uint8Array, file: string): GeoPreview {
  const { text, refusal } = geoText(bytes, file);
  if (text === null)
    return { featureCount: 0, properties: [], sample: [], suggested: { codeProperty: null, nameProperty: null }, issues: refusal };
  return previewGeoJson(text, file);
}

/** Ingest a boundary file from its bytes. */
export function ingestGeoJsonBytes(bytes: Uint8Array, mapping: GeoMapping, file: string): BoundaryResult {
  const { text, refusal } = geoText(bytes, file);
  return text === null ? refusedBoundaries(file, mapping, refusal) : ingestGeoJson(text, mapping, file);
}

/**
 * The problem for an exception thrown while a file was processed: `upload.too-complex` for a RangeError
 * (stack or array size exhausted by an extreme file), `upload.worker-failed` for anything else. The
 * exception's own text (a library's or the engine's, in English) is never passed on.
 */
export function failureProblem(err: unknown, file?: string): Problem {
  return problem('error', err instanceof RangeError ? 'upload.too-complex' : 'upload.worker-failed', { file });
}
