/**
 * The upload flow: choose a file (size checked before reading), preview it and suggest or recall the
 * mapping, confirm (parse in the worker, report, ask what must be asked, apply), or cancel. Downloads
 * of unmatched rows. A remembered mapping never carries answers (fractions, few values, axes, what to
 * replace): they are about one file's content and asked again for the next file with the same header.
 */
import { useStore } from './store';
import { isFigures, type PendingUpload } from './slices/upload';
import { areasInForce, commit, ensureParsed, failureOf, withUse } from './upload-apply';
import { AskError, cancelAsk, startAsking, withoutAnswers } from './upload-ask';
import { runInWorker } from '../data/upload/worker-client';
import { getMapping, putMapping, type StoredCsv, type StoredGeo, type StoredUpload, type UploadUse } from '../data/upload/idb';
import { AUTO_CHOICE, type CsvChoice } from '../domain/upload/csv-profile';
import { headerSignature, mappedColumns, type ColumnMapping } from '../domain/upload/mapping';
import type { GeoMapping } from '../domain/upload/ingest-geojson';
import { maxBytes, uploadKind } from '../config/upload';
import { problem } from '../domain/problem';

const set = useStore.setState;
const get = useStore.getState;

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `u${Date.now()}${Math.random().toString(36).slice(2)}`;
const geoSignature = (props: readonly string[]) => `geojson:${[...props].sort().join('|')}`;

async function previewCsvFile(blob: Blob, fileName: string, choice: CsvChoice) {
  set({ busy: { file: fileName, step: 'preview', fraction: null } });
  return runInWorker('preview-csv', { blob, choice, file: fileName });
}

/** Start an upload: refuse empty or too large files with a clear message, else preview it. */
export async function chooseFile(file: File): Promise<void> {
  const kind = uploadKind(
    file.name,
    await file
      .slice(0, 1)
      .text()
      .catch(() => ''),
  );
  set({ uploadFailure: null, pending: null, uploadNotes: [] });
  if (file.size > maxBytes(kind)) {
    const megabytes = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
    const context = { file: file.name, size: megabytes(file.size), limit: megabytes(maxBytes(kind)) };
    set({ uploadFailure: { file: file.name, issues: [problem('error', 'upload.too-large', context)] } });
    return;
  }
  if (file.size === 0) {
    set({ uploadFailure: { file: file.name, issues: [problem('error', 'upload.empty-file', { file: file.name })] } });
    return;
  }
  try {
    let pending: PendingUpload;
    if (kind === 'csv') {
      let preview = await previewCsvFile(file, file.name, AUTO_CHOICE);
      const remembered = await getMapping(headerSignature(preview.header)).catch(() => undefined);
      const recall =
        remembered?.kind === 'csv' && mappedColumns(remembered.mapping).every((c) => preview.header.includes(c)) ? remembered : null;
      const choice = recall?.choice ?? AUTO_CHOICE;
      if (recall && JSON.stringify(choice) !== JSON.stringify(AUTO_CHOICE)) preview = await previewCsvFile(file, file.name, choice);
      if (preview.issues.length > 0) throw Object.assign(new Error(), { issues: preview.issues });
      pending = {
        id: newId(),
        kind,
        blob: file,
        fileName: file.name,
        size: file.size,
        choice,
        preview,
        mapping: recall ? withoutAnswers(recall.mapping) : preview.suggested,
        remembered: recall !== null,
      };
    } else {
      set({ busy: { file: file.name, step: 'preview', fraction: null } });
      const preview = await runInWorker('preview-geojson', { blob: file, file: file.name });
      if (preview.issues.length > 0) throw Object.assign(new Error(), { issues: preview.issues });
      const remembered = await getMapping(geoSignature(preview.properties)).catch(() => undefined);
      const mapping = remembered?.kind === 'geojson' ? withoutAnswers(remembered.mapping) : preview.suggested;
      const recalled = remembered?.kind === 'geojson';
      pending = { id: newId(), kind, blob: file, fileName: file.name, size: file.size, preview, mapping, remembered: recalled };
    }
    set({ pending, busy: null });
  } catch (e) {
    const issues = (e as { issues?: [] }).issues ?? [];
    set({ busy: null, uploadFailure: failureOf(e, file.name, issues) });
  }
}

