/**
 * The corporation share over time, as the trend view shows it (pure): one line per gemeente of the scope and per
 * reference region, the runs a line is drawn in (a break in the CBS series is never bridged), and the remarks
 * the data itself asks for (a sum of predecessor gemeenten, a sum of a region's gemeenten, a series break).
 */
import type { TrendBasis, TrendRow } from './parse-trend';

export interface TrendPoint {
  year: number;
  /** Corporation share, 0–100; null = no data. */
  pct: number | null;
  basis: TrendBasis;
  /** CBS's series breaks between the year before and this one. */
  seriesBreak: boolean;
}

export type TrendRole = 'gemeente' | 'reference';

export interface TrendLine {
  code: string;
  name: string;
  role: TrendRole;
  /** In year order. */
  points: readonly TrendPoint[];
}

/** A remark on a line, as data; the interface words it. */
export type TrendNote =
  | { kind: 'predecessors'; code: string; name: string; from: number; to: number; parts: readonly string[] }
  | { kind: 'sum-of-gemeenten'; code: string; name: string }
  | { kind: 'break'; code: string; name: string; years: readonly number[] };

export interface TrendView {
  lines: readonly TrendLine[];
  /** Every year that any line has, ascending. */
  years: readonly number[];
  notes: readonly TrendNote[];
}

/** A run of consecutive points drawn as one polyline. `basis` says how its end point was made. */
export interface TrendRun {
  points: readonly { year: number; pct: number }[];
  basis: TrendBasis;
}

function lineOf(rows: readonly TrendRow[], code: string, role: TrendRole): TrendLine | null {
  const own = rows.filter((r) => r.code === code).sort((a, b) => a.year - b.year);
  const first = own[0];
  if (!first) return null;
  return {
    code,
    name: first.name,
    role,
    points: own.map((r) => ({ year: r.year, pct: r.corporationPct, basis: r.basis, seriesBreak: r.seriesBreak })),
  };
}

function notesOf(line: TrendLine, predecessors: Readonly<Record<string, readonly string[]>>): TrendNote[] {
  const notes: TrendNote[] = [];
  const summed = line.points.filter((p) => p.basis === 'som-voorgangers').map((p) => p.year);
  const from = summed[0];
  const to = summed[summed.length - 1];
  if (from !== undefined && to !== undefined) {
    notes.push({ kind: 'predecessors', code: line.code, name: line.name, from, to, parts: predecessors[line.code] ?? [] });
  }
  if (line.points.some((p) => p.basis === 'som-gemeenten')) notes.push({ kind: 'sum-of-gemeenten', code: line.code, name: line.name });
  const breaks = line.points.filter((p) => p.seriesBreak).map((p) => p.year);
  if (breaks.length > 0) notes.push({ kind: 'break', code: line.code, name: line.name, years: breaks });
  return notes;
}

/**
 * The lines of `gemeenten` (role gemeente) followed by those of `references` (role reference), each in year
 * order, with their remarks. A code without rows in the trend is left out (no empty line); a reference that is
 * also one of the gemeenten is drawn once, as a gemeente. `predecessors` names the gemeenten a merged gemeente's
 * summed years are made of (Beekdaelen: Onderbanken, Nuth, Schinnen).
 */
export function trendView(
  rows: readonly TrendRow[],
  gemeenten: readonly string[],
  references: readonly string[],
  predecessors: Readonly<Record<string, readonly string[]>> = {},
): TrendView {
  const lines: TrendLine[] = [];
  for (const code of gemeenten) {
    const line = lineOf(rows, code, 'gemeente');
    if (line) lines.push(line);
  }
  for (const code of references) {
    if (gemeenten.includes(code)) continue;
    const line = lineOf(rows, code, 'reference');
    if (line) lines.push(line);
  }
  const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);
  return { lines, years, notes: lines.flatMap((l) => notesOf(l, predecessors)) };
}

/**
 * The runs a line is drawn in. A point without a share ends a run. A series break starts a new run at the
 * break year, so the step across the break is not drawn (marked, not smoothed: 2013 → 2014 of Kerkrade is a gap).
 * A change of basis (Beekdaelen 2018, a sum of predecessors → 2019, as published) starts a new run that
 * shares the last point of the one before, so the line stays continuous but each part keeps its own style.
 */
export function trendRuns(points: readonly TrendPoint[]): TrendRun[] {
  const runs: TrendRun[] = [];
  let current: { year: number; pct: number }[] = [];
  let basis: TrendBasis | null = null;
  const close = () => {
    if (current.length > 0 && basis !== null) runs.push({ points: current, basis });
    current = [];
  };
  let prev: TrendPoint | null = null;
  for (const p of points) {
    if (p.pct === null) {
      close();
      prev = null;
      continue;
    }
    const point = { year: p.year, pct: p.pct };
    if (p.seriesBreak) {
      close();
      current = [point];
    } else if (basis !== null && p.basis !== basis && prev?.pct != null) {
      close();
      current = [{ year: prev.year, pct: prev.pct }, point];
    } else current.push(point);
    basis = p.basis;
    prev = p;
  }
  close();
  return runs;
}

/** The share of a line in a year, or null. */
export function shareIn(line: TrendLine, year: number): number | null {
  return line.points.find((p) => p.year === year)?.pct ?? null;
}
