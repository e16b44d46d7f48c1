/**
 * Hostile and broken figure files (issue 14): each is refused with its cause, asked about, or read
 * correctly, never drawn wrongly. Every case has a frozen fixture in tests/fixtures/upload.
 */
import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../src/i18n/problem-text';
import { decodeBytes } from '../../src/domain/encoding';
import { AUTO_CHOICE, previewCsv } from '../../src/domain/upload/csv-profile';
import { ingestCsv } from '../../src/domain/upload/ingest-csv';
import { readUploadText } from '../../src/domain/upload/read-text';
import { buildAreaIndex } from '../../src/domain/upload/area-index';
import { areaKeysInForce } from '../../src/domain/upload/compose';
import type { ColumnMapping } from '../../src/domain/upload/mapping';
import { fixtureBytes, loadGeodata } from '../helpers/geodata';

const index = buildAreaIndex(areaKeysInForce(loadGeodata(), null));
const preview = (name: string) => previewCsv(fixtureBytes(name), AUTO_CHOICE, false, name);
function ingest(name: string, patch: Partial<ColumnMapping> = {}) {
  const p = preview(name);
  if (!p.suggested) throw new Error(`no mapping for ${name}`);
  return ingestCsv(decodeBytes(fixtureBytes(name)), AUTO_CHOICE, { ...p.suggested, ...patch }, index, name);
}
const nl = (p: { issues: Parameters<typeof problemMessage>[0][] }) => p.issues.map((i) => problemMessage(i, 'nl'));

describe('class 2: no usable value', () => {
  it('code;naam;corporatie: suggests corporatie (numbers within 0–100), never naam', () => {
    const p = preview('code-naam-corporatie.csv');
    expect(p.suggested?.value).toEqual({ kind: 'share', share: 'corporatie' });
    expect(p.valueColumns).toEqual(['corporatie']);
    expect(p.columns.map((c) => [c.column, c.kind])).toEqual([
      ['code', 'code'],
      ['naam', 'text'],
      ['corporatie', 'share'],
    ]);
  });
  it('a share column with some text and a value above 100 is still suggested by its name (problems.csv)', () =>
    expect(preview('problems.csv').suggested?.value).toEqual({ kind: 'share', share: 'corporatie_pct' }));
  it('a column that is mostly text is never a number column, even when named like one', () => {
    const p = previewCsv(
      new TextEncoder().encode('code;corporatie_pct\nWK091740;veel\nWK091736;weinig\nWK091741;12\n'),
      AUTO_CHOICE,
      false,
      'x.csv',
    );
    expect([p.suggested, p.valueColumns, p.issues.map((i) => i.code)]).toEqual([null, [], ['upload.no-number-column']]);
  });
  it('code;naam;corporatie is applied with the values of corporatie', () => {
    const r = ingest('code-naam-corporatie.csv');
    expect([r.verdict, r.figures.map((f) => [f.code, f.share])]).toEqual([
      'ok',
      [
        ['WK091740', 45.5],
        ['WK091736', 6],
        ['WK091741', 19],
      ],
    ]);
  });
  it('naam chosen as the number column anyway: refused, no value usable', () => {
    const r = ingest('code-naam-corporatie.csv', { value: { kind: 'share', share: 'naam' } });
    expect([r.verdict, r.fatal, r.figures.length]).toEqual(['refuse', true, 3]);
    expect(r.issues.at(-1)).toEqual({
      severity: 'error',
      code: 'upload.no-usable-value',
      context: { file: 'code-naam-corporatie.csv', column: 'naam', matched: 3, nonNumeric: 3, noData: 0, outOfRange: 0 },
    });
    expect(problemMessage(r.issues.at(-1) ?? r.issues[0]!, 'nl')).toBe(
      'Geen enkele waarde in kolom "naam" is bruikbaar (3 gekoppelde gebieden: 3 geen getal, 0 leeg of geheim, 0 buiten bereik). Het bestand is niet gebruikt; kies de kolom met het aandeel of de aantallen, of controleer het decimaalteken.',
    );
  });
  it('a names-only file is refused in the preview: "geen kolom met cijfers"', () => {
    const p = preview('names-only.csv');
    expect([p.suggested, p.valueColumns, p.issues.map((i) => i.code)]).toEqual([null, [], ['upload.no-number-column']]);
    expect(nl(p)[0]).toMatch(/^Geen kolom met cijfers: in de eerste 2 rijen .*\(kolommen: code, naam\)/);
  });
  it('a header-only file is refused in the preview: "geen kolom met cijfers"', () => {
    const p = preview('header-only.csv');
    expect(p.issues).toEqual([
      {
        severity: 'error',
        code: 'upload.header-only',
        context: { file: 'header-only.csv', columns: 'code, naam, corporatie_pct', rows: 0 },
      },
    ]);
    expect(nl(p)[0]).toBe(
      'Het bestand heeft alleen een kopregel (code, naam, corporatie_pct) en geen rijen: geen kolom met cijfers. Kies het bestand met de gegevens zelf.',
    );
  });
  it('fewer than half of the matched areas usable: asked first (problems.csv, 1 of 4)', () => {
    const r = ingest('problems.csv');
    expect([r.verdict, r.questions[0]?.kind, r.questions[0]?.answers]).toEqual([
      'ask',
      'few-usable',
      [{ id: 'accept', patch: { acceptFewValues: true } }],
    ]);
    expect(r.questions[0] && problemMessage(r.questions[0].problem, 'nl')).toBe(
      'Kolom "corporatie_pct" geeft maar voor 1 van de 4 gekoppelde gebieden een bruikbare waarde (minder dan 50 %); de andere zouden als "geen gegevens" op de kaart komen. Controleer de kolom en het decimaalteken, of bevestig dat u het zo wilt tonen.',
    );
  });
});

