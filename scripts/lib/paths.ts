import { resolve } from 'node:path';

/** Project root (this file lives in scripts/lib/). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const GEODATA_DIR = resolve(PROJECT_ROOT, 'geodata');

/** Raw data folder: `../shared/data` next to the project root, or env WIJKBALANS_SHARED. */
export function sharedDataDir(): string {
  const override = process.env['WIJKBALANS_SHARED'];
  if (override && override.trim() !== '') return resolve(override.trim());
  return resolve(PROJECT_ROOT, '..', 'shared', 'data');
}
