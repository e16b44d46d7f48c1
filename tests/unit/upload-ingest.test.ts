/** Ingesting uploaded figures against the real Parkstad areas: matching, counts → share, every problem with its row. */
import { problem } from '../../src/domain/problem';
import { problemMessage } from '../../src/i18n/problem-text';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/domain/encoding';
import { AUTO_CHOICE } from '../../src/domain/upload/csv-profile';
import { ingestCsv, type FigureResult } from '../../src/domain/upload/ingest-csv';
import { buildAreaIndex, nameKey, resolveKey } from '../../src/domain/upload/area-index';
import { areaKeysInForce } from '../../src/domain/upload/compose';
import { suggestMapping, type ColumnMapping } from '../../src/domain/upload/mapping';
import { issueCollector } from '../../src/domain/upload/issue-collector';
import { fixtureBytes, loadGeodata } from '../helpers/geodata';

const base = loadGeodata();
const index = buildAreaIndex(areaKeysInForce(base, null));
const text = (s: string) => decodeBytes(new TextEncoder().encode(s));

function ingest(name: string, patch: Partial<ColumnMapping> = {}): FigureResult {
  const decoded = decodeBytes(fixtureBytes(name));
  const [head = '', first = ''] = decoded.text.split(/\r?\n/);
  const d = head.includes('\t') ? '\t' : head.includes(';') ? ';' : ',';
  const mapping = suggestMapping(
    head.split(d).map((h) => h.replace(/"/g, '')),
    [first.split(d).map((c) => c.replace(/"/g, ''))],
  );
  if (!mapping) throw new Error(`no mapping for ${name}`);
  return ingestCsv(decoded, AUTO_CHOICE, { ...mapping, ...patch }, index, name);
}

describe('resolveKey: codes', () => {
  it.each([
    ['GM0917', 'GM0917'],
    ['0917', 'GM0917'],
    ['917', 'GM0917'],
    ['wk091740', 'WK091740'],
    ['091740', 'WK091740'],
    [' BU09172000 ', 'BU09172000'],
    ['bu 0917 2000', 'BU09172000'],
  ])('%j → %s', (raw, code) => {
    const r = resolveKey(raw, 'code', index);
    expect(r.kind === 'match' ? r.area.code : r.kind).toBe(code);
  });
  it('keeps leading zeros: 0917 is Heerlen, not GM917 or 917', () =>
    expect(resolveKey('0917', 'code', index)).toMatchObject({ kind: 'match', area: { name: 'Heerlen' } }));
  it('says a valid code outside the map has no area', () =>
    expect(resolveKey('GM0363', 'code', index)).toEqual({ kind: 'no-area', code: 'GM0363' }));
  it('says text is not a code', () => expect(resolveKey('Heerlen', 'code', index)).toEqual({ kind: 'bad-code' }));
  it('says an empty key is empty', () => expect(resolveKey('  ', 'code', index)).toEqual({ kind: 'empty-key' }));
});

describe('resolveKey: names', () => {
  it('folds accents, case and punctuation', () => expect(nameKey('Heerlerbaan - Centrum')).toBe(nameKey('heerlerbaan centrum')));
  it('finds Versiliënbosch written without the diaeresis', () =>
    expect(resolveKey('VERSILIENBOSCH', 'name', index)).toMatchObject({ kind: 'match', area: { code: 'BU09172003' } }));
  it('finds a wijk with or without its "Wijk 40" prefix', () => {
    expect(resolveKey('Wijk 40 Heerlerbaan-Centrum', 'name', index)).toMatchObject({ kind: 'match', area: { code: 'WK091740' } });
    expect(resolveKey('Heerlerbaan-Centrum', 'name', index)).toMatchObject({ kind: 'match', area: { code: 'WK091740' } });
  });
  it('reports Heksenberg (a wijk and a buurt) as ambiguous with both codes', () => {
    const r = resolveKey('Heksenberg', 'name', index);
    expect(r.kind === 'ambiguous' ? r.candidates.map((c) => c.code) : r.kind).toEqual(['WK091722', 'BU09172200']);
  });
  it('resolves the ambiguity when the level is fixed', () =>
    expect(resolveKey('Heksenberg', 'name', index, 'buurt')).toMatchObject({ kind: 'match', area: { code: 'BU09172200' } }));
});

describe('ingestCsv: a CBS-style download (;, decimal comma, BOM, quoted, thousands dots, trailing empty lines)', () => {
  const r = ingest('heerlen-wijken-2025.csv');
  const fig = (code: string) => r.figures.find((f) => f.code === code);
  it('reads all 24 rows (gemeente + 23 wijken) and matches them all', () => {
    expect(r.report.rows).toBe(24);
    expect(r.report.matchedRows).toBe(24);
    expect(r.figures).toHaveLength(24);
  });
  it('reads 45,5 for Heerlerbaan-Centrum (spreadsheet row 23) with 2.301 dwellings and year 2025 (from 2025JJ00)', () =>
    expect(fig('WK091740')).toEqual({
      code: 'WK091740',
      level: 'wijk',
      name: 'Wijk 40 Heerlerbaan-Centrum',
      share: 45.5,
      dwellings: 2301,
      year: 2025,
      row: 23,
    }));
  it('reads the gemeente row (GM0917, 36,0 % of 46.697)', () => expect(fig('GM0917')).toMatchObject({ share: 36, dwellings: 46697 }));
  it('has no issues', () => expect(r.issues).toEqual([]));
});

describe('ingestCsv: a file with problems', () => {
  const r = ingest('problems.csv');
  it('counts rows, matched rows and unmatched rows', () =>
    expect([r.report.rows, r.report.matchedRows, r.report.unmatchedCount]).toEqual([8, 5, 3]));
  it('lists the unmatched rows with their spreadsheet row number (header = row 1), key, name and reason', () =>
    expect(r.report.unmatched.map((u) => [u.row, u.key, u.name, u.reason])).toEqual([
      [4, 'WK091799', '<img src=x onerror=alert(1)>', 'no-area'],
      [7, 'XYZ', 'Geen code', 'bad-code'],
      [9, 'GM0363', 'Amsterdam', 'no-area'],
    ]));
  it('keeps every unmatched row number (for the download)', () => expect(Array.from(r.report.unmatchedRowNumbers)).toEqual([4, 7, 9]));
  it('reports the duplicate code with both rows; the first wins', () => {
    expect(r.report.duplicates).toEqual([{ code: 'WK091740', rows: [2, 3] }]);
    expect(r.figures.find((f) => f.code === 'WK091740')?.share).toBe(45.5);
  });
  it('reports the non-numeric cell with row and column and keeps it as no data', () => {
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'upload.non-numeric', context: expect.objectContaining({ row: 5, column: 'corporatie_pct' }) }),
    );
    expect(r.figures.find((f) => f.code === 'WK091736')?.share).toBeNull();
  });
  it('reports 120 % as out of range', () =>
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        code: 'upload.out-of-range',
        context: expect.objectContaining({ row: 6, column: 'corporatie_pct' }),
      }),
    ));
  it('counts the CBS symbol "." as no data, not as a problem', () => {
    expect(r.report.noData).toBe(1);
    expect(r.issues.filter((i) => i.context.row === 8)).toEqual([]);
  });
  it('asks before applying: only 1 of the 4 matched areas has a usable value (below the half)', () => {
    expect([r.verdict, r.fatal, r.report.usable, r.questions.map((q) => q.kind)]).toEqual(['ask', true, 1, ['few-usable']]);
    expect(r.questions[0]?.problem.context).toEqual({ file: 'problems.csv', column: 'corporatie_pct', usable: 1, matched: 4, min: 50 });
  });
  it('applies once the user accepted it (the answer is kept in the mapping)', () => {
    const accepted = ingest('problems.csv', r.questions[0]?.answers[0]?.patch);
    expect([accepted.verdict, accepted.fatal, accepted.mapping.acceptFewValues]).toEqual(['ok', false, true]);
  });
});