describe('class 3: fractions drawn as percentages (fractions.csv)', () => {
  const r = ingest('fractions.csv');
  it('is asked about, never applied as it is', () => {
    expect([r.verdict, r.fatal, r.questions.map((q) => q.kind)]).toEqual(['ask', true, ['fraction-scale']]);
    expect(r.questions[0]?.problem.context).toEqual({
      file: 'fractions.csv',
      column: 'aandeel_corporatie',
      count: 3,
      value: '0,455',
      row: 2,
    });
    expect(r.questions[0]?.answers).toEqual([
      { id: 'scale-100', patch: { scale: 100 } },
      { id: 'scale-1', patch: { scale: 1 } },
    ]);
  });
  it('says so in Dutch', () =>
    expect(r.questions[0] && problemMessage(r.questions[0].problem, 'nl')).toBe(
      'De aandelen in kolom "aandeel_corporatie" liggen alle tussen 0 en 1 (3 waarden, zoals "0,455" in rij 2): dat lijken fracties, geen procenten. Zo getekend zou alles onder 1 % liggen. Bevestig de omrekening × 100 (0,455 wordt 45,5 %), of bevestig dat het echt procenten zijn.',
    ));
  it('× 100 confirmed: applied as 45,5 %, 6 % and 19 %', () => {
    const ok = ingest('fractions.csv', { scale: 100 });
    expect([ok.verdict, ok.figures.map((f) => f.share)]).toEqual(['ok', [45.5, 6, 19]]);
  });
  it('"they are percentages" confirmed: applied as they are', () => {
    const ok = ingest('fractions.csv', { scale: 1 });
    expect([ok.verdict, ok.figures.map((f) => f.share)]).toEqual(['ok', [0.455, 0.06, 0.19]]);
  });
  it('× 100 of a value above 1 is out of range, not 150 %', () => {
    const r2 = ingestCsv(
      decodeBytes(new TextEncoder().encode('code;pct\nWK091740;1,5\nWK091736;0,5\nWK091741;0,4\n')),
      AUTO_CHOICE,
      {
        key: 'code',
        keyKind: 'code',
        nameLevel: 'all',
        value: { kind: 'share', share: 'pct' },
        dwellings: null,
        year: null,
        name: null,
        scale: 100,
      },
      index,
      'x.csv',
    );
    expect([r2.figures.map((f) => f.share), r2.report.outOfRange]).toEqual([[null, 50, 40], 1]);
  });
});

