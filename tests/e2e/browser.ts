/**
 * The harness, and the one file that imports playwright-core: serves a built app with Vite's preview server on
 * 127.0.0.1, runs Debian's headless Chromium, opens pages in fresh browser contexts (clean storage each) and reads
 * pixels (the map canvas, decoded PNGs). Domain actions (hover an area, open a tab, export…) live in driver.ts.
 */
import type { PreviewServer } from 'vite';
import type { Browser, BrowserContext, JSHandle, Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { launchChromium, servePreview } from '../../scripts/lib/chromium';

export type { JSHandle, Locator, Page } from 'playwright-core';

export const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

export interface Harness {
  browser: Browser;
  server: PreviewServer;
  baseUrl: string;
  close: () => Promise<void>;
}

/** One browser and one preview server of the e2e build (`npm run build:e2e`: production plus the test hooks). */
export async function startHarness(): Promise<Harness> {
  const app = await servePreview('test-results/e2e-dist');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await launchChromium();
  return {
    browser,
    server: app.server,
    baseUrl: app.baseUrl,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

/** What `watchPage` records: Content-Security-Policy violations (in the page) and JS dialogs such as alert(). */
export interface PageWatch {
  cspViolations: () => Promise<string[]>;
  dialogs: string[];
}

/** What is recorded on every page opened with `newPage`: also its uncaught errors. */
interface PageProblems extends PageWatch {
  errors: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  watch: PageProblems;
}

/** A page in a new browser context (empty localStorage and IndexedDB), watched from before its first script. */
export async function newPage(h: Harness, viewport: { width: number; height: number }): Promise<OpenedPage> {
  const context = await h.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const watch = await watchPage(page);
  return { page, context, watch: { errors, ...watch } };
}

/** Record CSP violations and dialogs from before the first script runs; dialogs are dismissed. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { dialogs, cspViolations: () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []) };
}

/** Wait for `window.__mapReady` (the map idle with data drawn, as the README documents). */
export async function waitForMapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
}

/** Evaluate axe-core (from npm) in the page through the DevTools protocol, so the app's strict CSP need not be loosened. */
export async function loadAxe(page: Page): Promise<void> {
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
}

/** Run an action that starts a download; return the file name and its bytes (saved under test-results/screenshots when named). */
export async function takeDownload(
  page: Page,
  action: () => Promise<void>,
  saveAs?: string,
  timeout = 120_000,
): Promise<{ fileName: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout }), action()]);
  const path = saveAs ? resolve(SCREENSHOTS, saveAs) : await dl.path();
  if (saveAs) await dl.saveAs(path);
  return { fileName: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/** Drop a File (made in the page) on an element, as a drag-and-drop from the desktop would. */
export async function dropFile(page: Page, selector: string, file: JSHandle<File>): Promise<void> {
  const dataTransfer = await page.evaluateHandle((f) => {
    const dt = new DataTransfer();
    dt.items.add(f);
    return dt;
  }, file);
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

export type Rgba = [number, number, number, number];
export type Rgb = readonly [number, number, number];

/** RGBA pixels of a rectangle, row by row. */
export interface Pixels {
  data: Buffer;
  width: number;
  height: number;
}

const at = (d: Buffer, i: number): Rgba => [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0, d[i + 3] ?? 0];

/** The pixel at (x, y) of a pixel rectangle. */
const pixelAt = (p: Pixels, x: number, y: number): Rgba => at(p.data, (y * p.width + x) * 4);

/** True when a pixel is within `tolerance` (per channel) of an RGB colour. */
export const near = (p: readonly number[], rgb: Rgb, tolerance: number): boolean =>
  Math.abs((p[0] ?? 0) - rgb[0]) <= tolerance && Math.abs((p[1] ?? 0) - rgb[1]) <= tolerance && Math.abs((p[2] ?? 0) - rgb[2]) <= tolerance;

/** `#5ab4ac` → [90, 180, 172]. */
export const hexRgb = (hex: string): Rgb => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];

/**
 * The map canvas's pixels in a rectangle of viewport pixels (default: all of it), read once in the page
 * (the canvas keeps its drawing buffer), in canvas pixels; `x`/`y`/`scale` map them back to the viewport.
 */
async function mapPixels(
  page: Page,
  rect?: { x: number; y: number; w: number; h: number },
): Promise<Pixels & { x: number; y: number; scale: number }> {
  const r = await page.evaluate((want) => {
    const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const c = document.createElement('canvas');
    c.width = canvas.width;
    c.height = canvas.height;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(canvas, 0, 0);
    const x = want ? Math.round((want.x - box.left) * scale) : 0;
    const y = want ? Math.round((want.y - box.top) * scale) : 0;
    const w = want ? Math.max(1, Math.round(want.w * scale)) : c.width;
    const h = want ? Math.max(1, Math.round(want.h * scale)) : c.height;
    const bytes = ctx.getImageData(x, y, w, h).data;
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { b64: btoa(bin), width: w, height: h, left: box.left + x / scale, top: box.top + y / scale, scale };
  }, rect ?? null);
  return { data: Buffer.from(r.b64, 'base64'), width: r.width, height: r.height, x: r.left, y: r.top, scale: r.scale };
}

/** RGBA of the map canvas at a viewport pixel. */
export async function canvasPixel(page: Page, x: number, y: number): Promise<Rgba> {
  return at((await mapPixels(page, { x, y, w: 1, h: 1 })).data, 0);
}

/** Number of map-canvas pixels within `tolerance` (per channel) of an RGB colour, in `rect` (viewport pixels) or everywhere. */
export async function countColor(
  page: Page,
  rgb: Rgb,
  tolerance = 18,
  rect?: { x: number; y: number; w: number; h: number },
): Promise<number> {
  const { data } = await mapPixels(page, rect);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (near(at(data, i), rgb, tolerance)) n++;
  return n;
}

/** The viewport pixel of the first map-canvas pixel (scanning rows, every 2nd pixel) near a colour, or null. */
export async function findColor(page: Page, rgb: Rgb, tolerance: number): Promise<[number, number] | null> {
  const p = await mapPixels(page);
  for (let y = 0; y < p.height; y += 2)
    for (let x = 0; x < p.width; x += 2) if (near(pixelAt(p, x, y), rgb, tolerance)) return [p.x + x / p.scale, p.y + y / p.scale];
  return null;
}

/** The brightest map-canvas pixel in a (2r+1)² window: an area's fill colour without its pattern dots or hatching. */
export async function brightestPixel(page: Page, x: number, y: number, r = 3): Promise<Rgba> {
  const { data } = await mapPixels(page, { x: x - r, y: y - r, w: 2 * r + 1, h: 2 * r + 1 });
  let best: Rgba = [0, 0, 0, 0];
  for (let i = 0; i < data.length; i += 4) {
    const p = at(data, i);
    if (p[0] + p[1] + p[2] > best[0] + best[1] + best[2]) best = p;
  }
  return best;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): [number, number] {
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('Not a PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** RGBA of single pixels of a PNG, decoded by the browser. */
export async function pngPixels(page: Page, png: Buffer, points: readonly [number, number][]): Promise<Rgba[]> {
  return page.evaluate(
    async ([b64, pts]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = document.createElement('canvas');
      c.width = bitmap.width;
      c.height = bitmap.height;
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, 0, 0);
      return pts.map(([x, y]) => {
        const d = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data;
        return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, d[3] ?? 0] as [number, number, number, number];
      });
    },
    [png.toString('base64'), points] as const,
  );
}

/** The RGBA pixels of a rectangle (output pixels) of a PNG, decoded by the browser. */
export async function pngRegion(page: Page, png: Buffer, rect: { x: number; y: number; w: number; h: number }): Promise<Pixels> {
  const r = await page.evaluate(
    async ([b64, want]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = document.createElement('canvas');
      c.width = want.w;
      c.height = want.h;
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(bitmap, -want.x, -want.y);
      const d = ctx.getImageData(0, 0, want.w, want.h).data;
      let bin = '';
      for (let i = 0; i < d.length; i += 0x8000) bin += String.fromCharCode(...d.subarray(i, i + 0x8000));
      return btoa(bin);
    },
    [png.toString('base64'), { x: Math.round(rect.x), y: Math.round(rect.y), w: Math.round(rect.w), h: Math.round(rect.h) }] as const,
  );
  return { data: Buffer.from(r, 'base64'), width: Math.round(rect.w), height: Math.round(rect.h) };
}

// ── The page-level helpers (the API of the test files written before driver.ts) ──────────────────────────────────

/**
 * Open the app (optionally with a hash) in a new browser context (empty localStorage and IndexedDB) at a fixed
 * viewport and wait for `window.__mapReady`. `prepare` runs on the new page before navigation (e.g. `watchPage`).
 * The page's uncaught errors are kept as `__errors` on it; closing the page closes its context.
 */
export async function openApp(
  h: Harness,
  hash = '',
  viewport = { width: 1400, height: 900 },
  prepare?: (page: Page) => Promise<void>,
): Promise<Page> {
  const context = await h.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  page.once('close', () => void context.close().catch(() => undefined));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { __errors?: string[] }).__errors = errors;
  if (prepare) await prepare(page);
  await page.goto(h.baseUrl + hash);
  await waitForMapReady(page);
  return page;
}

