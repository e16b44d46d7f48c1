/** Messages between the app and the upload worker (src/workers/upload.worker.ts). Plain, cloneable data. */
import type { CsvChoice, CsvPreview } from '../../domain/upload/csv-profile';
import type { ColumnMapping } from '../../domain/upload/mapping';
import type { AreaKey } from '../../domain/upload/area-index';
import type { FigureResult } from '../../domain/upload/ingest-csv';
import type { BoundaryResult, GeoMapping, GeoPreview } from '../../domain/upload/ingest-geojson';
import type { Problem, ProblemCode } from '../../domain/problem';

export interface Requests {
  'preview-csv': { blob: Blob; choice: CsvChoice; file: string };
  'ingest-csv': { blob: Blob; choice: CsvChoice; mapping: ColumnMapping; areas: AreaKey[]; file: string };
  'preview-geojson': { blob: Blob; file: string };
  'ingest-geojson': { blob: Blob; mapping: GeoMapping; file: string };
  /** The given data rows (spreadsheet row numbers) of a CSV as CSV text (for "download the unmatched rows"). */
  'extract-rows': { blob: Blob; choice: CsvChoice; delimiter: string; rows: Int32Array; file: string };
}

export interface Results {
  'preview-csv': CsvPreview;
  'ingest-csv': FigureResult;
  'preview-geojson': GeoPreview;
  'ingest-geojson': BoundaryResult;
  'extract-rows': string;
}

export type RequestType = keyof Requests;

export type WorkerRequest = { [K in RequestType]: { id: number; type: K; payload: Requests[K] } }[RequestType];

/**
 * A refused file comes back as a `result` whose issues say why (verdict `refuse`). `error` is for a
 * failure of the processing itself: `message` is then a stable problem code (never an exception's text)
 * and `problem` the problem to show.
 */
export type WorkerResponse =
  | { id: number; type: 'progress'; phase: 'read' | 'parse'; fraction: number }
  | { id: number; type: 'result'; result: Results[RequestType] }
  | { id: number; type: 'error'; message: ProblemCode; problem: Problem };
