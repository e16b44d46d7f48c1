/**
 * The upload worker: reads, decodes and parses uploaded files off the main thread (a 50 MB CSV must
 * not freeze the page), reporting progress. It runs the same pure domain code as the Node tests
 * (domain/upload/from-bytes.ts). A file over the limit or one that cannot be read comes back as a
 * refused result; a failure of the processing itself as a stable problem code, never an exception's text.
 */
/// <reference lib="webworker" />
import { decodeBytes } from '../domain/encoding';
import { previewCsv } from '../domain/upload/csv-profile';
import { refusedFigures } from '../domain/upload/ingest-csv';
import { buildAreaIndex } from '../domain/upload/area-index';
import { extractRows } from '../domain/upload/export';
import {
  failureProblem,
  ingestCsvBytes,
  ingestGeoJsonBytes,
  previewGeoJsonBytes,
  refusedBoundaries,
  sizeRefusal,
} from '../domain/upload/from-bytes';
import { LIST_LIMIT, PREVIEW_BYTES, PREVIEW_ROWS, maxBytes } from '../config/upload';
import type { Requests, Results, WorkerRequest, WorkerResponse } from '../data/upload/protocol';

const post = (m: WorkerResponse, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

const tooLarge = (blob: Blob, kind: 'csv' | 'geojson', file: string) => sizeRefusal(blob.size, maxBytes(kind), file);

async function read(id: number, blob: Blob): Promise<Uint8Array> {
  post({ id, type: 'progress', phase: 'read', fraction: 0 });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  post({ id, type: 'progress', phase: 'read', fraction: 1 });
  return bytes;
}

async function handle(req: WorkerRequest): Promise<Results[keyof Results]> {
  const { id } = req;
  const progress = (fraction: number) => post({ id, type: 'progress', phase: 'parse', fraction });
  switch (req.type) {
    case 'preview-csv': {
      const p: Requests['preview-csv'] = req.payload;
      const big = tooLarge(p.blob, 'csv', p.file);
      const bytes = new Uint8Array(await p.blob.slice(0, PREVIEW_BYTES).arrayBuffer());
      const preview = previewCsv(bytes, p.choice, p.blob.size > PREVIEW_BYTES, p.file, PREVIEW_ROWS);
      return big ? { ...preview, issues: [big] } : preview;
    }
    case 'ingest-csv': {
      const p: Requests['ingest-csv'] = req.payload;
      const big = tooLarge(p.blob, 'csv', p.file);
      if (big) return refusedFigures(p.file, p.mapping, [big]);
      const bytes = await read(id, p.blob);
      return ingestCsvBytes(bytes, p.choice, p.mapping, buildAreaIndex(p.areas), p.file, { onProgress: progress, listLimit: LIST_LIMIT });
    }
    case 'preview-geojson': {
      const p: Requests['preview-geojson'] = req.payload;
      const big = tooLarge(p.blob, 'geojson', p.file);
      if (big) return { featureCount: 0, properties: [], sample: [], suggested: { codeProperty: null, nameProperty: null }, issues: [big] };
      return previewGeoJsonBytes(await read(id, p.blob), p.file);
    }
    case 'ingest-geojson': {
      const p: Requests['ingest-geojson'] = req.payload;
      const big = tooLarge(p.blob, 'geojson', p.file);
      if (big) return refusedBoundaries(p.file, p.mapping, [big]);
      return ingestGeoJsonBytes(await read(id, p.blob), p.mapping, p.file);
    }
    case 'extract-rows': {
      const p: Requests['extract-rows'] = req.payload;
      const decoded = decodeBytes(await read(id, p.blob), p.choice.encoding);
      return extractRows(decoded.text, p.delimiter, new Set(p.rows));
    }
  }
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  handle(req).then(
    (result) => {
      // Row numbers of unmatched rows (up to millions) move to the app instead of being copied.
      const rows = typeof result === 'object' && 'report' in result ? result.report.unmatchedRowNumbers : null;
      post({ id: req.id, type: 'result', result }, rows ? [rows.buffer] : []);
    },
    (err: unknown) => {
      const problem = failureProblem(err, req.payload.file);
      post({ id: req.id, type: 'error', message: problem.code, problem });
    },
  );
};
