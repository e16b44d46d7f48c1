/** Validates the text of a geodata/*.geojson file against its GeoFileSpec. */
import { DataError, type Issues } from './errors.ts';
import { ringsOf, toGeometry, type Geometry } from './geojson.ts';
import { isRecord } from './raw-files.ts';
import { BOUNDS, BUURT_OPMERKINGEN, CODE_PATTERN, gemeenteOf, wijkOf, type GeoFileSpec } from './schema.ts';

export type GeoProps = Map<string, Record<string, string>>;
export type GeoGeometries = Map<string, Geometry>;

function ringIssues(ring: [number, number][], at: string, add: (what: string) => void): void {
  if (ring.length < 4) add(`${at}: ring has ${String(ring.length)} positions (< 4)`);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) add(`${at}: ring not closed`);
  const out = ring.find(([x, y]) => x < BOUNDS.lonMin || x > BOUNDS.lonMax || y < BOUNDS.latMin || y > BOUNDS.latMax);
  if (out)
    add(
      `${at}: position [${String(out[0])}, ${String(out[1])}] outside lon ${String(BOUNDS.lonMin)}–${String(BOUNDS.lonMax)}, lat ${String(BOUNDS.latMin)}–${String(BOUNDS.latMax)}`,
    );
  const fine = ring.find(([x, y]) => Math.round(x * 1e6) / 1e6 !== x || Math.round(y * 1e6) / 1e6 !== y);
  if (fine) add(`${at}: position [${String(fine[0])}, ${String(fine[1])}] has more than 6 decimals`);
}

/**
 * Returns the properties per code (empty map if the file cannot be read as a FeatureCollection); the geometries
 * that parse go into `geometries` when given.
 */
export function validateGeo(text: string, spec: GeoFileSpec, issues: Issues, geometries?: GeoGeometries): GeoProps {
  const F = spec.file;
  const props: GeoProps = new Map();
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (err) {
    issues.add(F, 'file', `invalid JSON (${err instanceof Error ? err.message : String(err)})`);
    return props;
  }
  if (!isRecord(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features'])) {
    issues.add(F, 'file', 'not a FeatureCollection');
    return props;
  }
  if ('crs' in json) issues.add(F, 'file', 'has a crs member (RFC 7946 forbids it)');
  const meta = json['metadata'];
  if (!isRecord(meta)) issues.add(F, 'metadata', 'missing');
  else {
    if (typeof meta['bron'] !== 'string' || meta['bron'].trim() === '') issues.add(F, 'metadata', 'bron missing');
    for (const k of ['jaar', 'geometriejaar'])
      if (typeof meta[k] !== 'number' || !Number.isInteger(meta[k])) issues.add(F, 'metadata', `${k} is not an integer`);
    if (typeof meta['vereenvoudiging_m'] !== 'number' || meta['vereenvoudiging_m'] < 0)
      issues.add(F, 'metadata', 'vereenvoudiging_m is not a number ≥ 0');
  }
  const features: unknown[] = json['features'];
  if (features.length !== spec.count) issues.add(F, 'features', `${String(features.length)} features, expected ${String(spec.count)}`);
  let prevCode = '';
  features.forEach((f, i) => {
    const at = `feature ${String(i)}`;
    if (!isRecord(f) || f['type'] !== 'Feature' || !isRecord(f['properties'])) {
      issues.add(F, at, 'not a Feature with properties');
      return;
    }
    const p = f['properties'];
    const code = typeof p['code'] === 'string' ? p['code'] : '';
    const where = `${at} (${code})`;
    const add = (what: string): void => issues.add(F, where, what);
    const keys = Object.keys(p).sort().join(',');
    if (keys !== [...spec.properties].sort().join(',')) add(`properties are {${keys}}, expected {${spec.properties.join(',')}}`);
    const strings: Record<string, string> = {};
    const optional: readonly string[] = spec.optional ?? [];
    for (const k of spec.properties) {
      const v = p[k];
      if (typeof v !== 'string' || (v.trim() === '' && !optional.includes(k))) add(`property ${k} missing or not a non-empty string`);
      else strings[k] = v;
    }
    const note = strings['opmerking'];
    if (note !== undefined && note !== '' && !(BUURT_OPMERKINGEN as readonly string[]).includes(note))
      add(`opmerking "${note}" is not one of ${BUURT_OPMERKINGEN.join(', ')}`);
    if (!CODE_PATTERN[spec.niveau].test(code)) add(`code is not a well-formed ${spec.niveau} code`);
    if (props.has(code)) add('duplicate code');
    if (code <= prevCode) add(`not sorted by code (after ${prevCode})`);
    prevCode = code;
    if ('gemeentecode' in strings && strings['gemeentecode'] !== gemeenteOf(code)) add('gemeentecode does not match the code');
    if ('wijkcode' in strings && strings['wijkcode'] !== wijkOf(code)) add('wijkcode does not match the code');
    props.set(code, strings);
    try {
      const g = toGeometry(f['geometry'], where);
      ringsOf(g).forEach((ring, r) => ringIssues(ring, `ring ${String(r)}`, add));
      geometries?.set(code, g);
    } catch (err) {
      if (!(err instanceof DataError)) throw err;
      add(err.message);
    }
  });
  return props;
}
