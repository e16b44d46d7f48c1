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
import { classify, bandFromCentre } from '../src/domain/band.ts';
import { startHarness } from '../tests/e2e/browser.ts';

const root = resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function jsSize(): { files: number; raw: number; gz: number } {
  if (!existsSync(resolve(root, 'dist', 'index.html'))) execSync('npx vite build', { cwd: root, stdio: 'ignore' });
  const dir = resolve(root, 'dist', 'assets');
  let raw = 0, gz = 0, files = 0;
  for (const f of readdirSync(dir)) {
    if (!/\.(m?js)$/.test(f)) continue;
    const buf = readFileSync(resolve(dir, f));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
    files += 1;
  }
  return { files, raw, gz };
}

function joinClassify(runs = 20): { median: number; areas: number } {
  const g = resolve(root, 'geodata');
  const json = (f: string) => JSON.parse(readFileSync(resolve(g, f), 'utf8')) as unknown;
  const text = (f: string) => readFileSync(resolve(g, f), 'utf8');
  const raw = {
    gemeenten: json('gemeenten.geojson'), wijken: json('wijken.geojson'), buurten: json('buurten.geojson'),
    wijkBorders: json('wijken-buurtgrenzen.geojson'), stockCsv: text('stock.csv'), liveabilityCsv: text('liveability.csv'),
  };
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
  const h = await startHarness();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const ctx = await h.browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await ctx.newPage();
      await page.goto(h.baseUrl);
      await page.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
      times.push(await page.evaluate(() => (window as unknown as { __mapReadyAt: number }).__mapReadyAt));
      await ctx.close();
    }
  } finally {
    await h.close();
  }
  return times;
}

const size = jsSize();
console.log(`JS (gzip -9): ${(size.gz / 1024).toFixed(1)} kB in ${size.files} files (raw ${(size.raw / 1024).toFixed(1)} kB); budget 700 kB → ${size.gz / 1024 <= 700 ? 'OK' : 'OVER'}`);
const jc = joinClassify();
console.log(`parse + join + classify, ${jc.areas} Parkstad areas (wijk + buurt): median ${jc.median.toFixed(1)} ms over 20 runs`);
const ready = await timeToReady();
console.log(`navigation → __mapReady (headless Chromium, SwiftShader): median ${median(ready).toFixed(0)} ms over ${ready.length} runs [${ready.map((t) => t.toFixed(0)).join(', ')}]`);
