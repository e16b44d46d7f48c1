/**
 * Read area polygons (gemeente, wijk, buurt) from GeoJSON, reporting bad features instead of dropping
 * them silently. RD New coordinates (EPSG:28992) are recognised and reprojected to WGS84.
 */
import { interiorPoint } from './interior-point';
import { normaliseCode, levelOfCode, gemeenteOf } from './codes';
import { geometryProblem } from './geometry-checks';
import { detectCrs, type CrsDetection } from './crs';
import { centreText, type BBox } from './extent';
import type { AreaFeature, AreaGeometry, Parsed } from './types';
import { problem, type Problem } from './problem';

export const CODE_KEYS = ['code', 'statcode', 'wijkcode', 'buurtcode', 'gemeentecode', 'CODE'];
export const NAME_KEYS = ['naam', 'statnaam', 'name', 'wijknaam', 'buurtnaam', 'gemeentenaam'];

export interface GeoJsonOptions {
  /** The property holding the CBS code; default: the first of `CODE_KEYS` present. */
  codeProperty?: string;
  /** The property holding the name; default: the first of `NAME_KEYS` present. */
  nameProperty?: string;
  /** Converts an RD New geometry to WGS84 (see reproject.ts); without it, RD input is refused. */
  reprojectRd?: (g: AreaGeometry) => AreaGeometry;
  /**
   * Finds a self-intersection, reported as a warning (the feature is kept); `skipped` when the check was
   * not done (too many positions): such features are listed in `checksSkipped`. Without it, not checked.
   */
  selfIntersection?: (g: AreaGeometry) => [number, number] | null | 'skipped';
  /**
   * The box of a (WGS84) geometry that lies where it cannot be (`outsideNetherlands` in extent.ts), or
   * null: such a feature is reported (`geojson.outside-nl`, with its centre) and left out. Without it, not checked.
   */
  outside?: (g: AreaGeometry) => BBox | null;
}

export interface AreaGeoJsonResult extends Parsed<AreaFeature[]> {
  crs?: CrsDetection;
  /** Codes of features whose self-intersection check was skipped. */
  checksSkipped?: string[];
  /** Features left out by the `outside` check, with their box. */
  outside?: { row: number; code: string; bbox: BBox }[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function firstString(props: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = props[k];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number') return String(v);
  }
  return null;
}

const fmt = (v: number) => v.toFixed(5);

/**
 * Parse a FeatureCollection of areas. Each feature needs a CBS code property (`code`, `statcode`, …);
 * features without a usable code, with an empty or broken geometry are reported per feature (row =
 * 1-based feature index) and left out. Coordinates in RD New are reprojected when a converter is given
 * (info issue); another or unrecognisable CRS is an error and gives no features.
 */
export function parseAreaGeoJson(json: unknown, file: string, options: GeoJsonOptions = {}): AreaGeoJsonResult {
  const issues: Problem[] = [];
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    issues.push(problem('error', 'geojson.not-collection', { file }));
    return { value: [], issues };
  }
  const list: unknown[] = json.features;
  const crs = detectCrs(
    json,
    list.map((f) => (isRecord(f) ? f.geometry : null)),
  );
  if (crs.unsupported) {
    issues.push(problem('error', 'geojson.unsupported-crs', { file, crs: crs.unsupported }));
    return { value: [], issues, crs };
  }
  if (crs.crs === null && list.length > 0) {
    issues.push(problem('error', 'geojson.unknown-crs', { file }));
    return { value: [], issues, crs };
  }
  const reprojectRd = options.reprojectRd;
  if (crs.crs === 'rd' && !reprojectRd) {
    issues.push(problem('error', 'geojson.rd-not-supported', { file }));
    return { value: [], issues, crs };
  }
  if (crs.crs === 'rd') {
    issues.push(problem('info', 'geojson.reprojected', { file, by: crs.by }));
  }
  const codeKeys = options.codeProperty ? [options.codeProperty] : CODE_KEYS;
  const nameKeys = options.nameProperty ? [options.nameProperty] : NAME_KEYS;
  const features: AreaFeature[] = [];
  const checksSkipped: string[] = [];
  const outside: { row: number; code: string; bbox: BBox }[] = [];
  list.forEach((f: unknown, i: number) => {
    const row = i + 1;
    const props = isRecord(f) && isRecord(f.properties) ? f.properties : {};
    const rawCode = firstString(props, codeKeys);
    const code = rawCode ? normaliseCode(rawCode) : null;
    const level = code ? levelOfCode(code) : null;
    if (!code || !level) {
      issues.push(
        rawCode
          ? problem('error', 'geojson.bad-code', { file, row, column: options.codeProperty, value: rawCode })
          : problem('error', 'geojson.missing-code', { file, row, column: options.codeProperty, keys: codeKeys.join(', ') }),
      );
      return;
    }
    const geometry = isRecord(f) ? f.geometry : null;
    const bad = geometryProblem(geometry);
    if (bad) {
      const context = { file, row, key: code };
      if (bad.kind === 'empty') issues.push(problem('error', 'geojson.empty-geometry', context));
      else if (bad.kind === 'invalid') issues.push(problem('error', 'geojson.invalid-geometry', { ...context, what: bad.detail }));
      else issues.push(problem('error', 'geojson.unsupported-geometry', { ...context, value: bad.detail }));
      return;
    }
    const raw = geometry as unknown as AreaGeometry;
    const geom = crs.crs === 'rd' && reprojectRd ? reprojectRd(raw) : raw;
    const away = options.outside?.(geom) ?? null;
    if (away) {
      outside.push({ row, code, bbox: away });
      issues.push(problem('error', 'geojson.outside-nl', { file, row, key: code, ...centreText(away) }));
      return;
    }
    if (options.selfIntersection) {
      const kink = options.selfIntersection(geom);
      if (kink === 'skipped') checksSkipped.push(code);
      else if (kink) {
        issues.push(problem('warning', 'geojson.self-intersection', { file, row, key: code, lon: fmt(kink[0]), lat: fmt(kink[1]) }));
      }
    }
    const p = interiorPoint(geom);
    features.push({
      code,
      name: firstString(props, nameKeys) ?? code,
      level,
      gemeenteCode: normaliseCode(String(props.gemeentecode ?? '')) ?? gemeenteOf(code) ?? '',
      geometry: geom,
      labelPoint: [p[0] ?? 0, p[1] ?? 0],
    });
  });
  return {
    value: features,
    issues,
    crs,
    ...(options.selfIntersection ? { checksSkipped } : {}),
    ...(options.outside ? { outside } : {}),
  };
}