describe('class 5: name the cause', () => {
  it.each([
    ['image.png', 'upload.binary-image', 'PNG', 'Dit is een afbeelding (PNG), geen tabel met cijfers.'],
    ['workbook.xlsx', 'upload.binary-excel', 'XLSX', 'Dit is een Excel- of spreadsheetbestand (XLSX), geen CSV.'],
    ['document.pdf', 'upload.binary-pdf', 'PDF', 'Dit is een PDF, geen tabel met cijfers.'],
  ])('%s is refused as %s (%s)', (name, code, format, start) => {
    const p = preview(name);
    expect(p.issues).toEqual([{ severity: 'error', code, context: { file: name, format } }]);
    expect(nl(p)[0]?.startsWith(start)).toBe(true);
  });
  it.each([
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], 'upload.binary-excel'],
    [[0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], 'upload.binary-zip'],
    [[0x1f, 0x8b, 0x08, 0], 'upload.binary-zip'],
    [[0xff, 0xd8, 0xff, 0xe0], 'upload.binary-image'],
    [[0x63, 0x6f, 0x64, 0x65, 0, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06], 'upload.binary'],
  ])('bytes %j are refused as %s', (bytes, code) =>
    expect(readUploadText(new Uint8Array(bytes), 'auto', false, 'x').refusal.map((i) => i.code)).toEqual([code]),
  );
  it('a CSV whose header starts with "BM" or "PK" is still text', () => {
    expect(readUploadText(new TextEncoder().encode('BMI;code\n1;2\n'), 'auto', false, 'x').refusal).toEqual([]);
    expect(readUploadText(new TextEncoder().encode('PKcode;x\n1;2\n'), 'auto', false, 'x').refusal).toEqual([]);
  });
  it('mixed UTF-8 and Windows-1252 is refused, naming a line of each', () => {
    const p = preview('mixed-encoding.csv');
    expect(p.issues).toEqual([
      {
        severity: 'error',
        code: 'upload.mixed-encoding',
        context: {
          file: 'mixed-encoding.csv',
          utf8Line: '2',
          utf8Text: 'Versiliënbosch',
          ansiLine: '3',
          ansiText: 'Caumerveld-Douve Weiën',
        },
      },
    ]);
    expect(nl(p)[0]).toBe(
      'Het bestand lijkt gemengd UTF-8 en Windows-1252: regel 2 is UTF-8 ("Versiliënbosch"), regel 3 Windows-1252 ("Caumerveld-Douve Weiën"). Zo worden letters als ë verminkt. Sla het bestand in één codering op, bij voorkeur als CSV UTF-8.',
    );
  });
  it('a plain Windows-1252 file is still read (not mixed)', () => expect(preview('windows-1252.csv').issues).toEqual([]));
  it('UTF-16 without a BOM is recognised, read and noted', () => {
    const p = preview('utf16le-nobom.csv');
    expect([p.issues, p.profile.encoding, p.header, p.notices.map((i) => i.code)]).toEqual([
      [],
      'utf-16le',
      ['code', 'corporatie_pct'],
      ['upload.utf16-no-bom'],
    ]);
    const r = ingest('utf16le-nobom.csv');
    expect([r.verdict, r.figures.map((f) => f.share), r.issues.map((i) => i.code)]).toEqual(['ok', [45.5, 6], ['upload.utf16-no-bom']]);
  });
});
