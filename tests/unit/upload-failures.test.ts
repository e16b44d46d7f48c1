/**
 * Failures of the upload machinery reach the user as Problems with stable codes: the worker's own
 * problem as it is, a dead worker or a message that cannot be passed as `upload.worker-failed`, and
 * IndexedDB that is missing or throws as `upload.storage` — never an exception's text. Stored records
 * are checked before use.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problem, type Problem } from '../../src/domain/problem';
import { problemOfFailure, workerProblem } from '../../src/data/upload/failure';
import { checkStoredUpload, sortStored } from '../../src/data/upload/stored-check';
import { problemText } from '../../src/i18n/problem-text';

/** A Worker that records what it is sent and lets the test answer or fail. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault: () => void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  sent: { id: number; type: string }[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(m: { id: number; type: string }) {
    if (m.type === 'extract-rows') throw new DOMException('could not be cloned', 'DataCloneError');
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
}

async function client() {
  vi.resetModules();
  vi.stubGlobal('Worker', FakeWorker);
  return import('../../src/data/upload/worker-client');
}

const rejection = async (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => 'resolved',
    (e: unknown) => e,
  );
const payload = { blob: new Blob(['a;b']), file: 'x.geojson' };

afterEach(() => vi.unstubAllGlobals());

describe('worker-client', () => {
  it("passes the worker's problem on as it is (code and context)", async () => {
    const { runInWorker } = await client();
    const p = runInWorker('preview-geojson', payload);
    const w = FakeWorker.last!;
    const sent = problem('error', 'upload.too-complex', { file: 'x.geojson' });
    w.onmessage?.({ data: { id: w.sent[0]!.id, type: 'error', message: 'upload.too-complex', problem: sent } });
    const e = await rejection(p);
    expect((e as Error).name).toBe('UploadFailureError');
    expect(problemOfFailure(e)).toEqual(sent);
  });
  it('a problem that is not well formed becomes upload.worker-failed', () => {
    expect(workerProblem({ code: 'TypeError: x is undefined', severity: 'error', context: {} }, 'a.csv')).toEqual(
      problem('error', 'upload.worker-failed', { file: 'a.csv' }),
    );
    expect(workerProblem({ code: 'upload.too-complex', severity: 'error', context: { file: { toString: 1 } } }, 'a.csv').code).toBe(
      'upload.worker-failed',
    );
  });
  it('a worker that dies fails every pending request with upload.worker-failed, never the error text', async () => {
    const { runInWorker } = await client();
    const a = runInWorker('preview-geojson', payload);
    const b = runInWorker('preview-geojson', { ...payload, file: 'y.geojson' });
    FakeWorker.last!.onerror?.({ message: 'Uncaught RangeError: Maximum call stack size exceeded', preventDefault: () => undefined });
    const [ea, eb] = await Promise.all([rejection(a), rejection(b)]);
    expect([problemOfFailure(ea), problemOfFailure(eb)]).toEqual([
      problem('error', 'upload.worker-failed', { file: 'x.geojson' }),
      problem('error', 'upload.worker-failed', { file: 'y.geojson' }),
    ]);
    expect(String((ea as Error).message)).toBe('upload.worker-failed');
    expect(FakeWorker.last!.terminated).toBe(true);
  });
  it('a message that cannot be passed fails with upload.worker-failed', async () => {
    const { runInWorker } = await client();
    const p = runInWorker('preview-geojson', payload);
    FakeWorker.last!.onmessageerror?.();
    expect(problemOfFailure(await rejection(p))?.code).toBe('upload.worker-failed');
  });
  it('a request that cannot be sent (DataCloneError) fails with upload.worker-failed, not the DOMException', async () => {
    const { runInWorker } = await client();
    const e = await rejection(
      runInWorker('extract-rows', {
        blob: new Blob([]),
        choice: { encoding: 'auto', delimiter: 'auto', decimal: 'auto' },
        delimiter: ';',
        rows: new Int32Array(0),
        file: 'z.csv',
      }),
    );
    expect(problemOfFailure(e)).toEqual(problem('error', 'upload.worker-failed', { file: 'z.csv' }));
  });
});

describe('idb without IndexedDB', () => {
  it('missing: every call rejects with upload.storage', async () => {
    vi.resetModules();
    const idb = await import('../../src/data/upload/idb');
    const e = await rejection(idb.listUploads());
    expect(problemOfFailure(e)).toEqual(problem('warning', 'upload.storage', { step: 'open' }));
  });
  it('blocked (reading indexedDB throws a SecurityError): upload.storage, not the SecurityError text', async () => {
    vi.resetModules();
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
    try {
      const idb = await import('../../src/data/upload/idb');
      const e = await rejection(idb.putMapping({ signature: 's', kind: 'geojson', mapping: { codeProperty: null, nameProperty: null } }));
      expect(problemOfFailure(e)?.code).toBe('upload.storage');
      expect(JSON.stringify(problemOfFailure(e))).not.toContain('denied');
    } finally {
      delete (globalThis as { indexedDB?: unknown }).indexedDB;
    }
  });
  it('says in Dutch what it means', () =>
    expect(problemText(problem('warning', 'upload.storage', { step: 'open' }) as Problem, 'nl')).toBe(
      'Opslaan in deze browser lukt niet; het bestand blijft alleen tot u de pagina sluit.',
    ));
});

describe('stored records are checked before use', () => {
  const good = {
    id: 'a',
    fileName: 'a.csv',
    size: 120,
    addedAt: '2025-05-12T10:00:00.000Z',
    blob: new Blob(['x']),
    use: 'map',
    kind: 'csv',
    choice: { encoding: 'auto', delimiter: 'auto', decimal: 'auto' },
    mapping: {
      key: 'code',
      keyKind: 'code',
      nameLevel: 'all',
      value: { kind: 'share', share: 'pct' },
      dwellings: null,
      year: null,
      name: null,
      scale: 100,
    },
    keepEmbedded: true,
    label: 'a',
  };
  it('a record as the app wrote it is usable', () => expect(checkStoredUpload(good)).toBe(good));
  it.each([
    ['a size that is not a number', { size: 'x' }],
    ['NaN as size', { size: NaN }],
    ['a date that is not a date', { addedAt: 'gisteren' }],
    ['no blob', { blob: null }],
    ['an unknown use', { use: 'everywhere' }],
    ['an unknown kind', { kind: 'xlsx' }],
    ['a mapping without value', { mapping: { key: 'code', keyKind: 'code', nameLevel: 'all' } }],
    ['a scale that is not 1 or 100', { mapping: { ...good.mapping, scale: 1000 } }],
    ['an unknown encoding', { choice: { ...good.choice, encoding: 'ebcdic' } }],
  ])('%s: unreadable', (_, patch) => expect(checkStoredUpload({ ...good, ...patch })).toBeNull());
  it('lists unreadable records by key and name, oldest usable first', () => {
    const older = { ...good, id: 'b', addedAt: '2024-01-01T00:00:00.000Z' };
    expect(sortStored([good, { id: 'c', fileName: 'c.csv', size: 'NaN' }, older, 'junk', { id: 3 }])).toEqual({
      uploads: [older, good],
      unreadable: [
        { key: 'c', fileName: 'c.csv' },
        { key: 3, fileName: null },
      ],
    });
  });
});
