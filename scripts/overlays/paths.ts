/**
 * Where the overlay pipeline reads and writes. Raw inputs live in `../shared` next to the project root
 * (override with WIJKBALANS_SHARED); outputs go to the project's `geodata/`.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const GEODATA_DIR = resolve(PROJECT_ROOT, 'geodata');

/** The shared raw-data folder: `$WIJKBALANS_SHARED` or `<project root>/../shared`. */
export function sharedDir(): string {
  const env = process.env.WIJKBALANS_SHARED;
  return env && env.trim() !== '' ? resolve(env) : resolve(PROJECT_ROOT, '..', 'shared');
}

export function sharedPath(...parts: string[]): string {
  return join(sharedDir(), ...parts);
}

/** The one seed file whose name starts with `prefix_` (e.g. "000"); throws when there is not exactly one. */
export function seedFile(prefix: string): { name: string; path: string } {
  const dir = sharedPath('seeds');
  const names = readdirSync(dir).filter((n) => n.startsWith(`${prefix}_`) && n.endsWith('.txt'));
  if (names.length !== 1 || !names[0]) {
    throw new Error(`Expected exactly one seed ${prefix}_*.txt in ${dir}, found ${names.length}`);
  }
  return { name: names[0], path: join(dir, names[0]) };
}