/** Preview again with another encoding, delimiter or decimal mark; keeps the mapping when its columns still exist. */
export async function changeChoice(choice: CsvChoice): Promise<void> {
  const p = get().pending;
  if (p?.kind !== 'csv') return;
  try {
    const preview = await previewCsvFile(p.blob, p.fileName, choice);
    const keep = p.mapping && mappedColumns(p.mapping).every((c) => preview.header.includes(c));
    set({ pending: { ...p, choice, preview, mapping: keep ? p.mapping : preview.suggested }, busy: null });
  } catch (e) {
    set({ busy: null, uploadFailure: failureOf(e, p.fileName) });
  }
}

export function cancelPending(): void {
  cancelAsk();
  set({ pending: null, uploadFailure: null });
}

export interface CsvOptions {
  use: UploadUse;
  keepEmbedded: boolean;
  label: string;
}

/**
 * Confirm the mapping step: parse the whole file; if it needs an answer, ask (and confirm again once
 * answered); if anything usable came out, apply it and store it with its answered mapping (remembered for
 * the same header without the answers). A refused result keeps the mapping step open and shows the
 * report of the attempt; the map is not touched.
 */
export async function confirmPending(mapping: ColumnMapping | GeoMapping, options: CsvOptions): Promise<boolean> {
  const p = get().pending;
  const base = get().base;
  if (!p || !base) return false;
  const common = { id: p.id, fileName: p.fileName, size: p.size, addedAt: new Date().toISOString(), blob: p.blob, use: options.use };
  const meta: StoredUpload =
    p.kind === 'csv'
      ? ({
          ...common,
          kind: 'csv',
          choice: p.choice,
          mapping: mapping as ColumnMapping,
          keepEmbedded: options.keepEmbedded,
          label: options.label,
        } satisfies StoredCsv)
      : ({ ...common, kind: 'geojson', mapping: mapping as GeoMapping } satisfies StoredGeo);
  set({ uploadFailure: null, busy: { file: p.fileName, step: 'read', fraction: 0 } });
  try {
    const { key, areas } = areasInForce(base, get().uploads);
    const entry = await ensureParsed({ meta, result: null, resultKey: null }, key, areas);
    const next = withUse([...get().uploads, entry], meta.id, options.use);
    if (!(await commit(next, meta.id, { ask: false }))) return false;
    set({ pending: null });
    const remember =
      meta.kind === 'csv'
        ? {
            signature: headerSignature(p.kind === 'csv' ? p.preview.header : []),
            kind: 'csv' as const,
            mapping: withoutAnswers(meta.mapping),
            choice: meta.choice,
          }
        : {
            signature: geoSignature(p.kind === 'geojson' ? p.preview.properties : []),
            kind: 'geojson' as const,
            mapping: withoutAnswers(meta.mapping),
          };
    await putMapping(remember).catch(() => undefined);
    return true;
  } catch (e) {
    if (e instanceof AskError) {
      startAsking(e, () => confirmPending(mapping, options));
      return false;
    }
    const issues = (e as { failure?: { issues: [] } }).failure?.issues ?? [];
    set({ busy: null, uploadFailure: (e as { failure?: ReturnType<typeof failureOf> }).failure ?? failureOf(e, p.fileName, issues) });
    return false;
  }
}

/** The unmatched rows of a figures upload as CSV text (original header plus a `rij` column), made in the worker. */
export async function unmatchedCsv(id: string): Promise<string | null> {
  const entry = get().uploads.find((e) => e.meta.id === id);
  if (!entry || entry.meta.kind !== 'csv' || !isFigures(entry.result)) return null;
  set({ busy: { file: entry.meta.fileName, step: 'extract', fraction: null } });
  try {
    const text = await runInWorker('extract-rows', {
      blob: entry.meta.blob,
      choice: entry.meta.choice,
      delimiter: entry.result.profile.delimiter,
      rows: entry.result.report.unmatchedRowNumbers,
      file: entry.meta.fileName,
    });
    set({ busy: null });
    return text;
  } catch (e) {
    set({ busy: null, uploadFailure: failureOf(e, entry.meta.fileName) });
    return null;
  }
}
