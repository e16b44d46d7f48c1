/**
 * Applying uploads: parse what is needed (in the worker) and commit the list of uploads; the view model
 * composes the dataset from it. A change is committed only when everything succeeded and nothing needs an
 * answer; any failure leaves the map as it was and is reported with file, row and column, and a reading
 * that needs an answer (upload-ask.ts) is asked first and applied only after it.
 */
import { useStore } from './store';
import { isBoundaries, type UploadEntry, type UploadFailure } from './slices/upload';
import { AskError, startAsking, withAnswers } from './upload-ask';
import { runInWorker } from '../data/upload/worker-client';
import { problemOfFailure } from '../data/upload/failure';
import { deleteUpload, listUploads, putUpload, type StoredUpload, type UploadUse } from '../data/upload/idb';
import { areaKeysInForce } from '../domain/upload/compose';
import { replacementPlan } from '../domain/upload/replacement-plan';
import type { AreaKey } from '../domain/upload/area-index';
import type { BoundaryResult } from '../domain/upload/ingest-geojson';
import type { Dataset } from '../domain/dataset';
import { problem, type Problem } from '../domain/problem';

const set = useStore.setState;
const get = useStore.getState;

/**
 * A failure from the problems of an attempt, or from an exception: the problem a failure of the worker
 * or of storage carries is shown as it is; any other exception's own text (a library's or the
 * browser's, in English) never reaches the user, only what it means and what to do.
 */
