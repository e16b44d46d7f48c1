/**
 * The upload flows of the interface (src/state/upload-*.ts) with the worker's real domain code and a
 * Map for IndexedDB: each hostile class of issue 14 is refused with its message, or asked first and
 * applied only after the answer, with the answer stored (a restored upload is not asked again) and
 * never remembered for the next file with the same header.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDb } from '../helpers/upload-fakes';

vi.mock('../../src/data/upload/worker-client', async () => ({ runInWorker: (await import('../helpers/upload-fakes')).fakeRunInWorker }));
vi.mock('../../src/data/upload/idb', async () => (await import('../helpers/upload-fakes')).fakeIdb);

const { useStore, isFigures, isBoundaries } = await import('../../src/state/store');
const { chooseFile, confirmPending, cancelPending } = await import('../../src/state/upload-actions');
const { answerAsk, cancelAsk } = await import('../../src/state/upload-ask');
const { initUploads, setUse, failureOf } = await import('../../src/state/upload-apply');
const { featuresInForce } = await import('../../src/domain/upload/compose');
const { problemMessage } = await import('../../src/i18n/problem-text');
const { UploadFailureError } = await import('../../src/data/upload/failure');
const { problem } = await import('../../src/domain/problem');
const { loadGeodata } = await import('../helpers/geodata');

const DIR = resolve(import.meta.dirname, '..', 'fixtures', 'upload');
const file = (name: string) => new File([readFileSync(resolve(DIR, name))], name);
const base = loadGeodata();
const s = () => useStore.getState();
const OPTIONS = { use: 'map' as const, keepEmbedded: true, label: 'x' };

beforeAll(() => useStore.setState({ base }));
beforeEach(() => {
  fakeDb.clear();
  useStore.setState({ uploads: [], pending: null, ask: null, answers: {}, uploadFailure: null, uploadNotes: [], unreadableUploads: [] });
});

/** Choose a fixture and confirm the suggested mapping; returns whether it was applied without a question. */
async function upload(name: string, options = OPTIONS): Promise<boolean> {
  await chooseFile(file(name));
  const p = s().pending;
  if (!p) return false;
  const mapping = p.mapping;
  if (!mapping) throw new Error('no mapping');
  return confirmPending(mapping, options);
}

const shareOf = (code: string) => {
  const r = s().uploads.find((e) => e.meta.use === 'map' && isFigures(e.result))?.result ?? null;
  return isFigures(r) ? r.figures.find((f) => f.code === code)?.share : undefined;
};
const firstError = () => s().uploadFailure?.issues.find((i) => i.severity === 'error');

