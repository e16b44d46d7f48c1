/**
 * `npm run bench`: size and speed of the app, on the Parkstad data and at national scale, in one run.
 * 1. JS shipped, gzipped (every .js/.mjs in dist/assets, including the MapLibre worker).
 * 2. geodata/ as shipped, gzipped: before issue 10 (from git) and now.
 * 3. The whole pipeline in Node (parse, join, classify, view model, map description): Parkstad vs the 3,475
 *    national wijken with the KWB 2024 figures of 171 gemeenten (scripts/lib/national-geodata.ts, written under
 *    test-results/, never into geodata/), as time and ratio.
 * 4. In headless Chromium: navigation → `window.__mapReady` of the app (Parkstad data), the same build serving the
 *    national data, and a bare MapLibre + deck.gl probe page, interleaved over the same runs; then a pan and a band
 *    edit on both data sets with the longest main-thread task.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { readRawGeodata } from './lib/read-geodata.ts';
import { launchChromium, servePreview, type Preview } from './lib/chromium.ts';
import { GEODATA_DIR, PROJECT_ROOT } from './lib/paths.ts';
import { buildNationalGeodata } from './lib/national-geodata.ts';
import { pipelineTimes, type PipelineTimes } from './lib/bench-pipeline.ts';
import { editBand, openReady, pan, readyTimes, type Responsiveness } from './lib/bench-browser.ts';

const root = PROJECT_ROOT;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/**
 * Every .js/.mjs in dist/assets, gzipped. "Startup" is what a first visit loads: the entry script of index.html and
 * the MapLibre worker it starts; the rest are chunks loaded on demand (deck.gl for the pair arcs, the upload worker).
 */
