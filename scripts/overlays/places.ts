/** Readers for shared/data/places (colonies.csv, projects.csv) and heritage (RCE gezichten). */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { sharedPath } from '../lib/paths.ts';
import type { Areal } from './geo.ts';

export const COLONIES_CSV = 'places/colonies.csv';
export const PROJECTS_CSV = 'places/projects.csv';
export const NPLV_MD = 'places/nplv.md';
export const HERITAGE_FILE = 'heritage/rce-gezichten-parkstad.geojson';

export type CsvRow = Record<string, string>;

/** Read a comma-separated places table with a header row; every listed column must exist. */
export function readPlacesCsv(rel: string, columns: readonly string[]): CsvRow[] {
  const text = readFileSync(sharedPath('data', rel), 'utf8').replace(/^\uFEFF/, '');
  const res = Papa.parse<CsvRow>(text, { header: true, skipEmptyLines: true });
  if (res.errors.length > 0) throw new Error(`${rel}: ${res.errors.map((e) => e.message).join('; ')}`);
  const missing = columns.filter((c) => !(res.meta.fields ?? []).includes(c));
  if (missing.length > 0) throw new Error(`${rel}: missing columns ${missing.join(', ')}`);
  return res.data;
}

export function cell(row: CsvRow, key: string): string {
  return (row[key] ?? '').trim();
}

/** Parse a decimal coordinate cell; empty → null, anything else non-numeric → throw. */
export function coord(row: CsvRow, key: string): number | null {
  const v = cell(row, key);
  if (v === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`Not a coordinate in column ${key}: "${v}"`);
  return n;
}

export interface Gezicht {
  bronId: string;
  naam: string;
  geometry: Areal;
}

/** The RCE protected-townscape polygons, keyed by BRON_ID. */
export function loadGezichten(): Map<string, Gezicht> {
  const fc = JSON.parse(readFileSync(sharedPath('data', HERITAGE_FILE), 'utf8')) as FeatureCollection<Geometry, Record<string, unknown>>;
  const out = new Map<string, Gezicht>();
  for (const f of fc.features as Feature<Geometry, Record<string, unknown>>[]) {
    const id = f.properties?.BRON_ID;
    const naam = f.properties?.NAAM;
    const g = f.geometry;
    if (typeof id !== 'string' || typeof naam !== 'string') throw new Error(`${HERITAGE_FILE}: feature without BRON_ID/NAAM`);
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`${HERITAGE_FILE}: ${id} is ${g.type}`);
    out.set(id, { bronId: id, naam, geometry: g });
  }
  return out;
}
