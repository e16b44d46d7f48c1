/**
 * The wijken, buurten and gemeenten the overlays are placed in and checked against: the polygons the app ships
 * (geodata/, written by scripts/build-data.ts just before), so an item said to lie in an area lies in the area the
 * map draws. Inhabitants per wijk (for the NPLV population test) come from the CBS 2024 wijk file in shared/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GEODATA_FILES } from '../../src/config/geodata-files.ts';
import { GEODATA_DIR, sharedPath } from '../lib/paths.ts';
import type { Areal } from './geo.ts';
import { containsPoint } from './geo.ts';

/** CBS 2024 wijken with `aantal_inwoners` (only the inhabitants are read). */
const INWONERS_FILE = 'cbs/geoinzicht_wijken_2024_parkstad7_wgs84.geojson';
const label = (file: string): string => `geodata/${file}`;

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

function readFc(path: string): Feature<Geometry, Record<string, unknown>>[] {
  const fc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Geometry, Record<string, unknown>>;
  return fc.features;
}

const geodata = (file: string) => readFc(join(GEODATA_DIR, file));

function str(props: Record<string, unknown>, key: string, file: string): string {
  const v = props[key];
  if (typeof v !== 'string' || v === '') throw new Error(`${file}: property ${key} missing`);
  return v;
}

function areal(g: Geometry, file: string): Areal {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return g;
  throw new Error(`${file}: unexpected geometry ${g.type}`);
}

/** Load and index the shipped polygons. Throws when a file lacks the expected properties. */
export function loadCbs(): CbsData {
  const inwoners = new Map(
    readFc(sharedPath('data', INWONERS_FILE)).map((f) => {
      const p = f.properties ?? {};
      return [str(p, 'wijkcode', INWONERS_FILE), typeof p.aantal_inwoners === 'number' ? p.aantal_inwoners : null] as const;
    }),
  );
  const W = GEODATA_FILES.wijken,
    B = GEODATA_FILES.buurten,
    G = GEODATA_FILES.gemeenten;
  const wijken: Area[] = geodata(W).map((f) => {
    const p = f.properties ?? {};
    const code = str(p, 'code', W);
    if (!inwoners.has(code)) throw new Error(`${INWONERS_FILE}: no wijk ${code}`);
    return {
      level: 'wijk',
      code,
      file: label(W),
      naam: str(p, 'naam', W).replace(/^Wijk\s?\d+\s*/, ''),
      gemeentecode: str(p, 'gemeentecode', W),
      wijkcode: code,
      inwoners: inwoners.get(code) ?? null,
      geometry: areal(f.geometry, W),
    };
  });
  const buurten: Area[] = geodata(B).map((f) => {
    const p = f.properties ?? {};
    return {
      level: 'buurt',
      file: label(B),
      code: str(p, 'code', B),
      naam: str(p, 'naam', B),
      gemeentecode: str(p, 'gemeentecode', B),
      wijkcode: str(p, 'wijkcode', B),
      inwoners: null,
      geometry: areal(f.geometry, B),
    };
  });
  const gemeenten: Gemeente[] = geodata(G).map((f) => {
    const p = f.properties ?? {};
    return { code: str(p, 'code', G), naam: str(p, 'naam', G), geometry: areal(f.geometry, G) };
  });
  const byCode = new Map<string, Area>([...wijken, ...buurten].map((a) => [a.code, a]));
  return { wijken, buurten, gemeenten, byCode };
}

/** The area with this CBS code, or throw (a 2014 code from places/ that no longer exists must be noticed). */
export function areaByCode(cbs: CbsData, code: string): Area {
  const a = cbs.byCode.get(code);
  if (!a) throw new Error(`CBS code ${code} not found in geodata/ (2024 wijk and buurt codes)`);
  return a;
}

/** The gemeente whose outline contains the point, if any. */
export function gemeenteAt(cbs: CbsData, lon: number, lat: number): Gemeente | undefined {
  return cbs.gemeenten.find((g) => containsPoint(g.geometry, [lon, lat]));
}