function jsSize() {
  const dir = resolve(root, 'dist', 'assets');
  const html = readFileSync(resolve(root, 'dist', 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+)"/.exec(html)?.[1] ?? '';
  let raw = 0;
  let total = 0;
  let startup = 0;
  let worker = 0;
  let files = 0;
  const lazy: { file: string; gz: number }[] = [];
  for (const f of readdirSync(dir)) {
    if (!/\.(m?js)$/.test(f)) continue;
    const buf = readFileSync(resolve(dir, f));
    const z = gz(buf);
    raw += buf.length;
    total += z;
    files += 1;
    if (/worker/.test(f)) worker += z;
    if (f === entry || f.startsWith('maplibre-gl-worker')) startup += z;
    else lazy.push({ file: f, gz: z });
  }
  return { files, raw, total, startup, worker, lazy: lazy.sort((a, b) => b.gz - a.gz) };
}

/** Sum over the files of a folder of each file gzipped (-9): what a server with gzip sends for all of them. */
function folderGz(dir: string): number {
  return readdirSync(dir).reduce((s, f) => (statSync(join(dir, f)).isFile() ? s + gz(readFileSync(join(dir, f))) : s), 0);
}

/** The same for geodata/ at a commit (the parent of the issue 10 data merge); null without git history. */
function gitGeodataGz(commit: string): number | null {
  try {
    const files = execSync(`git ls-tree --name-only ${commit} geodata/`, { cwd: root, encoding: 'utf8' }).trim().split('\n');
    return files.reduce((s, f) => s + gz(execSync(`git show ${commit}:${f}`, { cwd: root, maxBuffer: 1e8 })), 0);
  } catch {
    return null;
  }
}

/** The probe page (scripts/bench-probe/), built with the app's own maplibre-gl and deck.gl. */
async function buildProbe(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve(root, 'scripts', 'bench-probe'),
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
}

async function servePreviewWithGeodata(dir: string): Promise<Preview> {
  process.env['WIJKBALANS_GEODATA_DIR'] = dir;
  try {
    return await servePreview('dist');
  } finally {
    delete process.env['WIJKBALANS_GEODATA_DIR'];
  }
}

// 1. Build and JS size.
execSync('npx vite build', { cwd: root, stdio: 'ignore' });
const size = jsSize();
console.log(
  `JS at startup (gzip -9, entry + MapLibre worker): ${kb(size.startup)}; budget 700 kB → ${size.startup / 1024 <= 700 ? 'OK' : 'OVER'}`,
);
const pageGz = size.total - size.worker;
console.log(
  `JS of the page in total (all chunks, without the two worker scripts): ${kb(pageGz)}; budget 700 kB → ${pageGz / 1024 <= 700 ? 'OK' : 'OVER'}`,
);
console.log(`JS in total (all ${size.files} files, incl. workers): ${kb(size.total)} (raw ${kb(size.raw)})`);
console.log(`  on demand: ${size.lazy.map((l) => `${l.file} ${kb(l.gz)}`).join(', ')}`);

// 2. geodata/ as shipped.
const BEFORE_COMMIT = 'db5d6de^1';
const before = gitGeodataGz(BEFORE_COMMIT) ?? 115_805;
const after = folderGz(GEODATA_DIR);
console.log(
  `geodata/ gzipped (gzip -9 per file, summed): before issue 10 (${BEFORE_COMMIT}) ${before.toLocaleString('en')} B, now ${after.toLocaleString('en')} B (${ratio(after, before)})`,
);

// 3. The pipeline in Node.
const nationalDir = resolve(root, 'test-results', 'bench-national', 'geodata');
const national = buildNationalGeodata(nationalDir);
console.log(
  `national geodata (test-results/bench-national/geodata): ${String(national.wijken)} wijken, ${String(national.gemeenten)} gemeente outlines, ${String(national.gemeentenWithFigures)} gemeenten with KWB 2024 figures (${String(national.stockRows)} rows); gzipped ${folderGz(nationalDir).toLocaleString('en')} B`,
);
const rawParkstad = readRawGeodata();
const rawNational = readRawGeodata(nationalDir);
pipelineTimes(rawNational, 1); // warm-up (JIT) so the first national run is not counted cold
const pp = pipelineTimes(rawParkstad, 20);
const pn = pipelineTimes(rawNational, 5);
const line = (name: string, p: PipelineTimes) =>
  `  ${name}: ${String(p.areas)} areas with a polygon (${String(p.withFigures)} with a share) — parse + join ${ms(p.parseJoin)}, classify ${ms(p.classify)}, view model ${ms(p.viewModel)}, map description ${ms(p.mapDescription)}; total ${ms(p.total)}`;
console.log('pipeline in Node (median; Parkstad 20 runs, national 5):');
console.log(line('Parkstad', pp));
console.log(line('national', pn));
console.log(
  `  national / Parkstad: total ${ratio(pn.total, pp.total)} (parse + join ${ratio(pn.parseJoin, pp.parseJoin)}, view model ${ratio(pn.viewModel, pp.viewModel)}, map description ${ratio(pn.mapDescription, pp.mapDescription)}) for ${ratio(pn.areas, pp.areas)} the areas`,
);

// 4. In the browser.
const probeDir = 'test-results/bench-probe-dist';
await buildProbe(resolve(root, probeDir));
if (!existsSync(resolve(root, probeDir, 'index.html'))) throw new Error('probe build failed');
const app = await servePreview('dist');
const appNational = await servePreviewWithGeodata(nationalDir);
const probe = await servePreview(probeDir);
const browser = await launchChromium();
try {
  const RUNS = 7;
  const t = { probe: [] as number[], parkstad: [] as number[], national: [] as number[] };
  await readyTimes(browser, probe.baseUrl, 1); // warm-up: disk cache of the browser binary, shader compiler
  for (let i = 0; i < RUNS; i++) {
    t.probe.push(...(await readyTimes(browser, probe.baseUrl, 1)));
    t.parkstad.push(...(await readyTimes(browser, app.baseUrl, 1)));
    t.national.push(...(await readyTimes(browser, appNational.baseUrl, 1)));
  }
  const list = (xs: number[]) => `[${xs.map((x) => x.toFixed(0)).join(', ')}]`;
  console.log(`navigation → __mapReady (headless Chromium, SwiftShader; median of ${String(RUNS)} cold loads, interleaved):`);
  console.log(`  bare MapLibre + deck.gl probe: ${ms(median(t.probe))} ${list(t.probe)}`);
  console.log(
    `  app, Parkstad data: ${ms(median(t.parkstad))} ${list(t.parkstad)} → ${ratio(median(t.parkstad), median(t.probe))} the probe (bar ≤ 1.15×)`,
  );
  console.log(
    `  app, national data: ${ms(median(t.national))} ${list(t.national)} → ${ratio(median(t.national), median(t.parkstad))} Parkstad, ${ratio(median(t.national), median(t.probe))} the probe`,
  );
  // Interaction at a zoom that shows a large part of the country (all national wijken of the south in view).
  const VIEW = '#v=1&map=5.6,51.55,8';
  const rows: string[] = [];
  for (const [name, server] of [
    ['Parkstad', app],
    ['national', appNational],
  ] as const) {
    const { page, readyMs, close } = await openReady(browser, server.baseUrl + VIEW);
    await page.waitForTimeout(1500);
    const p: Responsiveness = await pan(page);
    const b: Responsiveness = await editBand(page, '10');
    rows.push(
      `  ${name}: ready at zoom 8 ${ms(readyMs)}; pan: longest task ${ms(p.longestTask)}, longest frame gap ${ms(p.longestFrameGap)}; band edit: longest task ${ms(b.longestTask)}, longest frame gap ${ms(b.longestFrameGap)}`,
    );
    await close();
  }
  console.log(`responsiveness at ${VIEW} (longtask observer; frame gap = longest time between two animation frames):`);
  for (const r of rows) console.log(r);
} finally {
  await browser.close();
  await Promise.all([app.close(), appNational.close(), probe.close()]);
}
