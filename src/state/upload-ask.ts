/**
 * Questions about an upload, asked before anything is drawn (issue 14): shares that look like fractions
 * (× 100 or as they are), few usable values (show anyway), swapped axes (swap) and boundaries that
 * would replace areas (the whole gemeente, or only the codes in the file). A reading that needs an
 * answer throws an `AskError`; the flow that started it shows the question and, once every question of
 * that reading is answered, runs again with the answers merged into the mapping. The answered mapping
 * is what is stored, so a restored upload is not asked again. Cancelling leaves the map as it was.
 */
import { useStore } from './store';
import type { MappingAnswers, UploadAsk } from './slices/upload';
import type { StoredUpload } from '../data/upload/idb';
import type { Problem } from '../domain/problem';
import type { AnswerId, UploadQuestion } from '../domain/upload/verdict';

const set = useStore.setState;
const get = useStore.getState;

/** Mapping fields that hold answers: about one file's content, never remembered for the next file with the same header. */
const ANSWER_FIELDS = ['scale', 'acceptFewValues', 'axes', 'replace'] as const;

/** The mapping without answers (what is remembered per header, and what answers are tied to). */
export function withoutAnswers<M extends object>(mapping: M): M {
  const out = { ...mapping } as Record<string, unknown>;
  for (const f of ANSWER_FIELDS) delete out[f];
  return out as M;
}

const signature = (mapping: object) => JSON.stringify(withoutAnswers(mapping));

/** A reading that cannot be shown before the user answers `questions` about upload `id`. */
export class AskError extends Error {
  constructor(
    readonly meta: StoredUpload,
    readonly questions: readonly UploadQuestion<MappingAnswers>[],
    readonly problems: readonly Problem[],
  ) {
    super('upload.ask');
    this.name = 'AskError';
  }
}

/** The meta with the answers given for it merged into its mapping (the same object when there are none). */
export function withAnswers(meta: StoredUpload): StoredUpload {
  const a = get().answers[meta.id];
  if (!a || a.mapping !== signature(meta.mapping)) return meta;
  const merged = { ...meta.mapping, ...a.patch };
  if (JSON.stringify(merged) === JSON.stringify(meta.mapping)) return meta;
  return meta.kind === 'csv'
    ? { ...meta, mapping: { ...meta.mapping, ...a.patch } }
    : { ...meta, mapping: { ...meta.mapping, ...a.patch } };
}

/** What runs again once every question is answered. One question is open at a time (the dialog is modal). */
let again: (() => Promise<unknown>) | null = null;

function show(e: AskError, question: UploadQuestion<MappingAnswers>, rest: readonly UploadQuestion<MappingAnswers>[], first: boolean) {
  const ask: UploadAsk = {
    id: e.meta.id,
    file: e.meta.fileName,
    kind: e.meta.kind,
    question,
    // Replacing boundaries: every change and misplaced area; otherwise the question's own text.
    problems: first && question.kind === 'replace-areas' && e.problems.length > 0 ? e.problems : [question.problem],
    rest,
  };
  set({ ask, busy: null });
}

let asking: AskError | null = null;

/** Show the first question of `e`; `retry` runs once all of them are answered. */
export function startAsking(e: AskError, retry: () => Promise<unknown>): void {
  const [first, ...rest] = e.questions;
  if (!first) return;
  const answers = { ...get().answers };
  const sig = signature(e.meta.mapping);
  if (answers[e.meta.id]?.mapping !== sig) answers[e.meta.id] = { mapping: sig, patch: {} };
  set({ answers });
  asking = e;
  again = retry;
  show(e, first, rest, true);
}

/** Answer the open question: its patch is kept for the upload; the next question follows, or the upload is read again. */
export async function answerAsk(id: AnswerId): Promise<void> {
  const ask = get().ask;
  const answer = ask?.question.answers.find((a) => a.id === id);
  if (!ask || !answer) return;
  const given = get().answers[ask.id];
  if (given) set({ answers: { ...get().answers, [ask.id]: { ...given, patch: { ...given.patch, ...answer.patch } } } });
  const [next, ...rest] = ask.rest;
  if (next && asking) {
    show(asking, next, rest, false);
    return;
  }
  set({ ask: null });
  const run = again;
  again = null;
  asking = null;
  await run?.();
}

/** Cancel: nothing is applied and the answers given so far for this upload are dropped. */
export function cancelAsk(): void {
  const ask = get().ask;
  if (!ask) return;
  const answers = { ...get().answers };
  delete answers[ask.id];
  set({ ask: null, answers, busy: null });
  again = null;
  asking = null;
}
