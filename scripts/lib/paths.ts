/**
 * Where the scripts read and write: one module for `npm run data` (geodata and overlays), the checks and the
 * benchmarks. Raw inputs live in the `shared` folder beside the project (it holds `data/` and `seeds/`);
 * the environment variable WIJKBALANS_SHARED, when set, names that same `shared` folder. Outputs go to `geodata/`.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Project root (this file lives in scripts/lib/). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const GEODATA_DIR = resolve(PROJECT_ROOT, 'geodata');

/** The `shared` folder (with `data/` and `seeds/`): `$WIJKBALANS_SHARED`, or `shared` next to the project root. */
export function sharedDir(): string {
  const override = process.env['WIJKBALANS_SHARED'];
  if (override && override.trim() !== '') return resolve(override.trim());
  return resolve(PROJECT_ROOT, '..', 'shared');
}

/** The raw open data: `<shared>/data`. */
export function sharedDataDir(): string {
  return join(sharedDir(), 'data');
}

/** A path inside the shared folder, e.g. `sharedPath('data', 'places/colonies.csv')`. */
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
