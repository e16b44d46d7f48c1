/**
 * `npx tsx scripts/bench-upload.ts`: parse + join of a 50 MB uploaded CSV in Node, with the same domain
 * code the upload worker runs (decode → stream-parse → resolve keys → join to the Parkstad areas).
 * Two shapes are generated in a temp dir (not committed, removed afterwards):
 *  - long: ~720,000 rows × 4 columns (code, name, share, dwellings);
 *  - wide: ~17,000 rows × 120 columns, like the national CBS "Kerncijfers wijken en buurten" table.
 * Each is measured in a fresh Node process: time per step, peak RSS (whole process) and peak JS heap.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeBytes } from '../src/domain/encoding.ts';
import { AUTO_CHOICE } from '../src/domain/upload/csv-profile.ts';
import { ingestCsv } from '../src/domain/upload/ingest-csv.ts';
import { buildAreaIndex } from '../src/domain/upload/area-index.ts';
import { areaKeysInForce, composeDataset } from '../src/domain/upload/compose.ts';
import type { ColumnMapping } from '../src/domain/upload/mapping.ts';
import { loadGeodata } from './lib/read-geodata.ts';

const TARGET = 50 * 1024 * 1024;
const MB = 1024 * 1024;

function parkstadCodes(): string[] {
  const d = loadGeodata();
  return [...d.gemeenten, ...d.levels.wijk.areas, ...d.levels.buurt.areas].map((a) => a.code);
}

/** Dutch profile: `;`, decimal comma, a BOM, some CBS symbols. Parkstad codes are spread through the file. */
function generate(shape: 'long' | 'wide', file: string): void {
  const codes = parkstadCodes();
  const extra = shape === 'wide' ? Array.from({ length: 115 }, (_, i) => `kolom_${i}`) : [];
  const header = ['code', 'naam', 'corporatie_pct', 'woningen', ...extra].join(';');
  const parts: string[] = ['\ufeff' + header + '\n'];
  let size = parts[0]?.length ?? 0;
  const step = shape === 'long' ? 3000 : 70; // each Parkstad code once, spread through the file
  for (let i = 0; size < TARGET; i++) {
    const parkstad = i % step === 0 ? codes[i / step] : undefined;
    const code = parkstad ?? `BU${String(10000000 + i).padStart(8, '0')}`;
    const share = i % 41 === 0 ? '.' : `${i % 100},${i % 10}`;
    const cells = [
      code,
      `Buurt ${i}`,
      share,
      String(100 + (i % 5000)),
      ...extra.map((_, j) => (j % 7 === 0 ? 'x' : `${(i * j) % 1000},${j % 10}`)),
    ];
    const line = cells.join(';') + '\n';
    parts.push(line);
    size += line.length;
  }
  writeFileSync(file, parts.join(''));
}

function measure(file: string): void {
  let peakHeap = 0;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const t0 = performance.now();
  const bytes = readFileSync(file); // a Buffer is a Uint8Array: no extra copy
  const decoded = decodeBytes(bytes, 'auto');
  sample();
  const t1 = performance.now();
  const base = loadGeodata();
  const index = buildAreaIndex(areaKeysInForce(base, null));
  const mapping: ColumnMapping = {
    key: 'code',
    keyKind: 'code',
    nameLevel: 'all',
    value: { kind: 'share', share: 'corporatie_pct' },
    dwellings: 'woningen',
    year: null,
    name: 'naam',
  };
  const t2 = performance.now();
  const result = ingestCsv(decoded, AUTO_CHOICE, mapping, index, file, { onProgress: sample, listLimit: 200 });
  sample();
  const t3 = performance.now();
  const { dataset, coverage } = composeDataset(base, { figures: result, keepEmbedded: true, boundaries: null });
  sample();
  const t4 = performance.now();
  const out = {
    rows: result.report.rows,
    matched: result.figures.length,
    unmatched: result.report.unmatchedCount,
    noData: result.report.noData,
    wijkCoverage: coverage?.wijk.featureCoverage ?? 0,
    areas: dataset.levels.wijk.areas.length + dataset.levels.buurt.areas.length,
    readDecodeMs: t1 - t0,
    parseResolveMs: t3 - t2,
    joinMs: t4 - t3,
    totalMs: t4 - t0 - (t2 - t1),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / MB,
  };
  process.stdout.write(JSON.stringify(out));
}

if (process.argv[2] === '--measure' && process.argv[3]) {
  measure(process.argv[3]);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'wijkbalans-bench-'));
  try {
    console.log(`Node ${process.version}; files in ${dir} (removed afterwards)`);
    for (const shape of ['long', 'wide'] as const) {
      const file = join(dir, `${shape}.csv`);
      generate(shape, file);
      const raw = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--measure', file], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const r = JSON.parse(raw) as Record<string, number>;
      const f = (k: string, d = 0) => (r[k] ?? NaN).toFixed(d);
      console.log(
        `${shape}: ${(statSync(file).size / MB).toFixed(1)} MB, ${r.rows} rows → ${r.matched} areas matched, ${r.unmatched} rows without an area, ${r.noData} no-data cells | ` +
          `read+decode ${f('readDecodeMs')} ms, parse+resolve ${f('parseResolveMs')} ms, join ${f('joinMs')} ms, total ${f('totalMs')} ms | ` +
          `peak RSS ${f('peakRssMb')} MB, peak heap ${f('peakHeapMb')} MB`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
