/**
 * npm run data:check — validates the committed geodata/ files (no raw data needed, runs in CI):
 * headers, code formats and uniqueness, value ranges, geometry counts/rings/extent, wijken = union of their
 * buurten and gemeenten = union of their wijken, stock rows for every geometry code (none for the buurten of
 * gemeenten without buurt figures), Leefbaarometer and trend consistency, known CBS values, no unknown files. Exits 1 with file/row/what on any error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEODATA_FILES, OVERLAY_FILES, PROGRAMME_FILE, SOURCES_FILES } from '../src/config/geodata-files.ts';
import { parseProgrammePreload } from '../src/domain/programme/parse-preload.ts';
import { GEODATA_DIR } from './lib/paths.ts';
import { validateAll } from './lib/validate-all.ts';

const result = validateAll((file) => {
  const path = join(GEODATA_DIR, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
});
// The Vite plugin ships every file in geodata/: a file nobody names (a leftover of an older build) would ship too.
const known = new Set<string>([
  ...Object.values(GEODATA_FILES),
  ...Object.values(OVERLAY_FILES),
  ...Object.values(SOURCES_FILES),
  PROGRAMME_FILE,
]);
// The programme preload is read by the app's own parser: every item must be complete.
const preloadPath = join(GEODATA_DIR, PROGRAMME_FILE);
if (!existsSync(preloadPath)) result.issues.add(PROGRAMME_FILE, 'file', 'missing (run npm run data)');
else {
  const parsed = parseProgrammePreload(JSON.parse(readFileSync(preloadPath, 'utf8')) as unknown, PROGRAMME_FILE);
  for (const p of parsed.issues) result.issues.add(PROGRAMME_FILE, String(p.context.row ?? 'file'), p.code);
  result.counts.push(`${PROGRAMME_FILE} ${String(parsed.value.length)} items`);
}
for (const f of readdirSync(GEODATA_DIR)) if (!known.has(f)) result.issues.add(f, 'file', 'not named in src/config/geodata-files.ts');

if (!result.issues.ok) {
  console.error(`data:check FAILED, ${String(result.issues.list.length)} problem(s):`);
  for (const p of result.issues.list) console.error(`  ${p}`);
  process.exit(1);
}
for (const line of result.known) console.log(`  known: ${line}`);
for (const w of result.issues.warnings) console.log(`  accepted: ${w}`);
console.log(`data:check OK (${result.counts.join('; ')})`);
