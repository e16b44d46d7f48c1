/**
 * Is a record read back from IndexedDB an upload this app can use? Browser storage is input like any
 * file: an older version, another tab or a damaged profile can leave records with a missing blob, a
 * size that is not a number or a date that is not a date. Such a record is listed as unreadable (with
 * a remove button), never shown as "NaN MB · Invalid Date" and never applied.
 */
import type { RememberedMapping, StoredUpload, UploadUse } from './idb';

/** A stored record that cannot be used: its key (to remove it) and its file name when that can be read. */
export interface UnreadableUpload {
  key: IDBValidKey;
  fileName: string | null;
}

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const textOrNull = (v: unknown) => v === null || isText(v);
const oneOf = (v: unknown, list: readonly string[]) => isText(v) && list.includes(v);
const USES: readonly UploadUse[] = ['map', 'indicator', 'off'];

function csvMappingOk(m: unknown): boolean {
  if (!isRec(m) || !isText(m.key) || !oneOf(m.keyKind, ['code', 'name']) || !oneOf(m.nameLevel, ['all', 'wijk', 'buurt'])) return false;
  const v = m.value;
  const valueOk =
    isRec(v) && ((v.kind === 'share' && isText(v.share)) || (v.kind === 'counts' && isText(v.corporation) && isText(v.total)));
  const answersOk =
    (m.scale === undefined || m.scale === 1 || m.scale === 100) &&
    (m.acceptFewValues === undefined || typeof m.acceptFewValues === 'boolean');
  return valueOk && answersOk && textOrNull(m.dwellings) && textOrNull(m.year) && textOrNull(m.name);
}

function geoMappingOk(m: unknown): boolean {
  return (
    isRec(m) &&
    textOrNull(m.codeProperty) &&
    textOrNull(m.nameProperty) &&
    (m.axes === undefined || oneOf(m.axes, ['as-is', 'swap'])) &&
    (m.replace === undefined || oneOf(m.replace, ['gemeente', 'codes']))
  );
}

function choiceOk(c: unknown): boolean {
  return (
    isRec(c) &&
    oneOf(c.encoding, ['auto', 'utf-8', 'windows-1252', 'utf-16le', 'utf-16be']) &&
    oneOf(c.delimiter, ['auto', ';', ',', '\t', '|']) &&
    oneOf(c.decimal, ['auto', ',', '.'])
  );
}

/** The record as an upload when every field is what the app wrote, else null. */
export function checkStoredUpload(r: unknown): StoredUpload | null {
  if (!isRec(r) || !isText(r.id) || r.id === '' || !isText(r.fileName)) return null;
  if (typeof r.size !== 'number' || !Number.isFinite(r.size) || r.size < 0) return null;
  if (!isText(r.addedAt) || !Number.isFinite(Date.parse(r.addedAt))) return null;
  if (typeof Blob === 'undefined' || !(r.blob instanceof Blob) || !oneOf(r.use, USES)) return null;
  if (r.kind === 'csv')
    return choiceOk(r.choice) && csvMappingOk(r.mapping) && typeof r.keepEmbedded === 'boolean' && isText(r.label)
      ? (r as unknown as StoredUpload)
      : null;
  if (r.kind === 'geojson') return geoMappingOk(r.mapping) && r.use !== 'indicator' ? (r as unknown as StoredUpload) : null;
  return null;
}

const validKey = (k: unknown): k is IDBValidKey =>
  typeof k === 'string' || (typeof k === 'number' && !Number.isNaN(k)) || k instanceof Date || Array.isArray(k);

/** Split records into usable uploads (oldest first) and unreadable ones. */
export function sortStored(records: readonly unknown[]): { uploads: StoredUpload[]; unreadable: UnreadableUpload[] } {
  const uploads: StoredUpload[] = [];
  const unreadable: UnreadableUpload[] = [];
  for (const r of records) {
    const ok = checkStoredUpload(r);
    if (ok) uploads.push(ok);
    else {
      const rec = isRec(r) ? r : {};
      if (validKey(rec.id)) unreadable.push({ key: rec.id, fileName: isText(rec.fileName) ? rec.fileName.slice(0, 200) : null });
    }
  }
  uploads.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  return { uploads, unreadable };
}

/** A remembered mapping read back from storage, when it is one this app wrote; else undefined. */
export function checkRemembered(m: unknown): RememberedMapping | undefined {
  if (!isRec(m) || !isText(m.signature)) return undefined;
  if (m.kind === 'csv') return csvMappingOk(m.mapping) && choiceOk(m.choice) ? (m as unknown as RememberedMapping) : undefined;
  if (m.kind === 'geojson') return geoMappingOk(m.mapping) ? (m as unknown as RememberedMapping) : undefined;
  return undefined;
}
