/**
 * Read an uploaded figures CSV in one streaming pass: each row's key is resolved to an area, its share
 * read (or computed from counts), and every row is accounted for — matched, without an area, ambiguous,
 * duplicate or with bad cells — with its row number and column.
 */
import { scanTable } from '../parse-csv';
import type { Decoded } from '../encoding';
import { mappingProblems, type ColumnMapping } from './mapping';
import { resolveKey, type AreaIndex } from './area-index';
import { resolveDecimal, resolveDelimiter, type CsvChoice, type CsvProfile } from './csv-profile';
import { issueCollector } from './issue-collector';
import { cellYear, rowFigures } from './cells';
import type { FigureReport, FigureResult, IngestOptions, UnmatchedRow, UploadFigure } from './figures';
import { problem, type Problem, type ProblemCode } from '../problem';
import { checkFigures } from './figure-checks';
import { verdictOf } from './verdict';

export type { FigureResult, IngestOptions, UnmatchedRow, UploadFigure } from './figures';

const REASON_CODE: Record<UnmatchedRow['reason'], ProblemCode> = {
  'empty-key': 'upload.empty-key',
  'bad-code': 'upload.bad-code',
  'no-area': 'upload.no-area',
  'unknown-name': 'upload.unknown-name',
  ambiguous: 'upload.ambiguous',
};

const emptyReport = (): FigureReport => ({
  rows: 0,
  matchedRows: 0,
  unmatchedCount: 0,
  unmatched: [],
  unmatchedRowNumbers: new Int32Array(0),
  duplicates: [],
  nonNumeric: 0,
  outOfRange: 0,
  noData: 0,
  olderYears: 0,
  matchedByName: 0,
  usable: 0,
});

/** A refused figures file: nothing read, the refusal as its issues (the map is not touched). */
export function refusedFigures(file: string, mapping: ColumnMapping, issues: Problem[], profile?: CsvProfile): FigureResult {
  const p: CsvProfile = profile ?? { encoding: 'utf-8', bom: false, delimiter: ';', decimal: ',' };
  return {
    file,
    profile: p,
    header: [],
    mapping,
    figures: [],
    report: emptyReport(),
    issues,
    verdict: 'refuse',
    questions: [],
    fatal: true,
  };
}

/**
 * Ingest decoded text with a mapping against the areas in `index`. A row without a usable code but
 * with a name (name column mapped) is matched by name as a fallback. Duplicate codes: the first row
 * wins, unless a year column is mapped and a later row has a later year (then the latest year wins
 * and older rows are counted, not reported as duplicates). Row numbers are the spreadsheet's (header =
 * row 1). Refused on a broken table (e.g. an unclosed quote), mixed encodings, no matching row or no
 * usable value; asked about when few values are usable or the shares look like fractions (`checkFigures`).
 */
