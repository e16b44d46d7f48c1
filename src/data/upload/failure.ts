/**
 * A failure of the upload machinery (the worker, browser storage) as a Problem with a stable code. The
 * data layer rejects only with this, so an exception's own text (the browser's or a library's, in
 * English) never reaches the user: the interface renders the problem in the user's language.
 */
import { PROBLEM_CODES, problem, type Problem } from '../../domain/problem';

export class UploadFailureError extends Error {
  readonly problem: Problem;
  constructor(p: Problem) {
    // The message is the stable code, never text to show.
    super(p.code);
    this.name = 'UploadFailureError';
    this.problem = p;
  }
}

/** The problem a failure carries, or null for any other value (recognised by name, so a second copy of this module counts too). */
export function problemOfFailure(e: unknown): Problem | null {
  return e instanceof Error && e.name === 'UploadFailureError' && 'problem' in e ? (e as UploadFailureError).problem : null;
}

const KNOWN = new Set<string>(PROBLEM_CODES);

/**
 * The problem the worker sent, as it is when it is well formed (a known code, a severity, a plain
 * context of text and numbers); otherwise `upload.worker-failed` for `file`.
 */
export function workerProblem(p: unknown, file: string | undefined): Problem {
  const q = p as Partial<Problem> | null;
  const context = q?.context;
  const plain =
    typeof context === 'object' &&
    context !== null &&
    Object.values(context).every((v) => typeof v === 'string' || typeof v === 'number' || v === undefined);
  if (
    q &&
    typeof q.code === 'string' &&
    KNOWN.has(q.code) &&
    (q.severity === 'error' || q.severity === 'warning' || q.severity === 'info') &&
    plain
  )
    return problem(q.severity, q.code, context);
  return problem('error', 'upload.worker-failed', { file });
}
