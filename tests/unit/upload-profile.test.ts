/** The Dutch profile of uploaded CSV files: encoding, BOM, delimiter, decimal mark, preview and mapping suggestion. */
import { problemMessage } from '../../src/i18n/problem-text';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/domain/encoding';
import { detectDelimiter, parseTable, scanTable } from '../../src/domain/parse-csv';
import { detectDecimalMark, parseCell } from '../../src/domain/numbers';
import { AUTO_CHOICE, previewCsv } from '../../src/domain/upload/csv-profile';
import { headerSignature, mappingProblems, suggestMapping } from '../../src/domain/upload/mapping';
import { fixtureBytes } from '../helpers/geodata';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('removes a UTF-8 BOM and says so', () =>
    expect(decodeBytes(utf8('\ufeffcode;naam'))).toEqual({ text: 'code;naam', encoding: 'utf-8', bom: true }));
  it('reads UTF-8 without a BOM', () =>
    expect(decodeBytes(fixtureBytes('utf8-nobom.csv')).text).toBe('naam;aandeel corporatie %\nVersiliënbosch;83,0\n'));
  it('falls back to Windows-1252 when the bytes are not UTF-8 (ë as 0xEB)', () => {
    const d = decodeBytes(fixtureBytes('windows-1252.csv'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text.split('\r\n')[1]).toBe('Versiliënbosch;83,0;1.204');
  });
  it('obeys an explicit encoding', () => expect(decodeBytes(new Uint8Array([0x56, 0xeb]), 'windows-1252').text).toBe('Vë'));
  it('reads UTF-16 LE with its BOM (Excel "Unicode text")', () =>
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3b, 0x00])).text).toBe('a;'));
  it('does not call a multi-byte character cut off at the end of a slice invalid', () => {
    const bytes = utf8('naam\nVersiliënbosch').subarray(0, 13); // cut inside the 2-byte ë (bytes 12–13)
    expect(decodeBytes(bytes, 'auto', true).encoding).toBe('utf-8');
  });
});

describe('detectDelimiter', () => {
  it('finds ;', () => expect(detectDelimiter('code;naam;pct\nWK091740;Heerlerbaan;78,0\n')).toBe(';'));
  it('finds , with decimal points', () => expect(detectDelimiter('code,naam,pct\nWK091740,Heerlerbaan,78.0\n')).toBe(','));
  it('finds a tab', () => expect(detectDelimiter('code\tnaam\nWK091740\tHeerlerbaan\n')).toBe('\t'));
  it('prefers ; over the decimal commas inside its fields', () =>
    expect(detectDelimiter('code;pct\nWK091740;78,5\nWK091736;6,25\n')).toBe(';'));
  it('ignores delimiters inside quotes', () => expect(detectDelimiter('"naam;x",pct\n"Welten; Benzenrade",6\n')).toBe(','));
  it('defaults to ; for a single column', () => expect(detectDelimiter('code\nWK091740\n')).toBe(';'));
});

describe('detectDecimalMark', () => {
  it('sees a decimal comma in 45,5', () => expect(detectDecimalMark(['45,5', '2.301'])).toBe(','));
  it('sees a decimal point in 45.5', () => expect(detectDecimalMark(['45.5', '2,301'])).toBe('.'));
  it('reads 1.234,5 as a decimal comma', () => expect(detectDecimalMark(['1.234,5'])).toBe(','));
  it('reads 1,234.5 as a decimal point', () => expect(detectDecimalMark(['1,234.5'])).toBe('.'));
  it('treats 46.697 alone as ambiguous and uses the fallback', () => {
    expect(detectDecimalMark(['46.697'])).toBe(',');
    expect(detectDecimalMark(['46.697'], '.')).toBe('.');
  });
  it('ignores text, codes and CBS symbols', () => expect(detectDecimalMark(['Heerlen', 'WK091740', '.', 'x', '78.5'])).toBe('.'));
});

describe('CBS symbols and quoted fields', () => {
  it.each(['.', 'x', '-', '?', ''])('%j is no data', (s) => expect(parseCell(s)).toEqual({ kind: 'empty' }));
  it('keeps a quoted field with the delimiter and a quote in it', () =>
    expect(parseTable('naam;pct\n"Welten; ""Benzenrade""";6\n').value.records[0]?.cells.naam).toBe('Welten; "Benzenrade"'));
  it('skips trailing empty lines (CRLF)', () => expect(scanTable('a;b\r\n1;2\r\n\r\n\r\n', {}, () => undefined).value.rows).toBe(1));
  it('lists at most 100 rows with a wrong field count, and counts the rest', () => {
    const issues = scanTable('a;b\n' + '1\n'.repeat(250), {}, () => undefined).issues;
    expect(issues).toHaveLength(101);
    expect(issues[100] && problemMessage(issues[100], 'nl')).toBe('… en nog 150 meldingen van deze soort (250 in totaal).');
  });
  it('gives a malformed quote the spreadsheet row it is in', () =>
    expect(scanTable('a;b\n1;2\n"3"x;4\n"5";6\n', {}, () => undefined).issues.map((i) => [i.code, i.context.row])).toContainEqual([
      'csv.quotes',
      3,
    ]));
  it('reports a row with too few fields with its spreadsheet row number (header = row 1)', () =>
    expect(scanTable('a;b\n1;2\n3\n', {}, () => undefined).issues).toEqual([
      expect.objectContaining({
        code: 'csv.field-count',
        context: expect.objectContaining({ row: 3 }),
      }),
    ]));
  it('numbers data rows from 1 when asked (the embedded data)', () =>
    expect(scanTable('a;b\n1;2\n3\n', { rowNumbers: 'data' }, () => undefined).issues[0]?.context.row).toBe(2));
});