/** Wait until the map has rendered the latest change (the next idle after a repaint). */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const w = window as unknown as { __wijkbalans?: { whenIdle: () => Promise<void> } };
        if (w.__wijkbalans) void w.__wijkbalans.whenIdle().then(done);
        else done();
      }),
  );
}

/** Viewport pixel of a point inside an area (its label point, or with `fillPoint` the pixel for colour checks). */
export async function screenPoint(page: Page, code: string, hook: 'screenPoint' | 'fillPoint' = 'screenPoint'): Promise<[number, number]> {
  const p = await page.evaluate(
    ([c, k]) =>
      (window as unknown as { __wijkbalans: Record<string, (c: string) => [number, number] | null> }).__wijkbalans[k]?.(c) ?? null,
    [code, hook] as const,
  );
  if (!p) throw new Error(`No screen point for ${code}`);
  const box = await page.locator('[data-testid="map"]').boundingBox();
  return [p[0] + (box?.x ?? 0), p[1] + (box?.y ?? 0)];
}

/** The pixel deepest inside an area and off label text: for colour checks. */
export const fillPoint = (page: Page, code: string) => screenPoint(page, code, 'fillPoint');

/** Viewport pixel of a lon/lat on the map. */
export async function lonLatPoint(page: Page, lon: number, lat: number): Promise<[number, number]> {
  const p = await page.evaluate(
    ([x, y]) => (window as unknown as { __wijkbalans: { project: (a: number, b: number) => [number, number] } }).__wijkbalans.project(x, y),
    [lon, lat] as [number, number],
  );
  const box = await page.locator('[data-testid="map"]').boundingBox();
  return [p[0] + (box?.x ?? 0), p[1] + (box?.y ?? 0)];
}

