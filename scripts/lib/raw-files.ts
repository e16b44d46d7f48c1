/** Readers for the raw files in ../shared/data (used by build-data.ts only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { fail } from './errors.ts';

export type RawRow = Record<string, string>;

export function readText(dir: string, file: string): string {
  const path = join(dir, file);
  try {
    const text = readFileSync(path, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (err) {
    return fail(`${path}: cannot read (${err instanceof Error ? err.message : String(err)})`);
  }
}

/** Delimited text → rows keyed by (trimmed) header; every value trimmed. */
export function readDelimited(dir: string, file: string, delimiter: ';' | ','): RawRow[] {
  const parsed = Papa.parse<string[]>(readText(dir, file), { delimiter, skipEmptyLines: true });
  const first = parsed.errors[0];
  if (first) fail(`${file}: row ${String(first.row)}: ${first.message}`);
  const [header, ...body] = parsed.data;
  if (!header) fail(`${file}: empty file`);
  const keys = header.map((h) => h.trim());
  return body.map((cells, i) => {
    if (cells.length !== keys.length) {
      fail(`${file}: line ${String(i + 2)}: ${String(cells.length)} cells, header has ${String(keys.length)}`);
    }
    const row: RawRow = {};
    keys.forEach((key, k) => {
      row[key] = (cells[k] ?? '').trim();
    });
    return row;
  });
}

export function readJson(dir: string, file: string): unknown {
  try {
    return JSON.parse(readText(dir, file)) as unknown;
  } catch (err) {
    return fail(`${file}: invalid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
}

/** A column that must be present in a raw row. */
export function col(row: RawRow, key: string, where: string): string {
  const v = row[key];
  if (v === undefined) fail(`${where}: column ${key} missing`);
  return v;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function stringProp(obj: Record<string, unknown>, key: string, where: string): string {
  const v = obj[key];
  if (typeof v !== 'string' || v.trim() === '') fail(`${where}: property ${key} missing or not a string`);
  return v.trim();
}
