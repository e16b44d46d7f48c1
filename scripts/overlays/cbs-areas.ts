/** CBS 2024 wijken (geoinzicht, all 7 Parkstad gemeenten), buurten (4 gemeenten) and gemeenten, read from shared/. */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { sharedPath } from '../lib/paths.ts';
import type { Areal } from './geo.ts';
import { containsPoint } from './geo.ts';

export const WIJKEN_FILE = 'cbs/geoinzicht_wijken_2024_parkstad7_wgs84.geojson';
export const BUURTEN_FILE = 'cbs/cbs_buurten_2024_parkstad4_wgs84.geojson';
export const GEMEENTEN_FILE = 'cbs/geoinzicht_gemeenten_2024_parkstad7_wgs84.geojson';

export interface Area {
  level: 'wijk' | 'buurt';
  code: string;
  /** Name as CBS prints it, without the "Wijk NN " prefix of wijk names. */
  naam: string;
  gemeentecode: string;
  wijkcode: string;
  inwoners: number | null;
  geometry: Areal;
  file: string;
}

export interface Gemeente {
  code: string;
  naam: string;
  geometry: Areal;
}

export interface CbsData {
  wijken: Area[];
  buurten: Area[];
  gemeenten: Gemeente[];
  byCode: Map<string, Area>;
}

function readFc(rel: string): Feature<Geometry, Record<string, unknown>>[] {
  const fc = JSON.parse(readFileSync(sharedPath('data', rel), 'utf8')) as FeatureCollection<Geometry, Record<string, unknown>>;
  return fc.features;
}

function str(props: Record<string, unknown>, key: string, file: string): string {
  const v = props[key];
  if (typeof v !== 'string' || v === '') throw new Error(`${file}: property ${key} missing`);
  return v;
}

function areal(g: Geometry, file: string): Areal {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return g;
  throw new Error(`${file}: unexpected geometry ${g.type}`);
}

/** Load and index the CBS polygons. Throws when a file lacks the expected properties. */
export function loadCbs(): CbsData {
  const wijken: Area[] = readFc(WIJKEN_FILE).map((f) => {
    const p = f.properties ?? {};
    const code = str(p, 'wijkcode', WIJKEN_FILE);
    return {
      level: 'wijk',
      code,
      file: WIJKEN_FILE,
      naam: str(p, 'wijknaam', WIJKEN_FILE).replace(/^Wijk\s?\d+\s*/, ''),
      gemeentecode: str(p, 'gemeentecode', WIJKEN_FILE),
      wijkcode: code,
      inwoners: typeof p.aantal_inwoners === 'number' ? p.aantal_inwoners : null,
      geometry: areal(f.geometry, WIJKEN_FILE),
    };
  });
  const buurten: Area[] = readFc(BUURTEN_FILE).map((f) => {
    const p = f.properties ?? {};
    return {
      level: 'buurt',
      file: BUURTEN_FILE,
      code: str(p, 'statcode', BUURTEN_FILE),
      naam: str(p, 'statnaam', BUURTEN_FILE),
      gemeentecode: str(p, 'gemeentecode', BUURTEN_FILE),
      wijkcode: str(p, 'wijkcode', BUURTEN_FILE),
      inwoners: null,
      geometry: areal(f.geometry, BUURTEN_FILE),
    };
  });
  const gemeenten: Gemeente[] = readFc(GEMEENTEN_FILE).map((f) => {
    const p = f.properties ?? {};
    return {
      code: str(p, 'gemeentecode', GEMEENTEN_FILE),
      naam: str(p, 'gemeentenaam', GEMEENTEN_FILE),
      geometry: areal(f.geometry, GEMEENTEN_FILE),
    };
  });
  const byCode = new Map<string, Area>([...wijken, ...buurten].map((a) => [a.code, a]));
  return { wijken, buurten, gemeenten, byCode };
}

/** The area with this CBS code, or throw (a 2014 code from places/ that no longer exists must be noticed). */
export function areaByCode(cbs: CbsData, code: string): Area {
  const a = cbs.byCode.get(code);
  if (!a) throw new Error(`CBS code ${code} not found in the 2024 wijk/buurt files`);
  return a;
}

/** The gemeente whose outline contains the point, if any. */
export function gemeenteAt(cbs: CbsData, lon: number, lat: number): Gemeente | undefined {
  return cbs.gemeenten.find((g) => containsPoint(g.geometry, [lon, lat]));
}
