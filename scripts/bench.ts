/**
 * `npm run bench`: size and speed of the core app.
 * 1. JS shipped, gzipped (every .js/.mjs in dist/assets, including the MapLibre worker).
 * 2. Navigation → `window.__mapReady` in headless Chromium, median of 5 cold page loads.
 * 3. Parse + join + classify of all Parkstad areas in Node (the same domain code the browser runs).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { buildDataset } from '../src/domain/dataset.ts';
import { readRawGeodata } from './lib/read-geodata.ts';
import { classify, bandFromCentre } from '../src/domain/band.ts';
import { launchChromium, servePreview } from './lib/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

interface JsSize {
  files: number;
  raw: number;
  gz: number;
  startupGz: number;
  workerGz: number;
  lazy: { file: string; gz: number }[];
}

/**
 * Every .js/.mjs in dist/assets, gzipped. "Startup" is what a first visit loads: the entry script of
 * index.html (it has no static imports of other chunks) and the MapLibre worker it starts; the rest are
 * chunks loaded on demand (deck.gl when the Stadshuwelijk tab first draws arcs, the upload worker on upload).
 */
function jsSize(): JsSize {
  if (!existsSync(resolve(root, 'dist', 'index.html'))) execSync('npx vite build', { cwd: root, stdio: 'ignore' });
  const dir = resolve(root, 'dist', 'assets');
  const html = readFileSync(resolve(root, 'dist', 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+)"/.exec(html)?.[1] ?? '';
  let raw = 0,
    gz = 0,
    files = 0,
    startupGz = 0,
    workerGz = 0;
  const lazy: { file: string; gz: number }[] = [];
  for (const f of readdirSync(dir)) {
    if (!/\.(m?js)$/.test(f)) continue;
    const buf = readFileSync(resolve(dir, f));
    const z = gzipSync(buf, { level: 9 }).length;
    raw += buf.length;
    gz += z;
    files += 1;
    if (/worker/.test(f)) workerGz += z;
    if (f === entry || f.startsWith('maplibre-gl-worker')) startupGz += z;
    else lazy.push({ file: f, gz: z });
  }
  return { files, raw, gz, startupGz, workerGz, lazy: lazy.sort((a, b) => b.gz - a.gz) };
}

function joinClassify(runs = 20): { median: number; areas: number } {
  const raw = readRawGeodata();
  const band = bandFromCentre(36, 15);
  const times: number[] = [];
  let areas = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const d = buildDataset(raw);
    const all = [...d.levels.wijk.areas, ...d.levels.buurt.areas];
    for (const a of all) classify(a.stock?.corporationPct ?? null, band);
    times.push(performance.now() - t0);
    areas = all.length;
  }
  return { median: median(times), areas };
}

async function timeToReady(runs = 5): Promise<number[]> {
  const app = await servePreview();
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await ctx.newPage();
      await page.goto(app.baseUrl);
      await page.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
      times.push(await page.evaluate(() => (window as unknown as { __mapReadyAt: number }).__mapReadyAt));
      await ctx.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  return times;
}

const size = jsSize();
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `JS at startup (gzip -9, entry + MapLibre worker): ${kb(size.startupGz)}; budget 700 kB → ${size.startupGz / 1024 <= 700 ? 'OK' : 'OVER'}`,
);
const pageGz = size.gz - size.workerGz;
console.log(
  `JS of the page in total (all chunks incl. on-demand deck.gl, without the two worker scripts): ${kb(pageGz)}; budget 700 kB → ${pageGz / 1024 <= 700 ? 'OK' : 'OVER'}`,
);
console.log(
  `JS in total (all ${size.files} files, incl. the MapLibre and upload workers): ${kb(size.gz)} (raw ${kb(size.raw)}); budget 700 kB → ${size.gz / 1024 <= 700 ? 'OK' : 'OVER'}`,
);
console.log(`  on demand: ${size.lazy.map((l) => `${l.file} ${kb(l.gz)}`).join(', ')}`);
const jc = joinClassify();
console.log(`parse + join + classify, ${jc.areas} Parkstad areas (wijk + buurt): median ${jc.median.toFixed(1)} ms over 20 runs`);
const ready = await timeToReady();
console.log(
  `navigation → __mapReady (headless Chromium, SwiftShader): median ${median(ready).toFixed(0)} ms over ${ready.length} runs [${ready.map((t) => t.toFixed(0)).join(', ')}]`,
);