describe('class 3: fractions are asked about, never drawn as percentages (fractions.csv)', () => {
  it('asks first, with the example and its spreadsheet row, and draws nothing', async () => {
    expect(await upload('fractions.csv')).toBe(false);
    expect(s().ask?.question.kind).toBe('fraction-scale');
    expect(s().ask?.question.answers.map((a) => a.id)).toEqual(['scale-100', 'scale-1']);
    expect(problemMessage(s().ask!.problems[0]!, 'nl')).toBe(
      'De aandelen in kolom "aandeel_corporatie" liggen alle tussen 0 en 1 (3 waarden, zoals "0,455" in rij 2): dat lijken fracties, geen procenten. Zo getekend zou alles onder 1 % liggen. Bevestig de omrekening × 100 (0,455 wordt 45,5 %), of bevestig dat het echt procenten zijn.',
    );
    expect(s().uploads).toEqual([]);
    expect(fakeDb.records.size).toBe(0);
  });
  it('× 100 answered: applied as 45,5 %, 6 % and 19 %, stored with scale 100, remembered without it', async () => {
    await upload('fractions.csv');
    await answerAsk('scale-100');
    expect(s().ask).toBeNull();
    expect([shareOf('WK091740'), shareOf('WK091736'), shareOf('WK091741')]).toEqual([45.5, 6, 19]);
    const stored = [...fakeDb.records.values()] as { mapping: { scale?: number } }[];
    expect(stored.map((r) => r.mapping.scale)).toEqual([100]);
    expect([...fakeDb.mappings.values()].map((m) => 'scale' in m.mapping)).toEqual([false]);
    expect(s().pending).toBeNull();
  });
  it('"they are percentages" answered: applied as they are (0,455 %)', async () => {
    await upload('fractions.csv');
    await answerAsk('scale-1');
    expect(shareOf('WK091740')).toBe(0.455);
  });
  it('cancelled: nothing applied or stored, the mapping step stays open', async () => {
    await upload('fractions.csv');
    cancelAsk();
    expect([s().ask, s().uploads.length, fakeDb.records.size, s().pending?.fileName]).toEqual([null, 0, 0, 'fractions.csv']);
    expect(s().answers).toEqual({});
  });
  it('the same header next time: the mapping is recalled, the question is asked again', async () => {
    await upload('fractions.csv');
    await answerAsk('scale-100');
    expect(await upload('fractions.csv')).toBe(false);
    expect(s().pending?.remembered).toBe(true);
    expect(s().ask?.question.kind).toBe('fraction-scale');
  });
  it('a remembered mapping that carries an answer (written by an older version) is recalled without it', async () => {
    await upload('fractions.csv');
    await answerAsk('scale-100');
    for (const m of fakeDb.mappings.values()) if (m.kind === 'csv') m.mapping = { ...m.mapping, scale: 100, acceptFewValues: true };
    expect(await upload('fractions.csv')).toBe(false);
    expect(s().pending?.mapping).not.toHaveProperty('scale');
    expect(s().ask?.question.kind).toBe('fraction-scale');
  });
  it('a restored upload is read with its stored answer and not asked again', async () => {
    await upload('fractions.csv');
    await answerAsk('scale-100');
    useStore.setState({ uploads: [] });
    await initUploads();
    expect(s().ask).toBeNull();
    expect(s().uploads.map((e) => e.meta.use)).toEqual(['map']);
    expect(shareOf('WK091740')).toBe(45.5);
  });
  it('an upload stored before it was asked about is switched off on restore, and the list says why', async () => {
    await upload('fractions.csv');
    await answerAsk('scale-100');
    const [rec] = [...fakeDb.records.values()] as { mapping: Record<string, unknown> }[];
    delete rec!.mapping.scale;
    useStore.setState({ uploads: [] });
    await initUploads();
    expect(s().ask).toBeNull();
    expect(s().uploads.map((e) => e.meta.use)).toEqual(['off']);
    expect(s().uploadNotes.map((n) => problemMessage(n, 'nl'))).toEqual([
      'fractions.csv is uitgezet: het kan pas op de kaart als u eerst een vraag beantwoordt. Zet het in de lijst "Bewaarde bestanden" weer op de kaart om de vraag te zien.',
    ]);
    // Switched on in the list: asked, then applied.
    await setUse(s().uploads[0]!.meta.id, 'map');
    expect(s().ask?.question.kind).toBe('fraction-scale');
    await answerAsk('scale-100');
    expect(shareOf('WK091740')).toBe(45.5);
  });
});

describe('class 2: few usable values are asked about (problems.csv, 1 of 4)', () => {
  it('asks, names the column and the counts, and applies only after "show anyway"', async () => {
    expect(await upload('problems.csv')).toBe(false);
    expect(s().ask?.question.kind).toBe('few-usable');
    expect(problemMessage(s().ask!.problems[0]!, 'nl')).toContain('Kolom "corporatie_pct" geeft maar voor 1 van de 4 gekoppelde gebieden');
    expect(s().uploads).toEqual([]);
    await answerAsk('accept');
    expect(shareOf('WK091740')).toBe(45.5);
    expect((s().uploads[0]?.meta.mapping as { acceptFewValues?: boolean }).acceptFewValues).toBe(true);
  });
  it('the layout code;naam;corporatie suggests corporatie, never naam, and is applied with its values', async () => {
    expect(await upload('code-naam-corporatie.csv')).toBe(true);
    const m = s().uploads[0]?.meta.mapping as { value: { share: string } };
    expect(m.value.share).toBe('corporatie');
    expect(shareOf('WK091740')).toBe(45.5);
  });
});

