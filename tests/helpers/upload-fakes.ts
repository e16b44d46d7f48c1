/**
 * The upload worker and IndexedDB for Node tests of the upload flows (src/state/upload-*.ts): the
 * worker's tasks run the same domain code synchronously (domain/upload/from-bytes.ts), and storage is a
 * Map. Install with `vi.mock` in the test file (see upload-flow.test.ts).
 */
import { PREVIEW_BYTES, PREVIEW_ROWS } from '../../src/config/upload';
import { previewCsv } from '../../src/domain/upload/csv-profile';
import { buildAreaIndex } from '../../src/domain/upload/area-index';
import { ingestCsvBytes, ingestGeoJsonBytes, previewGeoJsonBytes } from '../../src/domain/upload/from-bytes';
import type { Requests, Results, RequestType } from '../../src/data/upload/protocol';
import type { RememberedMapping, StoredUpload } from '../../src/data/upload/idb';
import { sortStored } from '../../src/data/upload/stored-check';

const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

/** The worker's tasks, run in this thread (results are structured-cloned, as postMessage would). */
export async function fakeRunInWorker<K extends RequestType>(type: K, payload: Requests[K]): Promise<Results[K]> {
  const run = async (): Promise<unknown> => {
    switch (type) {
      case 'preview-csv': {
        const p = payload as Requests['preview-csv'];
        return previewCsv(await bytes(p.blob.slice(0, PREVIEW_BYTES)), p.choice, p.blob.size > PREVIEW_BYTES, p.file, PREVIEW_ROWS);
      }
      case 'ingest-csv': {
        const p = payload as Requests['ingest-csv'];
        return ingestCsvBytes(await bytes(p.blob), p.choice, p.mapping, buildAreaIndex(p.areas), p.file);
      }
      case 'preview-geojson': {
        const p = payload as Requests['preview-geojson'];
        return previewGeoJsonBytes(await bytes(p.blob), p.file);
      }
      case 'ingest-geojson': {
        const p = payload as Requests['ingest-geojson'];
        return ingestGeoJsonBytes(await bytes(p.blob), p.mapping, p.file);
      }
      default:
        throw new Error(`not faked: ${type}`);
    }
  };
  return structuredClone(await run()) as Results[K];
}

/** IndexedDB as two Maps; `records` may hold anything (to plant damaged records). */
export const fakeDb = {
  records: new Map<IDBValidKey, unknown>(),
  mappings: new Map<string, RememberedMapping>(),
  clear() {
    this.records.clear();
    this.mappings.clear();
  },
};

export const fakeIdb = {
  listUploads: async () => sortStored([...fakeDb.records.values()]),
  putUpload: async (u: StoredUpload) => {
    fakeDb.records.set(u.id, u);
  },
  deleteUpload: async (key: IDBValidKey) => {
    fakeDb.records.delete(key);
  },
  getMapping: async (signature: string) => fakeDb.mappings.get(signature),
  putMapping: async (m: RememberedMapping) => {
    fakeDb.mappings.set(m.signature, m);
  },
};
