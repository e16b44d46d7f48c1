/**
 * Uploaded area boundaries (GeoJSON): preview of the properties for the mapping step, then the areas
 * through `parseAreaGeoJson` (RD New reprojected, every bad feature reported), grouped by level.
 */
import { CODE_KEYS, NAME_KEYS, parseAreaGeoJson } from '../parse-geojson';
import { jsonErrorOffset } from '../json-locate';
import type { CrsDetection } from '../crs';
import { reprojectRdGeometry } from '../reproject';
import { selfIntersection } from '../self-intersection';
import type { AreaFeature, Level, Parsed } from '../types';
import { problem, type Problem } from '../problem';

export interface GeoMapping {
  /** Property with the CBS code; null = the first of the usual names (`code`, `statcode`, …). */
  codeProperty: string | null;
  nameProperty: string | null;
}

export interface GeoPreview {
  featureCount: number;
  properties: string[];
  /** Property values of the first features, as text. */
  sample: Record<string, string>[];
  suggested: GeoMapping;
  issues: Problem[];
}

export interface BoundaryResult {
  file: string;
  mapping: GeoMapping;
  featureCount: number;
  features: AreaFeature[];
  levels: Record<Level, number>;
  crs: CrsDetection | null;
  issues: Problem[];
  fatal: boolean;
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** JSON.parse with a syntax error turned into an issue that says where (line and column). */
export function parseJsonText(text: string, file: string): Parsed<unknown> {
  try {
    return { value: JSON.parse(text) as unknown, issues: [] };
  } catch {
    const offset = jsonErrorOffset(text);
    const where = offset === null ? null : lineColumn(text, offset);
    return { value: null, issues: [problem('error', 'geojson.syntax', { file, line: where?.line ?? '?', char: where?.column ?? '?' })] };
  }
}

const features = (json: unknown): unknown[] => {
  const f = (json as { features?: unknown } | null)?.features;
  return Array.isArray(f) ? f : [];
};
const propsOf = (f: unknown): Record<string, unknown> => {
  const p = (f as { properties?: unknown } | null)?.properties;
  return typeof p === 'object' && p !== null && !Array.isArray(p) ? (p as Record<string, unknown>) : {};
};

/** Properties found in the first 200 features and a suggested code and name property. */
export function previewGeoJson(text: string, file: string): GeoPreview {
  const parsed = parseJsonText(text, file);
  const list = features(parsed.value);
  const keys = new Set<string>();
  for (const f of list.slice(0, 200)) for (const k of Object.keys(propsOf(f))) keys.add(k);
  const properties = [...keys];
  const sample = list
    .slice(0, 5)
    .map((f) => Object.fromEntries(Object.entries(propsOf(f)).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)])));
  const issues = [...parsed.issues];
  if (parsed.value !== null && list.length === 0) issues.push(problem('error', 'geojson.not-collection', { file }));
  return {
    featureCount: list.length,
    properties,
    sample,
    suggested: { codeProperty: CODE_KEYS.find((k) => keys.has(k)) ?? null, nameProperty: NAME_KEYS.find((k) => keys.has(k)) ?? null },
    issues,
  };
}

/**
 * Read uploaded boundaries. Features are checked for self-intersections too. Gemeente features are
 * counted but not used (only wijk and buurt areas can be replaced); no usable wijk or buurt is fatal.
 */
export function ingestGeoJson(text: string, mapping: GeoMapping, file: string): BoundaryResult {
  const parsed = parseJsonText(text, file);
  const base = { file, mapping, featureCount: 0, features: [], levels: { gemeente: 0, wijk: 0, buurt: 0 }, crs: null };
  if (parsed.value === null) return { ...base, issues: parsed.issues, fatal: true };
  const areas = parseAreaGeoJson(parsed.value, file, {
    codeProperty: mapping.codeProperty ?? undefined,
    nameProperty: mapping.nameProperty ?? undefined,
    reprojectRd: reprojectRdGeometry,
    selfIntersection,
  });
  const levels: Record<Level, number> = { gemeente: 0, wijk: 0, buurt: 0 };
  for (const f of areas.value) levels[f.level] += 1;
  const issues = [...areas.issues];
  if (levels.gemeente > 0) {
    issues.push(problem('info', 'geojson.gemeente-ignored', { file, count: levels.gemeente }));
  }
  const usable = areas.value.filter((f) => f.level !== 'gemeente');
  const fatal = usable.length === 0;
  if (fatal && !issues.some((i) => i.severity === 'error' && !i.context.row)) {
    issues.push(problem('error', 'geojson.no-areas', { file }));
  }
  return { ...base, featureCount: features(parsed.value).length, features: usable, levels, crs: areas.crs ?? null, issues, fatal };
}