describe('class 1: boundaries in the wrong place are asked about or refused', () => {
  it('swapped axes: asked, then the replacement of Heerlen asked, then applied with only the codes in the file', async () => {
    expect(await upload('swapped-latlon.geojson')).toBe(false);
    expect(s().ask?.question.kind).toBe('swap-axes');
    expect(s().ask?.problems.map((p) => p.code)).toEqual(['geojson.axes-swapped']);
    await answerAsk('swap-axes');
    expect(s().ask?.question.kind).toBe('replace-areas');
    expect(problemMessage(s().ask!.problems[0]!, 'nl')).toMatch(
      /^Dit vervangt de 23 wijken van Heerlen door 2 uit het bestand; van de kaart verdwijnen \(21\): /,
    );
    expect(s().uploads).toEqual([]);
    await answerAsk('replace-codes');
    expect(s().ask).toBeNull();
    const entry = s().uploads[0]!;
    expect(entry.meta.mapping).toMatchObject({ axes: 'swap', replace: 'codes' });
    const wijken = featuresInForce(base, isBoundaries(entry.result) ? entry.result : null).wijk.filter((f) => f.gemeenteCode === 'GM0917');
    expect(wijken).toHaveLength(23);
  });
  it('two wijken for Heerlen, one in Utrecht: the question names the 21 that vanish and the misplaced one', async () => {
    expect(await upload('two-wijken-misplaced.geojson')).toBe(false);
    expect(s().ask?.problems.map((p) => p.code)).toEqual(['geojson.replaces-wijken', 'geojson.misplaced']);
    expect(s().ask?.problems[0]?.context).toMatchObject({ before: 23, after: 2, vanishing: 21 });
    expect(String(s().ask?.problems[0]?.context.names).split(', ')).toHaveLength(21);
    await answerAsk('replace-gemeente');
    const entry = s().uploads[0]!;
    expect(entry.meta.mapping).toMatchObject({ replace: 'gemeente' });
    const r = isBoundaries(entry.result) ? entry.result : null;
    expect(
      featuresInForce(base, r)
        .wijk.filter((f) => f.gemeenteCode === 'GM0917')
        .map((f) => f.code),
    ).toEqual(['WK091740', 'WK091733']);
  });
  it('cancelling the replacement leaves the 23 wijken and stores nothing', async () => {
    await upload('two-wijken-misplaced.geojson');
    cancelAsk();
    expect([s().uploads.length, fakeDb.records.size]).toEqual([0, 0]);
  });
  it('a file near Paris is refused, in Dutch, naming where it lies', async () => {
    expect(await upload('paris.geojson')).toBe(false);
    expect(s().ask).toBeNull();
    expect(firstError()?.code).toBe('geojson.all-outside-nl');
    expect(problemMessage(firstError()!, 'nl')).toMatch(
      /^De gebieden liggen buiten Nederland \(bij 2\.\d+, 48\.\d+\); het bestand is niet gebruikt\./,
    );
  });
});

describe('refused before the mapping step, with the cause and what to do', () => {
  const cases: [string, string][] = [
    ['names-only.csv', 'upload.no-number-column'],
    ['header-only.csv', 'upload.header-only'],
    ['mixed-encoding.csv', 'upload.mixed-encoding'],
    ['unclosed-quote.csv', 'csv.unclosed-quote'],
    ['image.png', 'upload.binary-image'],
    ['workbook.xlsx', 'upload.binary-excel'],
    ['document.pdf', 'upload.binary-pdf'],
    ['topology.json', 'geojson.topojson'],
    ['feature.geojson', 'geojson.bare-feature'],
    ['deep.geojson', 'geojson.too-deep'],
  ];
  it.each(cases)('%s: %s, no mapping step, no question', async (name, code) => {
    await upload(name);
    expect([s().pending, s().ask, firstError()?.code]).toEqual([null, null, code]);
    expect(s().uploadFailure?.file).toBe(name);
  });
});

describe('what else the flow says', () => {
  it('a figures file that takes the place of another on the map says it switched the other off', async () => {
    await upload('code-naam-corporatie.csv');
    await upload('heerlen-wijken-2025.csv');
    expect(s().uploads.map((e) => e.meta.use)).toEqual(['off', 'map']);
    expect(s().uploadNotes.map((n) => problemMessage(n, 'nl'))).toEqual([
      'code-naam-corporatie.csv staat nu uit: heerlen-wijken-2025.csv komt ervoor in de plaats op de kaart. Zet code-naam-corporatie.csv in de lijst weer aan om terug te gaan.',
    ]);
  });
  it('damaged stored records are listed as unreadable (not applied), the rest restored', async () => {
    await upload('code-naam-corporatie.csv');
    fakeDb.records.set('kapot', {
      id: 'kapot',
      fileName: 'kapot.csv',
      size: 'veel',
      addedAt: 'gisteren',
      blob: null,
      use: 'map',
      kind: 'csv',
    });
    fakeDb.records.set(7, { id: 7, kind: 'geojson' });
    useStore.setState({ uploads: [] });
    await initUploads();
    expect(s().unreadableUploads).toEqual([
      { key: 'kapot', fileName: 'kapot.csv' },
      { key: 7, fileName: null },
    ]);
    expect(s().uploads.map((e) => e.meta.fileName)).toEqual(['code-naam-corporatie.csv']);
  });
  it('a failure of the worker or storage is shown as its problem; any other exception as a code, never its text', () => {
    const carried = failureOf(new UploadFailureError(problem('error', 'upload.too-complex', { file: 'a.json' })), 'a.json');
    expect(carried.issues.map((i) => i.code)).toEqual(['upload.too-complex']);
    const other = failureOf(new TypeError("Cannot read properties of undefined (reading 'x')"), 'b.csv');
    expect(other.issues.map((i) => i.code)).toEqual(['upload.worker-failed']);
    expect(JSON.stringify(other)).not.toContain('Cannot read');
  });
  it('cancelling the mapping step also closes an open question', async () => {
    await upload('fractions.csv');
    cancelPending();
    expect([s().ask, s().pending]).toEqual([null, null]);
  });
});