export function ingestCsv(
  decoded: Decoded,
  choice: CsvChoice,
  mapping: ColumnMapping,
  index: AreaIndex,
  file: string,
  options: IngestOptions = {},
): FigureResult {
  const listLimit = options.listLimit ?? 200;
  const issues = issueCollector(50, file);
  const delimiter = resolveDelimiter(decoded.text, choice.delimiter);
  const sample: string[][] = [];
  const head = scanTable(decoded.text, { delimiter, file, maxRows: 500 }, (cells) => sample.push(cells));
  const header = head.value.header;
  const col = (name: string | null) => (name ? header.indexOf(name) : -1);
  const numericCols = (mapping.value.kind === 'share' ? [mapping.value.share] : [mapping.value.corporation, mapping.value.total]).map(col);
  const decimal = resolveDecimal(
    sample.flatMap((r) => numericCols.map((j) => r[j] ?? '')),
    delimiter,
    choice.decimal,
  );
  const profile: CsvProfile = { encoding: decoded.encoding, bom: decoded.bom, delimiter, decimal };
  const report = emptyReport();
  const unmatchedRows: number[] = [];
  const mixed = decoded.mixed;
  const fatalIssues = [
    ...(mixed
      ? [problem('error', 'upload.mixed-encoding', { file, ...mixed, utf8Line: String(mixed.utf8Line), ansiLine: String(mixed.ansiLine) })]
      : []),
    ...head.issues.filter((i) => i.severity === 'error'),
    ...mappingProblems(mapping, header, file),
  ];
  if (fatalIssues.length > 0) return { ...refusedFigures(file, mapping, fatalIssues, profile), header };
  if (decoded.utf16NoBom) issues.add(problem('info', 'upload.utf16-no-bom', { file, encoding: decoded.encoding.toUpperCase() }));
  const shareCol = mapping.value.kind === 'share' ? col(mapping.value.share) : -1;
  const rawShare = new Map<string, string>();

  const [keyCol, nameCol, yearCol] = [col(mapping.key), col(mapping.name), col(mapping.year)];
  const byCode = new Map<string, UploadFigure>();
  const dupRows = new Map<string, number[]>();
  const ctx = { decimal, file, issues, report };
  const scanned = scanTable(decoded.text, { delimiter, file, onProgress: options.onProgress }, (cells, row) => {
    const key = (cells[keyCol] ?? '').trim();
    const name = nameCol >= 0 ? (cells[nameCol] ?? '').trim() : mapping.keyKind === 'name' ? key : '';
    let r = resolveKey(key, mapping.keyKind, index, mapping.nameLevel);
    // Name as a fallback, only for rows without a usable code: a valid code elsewhere in the country
    // ("BU03630000 Centrum") must never be joined to a Parkstad area of the same name.
    if ((r.kind === 'bad-code' || r.kind === 'empty-key') && mapping.keyKind === 'code' && name) {
      const byName = resolveKey(name, 'name', index, mapping.nameLevel);
      if (byName.kind === 'match') {
        r = byName;
        report.matchedByName += 1;
        const code = byName.area.code;
        issues.addLazy('upload.matched-by-name', 'info', () =>
          problem('info', 'upload.matched-by-name', { file, row, column: mapping.key, value: key, name, key: code }),
        );
      }
    }
    if (r.kind !== 'match') {
      report.unmatchedCount += 1;
      unmatchedRows.push(row);
      const candidates = r.kind === 'ambiguous' ? r.candidates.map((c) => c.code) : [];
      if (report.unmatched.length < listLimit) report.unmatched.push({ row, key, name, reason: r.kind, candidates });
      const severity = r.kind === 'no-area' ? 'info' : 'warning';
      const code = REASON_CODE[r.kind];
      issues.addLazy(code, severity, () =>
        problem(severity, code, { file, row, column: mapping.key, value: key, candidates: candidates.join(', ') || undefined }),
      );
      return;
    }
    report.matchedRows += 1;
    const { share, dwellings } = rowFigures(cells, header, mapping, row, ctx);
    const year = yearCol >= 0 ? cellYear(cells, yearCol, header, row, ctx) : null;
    const figure: UploadFigure = { code: r.area.code, level: r.area.level, name: name || r.area.name, share, dwellings, year, row };
    const prev = byCode.get(figure.code);
    const otherYear = prev !== undefined && year !== null && prev.year !== null && year !== prev.year;
    if (otherYear) report.olderYears += 1;
    if (!prev || (otherYear && (year ?? 0) > (prev.year ?? 0))) {
      byCode.set(figure.code, figure);
      if (shareCol >= 0) rawShare.set(figure.code, (cells[shareCol] ?? '').trim());
    } else if (!otherYear) {
      const rows = dupRows.get(figure.code) ?? [prev.row];
      rows.push(row);
      dupRows.set(figure.code, rows);
    }
  });
  report.rows = scanned.value.rows;
  report.unmatchedRowNumbers = Int32Array.from(unmatchedRows);
  for (const [code, rows] of dupRows) {
    report.duplicates.push({ code, rows });
    issues.add(
      problem('warning', 'upload.duplicate-code', {
        file,
        row: rows[1],
        column: mapping.key,
        key: code,
        rows: rows.join(', '),
        first: String(rows[0]),
      }),
    );
  }
  if (report.olderYears > 0) {
    issues.add(problem('info', 'upload.older-years', { file, column: mapping.year ?? undefined, count: report.olderYears }));
  }
  for (const i of scanned.issues) issues.add(i);
  const figures = [...byCode.values()];
  report.usable = figures.filter((f) => f.share !== null).length;
  if (figures.length === 0 && !scanned.issues.some((i) => i.severity === 'error')) {
    issues.add(problem('error', 'upload.no-match', { file, column: mapping.key, count: report.rows }));
  }
  const checks = checkFigures(figures, mapping, report, file, (f) => rawShare.get(f.code) ?? '');
  for (const i of checks.issues) issues.add(i);
  const all = issues.done();
  const { verdict, fatal } = verdictOf(all, checks.questions);
  return {
    file,
    profile,
    header,
    mapping,
    figures,
    report,
    issues: all,
    verdict,
    questions: verdict === 'ask' ? checks.questions : [],
    fatal,
  };
}
