/**
 * Upload slice ("bring your own data"): the uploads with their parsed results, the file in the mapping
 * step, progress and the last failure. The dataset the app shows is composed from the embedded data and
 * the uploads in use by the view model; nothing here is derived.
 */
import type { StateCreator } from 'zustand';
import type { CsvChoice, CsvPreview } from '../../domain/upload/csv-profile';
import type { ColumnMapping } from '../../domain/upload/mapping';
import type { FigureResult } from '../../domain/upload/ingest-csv';
import type { BoundaryResult, GeoMapping, GeoPreview } from '../../domain/upload/ingest-geojson';
import type { Problem } from '../../domain/problem';
import type { StoredUpload, UnreadableUpload } from '../../data/upload/idb';
import type { UploadQuestion } from '../../domain/upload/verdict';
import type { AppState } from '../store';

export interface UploadEntry {
  meta: StoredUpload;
  /** Parsed result; null until needed (uploads that are off are not parsed on reload). */
  result: FigureResult | BoundaryResult | null;
  /** The areas the result was joined against (`base` or the id of the boundaries in force). */
  resultKey: string | null;
}

/** The file in the mapping step. `id` is kept through every attempt, so answers given to its questions stay with it. */
export type PendingUpload =
  | {
      id: string;
      kind: 'csv';
      blob: Blob;
      fileName: string;
      size: number;
      choice: CsvChoice;
      preview: CsvPreview;
      mapping: ColumnMapping | null;
      remembered: boolean;
    }
  | {
      id: string;
      kind: 'geojson';
      blob: Blob;
      fileName: string;
      size: number;
      preview: GeoPreview;
      mapping: GeoMapping;
      remembered: boolean;
    };

export interface Busy {
  file: string;
  step: 'preview' | 'read' | 'parse' | 'apply' | 'restore' | 'extract';
  /** 0–1, or null when unknown. */
  fraction: number | null;
}

/** What went wrong, and where. The map is left as it was. */
export interface UploadFailure {
  file: string;
  /** All problems of the failed attempt; the first error says why. */
  issues: Problem[];
}

/** The answers to an upload's questions: merged into its mapping before it is read, and stored with it. */
export type MappingAnswers = Partial<Pick<ColumnMapping, 'scale' | 'acceptFewValues'> & Pick<GeoMapping, 'axes' | 'replace'>>;

/** A question about an upload, asked before anything is drawn; cancelling leaves the map as it was. */
export interface UploadAsk {
  /** The upload asked about: the file in the mapping step or one in the list. */
  id: string;
  file: string;
  kind: 'csv' | 'geojson';
  question: UploadQuestion<MappingAnswers>;
  /** Every problem that explains it (replacing boundaries: each gemeente and level that changes, each misplaced area). */
  problems: readonly Problem[];
  /** Questions of the same reading still to ask, in turn; the file is read again once all are answered. */
  rest: readonly UploadQuestion<MappingAnswers>[];
}

export interface UploadSlice {
  uploads: readonly UploadEntry[];
  pending: PendingUpload | null;
  busy: Busy | null;
  uploadFailure: UploadFailure | null;
  /** The upload whose report is shown. */
  reportId: string | null;
  /** False until the uploads stored in the browser have been restored after a reload. */
  restored: boolean;
  /** Set when the browser storage is unavailable or full; uploads then last until the page is closed. */
  uploadStorageFailed: boolean;
  /** The question shown now, or null. */
  ask: UploadAsk | null;
  /**
   * Answers per upload id, with the mapping (without answers, as JSON) they were given for: a changed
   * mapping is asked about again.
   */
  answers: Readonly<Record<string, { mapping: string; patch: MappingAnswers }>>;
  /** Stored records that cannot be used (listed with a remove button). */
  unreadableUploads: readonly UnreadableUpload[];
  /** What the last change did besides what was asked (a figures file switched off, uploads set aside on restore). */
  uploadNotes: readonly Problem[];
}

export const createUploadSlice: StateCreator<AppState, [], [], UploadSlice> = () => ({
  uploads: [],
  pending: null,
  busy: null,
  uploadFailure: null,
  reportId: null,
  restored: false,
  uploadStorageFailed: false,
  ask: null,
  answers: {},
  unreadableUploads: [],
  uploadNotes: [],
});

export const isFigures = (r: UploadEntry['result']): r is FigureResult => r !== null && 'figures' in r;
export const isBoundaries = (r: UploadEntry['result']): r is BoundaryResult => r !== null && 'features' in r;

/** The entries whose figures are shown as extra indicators (parsed ones only). */
export function indicatorEntries(entries: readonly UploadEntry[]): { entry: UploadEntry; result: FigureResult }[] {
  return entries.flatMap((entry) => (entry.meta.use === 'indicator' && isFigures(entry.result) ? [{ entry, result: entry.result }] : []));
}
