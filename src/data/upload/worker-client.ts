/**
 * The app's side of the upload worker: one module worker (bundled by Vite as a same-origin file, so
 * it runs under `worker-src 'self'`), requests matched to responses by id, progress passed on.
 * Every failure rejects with an `UploadFailureError` carrying a Problem: the worker's own problem as it
 * is, or `upload.worker-failed` when the worker dies (e.g. out of memory), a message cannot be passed
 * or the worker cannot start. The next request then starts a fresh worker. No exception text is kept.
 */
import { problem } from '../../domain/problem';
import { UploadFailureError, workerProblem } from './failure';
import type { RequestType, Requests, Results, WorkerRequest, WorkerResponse } from './protocol';

export type Progress = (phase: 'read' | 'parse', fraction: number) => void;

interface Pending {
  file: string;
  resolve: (r: Results[RequestType]) => void;
  reject: (e: Error) => void;
  onProgress?: Progress;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

const failed = (file: string) => new UploadFailureError(problem('error', 'upload.worker-failed', { file }));

function failAll(): void {
  for (const p of pending.values()) p.reject(failed(p.file));
  pending.clear();
  worker?.terminate();
  worker = null;
}

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('../../workers/upload.worker.ts', import.meta.url), { type: 'module', name: 'wijkbalans-upload' });
  w.onmessage = (e: MessageEvent<WorkerResponse>) => {
    const m = e.data;
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') {
      p.onProgress?.(m.phase, m.fraction);
      return;
    }
    pending.delete(m.id);
    if (m.type === 'result') p.resolve(m.result);
    else p.reject(new UploadFailureError(workerProblem(m.problem, p.file)));
  };
  w.onerror = (e) => {
    e.preventDefault();
    failAll();
  };
  w.onmessageerror = () => failAll();
  worker = w;
  return w;
}

/** Run one request in the worker. */
export function runInWorker<K extends RequestType>(type: K, payload: Requests[K], onProgress?: Progress): Promise<Results[K]> {
  const id = nextId++;
  return new Promise<Results[K]>((resolve, reject) => {
    pending.set(id, { file: payload.file, resolve: resolve as (r: Results[RequestType]) => void, reject, onProgress });
    const req = { id, type, payload } as WorkerRequest;
    try {
      getWorker().postMessage(req);
    } catch {
      pending.delete(id);
      reject(failed(payload.file));
    }
  });
}
