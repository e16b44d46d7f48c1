/** Spreadsheet row numbers (header = row 1), Excel's `sep=` line and a quote that is never closed. */
import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../src/i18n/problem-text';
import { decodeBytes } from '../../src/domain/encoding';
import { detectDelimiter, excelSepLine, scanTable } from '../../src/domain/parse-csv';
import { AUTO_CHOICE, previewCsv } from '../../src/domain/upload/csv-profile';
import { ingestCsv } from '../../src/domain/upload/ingest-csv';
import { extractRows } from '../../src/domain/upload/export';
import { buildAreaIndex } from '../../src/domain/upload/area-index';
import { areaKeysInForce } from '../../src/domain/upload/compose';
import { fixtureBytes, loadGeodata } from '../helpers/geodata';

const index = buildAreaIndex(areaKeysInForce(loadGeodata(), null));
function ingest(name: string) {
  const bytes = fixtureBytes(name);
  const p = previewCsv(bytes, AUTO_CHOICE, false, name);
  if (!p.suggested) throw new Error(`no mapping for ${name}`);
  return ingestCsv(decodeBytes(bytes), AUTO_CHOICE, p.suggested, index, name);
}

describe('row numbers are the spreadsheet rows (blank-and-multiline.csv)', () => {
  const r = ingest('blank-and-multiline.csv');
  it('the first data row is row 2; a blank line counts as a row; a quoted field over two lines is one row', () =>
    expect(r.figures.map((f) => [f.code, f.row])).toEqual([
      ['WK091740', 2],
      ['WK091736', 4],
    ]));
  it('names the unmatched row by its spreadsheet row', () => expect(Array.from(r.report.unmatchedRowNumbers)).toEqual([5]));
  it('the unmatched-rows download uses the same numbers', () =>
    expect(extractRows(decodeBytes(fixtureBytes('blank-and-multiline.csv')).text, ';', new Set([5]))).toBe(
      '\ufeffrij;code;naam;corporatie_pct\r\n5;WK091799;Onbekend;30\r\n',
    ));
});

describe("Excel's sep= first line (excel-sep.csv)", () => {
  it('is recognised, also quoted, with trailing delimiters, and for a tab', () => {
    expect(excelSepLine('sep=;\r\na;b')).toEqual({ named: ';', delimiter: ';', length: 7 });
    expect(excelSepLine('"sep=;";;\na;b')?.delimiter).toBe(';');
    expect(excelSepLine('sep=\t\na')?.delimiter).toBe('\t');
    expect(excelSepLine('sep=:\na')).toEqual({ named: ':', delimiter: null, length: 6 });
    expect(excelSepLine('sepia;b\n')).toBeNull();
  });
  it('decides the delimiter', () => expect(detectDelimiter('sep=,\na;b,c\n1;2,3\n')).toBe(','));
  it('is not part of the table: the header is the next line and it is row 1', () => {
    const p = previewCsv(fixtureBytes('excel-sep.csv'), AUTO_CHOICE, false, 'excel-sep.csv');
    expect([p.profile.delimiter, p.header, p.issues]).toEqual([';', ['Wijk, buurt', 'code', 'corporatie_pct'], []]);
    const r = ingest('excel-sep.csv');
    expect(r.figures.map((f) => [f.code, f.share, f.row])).toEqual([
      ['WK091740', 45.5, 2],
      ['WK091736', 6, 3],
    ]);
  });
  it('naming a delimiter the app does not read is refused, with the character', () => {
    const issues = scanTable('sep=:\na:b\n1:2\n', { file: 'x.csv' }, () => undefined).issues;
    expect(issues).toEqual([{ severity: 'error', code: 'csv.sep-unsupported', context: { file: 'x.csv', value: ':' } }]);
  });
});

describe('a quote that is never closed (unclosed-quote.csv)', () => {
  const r = ingest('unclosed-quote.csv');
  const err = r.issues.find((i) => i.code === 'csv.unclosed-quote');
  it('is an error naming the row and the rows it swallowed', () =>
    expect(err).toEqual({
      severity: 'error',
      code: 'csv.unclosed-quote',
      context: { file: 'unclosed-quote.csv', row: 3, rows: '4–5', count: 2 },
    }));
  it('says so in Dutch and English, without papaparse text', () => {
    expect(err && problemMessage(err, 'nl')).toBe(
      'Rij 3 opent een aanhalingsteken (") dat nergens wordt gesloten, zodat alles daarna in één veld van rij 3 belandt: rij 4–5 (2 in totaal). Het bestand is niet ingelezen; sluit of verwijder dat aanhalingsteken en sla het bestand opnieuw op.',
    );
    expect(err && problemMessage(err, 'en')).toContain('ends up in one field of row 3: row 4–5 (2 in all)');
  });
  it('is not applied: the result is fatal and refused', () => expect([r.fatal, r.verdict]).toEqual([true, 'refuse']));
  it('is refused already in the preview of a small file', () =>
    expect(previewCsv(fixtureBytes('unclosed-quote.csv'), AUTO_CHOICE, false, 'u.csv').issues.map((i) => i.code)).toEqual([
      'csv.unclosed-quote',
    ]));
  it('is not reported in the preview of a slice (the quote may close after it)', () =>
    expect(previewCsv(fixtureBytes('unclosed-quote.csv'), AUTO_CHOICE, true, 'u.csv').issues).toEqual([]));
  it('in the last row: says it is the last row', () =>
    expect(scanTable('a;b\n1;2\n"3;4\n', {}, () => undefined).issues.filter((i) => i.severity === 'error')).toEqual([
      { severity: 'error', code: 'csv.unclosed-quote-last', context: { row: 3 } },
    ]));
});
