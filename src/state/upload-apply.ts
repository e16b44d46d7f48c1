/**
 * Applying uploads: parse what is needed (in the worker) and commit the list of uploads; the view model
 * composes the dataset from it. A change is committed only when everything succeeded; any failure leaves
 * the map as it was and is reported with file, row and column.
 */
import { useStore } from './store';
import { isBoundaries, type UploadEntry, type UploadFailure } from './slices/upload';
import { runInWorker } from '../data/upload/worker-client';
import { deleteUpload, listUploads, putUpload, type StoredUpload, type UploadUse } from '../data/upload/idb';
import { areaKeysInForce } from '../domain/upload/compose';
import type { AreaKey } from '../domain/upload/area-index';
import type { BoundaryResult } from '../domain/upload/ingest-geojson';
import type { Dataset } from '../domain/dataset';
import { problem, type Problem } from '../domain/problem';

const set = useStore.setState;
const get = useStore.getState;

/**
 * A failure from the problems of an attempt, or from an exception: the exception's own text (a library's or
 * the browser's, in English) never reaches the user, only what it means and what to do.
 */
export function failureOf(e: unknown, file: string, issues: Problem[] = []): UploadFailure {
  if (issues.some((i) => i.severity === 'error')) return { file, issues };
  if (e instanceof ApplyError) return e.failure;
  return {
    file,
    issues: [problem('error', e === null || e === undefined ? 'upload.no-result' : 'upload.worker-failed', { file }), ...issues],
  };
}

class ApplyError extends Error {
  constructor(public readonly failure: UploadFailure) {
    super(failure.issues[0]?.code ?? 'upload.no-result');
  }
}

export function progressTo(file: string) {
  return (phase: 'read' | 'parse', fraction: number) => set({ busy: { file, step: phase, fraction } });
}

/** The entry with a result for the given areas, parsing in the worker when needed. */
export async function ensureParsed(entry: UploadEntry, key: string, areas: AreaKey[]): Promise<UploadEntry> {
  const m = entry.meta;
  if (entry.result && (m.kind === 'geojson' || entry.resultKey === key)) return entry;
  const onProgress = progressTo(m.fileName);
  const result =
    m.kind === 'csv'
      ? await runInWorker('ingest-csv', { blob: m.blob, choice: m.choice, mapping: m.mapping, areas, file: m.fileName }, onProgress)
      : await runInWorker('ingest-geojson', { blob: m.blob, mapping: m.mapping, file: m.fileName }, onProgress);
  if (result.fatal) throw new ApplyError(failureOf(null, m.fileName, result.issues));
  return { ...entry, result, resultKey: key };
}

/** The areas uploaded figures are joined against, given the entries (boundaries in force included). */
export function areasInForce(base: Dataset, entries: readonly UploadEntry[]): { key: string; areas: AreaKey[] } {
  const geo = entries.find((e) => e.meta.kind === 'geojson' && e.meta.use === 'map' && isBoundaries(e.result));
  const boundaries = geo && isBoundaries(geo.result) ? geo.result : null;
  return { key: geo?.meta.id ?? 'base', areas: areaKeysInForce(base, boundaries) };
}

/** Parse what the entries in use need. Throws (with a failure) without touching the map. */
async function parseNeeded(entries: readonly UploadEntry[]): Promise<UploadEntry[]> {
  const base = get().base;
  if (!base) throw new ApplyError({ file: '', issues: [problem('error', 'upload.not-loaded')] });
  const out = [...entries];
  let boundaries: BoundaryResult | null = null;
  const g = out.findIndex((e) => e.meta.kind === 'geojson' && e.meta.use === 'map');
  const geo = out[g];
  if (geo) {
    const parsed = await ensureParsed(geo, 'base', []);
    out[g] = parsed;
    boundaries = isBoundaries(parsed.result) ? parsed.result : null;
  }
  const key = geo?.meta.id ?? 'base';
  const areas = areaKeysInForce(base, boundaries);
  for (let i = 0; i < out.length; i++) {
    const e = out[i];
    if (e && e.meta.kind === 'csv' && e.meta.use !== 'off') out[i] = await ensureParsed(e, key, areas);
  }
  return out;
}

async function persist(metas: readonly StoredUpload[]): Promise<void> {
  try {
    await Promise.all(metas.map(putUpload));
  } catch {
    set({ uploadStorageFailed: true });
  }
}

/**
 * Commit a new list of entries: compose it, and only when that works store it and persist the entries
 * whose meta changed. Returns false (with the failure set) when it did not work.
 */
export async function commit(next: UploadEntry[], reportId: string | null = get().reportId): Promise<boolean> {
  const before = new Map(get().uploads.map((e) => [e.meta.id, e.meta] as const));
  try {
    const applied = await parseNeeded(next);
    set({ uploads: applied, busy: null, uploadFailure: null, reportId });
    await persist(applied.map((e) => e.meta).filter((m) => before.get(m.id) !== m));
    return true;
  } catch (e) {
    set({ busy: null, uploadFailure: failureOf(e, '') });
    return false;
  }
}

/** Entries with one use changed; at most one figures file and one boundaries file are on the map. */
export function withUse(entries: readonly UploadEntry[], id: string, use: UploadUse): UploadEntry[] {
  const target = entries.find((e) => e.meta.id === id);
  return entries.map((e) => {
    if (e.meta.id === id) return { ...e, meta: { ...e.meta, use } };
    if (use === 'map' && target && e.meta.kind === target.meta.kind && e.meta.use === 'map')
      return { ...e, meta: { ...e.meta, use: 'off' } };
    return e;
  });
}

export const setUse = (id: string, use: UploadUse) => commit(withUse(get().uploads, id, use), id);

export async function removeUpload(id: string): Promise<void> {
  const next = get().uploads.filter((e) => e.meta.id !== id);
  if (await commit(next, get().reportId === id ? null : get().reportId)) {
    await deleteUpload(id).catch(() => set({ uploadStorageFailed: true }));
  }
}

/** One click back to the embedded CBS data: every upload is switched off (and kept in the list). */
export async function restoreEmbedded(): Promise<void> {
  const next = get().uploads.map((e) => (e.meta.use === 'off' ? e : { ...e, meta: { ...e.meta, use: 'off' as const } }));
  await commit(next, null);
}

/** After the embedded data loaded: remember it and bring back the uploads stored in this browser. */
export async function initUploads(): Promise<void> {
  let stored: StoredUpload[];
  try {
    stored = await listUploads();
  } catch {
    set({ restored: true, uploadStorageFailed: true });
    return;
  }
  const entries: UploadEntry[] = stored.map((meta) => ({ meta, result: null, resultKey: null }));
  if (entries.some((e) => e.meta.use !== 'off')) {
    set({ uploads: entries, busy: { file: '', step: 'restore', fraction: null } });
    const active = entries.find((e) => e.meta.kind === 'csv' && e.meta.use === 'map') ?? entries.find((e) => e.meta.use !== 'off');
    // If they cannot be applied now, the map stays embedded and the list says so (stored settings are kept for the next visit).
    if (!(await commit(entries, active?.meta.id ?? null)))
      set({ uploads: entries.map((e) => ({ ...e, meta: { ...e.meta, use: 'off' as const } })) });
  } else {
    set({ uploads: entries });
  }
  set({ restored: true });
}
