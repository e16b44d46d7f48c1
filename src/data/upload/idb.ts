/**
 * Persistence of uploads in IndexedDB: the files themselves (as Blobs) with their mapping and use,
 * and remembered mappings per header signature. Every function rejects with an `UploadFailureError`
 * (`upload.storage`, never the browser's message) when IndexedDB is unavailable (private windows,
 * blocked storage, another tab holding an old version); callers keep working in memory. Records read
 * back are checked (stored-check.ts): unreadable ones are listed apart, never applied.
 */
import { problem } from '../../domain/problem';
import type { CsvChoice } from '../../domain/upload/csv-profile';
import type { ColumnMapping } from '../../domain/upload/mapping';
import type { GeoMapping } from '../../domain/upload/ingest-geojson';
import { UploadFailureError } from './failure';
import { checkRemembered, sortStored, type UnreadableUpload } from './stored-check';

export type UploadUse = 'map' | 'indicator' | 'off';

interface StoredBase {
  id: string;
  fileName: string;
  size: number;
  /** ISO time of the upload. */
  addedAt: string;
  blob: Blob;
  use: UploadUse;
}

export interface StoredCsv extends StoredBase {
  kind: 'csv';
  choice: CsvChoice;
  mapping: ColumnMapping;
  /** Areas without a row keep the embedded figures. */
  keepEmbedded: boolean;
  /** Name of the indicator when used as an extra indicator. */
  label: string;
}

export interface StoredGeo extends StoredBase {
  kind: 'geojson';
  mapping: GeoMapping;
}

export type StoredUpload = StoredCsv | StoredGeo;

export type RememberedMapping =
  | { signature: string; kind: 'csv'; mapping: ColumnMapping; choice: CsvChoice }
  | { signature: string; kind: 'geojson'; mapping: GeoMapping };

const DB = 'wijkbalans-upload';
const VERSION = 1;
const UPLOADS = 'uploads';
const MAPPINGS = 'mappings';

let opening: Promise<IDBDatabase> | null = null;

/** The failure for a storage step; the browser's own error text is not kept. */
const storageFailure = (step: 'open' | 'blocked' | 'read' | 'write') =>
  new UploadFailureError(problem('warning', 'upload.storage', { step }));

function open(): Promise<IDBDatabase> {
  if (opening) return opening;
  opening = new Promise<IDBDatabase>((resolve, reject) => {
    // Reading `indexedDB` itself can throw (a SecurityError with site data blocked): inside the executor that rejects.
    if (typeof indexedDB === 'undefined') {
      reject(storageFailure('open'));
      return;
    }
    const req = indexedDB.open(DB, VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(UPLOADS)) db.createObjectStore(UPLOADS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(MAPPINGS)) db.createObjectStore(MAPPINGS, { keyPath: 'signature' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(storageFailure('open'));
    req.onblocked = () => reject(storageFailure('blocked'));
  }).catch((e: unknown) => {
    opening = null;
    throw e instanceof UploadFailureError ? e : storageFailure('open');
  });
  return opening;
}

function run<T>(store: string, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const step = mode === 'readonly' ? 'read' : 'write';
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        try {
          const tx = db.transaction(store, mode);
          const req = op(tx.objectStore(store));
          tx.oncomplete = () => resolve(req.result);
          tx.onerror = () => reject(storageFailure(step));
          tx.onabort = () => reject(storageFailure(step));
        } catch {
          // DataCloneError, InvalidStateError (a closed database), a key that is not valid …
          reject(storageFailure(step));
        }
      }),
  );
}

export type { UnreadableUpload } from './stored-check';

/** The stored uploads (oldest first) and the records that cannot be used. */
export const listUploads = (): Promise<{ uploads: StoredUpload[]; unreadable: UnreadableUpload[] }> =>
  run<unknown[]>(UPLOADS, 'readonly', (s) => s.getAll() as IDBRequest<unknown[]>).then(sortStored);
export const putUpload = (u: StoredUpload) => run(UPLOADS, 'readwrite', (s) => s.put(u)).then(() => undefined);
export const deleteUpload = (key: IDBValidKey) => run(UPLOADS, 'readwrite', (s) => s.delete(key)).then(() => undefined);
export const getMapping = (signature: string) =>
  run<unknown>(MAPPINGS, 'readonly', (s) => s.get(signature) as IDBRequest<unknown>).then(checkRemembered);
export const putMapping = (m: RememberedMapping) => run(MAPPINGS, 'readwrite', (s) => s.put(m)).then(() => undefined);