export function failureOf(e: unknown, file: string, issues: Problem[] = []): UploadFailure {
  // The file-level reason first ("the areas lie outside the Netherlands"), then the per-row or per-area errors.
  const fileLevel = (i: Problem) => (i.severity === 'error' && i.context.row === undefined ? 0 : 1);
  if (issues.some((i) => i.severity === 'error')) return { file, issues: [...issues].sort((a, b) => fileLevel(a) - fileLevel(b)) };
  if (e instanceof ApplyError) return e.failure;
  const carried = problemOfFailure(e);
  if (carried) return { file, issues: [carried, ...issues] };
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

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const withoutReplace = <M extends object>(m: M) => ({ ...m, replace: undefined });

/**
 * The entry with a result for the given areas (and with the answers given for it merged into its
 * mapping), parsing in the worker when needed. Throws an `AskError` when the reading needs an answer,
 * an `ApplyError` when it is refused.
 */
export async function ensureParsed(entry: UploadEntry, key: string, areas: AreaKey[]): Promise<UploadEntry> {
  const m = withAnswers(entry.meta);
  const r = entry.result;
  if (r && m.kind === 'geojson' && sameJson(withoutReplace(r.mapping), withoutReplace(m.mapping))) {
    // What boundaries replace does not change how they are read: no second reading for that answer.
    return { ...entry, meta: m, result: sameJson(r.mapping, m.mapping) ? r : ({ ...r, mapping: m.mapping } as BoundaryResult) };
  }
  if (r && m.kind === 'csv' && entry.resultKey === key && sameJson(r.mapping, m.mapping))
    return m === entry.meta ? entry : { ...entry, meta: m };
  const onProgress = progressTo(m.fileName);
  const result =
    m.kind === 'csv'
      ? await runInWorker('ingest-csv', { blob: m.blob, choice: m.choice, mapping: m.mapping, areas, file: m.fileName }, onProgress)
      : await runInWorker('ingest-geojson', { blob: m.blob, mapping: m.mapping, file: m.fileName }, onProgress);
  if (result.verdict === 'ask' && result.questions.length > 0) {
    throw new AskError(
      m,
      result.questions,
      result.questions.map((q) => q.problem),
    );
  }
  if (result.fatal) throw new ApplyError(failureOf(null, m.fileName, result.issues));
  return { meta: m, result, resultKey: key };
}

/** The areas uploaded figures are joined against, given the entries (boundaries in force included). */
export function areasInForce(base: Dataset, entries: readonly UploadEntry[]): { key: string; areas: AreaKey[] } {
  const geo = entries.find((e) => e.meta.kind === 'geojson' && e.meta.use === 'map' && isBoundaries(e.result));
  const boundaries = geo && isBoundaries(geo.result) ? geo.result : null;
  return { key: geo?.meta.id ?? 'base', areas: areaKeysInForce(base, boundaries) };
}

/**
 * Parse what the entries in use need. Boundaries on the map are checked against the areas they would
 * replace first (`replacementPlan`): areas that would vanish or lie elsewhere are asked about. Throws
 * (with a failure, or a question) without touching the map.
 */
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
    const plan = boundaries ? replacementPlan(base, boundaries) : null;
    if (plan && plan.verdict === 'ask') throw new AskError(parsed.meta, plan.questions, plan.problems);
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

/** "a.csv is now off: b.csv takes its place" for every file a change took off the map to put another of its kind there. */
function switchedOff(before: readonly UploadEntry[], after: readonly UploadEntry[]): Problem[] {
  const was = new Map(before.map((e) => [e.meta.id, e.meta.use] as const));
  const on = after.filter((e) => e.meta.use === 'map' && was.get(e.meta.id) !== 'map');
  return after
    .filter((e) => e.meta.use === 'off' && was.get(e.meta.id) === 'map')
    .flatMap((e) => {
      const by = on.find((o) => o.meta.kind === e.meta.kind);
      return by ? [problem('info', 'upload.switched-off', { off: e.meta.fileName, on: by.meta.fileName })] : [];
    });
}

export interface CommitOptions {
  /** Ask questions in the interface (default); false: throw the `AskError` to the caller. */
  ask?: boolean;
}

/**
 * Commit a new list of entries: compose it, and only when that works store it and persist the entries
 * whose meta changed. Returns false (with the failure set, or the question shown) when it did not work.
 */
export async function commit(next: UploadEntry[], reportId: string | null = get().reportId, options: CommitOptions = {}): Promise<boolean> {
  const previous = get().uploads;
  const before = new Map(previous.map((e) => [e.meta.id, e.meta] as const));
  try {
    const applied = await parseNeeded(next);
    // Answers are now in the stored mappings.
    const answers = { ...get().answers };
    for (const e of applied) delete answers[e.meta.id];
    set({ uploads: applied, busy: null, uploadFailure: null, reportId, uploadNotes: switchedOff(previous, applied), answers });
    await persist(applied.map((e) => e.meta).filter((m) => before.get(m.id) !== m));
    return true;
  } catch (e) {
    if (e instanceof AskError) {
      if (options.ask === false) throw e;
      startAsking(e, () => commit(next, reportId, options));
      return false;
    }
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

/** Remove a stored record that cannot be read (it was never applied). */
export async function removeUnreadable(key: IDBValidKey): Promise<void> {
  try {
    await deleteUpload(key);
    set({ unreadableUploads: get().unreadableUploads.filter((u) => u.key !== key) });
  } catch {
    set({ uploadStorageFailed: true });
  }
}

/** One click back to the embedded CBS data: every upload is switched off (and kept in the list). */
export async function restoreEmbedded(): Promise<void> {
  const next = get().uploads.map((e) => (e.meta.use === 'off' ? e : { ...e, meta: { ...e.meta, use: 'off' as const } }));
  await commit(next, null);
}

/**
 * After the embedded data loaded: remember it and bring back the uploads stored in this browser. Records
 * that cannot be read are listed apart. An upload that would need an answer now (stored before it was
 * asked about) is switched off and the list says why; the page never opens with a question.
 */
export async function initUploads(): Promise<void> {
  let stored: StoredUpload[];
  try {
    const listed = await listUploads();
    stored = listed.uploads;
    set({ unreadableUploads: listed.unreadable });
  } catch {
    set({ restored: true, uploadStorageFailed: true });
    return;
  }
  let entries: UploadEntry[] = stored.map((meta) => ({ meta, result: null, resultKey: null }));
  if (!entries.some((e) => e.meta.use !== 'off')) {
    set({ uploads: entries, restored: true });
    return;
  }
  set({ uploads: entries, busy: { file: '', step: 'restore', fraction: null } });
  const notes: Problem[] = [];
  for (let tries = 0; tries <= entries.length; tries++) {
    const active = entries.find((e) => e.meta.kind === 'csv' && e.meta.use === 'map') ?? entries.find((e) => e.meta.use !== 'off');
    try {
      // If they cannot be applied now, the map stays embedded and the list says so (stored settings are kept for the next visit).
      if (!(await commit(entries, active?.meta.id ?? null, { ask: false })))
        set({ uploads: entries.map((e) => ({ ...e, meta: { ...e.meta, use: 'off' as const } })) });
      break;
    } catch (e) {
      if (!(e instanceof AskError)) throw e;
      const id = e.meta.id;
      notes.push(problem('warning', 'upload.asked-on-restore', { file: e.meta.fileName }));
      entries = entries.map((x) => (x.meta.id === id ? { ...x, meta: { ...x.meta, use: 'off' as const } } : x));
      set({ uploads: entries });
    }
  }
  set({ restored: true, busy: null, uploadNotes: [...notes, ...get().uploadNotes] });
}
