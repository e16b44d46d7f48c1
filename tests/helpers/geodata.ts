/** The real embedded dataset and fixture files, read from disk for Node tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export { loadGeodata } from '../../scripts/lib/read-geodata';

const root = resolve(import.meta.dirname, '..', '..');

/** The bytes of a fixture in tests/fixtures/upload. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(root, 'tests', 'fixtures', 'upload', name)));
}