/** WCAG 2.1 A/AA violations (axe-core) inside the element matching `selector`, as `rule: target` lines. */
export async function axeViolationsIn(page: Page, selector: string): Promise<string[]> {
  await loadAxe(page);
  return page.evaluate(async (sel) => {
    const axe = (
      window as unknown as {
        axe: { run: (el: Element, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const el = document.querySelector(sel);
    if (!el) return [`no element ${sel}`];
    const r = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, selector);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** The serious and critical violations axe-core finds on the page, minus the `exclude` selectors. */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<AxeViolation[]> {
  await loadAxe(page);
  const found = await page.evaluate(async (ex) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run({ exclude: ex.map((s) => [s]) }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, exclude);
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Run `action`, wait for the download it starts, save it under test-results/screenshots as `name` and return its bytes. */
export async function download(page: Page, action: () => Promise<void>, name: string, timeout = 120_000): Promise<Buffer> {
  return (await takeDownload(page, action, name, timeout)).bytes;
}

/** Run an action that triggers a download and return the file name and its text. */
export async function downloadText(page: Page, action: () => Promise<void>): Promise<{ fileName: string; text: string }> {
  const { fileName, bytes } = await takeDownload(page, action, undefined, 30_000);
  return { fileName, text: bytes.toString('utf8') };
}
