/**
 * The test hooks stay out of the production bundle (`vite build` → dist/), which keeps only the documented
 * `window.__mapReady` and `__mapReadyAt`; the e2e build (`vite build --mode e2e` → test-results/e2e-dist/) that
 * the browser tests run on has them. Runs in the e2e project, after `npm run test:e2e` has made both builds.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Names only the test hooks use (`screenPoint`, `layerIds` and `whenIdle` are also names inside MapLibre and deck.gl). */
const HOOKS = ['__wijkbalans', 'fillPoint', 'fillLonLat', 'installTestHooks'];

/** The built JavaScript of a build folder, file name → text. */
function scripts(outDir: string): Map<string, string> {
  const assets = resolve(ROOT, outDir, 'assets');
  if (!existsSync(assets)) throw new Error(`${outDir}/assets is missing: run \`npm run test:e2e\`, which builds it first.`);
  const files = readdirSync(assets).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
  return new Map(files.map((f) => [f, readFileSync(resolve(assets, f), 'utf8')]));
}

/** The fonts the built index.html of a build folder preloads (href → does the file exist). */
function preloadedFonts(outDir: string): string[] {
  const html = readFileSync(resolve(ROOT, outDir, 'index.html'), 'utf8');
  return [...html.matchAll(/<link rel="preload" href="\.\/([^"]+)" as="font" type="font\/woff2" crossorigin[^>]*>/g)].map((m) => {
    const file = m[1] ?? '';
    if (!existsSync(resolve(ROOT, outDir, file))) throw new Error(`${file} is preloaded but not in ${outDir}`);
    return file.replace(/-[\w-]{8}\.woff2$/, '');
  });
}

const filesWith = (built: Map<string, string>, text: string) => [...built].filter(([, code]) => code.includes(text)).map(([f]) => f);

describe('test hooks and the production bundle', () => {
  it('the production bundle (dist/) has no test hook, but window.__mapReady and __mapReadyAt are there', () => {
    const built = scripts('dist');
    expect(built.size).toBeGreaterThan(0);
    for (const hook of HOOKS) expect(filesWith(built, hook), `${hook} in dist/assets`).toEqual([]);
    expect([...built.keys()].filter((f) => f.startsWith('test-hooks'))).toEqual([]);
    expect(filesWith(built, '__mapReady').length).toBeGreaterThan(0);
    expect(filesWith(built, '__mapReadyAt').length).toBeGreaterThan(0);
  });

  it('the e2e build (test-results/e2e-dist/) that the browser tests run on has the hooks', () => {
    const built = scripts('test-results/e2e-dist');
    for (const hook of ['__wijkbalans', 'fillPoint', 'fillLonLat'])
      expect(filesWith(built, hook).length, `${hook} in test-results/e2e-dist/assets`).toBeGreaterThan(0);
    expect(filesWith(built, '__mapReady').length).toBeGreaterThan(0);
  });
});

describe('the interface font in the first request', () => {
  it('index.html preloads the three Noto Sans weights the page uses (text, map labels, headings), from files of the build', () => {
    const weights = ['assets/noto-sans-latin-400-normal', 'assets/noto-sans-latin-600-normal', 'assets/noto-sans-latin-700-normal'];
    expect(preloadedFonts('dist')).toEqual(weights);
    expect(preloadedFonts('test-results/e2e-dist')).toEqual(weights);
  });
});
