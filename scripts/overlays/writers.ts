/** Output writers: `;`-separated UTF-8 CSV and compact, one-feature-per-line GeoJSON. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry, Position } from 'geojson';
import { GEODATA_DIR } from '../lib/paths.ts';
import { roundPos } from './geo.ts';

export type CsvValue = string | number | boolean | null;

function csvField(v: CsvValue): string {
  const s = v === null ? '' : typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Coordinate with a decimal comma, 5 decimals (≈1 m); null → empty. */
export function commaCoord(v: number | null): string {
  return v === null ? '' : v.toFixed(5).replace('.', ',');
}

/** Write `geodata/<name>` as `;`-separated CSV (booleans as 1/0, fields quoted only when needed). */
export function writeCsv(name: string, columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const lines = [columns.join(';'), ...rows.map((r) => columns.map((c) => csvField(r[c] ?? null)).join(';'))];
  return write(name, `${lines.join('\n')}\n`);
}

function roundGeometry(g: Geometry): Geometry {
  const r = (p: Position): Position => roundPos(p, g.type === 'Point' ? 5 : 6);
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: r(g.coordinates) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(r)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((ring) => ring.map(r))) };
    default:
      throw new Error(`Unsupported geometry ${g.type}`);
  }
}

export interface OutFeature {
  geometry: Geometry;
  properties: Record<string, unknown>;
}

/** Write a FeatureCollection (optional top-level members first, e.g. `metadata`), one feature per line. */
export function writeGeojson(name: string, features: readonly OutFeature[], members: Record<string, unknown> = {}): string {
  const head = Object.entries({ type: 'FeatureCollection', ...members }).map(
    ([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v, null, 1).replace(/\n\s*/g, ' ')}`,
  );
  const feats = features.map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: roundGeometry(f.geometry) }));
  return write(name, `{${head.join(',\n')},\n"features":[\n${feats.join(',\n')}\n]}\n`);
}

/** Write a text file into geodata/. */
export function write(name: string, content: string): string {
  mkdirSync(GEODATA_DIR, { recursive: true });
  const path = join(GEODATA_DIR, name);
  writeFileSync(path, content, 'utf8');
  return path;
}