describe('previewCsv', () => {
  it('detects the profile of a CBS-style download: BOM, ;, decimal comma', () => {
    const p = previewCsv(fixtureBytes('heerlen-wijken-2025.csv'), AUTO_CHOICE, false, 'heerlen-wijken-2025.csv');
    expect(p.profile).toEqual({ encoding: 'utf-8', bom: true, delimiter: ';', decimal: ',' });
    expect(p.header).toEqual(['Wijken en buurten', 'Codering', 'Woningvoorraad', 'In bezit woningcorporatie (%)', 'Perioden']);
    expect(p.sample[1]).toEqual(['Wijk 10 Maria Gewanden en Terschuren', 'WK091710', '2.116', '35,0', '2025JJ00']);
  });
  it('detects a tab file', () =>
    expect(previewCsv(fixtureBytes('counts.tsv'), AUTO_CHOICE, false, 'counts.tsv').profile.delimiter).toBe('\t'));
  it('detects , with decimal points', () =>
    expect(previewCsv(fixtureBytes('names-dot.csv'), AUTO_CHOICE, false, 'x').profile).toMatchObject({ delimiter: ',', decimal: '.' }));
  it('obeys an overridden delimiter', () =>
    expect(previewCsv(fixtureBytes('names-dot.csv'), { ...AUTO_CHOICE, delimiter: ';' }, false, 'x').header).toEqual([
      'Gebied,Corporatiebezit (%)',
    ]));
  it('drops the possibly cut-off last row of a partial slice', () => {
    const bytes = utf8('code;pct\nWK091740;78\nWK0917');
    expect(previewCsv(bytes, AUTO_CHOICE, true, 'x').sample).toEqual([['WK091740', '78']]);
  });
});

describe('suggestMapping', () => {
  it('maps a CBS download: code by its values, share, dwellings, year and name', () =>
    expect(previewCsv(fixtureBytes('heerlen-wijken-2025.csv'), AUTO_CHOICE, false, 'x').suggested).toEqual({
      key: 'Codering',
      keyKind: 'code',
      nameLevel: 'all',
      value: { kind: 'share', share: 'In bezit woningcorporatie (%)' },
      dwellings: 'Woningvoorraad',
      year: 'Perioden',
      name: 'Wijken en buurten',
    }));
  it('maps counts when there is no share column', () =>
    expect(
      suggestMapping(['code', 'naam', 'corporatiewoningen', 'woningvoorraad', 'jaar'], [['917', 'Heerlen', '1', '2', '2025']])?.value,
    ).toEqual({ kind: 'counts', corporation: 'corporatiewoningen', total: 'woningvoorraad' }));
  it('falls back to a name key', () =>
    expect(suggestMapping(['Gebied', 'Corporatiebezit (%)'], [['Versilienbosch', '83']])?.keyKind).toBe('name'));
  it('prefers the area code over the gemeente code (more distinct values)', () =>
    expect(
      suggestMapping(
        ['gemeentecode', 'code', 'corporatie_pct'],
        [
          ['GM0917', 'WK091740', '78'],
          ['GM0917', 'WK091736', '6'],
        ],
      )?.key,
    ).toBe('code'));
  it('gives up without a value column', () => expect(suggestMapping(['code', 'naam'], [['WK091740', 'x']])).toBeNull());
  it('gives the same signature for the same header whatever the case or spacing', () =>
    expect(headerSignature(['Code', 'In bezit woningcorporatie (%)'])).toBe(headerSignature(['code ', 'In Bezit Woningcorporatie (%)'])));
  it('reports a mapped column the header lacks', () => {
    const m = suggestMapping(['code', 'corporatie_pct'], [['WK091740', '78']]);
    expect(m && mappingProblems({ ...m, year: 'jaar' }, ['code', 'corporatie_pct'])).toEqual([
      expect.objectContaining({ code: 'upload.mapping-column', context: expect.objectContaining({ column: 'jaar' }) }),
    ]);
  });
});