describe('ingestCsv: counts → share (tab-separated, bare codes)', () => {
  const r = ingest('counts.tsv');
  const fig = (code: string) => r.figures.find((f) => f.code === code);
  it('computes 621 of 2301 as 26,99 %', () => expect(fig('WK091740')?.share).toBeCloseTo(26.9883, 4));
  it('takes the total as the dwellings', () => expect(fig('WK091740')?.dwellings).toBe(2301));
  it('reads the bare code 917 as GM0917: 16811 of 46697 = 36,0 %', () => expect(fig('GM0917')?.share).toBeCloseTo(36.0002, 4));
  it('gives no share for a total of 0, and says so', () => {
    expect(fig('WK091736')?.share).toBeNull();
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'upload.zero-total', context: expect.objectContaining({ row: 4, column: 'woningvoorraad' }) }),
    );
  });
  it('rejects more corporation dwellings than dwellings', () => {
    expect(fig('BU09172000')?.share).toBeNull();
    expect(r.issues).toContainEqual(
      expect.objectContaining({
        code: 'upload.corporation-over-total',
        context: expect.objectContaining({ row: 5, column: 'corporatiewoningen' }),
      }),
    );
  });
});

describe('ingestCsv: names, decimal points and Windows-1252', () => {
  it('matches names and reports the ambiguous and unknown ones', () => {
    const r = ingest('names-dot.csv');
    expect(r.figures.map((f) => [f.code, f.share])).toEqual([
      ['BU09172003', 83],
      ['WK091740', 61.5],
      ['WK091736', 7.5],
    ]);
    expect(r.report.unmatched.map((u) => [u.row, u.reason, u.candidates])).toEqual([
      [4, 'ambiguous', ['WK091722', 'BU09172200']],
      [5, 'unknown-name', []],
    ]);
  });
  it('reads a Windows-1252 file with ë in a name and thousands dots', () => {
    const r = ingest('windows-1252.csv');
    expect(r.profile.encoding).toBe('windows-1252');
    expect(r.figures[0]).toMatchObject({ code: 'BU09172003', name: 'Versiliënbosch', share: 83, dwellings: 1204 });
  });
});

