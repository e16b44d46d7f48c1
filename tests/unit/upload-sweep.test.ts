/**
 * Every upload fixture and a set of generated hostile inputs through the same byte-level tasks the
 * worker runs, as figures and as boundaries: nothing throws, every outcome has a verdict, and every
 * problem renders in Dutch and English with all its placeholders filled and no raw error text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemText } from '../../src/i18n/problem-text';
import { PROBLEM_CODES, type Problem } from '../../src/domain/problem';
import { AUTO_CHOICE, previewCsv } from '../../src/domain/upload/csv-profile';
import { failureProblem, ingestCsvBytes, ingestGeoJsonBytes, previewGeoJsonBytes, sizeRefusal } from '../../src/domain/upload/from-bytes';
import { buildAreaIndex } from '../../src/domain/upload/area-index';
import { areaKeysInForce } from '../../src/domain/upload/compose';
import type { ColumnMapping } from '../../src/domain/upload/mapping';
import { fixtureBytes, loadGeodata } from '../helpers/geodata';

const index = buildAreaIndex(areaKeysInForce(loadGeodata(), null));
const enc = (s: string) => new TextEncoder().encode(s);
const FALLBACK: ColumnMapping = {
  key: 'code',
  keyKind: 'code',
  nameLevel: 'all',
  value: { kind: 'share', share: 'pct' },
  dwellings: null,
  year: null,
  name: null,
};

const fixtures = readdirSync(resolve(import.meta.dirname, '..', 'fixtures', 'upload')).filter(
  (f) => !f.startsWith('.') && !f.endsWith('.md'),
);
const generated: [string, Uint8Array][] = [
  ['empty', new Uint8Array(0)],
  ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
  ['only line breaks', enc('\n\r\n\n')],
  ['NUL bytes', new Uint8Array([0, 0, 0, 0, 0, 0])],
  ['a lone quote', enc('"')],
  ['sep= and nothing else', enc('sep=;')],
  ['a header of delimiters', enc(';;;\n;;;\n')],
  ['one column of numbers', enc('pct\n45\n')],
  ['unbalanced JSON', enc('{"type":"FeatureCollection","features":[')],
  ['JSON null', enc('null')],
  ['JSON string', enc('"FeatureCollection"')],
  ['features not an array', enc('{"type":"FeatureCollection","features":{}}')],
  [
    'feature without geometry type',
    enc('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"WK091740"},"geometry":{}}]}'),
  ],
  [
    'coordinates as strings',
    enc(
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"WK091740"},"geometry":{"type":"Polygon","coordinates":[[["5.9","50.9"]]]}}]}',
    ),
  ],
  [
    'NaN-like numbers',
    enc(
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"WK091740"},"geometry":{"type":"Polygon","coordinates":[[[1e999,0],[0,0],[0,1],[1e999,0]]]}}]}',
    ),
  ],
  ['deep arrays in a CSV', enc('code;pct\n' + '['.repeat(50000) + ';1\n')],
  ['100,000 columns', enc('a;'.repeat(100000) + '\n1\n')],
  ['a UTF-16 BE BOM', new Uint8Array([0xfe, 0xff, 0, 0x61, 0, 0x3b, 0, 0x62])],
  ['a formula header', enc("=cmd|' /C calc'!A0;code\n1;WK091740\n")],
];
const inputs: [string, Uint8Array][] = [...fixtures.map((f): [string, Uint8Array] => [f, fixtureBytes(f)]), ...generated];

const RAW = /TypeError|RangeError|SyntaxError|Maximum call stack|Quoted field|Unexpected token|undefined|NaN|\[object/;
function checkProblems(issues: readonly Problem[]) {
  for (const p of issues) {
    expect(PROBLEM_CODES).toContain(p.code);
    for (const lang of ['nl', 'en'] as const) {
      const text = problemText(p, lang);
      expect(text, `${p.code} ${lang}`).not.toMatch(/\{\w+\}/);
      expect(text, `${p.code} ${lang}`).not.toMatch(RAW);
    }
  }
}

describe(`${inputs.length} inputs (${fixtures.length} fixtures, ${generated.length} generated) through the worker tasks`, () => {
  it.each(inputs)('%s as figures: no exception, a verdict, readable problems', (name, bytes) => {
    const p = previewCsv(bytes, AUTO_CHOICE, false, name);
    checkProblems([...p.issues, ...p.notices]);
    const r = ingestCsvBytes(bytes, AUTO_CHOICE, p.suggested ?? FALLBACK, index, name);
    expect(['ok', 'ask', 'refuse']).toContain(r.verdict);
    expect(r.fatal).toBe(r.verdict !== 'ok');
    checkProblems([...r.issues, ...r.questions.map((q) => q.problem)]);
  });
  it.each(inputs)('%s as boundaries: no exception, a verdict, readable problems', (name, bytes) => {
    checkProblems(previewGeoJsonBytes(bytes, name).issues);
    const r = ingestGeoJsonBytes(bytes, { codeProperty: null, nameProperty: null }, name);
    expect(['ok', 'ask', 'refuse']).toContain(r.verdict);
    expect(r.fatal).toBe(r.verdict !== 'ok');
    checkProblems([...r.issues, ...r.questions.map((q) => q.problem)]);
  });
});

describe('failures become stable codes (class 7)', () => {
  it('a stack overflow is "too complex", without its text', () =>
    expect(failureProblem(new RangeError('Maximum call stack size exceeded'), 'x.geojson')).toEqual({
      severity: 'error',
      code: 'upload.too-complex',
      context: { file: 'x.geojson' },
    }));
  it('any other exception is "worker failed", without its text', () =>
    expect(failureProblem(new TypeError("Cannot read properties of undefined (reading 'x')"))).toEqual({
      severity: 'error',
      code: 'upload.worker-failed',
      context: {},
    }));
  it('a file over the limit is refused with its size and the limit in MB', () => {
    expect(sizeRefusal(120 * 1048576, 100 * 1048576, 'groot.csv')).toEqual({
      severity: 'error',
      code: 'upload.too-large',
      context: { file: 'groot.csv', size: 120, limit: 100 },
    });
    expect(sizeRefusal(100, 100, 'x')).toBeNull();
  });
  it('the worker never passes on an exception message', () => {
    const worker = readFileSync(resolve(import.meta.dirname, '..', '..', 'src', 'workers', 'upload.worker.ts'), 'utf8');
    expect(worker).not.toMatch(/\.message\b|String\(err\)/);
  });
});
