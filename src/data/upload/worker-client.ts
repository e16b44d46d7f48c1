/**
 * The app's side of the upload worker: one module worker (bundled by Vite as a same-origin file, so
 * it runs under `worker-src 'self'`), requests matched to responses by id, progress passed on.
 * If the worker dies (e.g. out of memory), every pending request fails with a message and the next
 * request starts a fresh worker.
 */
import type { RequestType, Requests, Results, WorkerRequest, WorkerResponse } from './protocol';

export type Progress = (phase: 'read' | 'parse', fraction: number) => void;

interface Pending {
  resolve: (r: Results[RequestType]) => void;
  reject: (e: Error) => void;
  onProgress?: Progress;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(message: string): void {
  for (const p of pending.values()) p.reject(new Error(message));
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
    else p.reject(new Error(m.message));
  };
  w.onerror = (e) => {
    e.preventDefault();
    failAll(`De verwerking is afgebroken (${e.message || 'onbekende fout in de worker'}).`);
  };
  w.onmessageerror = () => failAll('Het resultaat van de verwerking kon niet worden doorgegeven.');
  worker = w;
  return w;
}

/** Run one request in the worker. */
export function runInWorker<K extends RequestType>(type: K, payload: Requests[K], onProgress?: Progress): Promise<Results[K]> {
  const id = nextId++;
  return new Promise<Results[K]>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (r: Results[RequestType]) => void, reject, onProgress });
    const req = { id, type, payload } as WorkerRequest;
    try {
      getWorker().postMessage(req);
    } catch (e) {
      pending.delete(id);
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
