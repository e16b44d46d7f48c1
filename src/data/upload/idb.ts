/**
 * Persistence of uploads in IndexedDB: the files themselves (as Blobs) with their mapping and use,
 * and remembered mappings per header signature. Every function rejects with a readable Error when
 * IndexedDB is unavailable (private windows, blocked storage); callers keep working in memory.
 */
import type { CsvChoice } from '../../domain/upload/csv-profile';
import type { ColumnMapping } from '../../domain/upload/mapping';
import type { GeoMapping } from '../../domain/upload/ingest-geojson';

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

function open(): Promise<IDBDatabase> {
  if (opening) return opening;
  opening = new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is niet beschikbaar.'));
      return;
    }
    const req = indexedDB.open(DB, VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(UPLOADS)) db.createObjectStore(UPLOADS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(MAPPINGS)) db.createObjectStore(MAPPINGS, { keyPath: 'signature' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new Error(`IndexedDB kon niet worden geopend (${req.error?.message ?? 'onbekend'}).`));
    req.onblocked = () => reject(new Error('IndexedDB is geblokkeerd door een ander tabblad.'));
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

function run<T>(store: string, mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(store, mode);
        const req = op(tx.objectStore(store));
        tx.oncomplete = () => resolve(req.result);
        tx.onerror = () => reject(new Error(`Opslaan in de browser mislukt (${tx.error?.message ?? req.error?.message ?? 'onbekend'}).`));
        tx.onabort = () => reject(new Error(`Opslaan in de browser afgebroken (${tx.error?.message ?? 'onbekend'}).`));
      }),
  );
}

export const listUploads = () =>
  run<StoredUpload[]>(UPLOADS, 'readonly', (s) => s.getAll() as IDBRequest<StoredUpload[]>).then((list) =>
    [...list].sort((a, b) => a.addedAt.localeCompare(b.addedAt)),
  );
export const putUpload = (u: StoredUpload) => run(UPLOADS, 'readwrite', (s) => s.put(u)).then(() => undefined);
export const deleteUpload = (id: string) => run(UPLOADS, 'readwrite', (s) => s.delete(id)).then(() => undefined);
export const getMapping = (signature: string) =>
  run<RememberedMapping | undefined>(MAPPINGS, 'readonly', (s) => s.get(signature) as IDBRequest<RememberedMapping | undefined>);
export const putMapping = (m: RememberedMapping) => run(MAPPINGS, 'readwrite', (s) => s.put(m)).then(() => undefined);
