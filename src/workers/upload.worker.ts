/**
 * The upload worker: reads, decodes and parses uploaded files off the main thread (a 50 MB CSV must
 * not freeze the page), reporting progress. It runs the same pure domain code as the Node tests.
 */
/// <reference lib="webworker" />
import { decodeBytes } from '../domain/encoding';
import { previewCsv } from '../domain/upload/csv-profile';
import { ingestCsv } from '../domain/upload/ingest-csv';
import { buildAreaIndex } from '../domain/upload/area-index';
import { ingestGeoJson, previewGeoJson } from '../domain/upload/ingest-geojson';
import { extractRows } from '../domain/upload/export';
import { LIST_LIMIT, PREVIEW_BYTES, PREVIEW_ROWS, maxBytes } from '../config/upload';
import type { Requests, Results, WorkerRequest, WorkerResponse } from '../data/upload/protocol';

const post = (m: WorkerResponse, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

function checkSize(blob: Blob, kind: 'csv' | 'geojson', file: string): void {
  const max = maxBytes(kind);
  if (blob.size > max) throw new Error(`${file} is ${(blob.size / 1048576).toFixed(1)} MB; de grens is ${max / 1048576} MB.`);
}

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
      checkSize(p.blob, 'csv', p.file);
      const bytes = new Uint8Array(await p.blob.slice(0, PREVIEW_BYTES).arrayBuffer());
      return previewCsv(bytes, p.choice, p.blob.size > PREVIEW_BYTES, p.file, PREVIEW_ROWS);
    }
    case 'ingest-csv': {
      const p: Requests['ingest-csv'] = req.payload;
      checkSize(p.blob, 'csv', p.file);
      const decoded = decodeBytes(await read(id, p.blob), p.choice.encoding);
      return ingestCsv(decoded, p.choice, p.mapping, buildAreaIndex(p.areas), p.file, { onProgress: progress, listLimit: LIST_LIMIT });
    }
    case 'preview-geojson': {
      const p: Requests['preview-geojson'] = req.payload;
      checkSize(p.blob, 'geojson', p.file);
      return previewGeoJson(decodeBytes(await read(id, p.blob)).text, p.file);
    }
    case 'ingest-geojson': {
      const p: Requests['ingest-geojson'] = req.payload;
      checkSize(p.blob, 'geojson', p.file);
      return ingestGeoJson(decodeBytes(await read(id, p.blob)).text, p.mapping, p.file);
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
    (err: unknown) =>
      post({
        id: req.id,
        type: 'error',
        message: err instanceof Error ? `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}` : String(err),
      }),
  );
};
