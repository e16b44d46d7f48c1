/**
 * The one file that drives the browser: serves the built app (dist/) with Vite's preview server on
 * 127.0.0.1 and opens it in Debian's headless Chromium through playwright-core.
 */
import type { PreviewServer } from 'vite';
import type { Browser, JSHandle, Page } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { launchChromium, servePreview } from '../../scripts/lib/chromium';

export const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

export interface Harness {
  browser: Browser;
  server: PreviewServer;
  baseUrl: string;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  // The e2e build (`npm run build:e2e`): the production bundle plus the test hooks, which production leaves out.
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

/**
 * Open the app (optionally with a hash) at a fixed viewport and wait for `window.__mapReady`.
 * `prepare` runs on the new page before navigation (e.g. `watchPage`).
 */
export async function openApp(
  h: Harness,
  hash = '',
  viewport = { width: 1400, height: 900 },
  prepare?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await h.browser.newPage({ viewport, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { __errors?: string[] }).__errors = errors;
  if (prepare) await prepare(page);
  await page.goto(h.baseUrl + hash);
  await page.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
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
  // Evaluated through the DevTools protocol (like the console), so the app's strict CSP need not be loosened.
  const { createRequire } = await import('node:module');
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
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

/**
 * Run axe-core (from npm) on the page and return the serious and critical violations. The built app has a
 * strict CSP without inline scripts, so axe's source is evaluated through the DevTools protocol (which
 * the page's CSP does not govern) instead of an injected <script>.
 */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<AxeViolation[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
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

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): [number, number] {
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('Not a PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** RGBA of pixels of a PNG, decoded by the browser. */
export async function pngPixels(page: Page, png: Buffer, points: readonly [number, number][]): Promise<[number, number, number, number][]> {
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

/** Run `action`, wait for the download it starts, save it under test-results/screenshots and return its bytes. */
export async function download(page: Page, action: () => Promise<void>, name: string, timeout = 120_000): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout }), action()]);
  const path = resolve(SCREENSHOTS, name);
  await dl.saveAs(path);
  return readFileSync(path);
}

/** What `watchPage` records: Content-Security-Policy violations (in the page) and JS dialogs such as alert(). */
export interface PageWatch {
  cspViolations: () => Promise<string[]>;
  dialogs: string[];
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

/** Run an action that triggers a download and return the file name and its text. */
export async function downloadText(page: Page, action: () => Promise<void>): Promise<{ fileName: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), action()]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
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

type Rgba = [number, number, number, number];

/**
 * The map canvas's pixels in a rectangle of viewport pixels (default: all of it), read once in the page
 * (the canvas keeps its drawing buffer) and returned as RGBA bytes with the rectangle's size in canvas pixels.
 */
async function mapPixels(
  page: Page,
  rect?: { x: number; y: number; w: number; h: number },
): Promise<{ data: Buffer; width: number; height: number }> {
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
    return { b64: btoa(bin), width: w, height: h };
  }, rect ?? null);
  return { data: Buffer.from(r.b64, 'base64'), width: r.width, height: r.height };
}

const at = (d: Buffer, i: number): Rgba => [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0, d[i + 3] ?? 0];

/** RGBA of the map canvas at a viewport pixel. */
export async function canvasPixel(page: Page, x: number, y: number): Promise<Rgba> {
  return at((await mapPixels(page, { x, y, w: 1, h: 1 })).data, 0);
}

/** Number of map-canvas pixels within `tolerance` (per channel) of an RGB colour, in `rect` (viewport pixels) or everywhere. */
export async function countColor(
  page: Page,
  rgb: [number, number, number],
  tolerance = 18,
  rect?: { x: number; y: number; w: number; h: number },
): Promise<number> {
  const { data } = await mapPixels(page, rect);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (
      Math.abs((data[i] ?? 0) - rgb[0]) <= tolerance &&
      Math.abs((data[i + 1] ?? 0) - rgb[1]) <= tolerance &&
      Math.abs((data[i + 2] ?? 0) - rgb[2]) <= tolerance
    )
      n++;
  }
  return n;
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
