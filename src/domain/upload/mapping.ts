/**
 * The column mapping of an uploaded figures file: which column identifies the area (code or name),
 * which holds the corporation share or the counts it is computed from, and which the year.
 * Suggested from the header and a few sample rows; remembered per header signature.
 */
import { normaliseCode } from '../codes';
import { foldText } from '../search';
import type { MapLevel } from '../types';
import { problem, type Problem } from '../problem';

export type KeyKind = 'code' | 'name';

export type ValueSpec = { kind: 'share'; share: string } | { kind: 'counts'; corporation: string; total: string };

export interface ColumnMapping {
  key: string;
  keyKind: KeyKind;
  /** For name keys: the level to look names up in (`all` = gemeenten, wijken and buurten). */
  nameLevel: MapLevel | 'all';
  value: ValueSpec;
  /** Total dwellings (optional with a share; taken from `value.total` with counts). */
  dwellings: string | null;
  year: string | null;
  /** A column with area names, shown in the report (optional). */
  name: string | null;
}

/** Lower case, diacritics, spaces and punctuation removed: `In bezit woningcorporatie (%)` → `inbezitwoningcorporatie`. */
const squash = (h: string) => foldText(h).replace(/[^a-z0-9%]/g, '');

const find = (header: readonly string[], test: (h: string) => boolean, not: readonly string[] = []) =>
  header.find((h) => test(squash(h)) && !not.includes(h)) ?? null;

/** A stable key for "the same header": column names folded and joined. */
export function headerSignature(header: readonly string[]): string {
  return header.map(squash).join('|');
}

/** Share of sample values in a column that are prefixed CBS codes (GM…, WK…, BU…), plus a tie-breaker for distinct values. */
function codeScore(header: readonly string[], sample: readonly string[][], col: string): number {
  const j = header.indexOf(col);
  const values = sample.map((r) => (r[j] ?? '').trim()).filter((v) => v !== '');
  if (values.length === 0) return 0;
  const codes = values.filter((v) => /^(gm|wk|bu)/i.test(v.replace(/\s/g, '')) && normaliseCode(v) !== null).length;
  return codes / values.length + (0.01 * new Set(values).size) / values.length;
}

/**
 * Suggest a mapping. The key is the column whose sample values are mostly prefixed CBS codes, else a
 * column named like a code (`code`, `statcode`, `gwb_code`, `codering`), else a name column. The value is a
 * corporation column with `%`/`pct`/`aandeel` in its name (a share), else a corporation count plus a total
 * (`woningvoorraad`, `totaal`, `woningen`). Returns null when no key or value column can be found.
 */
export function suggestMapping(header: readonly string[], sample: readonly string[][]): ColumnMapping | null {
  const byData = [...header].sort((a, b) => codeScore(header, sample, b) - codeScore(header, sample, a))[0];
  const codeCol =
    byData && codeScore(header, sample, byData) >= 0.5
      ? byData
      : find(header, (h) => /^(code|statcode|gwbcode|regiocode|gebiedscode|codering|wijkcode|buurtcode|areacode)\d*$/.test(h));
  const nameCol = find(
    header,
    (h) => /^(naam|name|statnaam|regionaam|gebied|gebiedsnaam|wijkenenbuurten|wijknaam|buurtnaam|regio|regios)\d*$/.test(h),
    codeCol ? [codeCol] : [],
  );
  const corp = (h: string) => /corporatie|corp|toegelaten|housingassociation/.test(h);
  const pctLike = (h: string) => /%|pct|perc|aandeel|share|inbezitwoningcorporatie\d*$/.test(h);
  const share = find(header, (h) => corp(h) && pctLike(h));
  const corpCount = find(header, (h) => corp(h) && !pctLike(h));
  const total = find(header, (h) =>
    /^(woningvoorraad|woningen|totaalwoningen|aantalwoningen|woningentotaal|totaal|dwellings|total)\d*$/.test(h),
  );
  const year = find(header, (h) => /^(jaar|peiljaar|perioden?|year|period)\d*$/.test(h));
  const key = codeCol ?? nameCol;
  if (!key) return null;
  let value: ValueSpec | null = null;
  if (share) value = { kind: 'share', share };
  else if (corpCount && total) value = { kind: 'counts', corporation: corpCount, total };
  if (!value) return null;
  return {
    key,
    keyKind: codeCol ? 'code' : 'name',
    nameLevel: 'all',
    value,
    dwellings: value.kind === 'share' ? total : null,
    year,
    name: codeCol && nameCol ? nameCol : null,
  };
}

/** Columns a mapping refers to. */
export function mappedColumns(m: ColumnMapping): string[] {
  const value = m.value.kind === 'share' ? [m.value.share] : [m.value.corporation, m.value.total];
  return [m.key, ...value, m.dwellings, m.year, m.name].filter((c): c is string => c !== null && c !== '');
}

/** Problems that make a mapping unusable: a referenced column that the header lacks (error, with the column). */
export function mappingProblems(m: ColumnMapping, header: readonly string[], file?: string): Problem[] {
  return mappedColumns(m)
    .filter((c) => !header.includes(c))
    .map((c) => problem('error', 'upload.mapping-column', { file, column: c }));
}
