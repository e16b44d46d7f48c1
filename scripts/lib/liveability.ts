/** Builds the rows of geodata/liveability.csv from the Leefbaarometer 3.0 (2024 release) extracts. */
import { fail } from './errors.ts';
import { lbmValue } from './numbers.ts';
import { col, readDelimited } from './raw-files.ts';
import { CODE_PATTERN, LBM_VALUE_COLUMNS, LBM_YEARS, compareRows, type LiveabilityRow } from './schema.ts';
import { RAW } from './source-info.ts';

function rowsOf(dir: string, file: string, niveau: 'wijk' | 'buurt', codeKey: string, nameKey: string): LiveabilityRow[] {
  const out: LiveabilityRow[] = [];
  readDelimited(dir, file, ',').forEach((r, i) => {
    const code = col(r, codeKey, file);
    const where = `${file} line ${String(i + 2)} (${code})`;
    if (!CODE_PATTERN[niveau].test(code)) fail(`${where}: "${code}" is not a ${niveau} code`);
    const jaar = col(r, 'jaar', where);
    if (!(LBM_YEARS as readonly string[]).includes(jaar)) return;
    const row: LiveabilityRow = {
      code,
      naam: col(r, nameKey, where),
      niveau,
      jaar,
      lbm: '',
      afw: '',
      fys: '',
      onv: '',
      soc: '',
      vrz: '',
      won: '',
    };
    for (const key of LBM_VALUE_COLUMNS) row[key] = lbmValue(col(r, key, where), `${where} ${key}`);
    out.push(row);
  });
  return out;
}

export function buildLiveabilityRows(dir: string): LiveabilityRow[] {
  const rows = [
    ...rowsOf(dir, RAW.lbmWijken, 'wijk', 'wk_code', 'wk_naam'),
    ...rowsOf(dir, RAW.lbmBuurten, 'buurt', 'bu_code', 'bu_naam'),
  ].sort((a, b) => compareRows(a, b) || Number(a.jaar) - Number(b.jaar));
  const seen = new Set<string>();
  for (const r of rows) {
    const key = `${r.code} ${r.jaar}`;
    if (seen.has(key)) fail(`liveability: duplicate row ${key}`);
    seen.add(key);
  }
  return rows;
}
