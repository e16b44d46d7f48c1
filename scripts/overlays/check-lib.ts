/** Helpers for check-overlays.ts: reading geodata/ files and collecting readable problems. Reads nothing outside geodata/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { GEODATA_DIR } from '../lib/paths.ts';
import { inParkstadBox } from './geo.ts';

export type Row = Record<string, string>;
export type Feat = Feature<Geometry | null, Record<string, unknown>>;

export class Problems {
  readonly list: string[] = [];
  /** Record a problem when `ok` is false. */
  expect(ok: boolean, message: string): void {
    if (!ok) this.list.push(message);
  }
}

export function readCsv(name: string, columns: readonly string[], p: Problems): Row[] {
  const path = join(GEODATA_DIR, name);
  if (!existsSync(path)) {
    p.expect(false, `${name}: missing`);
    return [];
  }
  const res = Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, delimiter: ';', skipEmptyLines: true });
  p.expect(res.errors.length === 0, `${name}: CSV errors ${res.errors.map((e) => `row ${e.row ?? '?'}: ${e.message}`).join('; ')}`);
  p.expect(
    JSON.stringify(res.meta.fields) === JSON.stringify(columns),
    `${name}: columns ${String(res.meta.fields)} ≠ ${columns.join(';')}`,
  );
  return res.data;
}

export function readGeojson(name: string, p: Problems): { features: Feat[]; doc: Record<string, unknown> } {
  const path = join(GEODATA_DIR, name);
  if (!existsSync(path)) {
    p.expect(false, `${name}: missing`);
    return { features: [], doc: {} };
  }
  const doc = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Geometry | null, Record<string, unknown>> &
    Record<string, unknown>;
  p.expect(doc.type === 'FeatureCollection', `${name}: not a FeatureCollection`);
  return { features: doc.features, doc };
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

/** Every drawn feature: geometry of an allowed type, inside the Parkstad box, non-empty bron (and precisie when asked). */
export function checkDrawn(name: string, f: Feat, label: string, p: Problems, needPrecisie = true): void {
  const g = f.geometry;
  const props = f.properties ?? {};
  p.expect(
    g !== null && ['Point', 'Polygon', 'MultiPolygon'].includes(g.type),
    `${name} ${label}: geometry must be Point/Polygon/MultiPolygon`,
  );
  if (g) {
    const out = positions(g).filter(([x, y]) => x === undefined || y === undefined || !inParkstadBox(x, y));
    p.expect(out.length === 0, `${name} ${label}: ${out.length} coordinates outside lon 5.7–6.2 / lat 50.75–51.0`);
  }
  p.expect(typeof props.bron === 'string' && props.bron.trim() !== '', `${name} ${label}: empty bron`);
  if (needPrecisie)
    p.expect(
      typeof props.precisie === 'string' && props.precisie !== '' && props.precisie !== 'onbekend',
      `${name} ${label}: drawn feature needs a known precisie`,
    );
}

/** Decimal-comma coordinate from a CSV cell; empty → null; malformed → NaN. */
export function commaNumber(v: string | undefined): number | null {
  if (v === undefined || v === '') return null;
  return /^\d+,\d+$/.test(v) ? Number(v.replace(',', '.')) : Number.NaN;
}

/** The CSV row's point matches the feature's Point (within 1e-5 degree). */
export function samePoint(row: Row, f: Feat): boolean {
  const g = f.geometry;
  if (!g || g.type !== 'Point') return false;
  const [x, y] = g.coordinates;
  const lat = commaNumber(row.lat),
    lon = commaNumber(row.lon);
  return lat !== null && lon !== null && x !== undefined && y !== undefined && Math.abs(x - lon) < 1e-5 && Math.abs(y - lat) < 1e-5;
}
