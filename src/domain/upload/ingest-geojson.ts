/**
 * Uploaded area boundaries (GeoJSON): preview of the properties for the mapping step, then the areas
 * through `parseAreaGeoJson` (RD New reprojected, every bad feature reported), placed in the Netherlands
 * (swapped axes asked about, areas elsewhere left out or refused), grouped by level.
 */
import { CODE_KEYS, NAME_KEYS } from '../parse-geojson';
import type { CrsDetection } from '../crs';
import { geometryBbox, unionBbox, type BBox } from '../extent';
import { jsonKind, wrongKindCode } from '../json-shape';
import { reprojectRdGeometry } from '../reproject';
import { checkSelfIntersection, KINK_CHECK_MAX_POSITIONS } from '../self-intersection';
import type { AreaFeature, Level } from '../types';
import { problem, type Problem } from '../problem';
import { parseJsonText } from './json-text';
import { placeBoundaries } from './boundary-place';
import type { UploadQuestion, Verdict } from './verdict';

export { lineColumn, parseJsonText } from './json-text';

export interface GeoMapping {
  /** Property with the CBS code; null = the first of the usual names (`code`, `statcode`, …). */
  codeProperty: string | null;
  nameProperty: string | null;
  /** `swap` once the user confirmed the file has y before x (latitude first); unset: as written. */
  axes?: 'as-is' | 'swap';
  /**
   * What the boundaries replace (see compose.ts): every wijk or buurt of each gemeente they cover
   * (`gemeente`, the default), or only the areas whose codes are in the file (`codes`).
   */
  replace?: 'gemeente' | 'codes';
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
  /** The areas used lie within this box (WGS84), or null when there are none. */
  bbox: BBox | null;
  /** Self-intersection checks done, and the codes of areas not checked (more than `max` points in a ring). */
  checks: { selfIntersection: { checked: number; skipped: string[]; max: number } };
  issues: Problem[];
  /** `refuse` (a file-level error or no usable area), `ask` (see `questions`) or `ok`. */
  verdict: Verdict;
  /** What to ask before the file can be shown (swapped axes); empty unless `ask`. */
  questions: UploadQuestion<GeoMapping>[];
  /** True unless the verdict is `ok`. */
  fatal: boolean;
}

const features = (json: unknown): unknown[] => {
  const f = (json as { features?: unknown } | null)?.features;
  return Array.isArray(f) ? f : [];
};
const propsOf = (f: unknown): Record<string, unknown> => {
  const p = (f as { properties?: unknown } | null)?.properties;
  return typeof p === 'object' && p !== null && !Array.isArray(p) ? (p as Record<string, unknown>) : {};
};

/** The problem for JSON that is not a FeatureCollection (TopoJSON, a single Feature, a bare geometry, Esri JSON …), or null. */
function wrongKind(json: unknown, file: string): Problem | null {
  const code = wrongKindCode(jsonKind(json));
  const type = (json as { type?: unknown } | null)?.type;
  return code ? problem('error', code, { file, value: typeof type === 'string' ? type : undefined }) : null;
}

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
  const kind = parsed.value === null ? null : wrongKind(parsed.value, file);
  if (kind) issues.push(kind);
  else if (parsed.value !== null && list.length === 0) issues.push(problem('error', 'geojson.not-collection', { file }));
  return {
    featureCount: list.length,
    properties,
    sample,
    suggested: { codeProperty: CODE_KEYS.find((k) => keys.has(k)) ?? null, nameProperty: NAME_KEYS.find((k) => keys.has(k)) ?? null },
    issues,
  };
}

/**
 * Read uploaded boundaries. Features are checked for self-intersections (a check skipped for a very
 * large ring is reported as skipped, `geojson.checks-skipped`) and for lying in the Netherlands (see
 * `placeBoundaries`). Gemeente features are counted but not used (only wijk and buurt areas can be
 * replaced); no usable wijk or buurt is fatal.
 */
export function ingestGeoJson(text: string, mapping: GeoMapping, file: string): BoundaryResult {
  const parsed = parseJsonText(text, file);
  const levels: Record<Level, number> = { gemeente: 0, wijk: 0, buurt: 0 };
  const base = { file, mapping, featureCount: 0, features: [], levels, crs: null, bbox: null, questions: [] };
  const checks = { selfIntersection: { checked: 0, skipped: [] as string[], max: KINK_CHECK_MAX_POSITIONS } };
  const kind = parsed.value === null ? null : wrongKind(parsed.value, file);
  if (parsed.value === null || kind) {
    return { ...base, checks, issues: kind ? [kind] : parsed.issues, verdict: 'refuse', fatal: true };
  }
  const json = parsed.value as Record<string, unknown> & { features: unknown[] };
  const placed = placeBoundaries(json, mapping, file, {
    codeProperty: mapping.codeProperty ?? undefined,
    nameProperty: mapping.nameProperty ?? undefined,
    reprojectRd: reprojectRdGeometry,
    selfIntersection: checkSelfIntersection,
  });
  const areas = placed.areas;
  for (const f of areas.value) levels[f.level] += 1;
  const issues = [...areas.issues, ...placed.refusal];
  if (placed.question) issues.push(placed.question.problem);
  if (levels.gemeente > 0) issues.push(problem('info', 'geojson.gemeente-ignored', { file, count: levels.gemeente }));
  const skipped = areas.checksSkipped ?? [];
  if (skipped.length > 0) {
    const keys = skipped.slice(0, 10).join(', ') + (skipped.length > 10 ? ', …' : '');
    issues.push(problem('info', 'geojson.checks-skipped', { file, count: skipped.length, max: KINK_CHECK_MAX_POSITIONS, keys }));
  }
  checks.selfIntersection = { checked: areas.value.length - skipped.length, skipped, max: KINK_CHECK_MAX_POSITIONS };
  const usable = areas.value.filter((f) => f.level !== 'gemeente');
  const fileError = issues.some((i) => i.severity === 'error' && !i.context.row);
  if (usable.length === 0 && !fileError && !placed.question) issues.push(problem('error', 'geojson.no-areas', { file }));
  const questions = placed.question ? [placed.question] : [];
  const verdict: Verdict = usable.length === 0 && !placed.question ? 'refuse' : fileError ? 'refuse' : placed.question ? 'ask' : 'ok';
  return {
    ...base,
    featureCount: features(json).length,
    features: verdict === 'ok' ? usable : [],
    crs: areas.crs ?? null,
    bbox: unionBbox(usable.map((f) => geometryBbox(f.geometry))),
    checks,
    issues,
    verdict,
    questions: verdict === 'ask' ? questions : [],
    fatal: verdict !== 'ok',
  };
}
