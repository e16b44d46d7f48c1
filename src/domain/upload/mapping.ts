/**
 * The column mapping of an uploaded figures file: which column identifies the area (code or name),
 * which holds the corporation share or the counts it is computed from, and which the year.
 * Suggested from the header and the content of the first rows; remembered per header signature, with
 * the answers the user gave (fractions × 100, few usable values accepted).
 */
import { normaliseCode } from '../codes';
import { detectDecimalMark, type DecimalMark } from '../numbers';
import { foldText } from '../search';
import type { MapLevel } from '../types';
import { problem, type Problem } from '../problem';
import { mayBeShare, mayHoldFigures, profileColumns, type ColumnProfile } from './column-profile';

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
  /**
   * Factor for the share column: 100 when the user confirmed the shares are fractions (0,455 → 45,5 %),
   * 1 when they confirmed percentages. Unset: not asked yet; shares all within 0–1 are then asked about.
   */
  scale?: 1 | 100;
  /** The user confirmed showing a file in which fewer than `MIN_USABLE_SHARE` of the areas have a usable value. */
  acceptFewValues?: boolean;
}

/** Lower case, diacritics, spaces and punctuation removed: `In bezit woningcorporatie (%)` → `inbezitwoningcorporatie`. */
const squash = (h: string) => foldText(h).replace(/[^a-z0-9%]/g, '');

const find = (header: readonly string[], test: (h: string) => boolean, not: readonly string[] = []) =>
  header.find((h) => test(squash(h)) && !not.includes(h)) ?? null;

/** A stable key for "the same header": column names folded and joined. */
export function headerSignature(header: readonly string[]): string {
  return header.map(squash).join('|');
}

/** Share of sample values in column `j` that are prefixed CBS codes (GM…, WK…, BU…), plus a tie-breaker for distinct values. */
function codeScore(sample: readonly string[][], j: number): number {
  const values = sample.map((r) => (r[j] ?? '').trim()).filter((v) => v !== '');
  if (values.length === 0) return 0;
  const codes = values.filter((v) => /^(gm|wk|bu)/i.test(v.replace(/\s/g, '')) && normaliseCode(v) !== null).length;
  return codes / values.length + (0.01 * new Set(values).size) / values.length;
}

/** The key, code, name and year columns a file's header and sample suggest (see `suggestMapping`). */
export function suggestKey(
  header: readonly string[],
  sample: readonly string[][],
  profiles: readonly ColumnProfile[],
): { key: string | null; codeCol: string | null; nameCol: string | null; year: string | null } {
  // Each column scored once (a file may have thousands of columns).
  const scores = header.map((_, j) => codeScore(sample, j));
  const best = scores.reduce((b, v, j) => (v > (scores[b] ?? 0) ? j : b), 0);
  const byData = header[best];
  const codeCol =
    byData && (scores[best] ?? 0) >= 0.5
      ? byData
      : find(header, (h) => /^(code|statcode|gwbcode|regiocode|gebiedscode|codering|wijkcode|buurtcode|areacode)\d*$/.test(h));
  const nameCol = find(
    header,
    (h) => /^(naam|name|statnaam|regionaam|gebied|gebiedsnaam|wijkenenbuurten|wijknaam|buurtnaam|regio|regios)\d*$/.test(h),
    codeCol ? [codeCol] : [],
  );
  const year = find(header, (h) => /^(jaar|peiljaar|perioden?|year|period)\d*$/.test(h));
  const key = codeCol ?? nameCol ?? header.find((_, j) => profiles[j]?.kind === 'text') ?? null;
  return { key, codeCol, nameCol, year };
}

/**
 * Suggest a mapping from the header and the content of the sample rows (`decimal`: the file's decimal
 * mark, detected from the sample when not given). The key is the column whose values are mostly prefixed
 * CBS codes, else a column named like a code (`code`, `statcode`, `codering` …), else a name column, else
 * the first text column. The value column must hold numbers (or only blanks and CBS symbols): a text
 * column is never suggested as the number column. In order: a corporation column named as a share
 * (`%`, `pct`, `aandeel`; a value above 100 is reported per row when read); corporation and total
 * counts; a corporation column
 * whose values are within 0–100 (`code;naam;corporatie` → `corporatie`); a share-named column; the
 * first other column with values within 0–100. Returns null when there is no key or no such column.
 */
export function suggestMapping(header: readonly string[], sample: readonly string[][], decimal?: DecimalMark): ColumnMapping | null {
  const profiles = profileColumns(header, sample, decimal ?? detectDecimalMark(sample.flat()));
  const at = new Map(header.map((h, j) => [h, j] as const));
  const profile = (h: string): ColumnProfile | undefined => profiles[at.get(h) ?? -1];
  const { key, codeCol, nameCol, year } = suggestKey(header, sample, profiles);
  if (!key) return null;
  const taken = [key, year, codeCol && nameCol ? nameCol : null].filter((c): c is string => c !== null);
  const numeric = (h: string) => !taken.includes(h) && mayHoldFigures(profile(h));
  const shareLike = (h: string) => numeric(h) && mayBeShare(profile(h));
  const corp = (h: string) => /corporatie|corp|toegelaten|housingassociation/.test(h);
  const pctLike = (h: string) => /%|pct|perc|aandeel|share|inbezitwoningcorporatie\d*$/.test(h);
  const totalLike = (h: string) =>
    /^(woningvoorraad|woningen|totaalwoningen|aantalwoningen|woningentotaal|totaal|dwellings|total)\d*$/.test(h);
  const total = header.find((h) => numeric(h) && totalLike(squash(h))) ?? null;
  const corpCount = header.find((h) => numeric(h) && corp(squash(h)) && !pctLike(squash(h)) && h !== total) ?? null;
  const share =
    header.find((h) => numeric(h) && corp(squash(h)) && pctLike(squash(h))) ??
    (corpCount && total ? null : header.find((h) => shareLike(h) && corp(squash(h)))) ??
    (corpCount && total ? null : header.find((h) => shareLike(h) && pctLike(squash(h)) && h !== total)) ??
    (corpCount && total ? null : header.find((h) => shareLike(h) && h !== total && profile(h)?.kind !== 'empty'));
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
