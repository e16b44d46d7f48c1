/** Validates the text of geodata/liveability.csv. */
import { splitCsv } from './csv-text.ts';
import type { Issues } from './errors.ts';
import { parseDutch } from './numbers.ts';
import {
  CODE_PATTERN,
  GEO_FILES,
  LBM_BUURT_COUNT,
  LBM_REFERENCE,
  LBM_VALUE_COLUMNS,
  LBM_YEARS,
  LIVEABILITY_FILE,
  LIVEABILITY_HEADER,
  compareRows,
  type LiveabilityRow,
} from './schema.ts';
import { numberIssue } from './validate-stock.ts';

const F = LIVEABILITY_FILE;
const TOLERANCE = 1e-9;

export interface LiveabilitySummary {
  wijkRows: number;
  buurtRows: number;
  wijkCodes: Set<string>;
  buurtCodes: Set<string>;
}

export function validateLiveability(text: string, issues: Issues): LiveabilitySummary {
  const parsed = splitCsv(text);
  parsed.problems.forEach((p) => issues.add(F, 'format', p));
  const summary: LiveabilitySummary = { wijkRows: 0, buurtRows: 0, wijkCodes: new Set(), buurtCodes: new Set() };
  if (parsed.header.join(';') !== LIVEABILITY_HEADER.join(';')) {
    issues.add(F, 'header', `expected "${LIVEABILITY_HEADER.join(';')}", got "${parsed.header.join(';')}"`);
    return summary;
  }
  const years = new Map<string, Set<string>>();
  let prev: LiveabilityRow | undefined;
  for (const { line, cells } of parsed.rows) {
    const r = Object.fromEntries(LIVEABILITY_HEADER.map((c, i) => [c, cells[i] ?? ''])) as LiveabilityRow;
    const at = `line ${String(line)} (${r.code} ${r.jaar})`;
    const bad = (what: string): void => issues.add(F, at, what);
    if (r.niveau !== 'wijk' && r.niveau !== 'buurt') {
      bad(`niveau "${r.niveau}" is not wijk/buurt`);
      continue;
    }
    if (!CODE_PATTERN[r.niveau].test(r.code)) bad(`code is not a well-formed ${r.niveau} code`);
    if (r.naam.trim() === '') bad('naam empty');
    if (!(LBM_YEARS as readonly string[]).includes(r.jaar)) bad(`jaar ${r.jaar} not in ${LBM_YEARS.join(', ')}`);
    const seen = years.get(r.code) ?? new Set<string>();
    if (seen.has(r.jaar)) bad('duplicate code + jaar');
    seen.add(r.jaar);
    years.set(r.code, seen);
    if (prev && (compareRows(prev, r) || Number(prev.jaar) - Number(r.jaar)) >= 0) bad(`not sorted after ${prev.code} ${prev.jaar}`);
    prev = r;
    const v: Partial<Record<(typeof LBM_VALUE_COLUMNS)[number], number>> = {};
    for (const c of LBM_VALUE_COLUMNS) {
      if (r[c] === '') continue;
      const problem = numberIssue(r[c]);
      if (problem) bad(`${c}: ${problem}`);
      else v[c] = parseDutch(r[c]) ?? undefined;
    }
    if (v.lbm === undefined || v.afw === undefined) bad('lbm or afw missing');
    else if (Math.abs(v.lbm - v.afw - LBM_REFERENCE) > TOLERANCE)
      bad(`lbm − afw = ${String(v.lbm - v.afw)}, expected ${String(LBM_REFERENCE)}`);
    const dims = [v.fys, v.onv, v.soc, v.vrz, v.won];
    if (v.afw !== undefined && dims.every((d) => d !== undefined)) {
      const sum = dims.reduce<number>((a, d) => a + (d ?? 0), 0);
      if (Math.abs(sum - v.afw) > TOLERANCE) bad(`fys+onv+soc+vrz+won = ${String(sum)} ≠ afw ${String(v.afw)}`);
    }
    if (r.niveau === 'wijk') {
      summary.wijkRows++;
      summary.wijkCodes.add(r.code);
    } else {
      summary.buurtRows++;
      summary.buurtCodes.add(r.code);
    }
  }
  for (const [code, ys] of years)
    if (ys.size !== LBM_YEARS.length) issues.add(F, code, `has years ${[...ys].join(', ')}, expected ${LBM_YEARS.join(', ')}`);
  const n = LBM_YEARS.length;
  const expect = (what: string, got: number, want: number): void => {
    if (got !== want) issues.add(F, 'counts', `${what}: ${String(got)}, expected ${String(want)}`);
  };
  expect('wijk codes', summary.wijkCodes.size, GEO_FILES.wijken.count);
  expect('wijk rows', summary.wijkRows, GEO_FILES.wijken.count * n);
  expect('buurt codes', summary.buurtCodes.size, LBM_BUURT_COUNT);
  expect('buurt rows', summary.buurtRows, LBM_BUURT_COUNT * n);
  return summary;
}
