/**
 * npm run data:check — validates the committed geodata/ files (no raw data needed, runs in CI):
 * headers, code formats and uniqueness, value ranges, geometry counts/rings/extent, stock rows for every
 * geometry code, Leefbaarometer consistency and known CBS values. Exits 1 with file/row/what on any error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEODATA_DIR } from './lib/paths.ts';
import { validateAll } from './lib/validate-all.ts';

const result = validateAll((file) => {
  const path = join(GEODATA_DIR, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
});

if (!result.issues.ok) {
  console.error(`data:check FAILED, ${String(result.issues.list.length)} problem(s):`);
  for (const p of result.issues.list) console.error(`  ${p}`);
  process.exit(1);
}
for (const line of result.known) console.log(`  known: ${line}`);
for (const w of result.issues.warnings) console.log(`  accepted: ${w}`);
console.log(`data:check OK (${result.counts.join('; ')})`);