describe('ingestCsv: name as a fallback for unusable codes', () => {
  const mapping: ColumnMapping = {
    key: 'code',
    keyKind: 'code',
    nameLevel: 'all',
    value: { kind: 'share', share: 'pct' },
    dwellings: null,
    year: null,
    name: 'naam',
  };
  const r = ingestCsv(
    text('code;naam;pct\n?;Heerlerbaan-Centrum;50\nBU03630000;Welten-Benzenrade;7\n'),
    AUTO_CHOICE,
    mapping,
    index,
    'n.csv',
  );
  it('joins a row without a usable code by its name, and says so', () => {
    expect(r.figures).toEqual([expect.objectContaining({ code: 'WK091740', share: 50, row: 2 })]);
    expect(r.report.matchedByName).toBe(1);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ severity: 'info', code: 'upload.matched-by-name', context: expect.objectContaining({ row: 2 }) }),
    );
  });
  it('never joins a valid code from elsewhere by its name', () =>
    expect(r.report.unmatched.map((u) => [u.row, u.reason])).toEqual([[3, 'no-area']]));
});

describe('ingestCsv: years, fractions and fatal files', () => {
  const mapping: ColumnMapping = {
    key: 'code',
    keyKind: 'code',
    nameLevel: 'all',
    value: { kind: 'share', share: 'pct' },
    dwellings: null,
    year: 'jaar',
    name: null,
  };
  it('keeps the latest year per area and counts the older rows, not as duplicates', () => {
    const r = ingestCsv(
      text('code;pct;jaar\nWK091740;78;2024\nWK091740;70;2025\nWK091740;80;2023\n'),
      AUTO_CHOICE,
      mapping,
      index,
      'y.csv',
    );
    expect(r.figures).toEqual([expect.objectContaining({ share: 70, year: 2025, row: 3 })]);
    expect([r.report.olderYears, r.report.duplicates.length]).toEqual([2, 0]);
  });
  it('asks when every share is between 0 and 1 (a fraction, not a percentage)', () => {
    const r = ingestCsv(
      text('code;pct\nWK091740;0,78\nWK091736;0,06\nWK091741;0,19\n'),
      AUTO_CHOICE,
      { ...mapping, year: null },
      index,
      'f.csv',
    );
    expect([r.verdict, r.issues, r.questions.map((q) => q.problem.code)]).toEqual(['ask', [], ['upload.fraction-ask']]);
  });
  it('is fatal when a mapped column is missing, and says which', () => {
    const r = ingestCsv(text('code;pct\nWK091740;78\n'), AUTO_CHOICE, mapping, index, 'm.csv');
    expect(r.fatal).toBe(true);
    expect(r.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'upload.mapping-column',
        context: expect.objectContaining({ column: 'jaar', file: 'm.csv' }),
      }),
    ]);
  });
  it('is fatal when no row matches any area', () => {
    const r = ingestCsv(text('code;pct\nGM0363;25\n'), AUTO_CHOICE, { ...mapping, year: null }, index, 'a.csv');
    expect(r.fatal).toBe(true);
    expect(r.issues.at(-1)?.code).toBe('upload.no-match');
  });
  it('reports progress up to the end of the text', () => {
    const seen: number[] = [];
    ingestCsv(text('code;pct\n' + 'WK091740;78\n'.repeat(500)), AUTO_CHOICE, { ...mapping, year: null }, index, 'p.csv', {
      onProgress: (f) => seen.push(f),
    });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toBeGreaterThan(0.97);
  });
});

describe('issueCollector', () => {
  it('lists the first N per code and sums up the rest', () => {
    const c = issueCollector(2, 'x.csv');
    for (let row = 1; row <= 5; row++) c.add(problem('warning', 'upload.non-numeric', { row, value: 'x' }));
    const done = c.done();
    expect(done.map((i) => i.context.row ?? null)).toEqual([1, 2, null]);
    expect(done[2] && problemMessage(done[2], 'nl')).toBe('… en nog 3 meldingen van deze soort (5 in totaal).');
    expect(done[2] && problemMessage(done[2], 'en')).toBe('… and 3 more of this kind (5 in all).');
    expect(c.counts.get('upload.non-numeric')).toBe(5);
  });
});
