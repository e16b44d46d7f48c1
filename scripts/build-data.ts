/**
 * npm run data — builds geodata/{gemeenten,wijken,buurten}.geojson, stock.csv, liveability.csv, trend.csv
 * and SOURCES.md from the raw files in ../shared/data (env WIJKBALANS_SHARED names another shared folder). Everything is validated
 * (the same checks as check-data.ts plus cross-checks against the raw sources) before anything is written;
 * on an inconsistency it prints which file/row and exits 1.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBoundaryKwb, checkConsistency } from './lib/consistency.ts';
import { writeCsv } from './lib/csv-text.ts';
import { DataError } from './lib/errors.ts';
import { serializeCollection } from './lib/geojson.ts';
import { buildGeometry, type BuiltCollection } from './lib/geometry.ts';
import { buildLiveabilityRows } from './lib/liveability.ts';
import { GEODATA_DIR, sharedDataDir } from './lib/paths.ts';
import { LIVEABILITY_FILE, LIVEABILITY_HEADER, SOURCES_FILE, STOCK_FILE, STOCK_HEADER, TREND_FILE, TREND_HEADER } from './lib/schema.ts';
import { sourcesMarkdown, verifyUpstream } from './lib/sources-md.ts';
import { buildStockRows } from './lib/stock.ts';
import { buildTrendRows } from './lib/trend.ts';
import { validateAll } from './lib/validate-all.ts';

function main(): void {
  const dir = sharedDataDir();
  if (!existsSync(dir))
    throw new DataError(`raw data folder not found: ${dir} (set WIJKBALANS_SHARED to the shared folder that holds data/ and seeds/)`);
  console.log(`data: reading ${dir}`);
  verifyUpstream(dir);

  const geo = buildGeometry(dir);
  const collections: BuiltCollection[] = [geo.gemeenten, geo.wijken, geo.buurten];
  const stock = buildStockRows(dir);
  const lbm = buildLiveabilityRows(dir);
  const trend = buildTrendRows(
    dir,
    stock.filter((r) => r.niveau === 'gemeente').map((r) => ({ code: r.code, naam: r.naam })),
  );

  const { issues, notes } = checkConsistency(stock, collections, lbm);
  const kwbChecked = checkBoundaryKwb(stock, geo.kwb, issues);
  notes.push(`boundaries: KWB 2024 fields of ${String(kwbChecked)} buurten equal ${STOCK_FILE}`);
  for (const s of geo.slivers)
    notes.push(`${s.what}: ${s.kind} of ${String(s.m2)} m² at ${s.at.join(', ')} left out of the gemeente outline`);
  const out = new Map<string, string>();
  for (const c of collections) out.set(c.spec.file, serializeCollection(c.metadata, c.features));
  out.set(STOCK_FILE, writeCsv(STOCK_HEADER, stock, STOCK_FILE));
  out.set(LIVEABILITY_FILE, writeCsv(LIVEABILITY_HEADER, lbm, LIVEABILITY_FILE));
  out.set(TREND_FILE, writeCsv(TREND_HEADER, trend, TREND_FILE));
  const validation = validateAll((file) => out.get(file));
  const problems = [...new Set([...issues.list, ...validation.issues.list])];
  if (problems.length > 0) {
    console.error(`data: FAILED, ${String(problems.length)} problem(s); nothing written:`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  out.set(SOURCES_FILE, sourcesMarkdown({ stock, geo, lbm, trend }));

  mkdirSync(GEODATA_DIR, { recursive: true });
  for (const [file, text] of out) writeFileSync(join(GEODATA_DIR, file), text, 'utf8');

  console.log('data: wrote geodata/');
  for (const line of validation.counts) console.log(`  ${line}`);
  console.log(`  ${SOURCES_FILE}`);
  console.log('data: known values');
  for (const line of validation.known) console.log(`  ${line}`);
  if (validation.issues.warnings.length > 0) {
    console.log('data: accepted deviations');
    for (const w of validation.issues.warnings) console.log(`  ${w}`);
  }
  if (notes.length > 0) {
    console.log('data: notes');
    for (const n of notes) console.log(`  ${n}`);
  }
}

try {
  main();
} catch (err) {
  if (err instanceof DataError) {
    console.error(`data: FAILED: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
