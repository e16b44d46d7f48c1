/** Validates the text of geodata/trend.csv (used by check-data.ts and, before writing, by build-data.ts). */
import { splitCsv } from './csv-text.ts';
import type { Issues } from './errors.ts';
import { sharePct } from './numbers.ts';
import {
  CODE_PATTERN,
  TREND_BASIS,
  TREND_FILE,
  TREND_FIRST_YEAR,
  TREND_HEADER,
  TREND_LAST_YEAR,
  TREND_NIVEAUS,
  type TrendRow,
} from './schema.ts';
import { markBreaks } from './trend.ts';

const F = TREND_FILE;
const REGION_CODES: Record<string, string> = { parkstad: 'regio', limburg: 'provincie', 'zuid-limburg': 'corop', nederland: 'land' };
const COUNTS = ['woningen', 'koop', 'huur', 'corporatie', 'overige_verhuurders', 'onbekend'] as const;
const PCTS = [
  ['koop_pct', 'koop'],
  ['huur_pct', 'huur'],
  ['corporatie_pct', 'corporatie'],
  ['overige_verhuurders_pct', 'overige_verhuurders'],
] as const;
const YEARS = TREND_LAST_YEAR - TREND_FIRST_YEAR + 1;

const order = (r: TrendRow): string => `${String(TREND_NIVEAUS.indexOf(r.niveau as (typeof TREND_NIVEAUS)[number]))} ${r.code} ${r.jaar}`;

/** Rows by `code jaar`; problems go to `issues`. */
export function validateTrend(text: string, issues: Issues): Map<string, TrendRow> {
  const parsed = splitCsv(text);
  parsed.problems.forEach((p) => issues.add(F, 'format', p));
  const rows = new Map<string, TrendRow>();
  if (parsed.header.join(';') !== TREND_HEADER.join(';')) {
    issues.add(F, 'header', `expected "${TREND_HEADER.join(';')}", got "${parsed.header.join(';')}"`);
    return rows;
  }
  let prev = '';
  for (const { line, cells } of parsed.rows) {
    const r = Object.fromEntries(TREND_HEADER.map((c, i) => [c, cells[i] ?? ''])) as TrendRow;
    const bad = (what: string): void => issues.add(F, `line ${String(line)} (${r.code} ${r.jaar})`, what);
    const niveau = CODE_PATTERN.gemeente.test(r.code) ? 'gemeente' : REGION_CODES[r.code];
    if (niveau === undefined) bad(`code "${r.code}" is neither a gemeente code nor one of ${Object.keys(REGION_CODES).join(', ')}`);
    else if (r.niveau !== niveau) bad(`niveau "${r.niveau}", expected ${niveau}`);
    if (r.naam.trim() === '') bad('naam empty');
    const jaar = Number(r.jaar);
    if (!/^\d{4}$/.test(r.jaar) || jaar < TREND_FIRST_YEAR || jaar > TREND_LAST_YEAR)
      bad(`jaar "${r.jaar}" outside ${String(TREND_FIRST_YEAR)}–${String(TREND_LAST_YEAR)}`);
    const key = `${r.code} ${r.jaar}`;
    if (rows.has(key)) bad('duplicate code + jaar');
    if (order(r) <= prev) bad('not sorted (gemeenten by code, then parkstad, limburg, zuid-limburg, nederland; each by jaar)');
    prev = order(r);
    if (COUNTS.some((c) => !/^\d+$/.test(r[c]))) {
      bad('a count is not a whole number');
      continue;
    }
    const n = (c: (typeof COUNTS)[number]): number => Number(r[c]);
    if (n('koop') + n('huur') + n('onbekend') !== n('woningen')) bad('koop + huur + onbekend ≠ woningen');
    if (n('corporatie') + n('overige_verhuurders') !== n('huur')) bad('corporatie + overige_verhuurders ≠ huur');
    for (const [pct, c] of PCTS) {
      const want = n('woningen') > 0 ? sharePct(n(c), n('woningen'), 1, `${F} ${key} ${pct}`) : '';
      if (r[pct] !== want) bad(`${pct} "${r[pct]}", expected ${want} (count ÷ woningen, 1 decimal)`);
    }
    if (!(TREND_BASIS as readonly string[]).includes(r.basis)) bad(`basis "${r.basis}" not in ${TREND_BASIS.join(', ')}`);
    // Only Beekdaelen has years summed from its predecessors, all before its first year as published.
    const summed = r.code === 'GM1954' && r.basis === 'som-voorgangers' && rows.get(`${r.code} ${String(jaar - 1)}`)?.basis !== 'cbs';
    const basis = r.code === 'parkstad' ? 'som-gemeenten' : summed ? 'som-voorgangers' : 'cbs';
    if (r.basis !== basis) bad(`basis "${r.basis}", expected ${basis}`);
    if (r.breuk !== '0' && r.breuk !== '1') bad(`breuk "${r.breuk}" is not 0 or 1`);
    rows.set(key, r);
  }
  const all = [...rows.values()];
  const codes = new Set(all.map((r) => r.code));
  for (const code of codes) {
    const n = all.filter((r) => r.code === code).length;
    if (n !== YEARS) issues.add(F, code, `${String(n)} years, expected ${String(YEARS)}`);
  }
  for (const code of Object.keys(REGION_CODES)) if (!codes.has(code)) issues.add(F, code, 'missing');
  // Parkstad is the sum of its gemeenten, count by count.
  for (const p of all.filter((r) => r.code === 'parkstad')) {
    const parts = all.filter((r) => r.niveau === 'gemeente' && r.jaar === p.jaar);
    for (const c of COUNTS) {
      const sum = parts.reduce((s, r) => s + Number(r[c]), 0);
      if (String(sum) !== p[c])
        issues.add(F, `parkstad ${p.jaar}`, `${c} ${p[c]} ≠ sum of the ${String(parts.length)} gemeenten ${String(sum)}`);
    }
  }
  // The break marks follow the rule (recomputed on a copy).
  const again = all.map((r) => ({ ...r, breuk: '0' }));
  markBreaks(again);
  for (const p of again.filter((r) => r.code === 'parkstad'))
    if (again.some((g) => g.niveau === 'gemeente' && g.jaar === p.jaar && g.breuk === '1')) p.breuk = '1';
  for (const r of again)
    if (rows.get(`${r.code} ${r.jaar}`)?.breuk !== r.breuk) issues.add(F, `${r.code} ${r.jaar}`, `breuk should be ${r.breuk}`);
  return rows;
}
