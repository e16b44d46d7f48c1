/**
 * The domain actions of the browser tests, in one place (as Maputnik's e2e driver): open the app at a link,
 * hover or click an area by its code, read the tooltip and panel, sample an area's colour on the canvas, open a
 * tab, set the band, toggle overlays, choose a pair, move a slider, upload a file, export and read the PNG,
 * take a named screenshot, run axe. Test files call these and read like user stories; only browser.ts touches
 * playwright-core.
 *
 * Every test gets its own page in a fresh browser context (clean localStorage and IndexedDB), opened at a link that
 * sets up its state; `useApp()` closes it after the test and checks that it had no uncaught page errors, CSP
 * violations or dialogs. One browser and one preview server serve a whole file.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  axeViolations,
  axeViolationsIn,
  brightestPixel,
  canvasPixel,
  countColor,
  dropFile,
  findColor,
  hexRgb,
  lonLatPoint,
  near,
  newPage,
  pngPixels,
  pngRegion,
  screenPoint,
  SCREENSHOTS,
  startHarness,
  takeDownload,
  waitForIdle,
  waitForMapReady,
  type AxeViolation,
  type Harness,
  type JSHandle,
  type Locator,
  type OpenedPage,
  type Page,
  type Pixels,
  type Rgb,
  type Rgba,
} from './browser';
import { exportLayout, type Rect } from '../../src/export/layout';
import { findPreset, type ExportPresetId } from '../../src/export/presets';
import { projectToMap } from '../../src/export/geo';
import type { ExportMeta } from '../../src/export/compose';
import type { AreaClass } from '../../src/domain/classify-area';
import { CLASS_SWATCH, patternTile, type Swatch } from '../../src/config/theme';
import { CLASS_ORDER } from '../../src/state/legend-model';
import type { SidePanel } from '../../src/state/store';
import type { PolicyMoveKind } from '../../src/domain/scenario/policy-types';
import { LAYER } from '../../src/map/ids';

export { hexRgb, near, pngSize, SCREENSHOTS } from './browser';

/** Areas the stories talk about. */
export const AREA = {
  heerlerbaanCentrum: 'WK091740', // 2,301 dwellings at 78 %: above the band
  weltenBenzenrade: 'WK091736', // 2,096 dwellings at 6 %: below the band
  heerlerbaanSchil: 'WK091741',
  brunssumZuid: 'WK089904', // 8 %, in Brunssum
  weggebekker: 'BU09172000', // 89 %
  versilienbosch: 'BU09172003', // 83 %
  heerlerbaanOost: 'BU09174000', // 78 %
} as const;

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'upload');

/** The fields of a link (src/state/url-fields.ts); the side-panel tab is not one of them. */
export interface LinkFields {
  scope?: string;
  level?: 'wijk' | 'buurt';
  band?: readonly [number, number];
  lang?: 'nl' | 'en';
  base?: 'offline' | 'pdok';
  sel?: string;
  map?: readonly [number, number, number];
  layers?: readonly string[];
  pair?: readonly [string, string];
  scenario?: string;
  /** e.g. `WK091740.sell-to-occupant.230,WK091736.build-corporation.230` (old kinds like `sell` are still read) */
  moves?: string;
}

/** `#v=1&scope=…` for the given fields, in the order the app writes them. */
export function link(f: LinkFields): string {
  const parts = ['v=1'];
  if (f.scope) parts.push(`scope=${f.scope}`);
  if (f.level) parts.push(`level=${f.level}`);
  if (f.band) parts.push(`band=${f.band.join(',')}`);
  if (f.lang) parts.push(`lang=${f.lang}`);
  if (f.base) parts.push(`base=${f.base}`);
  if (f.sel) parts.push(`sel=${f.sel}`);
  if (f.map) parts.push(`map=${f.map.join(',')}`);
  if (f.layers) parts.push(`layers=${f.layers.join(',')}`);
  if (f.pair) parts.push(`pair=${f.pair.join(',')}`);
  if (f.scenario) parts.push(`scenario=${f.scenario}`);
  if (f.moves) parts.push(`moves=${f.moves}`);
  return `#${parts.join('&')}`;
}

/** Heerlen's wijken with the default band: the app's default view, as a link. */
export const HEERLEN = link({ scope: 'GM0917', level: 'wijk' });

/** The side panel's tabs (`tab-…`), as the store names them. */
export type Tab = SidePanel;
/** The band fields' test ids: `band-centre`, `band-halfwidth`, `band-lower`, `band-upper`. */
export type BandField = 'centre' | 'halfwidth' | 'lower' | 'upper';
export type Overlay = 'nplv' | 'colonies' | 'projects';

interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Uncaught page errors, CSP violations and dialogs are expected: do not fail the test on them. */
  allowProblems?: boolean;
}

/** An exported PNG with what the export dialog reported about it. */
export interface ExportedPng {
  png: Buffer;
  meta: ExportMeta;
  preset: ExportPresetId;
  /** Output pixels of the header, map, legend and footer (src/export/layout.ts). */
  layout: { header: Rect; map: Rect; legend: Rect; footer: Rect; scale: number };
}

/** A legend swatch found in an exported PNG: its top and height in layout units. */
export interface FoundSwatch {
  top: number;
  height: number;
}

/**
 * Which pixels belong to a legend swatch: `exact`, its theme colour; `line`, also a row of its pattern when the
 * pattern paints whole rows (the horizontal lines of "too few dwellings" leave no pixel of such a row in the fill
 * colour): the colours between the fill and the fill under the pattern's ink at its strongest (src/config/theme.ts
 * `patternTile`). A run of rows is a swatch when it has rows of the fill colour, so a line inside the swatch does not
 * cut it in two, and a grey of another class (no data) alone is not taken for it. Other patterns leave most of
 * every row in the fill colour, and `line` is `exact` for them.
 */
function swatchMatcher(swatch: Swatch, tolerance: number): Record<'exact' | 'line', (p: readonly number[]) => boolean> {
  const fill = hexRgb(swatch.color);
  const exact = (p: readonly number[]) => near(p, fill, tolerance);
  if (!swatch.pattern) return { exact, line: exact };
  const tile = patternTile(swatch.pattern);
  let wholeRows = false;
  let strongest = 0;
  let ink: Rgb = [0, 0, 0];
  for (let y = 0; y < tile.height; y++) {
    let painted = 0;
    for (let x = 0; x < tile.width; x++) {
      const i = (y * tile.width + x) * 4;
      const a = tile.data[i + 3] ?? 0;
      if (a > 0) painted++;
      if (a > strongest) {
        strongest = a;
        ink = [tile.data[i] ?? 0, tile.data[i + 1] ?? 0, tile.data[i + 2] ?? 0];
      }
    }
    if (painted === tile.width) wholeRows = true;
  }
  if (!wholeRows) return { exact, line: exact };
  // From the fill to the fill under the ink: the same share t of the way in every channel, within the tolerance.
  const d = [0, 1, 2].map((c) => ((ink[c] ?? 0) - (fill[c] ?? 0)) * (strongest / 255));
  const len2 = d.reduce((sum, v) => sum + v * v, 0);
  const line = (p: readonly number[]) => {
    const t = Math.min(1, Math.max(0, d.reduce((sum, v, c) => sum + v * ((p[c] ?? 0) - (fill[c] ?? 0)), 0) / len2));
    return near(p, [fill[0] + (d[0] ?? 0) * t, fill[1] + (d[1] ?? 0) * t, fill[2] + (d[2] ?? 0) * t], tolerance);
  };
  return { exact, line };
}

const nbsp = (s: string | null | undefined) => (s ?? '').replace(/\u00a0/g, ' ');

/** One app page: the domain actions and readings of the stories. */
export class App {
  constructor(
    private readonly h: Harness,
    private readonly opened: OpenedPage,
  ) {}

  private get page(): Page {
    return this.opened.page;
  }
  get errors(): string[] {
    return this.opened.watch.errors;
  }
  get dialogs(): string[] {
    return this.opened.watch.dialogs;
  }
  cspViolations(): Promise<string[]> {
    return this.opened.watch.cspViolations();
  }

  // ── navigation ────────────────────────────────────────────────────────────
  /** Load the app at a link (a new document, same storage) and wait for `__mapReady`. */
  async goto(hash = ''): Promise<void> {
    // A hash-only change is not a new document: go through about:blank so the app starts afresh.
    if (this.page.url() !== 'about:blank') await this.page.goto('about:blank');
    await this.page.goto(this.h.baseUrl + hash);
    await waitForMapReady(this.page);
  }
  /**
   * Load the app at a link, with the data held back `delayMs` on the network (a slow connection: the empty map is up
   * long before them), and read the map at the first animation frame after `__mapReady` turns true: the wijk numbers
   * and area names it draws then, and whether `code`'s fill is under a pixel. Ready must mean the data are drawn, not
   * that an empty map has started.
   */
  async gotoReadingReady(hash: string, code: string, delayMs: number): Promise<{ keys: number; names: number; filled: boolean }> {
    if (this.page.url() !== 'about:blank') await this.page.goto('about:blank');
    await this.page.route('**/geodata/**', async (route) => {
      await new Promise((r) => setTimeout(r, delayMs));
      await route.continue();
    });
    await this.page.goto(this.h.baseUrl + hash);
    const handle = await this.page.waitForFunction(
      ({ code, keys, names }) => {
        const w = window as unknown as {
          __mapReady?: boolean;
          __wijkbalans?: { renderedTexts: (layer: string) => string[]; fillPoint: (code: string) => [number, number] | null };
        };
        const hooks = w.__wijkbalans;
        if (w.__mapReady !== true || !hooks) return null;
        return { keys: hooks.renderedTexts(keys).length, names: hooks.renderedTexts(names).length, filled: hooks.fillPoint(code) !== null };
      },
      { code, keys: LAYER.labelKeys, names: LAYER.labels },
      { polling: 'raf', timeout: 60_000 },
    );
    await this.page.unroute('**/geodata/**');
    return (await handle.jsonValue()) as { keys: number; names: number; filled: boolean };
  }
  async reload(): Promise<void> {
    await this.page.reload();
    await waitForMapReady(this.page);
  }
  /** Change the hash as if typed into the address bar (same document). */
  async typeHash(hash: string): Promise<void> {
    await this.page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
  }
  hash(): string {
    return new URL(this.page.url()).hash;
  }
  async waitForHash(test: (hash: string) => boolean, description: string): Promise<void> {
    await expect.poll(() => this.hash(), { timeout: 15_000, message: description }).toSatisfy(test);
  }
  /** Resolve after the map has drawn the latest change (the next idle after a repaint). */
  whenIdle(): Promise<void> {
    return waitForIdle(this.page);
  }
  /** How far the page itself is scrolled: the app fills the window, so this stays 0. */
  pageScroll(): Promise<number> {
    return this.page.evaluate(() => window.scrollY);
  }
  lang(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang);
  }
  press(key: string): Promise<void> {
    return this.page.keyboard.press(key);
  }
  /** The focused element's attribute (or its text with `'text'`). */
  focused(what: 'text' | 'id' | 'tag' | 'aria-label' = 'text'): Promise<string | null> {
    return this.page.evaluate((w) => {
      const el = document.activeElement;
      if (!el) return null;
      if (w === 'text') return el.textContent;
      if (w === 'id') return el.id;
      if (w === 'tag') return el.tagName;
      return el.getAttribute(w);
    }, what);
  }
  async waitForFocus(id: string): Promise<void> {
    await this.page.waitForFunction((i) => document.activeElement?.id === i, id);
  }
  /** Wait until the focus is on an element of this tag (e.g. a table row, `TR`). */
  async waitForFocusTag(tag: string): Promise<void> {
    await this.page.waitForFunction((t) => document.activeElement?.tagName === t, tag);
  }
  async waitForLang(lang: 'nl' | 'en'): Promise<void> {
    await this.page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }

  // ── reading ───────────────────────────────────────────────────────────────
  /** The element with a `data-testid`. */
  el(testid: string): Locator {
    return this.page.locator(`[data-testid="${testid}"]`);
  }
  /** Any CSS selector. */
  css(selector: string): Locator {
    return this.page.locator(selector);
  }
  /** The text of the first element with this test id, non-breaking spaces as spaces. */
  async text(testid: string): Promise<string> {
    return nbsp(await this.el(testid).first().textContent());
  }
  /** The text a reader sees (innerText: closed disclosures and hidden parts left out). */
  async shownText(testid: string): Promise<string> {
    return nbsp(await this.el(testid).first().innerText());
  }
  async texts(testid: string): Promise<string[]> {
    return (await this.el(testid).allTextContents()).map(nbsp);
  }
  visible(testid: string): Promise<boolean> {
    return this.el(testid).first().isVisible();
  }
  count(testid: string): Promise<number> {
    return this.el(testid).count();
  }
  async waitFor(testid: string, timeout = 30_000): Promise<void> {
    await this.el(testid).first().waitFor({ timeout });
  }
  async waitGone(testid: string, timeout = 30_000): Promise<void> {
    await this.el(testid).first().waitFor({ state: 'detached', timeout });
  }
  /** The name in the area panel's heading. */
  panelTitle(): Promise<string | null> {
    return this.el('area-panel').locator('h2').textContent();
  }
  /** The number after a legend class, e.g. `legendCount('above')` → '2'. */
  async legendCount(cls: AreaClass): Promise<string> {
    return nbsp(await this.el(`legend-count-${cls}`).locator('strong').textContent());
  }
  /** Number of area dots on the legend's band strip. */
  legendDots(): Promise<number> {
    return this.css('.legend-dot').count();
  }

  // ── the map ───────────────────────────────────────────────────────────────
  private hook(name: 'screenPoint' | 'fillPoint', code: string): Promise<[number, number] | null> {
    return screenPoint(this.page, code, name).catch((e: unknown) => {
      if (e instanceof Error && e.message.startsWith('No screen point')) return null;
      throw e;
    });
  }
  /** Viewport pixel of a point inside an area (its label point): where a user would point at it. */
  async pointOf(code: string): Promise<[number, number]> {
    const p = await this.hook('screenPoint', code);
    if (!p) throw new Error(`No screen point for ${code}`);
    return p;
  }
  /** The pixel deepest inside an area and off label text, for colour checks; null when it is not on screen. */
  fillPointOrNull(code: string): Promise<[number, number] | null> {
    return this.hook('fillPoint', code);
  }
  async fillPoint(code: string): Promise<[number, number]> {
    const p = await this.hook('fillPoint', code);
    if (!p) throw new Error(`No fill point for ${code}`);
    return p;
  }
  /** The fill point as [lon, lat], to find the area again in an exported image. */
  async fillLonLat(code: string): Promise<[number, number]> {
    const ll = await this.page.evaluate(
      (c) => (window as unknown as { __wijkbalans: { fillLonLat: (c: string) => [number, number] | null } }).__wijkbalans.fillLonLat(c),
      code,
    );
    if (!ll) throw new Error(`No point for ${code}`);
    return ll;
  }
  async hover(code: string): Promise<void> {
    const [x, y] = await this.pointOf(code);
    await this.page.mouse.move(x, y);
  }
  /** Hover an area and return the tooltip's text. */
  async hoverTooltip(code: string): Promise<string> {
    await this.hover(code);
    await this.waitFor('tooltip');
    return this.text('tooltip');
  }
  /** Move the pointer off the map's areas (top-left corner of the page). */
  async hoverAway(): Promise<void> {
    await this.page.mouse.move(5, 5);
  }
  async clickArea(code: string): Promise<void> {
    const [x, y] = await this.pointOf(code);
    await this.page.mouse.click(x, y);
  }
  /** Click an area on the map and wait for its panel. */
  async openArea(code: string): Promise<void> {
    await this.clickArea(code);
    await this.waitFor('area-panel');
  }
  /** The canvas colour at an area's fill point. */
  async colourOf(code: string): Promise<Rgba> {
    const [x, y] = await this.fillPoint(code);
    return canvasPixel(this.page, x, y);
  }
  /** The canvas colour at a viewport pixel. */
  colourAt([x, y]: [number, number]): Promise<Rgba> {
    return canvasPixel(this.page, x, y);
  }
  /** An area's fill colour without pattern: the brightest pixel of a small window around a viewport pixel. */
  fillColourAt([x, y]: [number, number]): Promise<Rgba> {
    return brightestPixel(this.page, x, y);
  }
  /** Number of map-canvas pixels near a colour. */
  countColour(rgb: Rgb, tolerance?: number): Promise<number> {
    return countColor(this.page, rgb, tolerance);
  }
  /** Click the first map pixel near a colour (e.g. an overlay's outline); false when there is none. */
  async clickColour(rgb: Rgb, tolerance: number): Promise<boolean> {
    const p = await findColor(this.page, rgb, tolerance);
    if (p) await this.page.mouse.click(p[0], p[1]);
    return p !== null;
  }
  async clickLonLat(lon: number, lat: number): Promise<void> {
    const [x, y] = await lonLatPoint(this.page, lon, lat);
    await this.page.mouse.click(x, y);
  }
  /** The map style's layer ids in draw order. */
  layerIds(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __wijkbalans: { layerIds: () => string[] } }).__wijkbalans.layerIds());
  }
  async zoomIn(): Promise<void> {
    await this.css('.maplibregl-ctrl-zoom-in').click();
  }
  /** Click an overlay on the map at a coordinate and return the popup's text. */
  async popupAt(lon: number, lat: number): Promise<string> {
    await this.clickLonLat(lon, lat);
    await this.waitFor('overlay-popup');
    return this.text('overlay-popup');
  }
  async closePopup(): Promise<void> {
    await this.press('Escape');
  }

  // ── controls ──────────────────────────────────────────────────────────────
  async openTab(tab: Tab): Promise<void> {
    await this.el(`tab-${tab}`).click();
    await this.css(`#tabpanel-${tab}`).waitFor();
  }
  async setLevel(level: 'wijk' | 'buurt'): Promise<void> {
    await this.el(`level-${level}`).check({ force: true });
    await this.whenIdle();
  }
  async setScope(scope: string): Promise<void> {
    await this.el('scope-select').selectOption(scope);
    await this.whenIdle();
  }
  async setLang(lang: 'nl' | 'en'): Promise<void> {
    await this.el(`lang-${lang}`).check({ force: true });
    await this.waitForLang(lang);
  }
  /**
   * Type a band field as a user does and apply it with Enter (`field`: centre, halfwidth, lower, upper); the text is
   * typed as is, so `37,5` tests the Dutch decimal comma. An impossible value shows `band-error` and keeps the band.
   */
  async typeBandField(field: BandField, text: string, apply: 'Enter' | 'blur' = 'Enter'): Promise<void> {
    const input = this.el(`band-${field}`);
    await input.fill(text);
    if (apply === 'Enter') await input.press('Enter');
    else await input.blur();
    await this.whenIdle();
  }
  /** Set the band's centre (and half-width) in the band fields, each applied with Enter. */
  async setBand(centre: number | string, halfWidth?: number | string): Promise<void> {
    await this.typeBandField('centre', String(centre));
    if (halfWidth !== undefined) await this.typeBandField('halfwidth', String(halfWidth));
  }
  /** Choose the reference that judges the wijken (`band-choice`): the adopted/derived default, own average, Heerlen's, own target. */
  async chooseBand(kind: 'default' | 'own-average' | 'heerlen' | 'custom'): Promise<void> {
    await this.el('band-choice').selectOption(kind);
    await this.whenIdle();
  }
  /** Search for an area and take the first suggestion with Enter. */
  async search(text: string): Promise<void> {
    await this.el('search-input').fill(text);
    await this.el('search-results').locator('[role="option"]').first().waitFor();
    await this.press('Enter');
    await this.whenIdle();
  }
  async setOverlay(id: Overlay, on: boolean): Promise<void> {
    if (on) await this.el(`layer-${id}`).check();
    else await this.el(`layer-${id}`).uncheck();
    await this.whenIdle();
  }
  /**
   * Tick or untick the PDOK basemap switch by clicking it (not check(): offline the switch unticks itself as soon as
   * the basemap fails, sometimes before check() could confirm it was ticked).
   */
  async setBasemap(pdok: boolean): Promise<void> {
    if ((await this.el('basemap-toggle').isChecked()) !== pdok) await this.el('basemap-toggle').click();
  }
  /** Click a button by its accessible name. */
  async button(name: string, which: 'first' | 'last' = 'first'): Promise<void> {
    const b = this.page.getByRole('button', { name });
    await (which === 'last' ? b.last() : b.first()).click();
  }
  textbox(name: string): Locator {
    return this.page.getByRole('textbox', { name });
  }

  // ── pairs and scenarios ───────────────────────────────────────────────────
  /** Open the stadshuwelijk tab and wait for the ranked pairs. */
  async openPairFinder(): Promise<void> {
    await this.openTab('pairs');
    await this.el('pair-item').first().waitFor();
  }
  /** Choose a pair from the finder's list (0 = the best) and wait for its card. */
  async choosePair(index = 0): Promise<void> {
    await this.el('pair-item').nth(index).click();
    await this.waitFor('pair-card');
  }
  async pairsView(view: 'find' | 'scenario' | 'compare'): Promise<void> {
    await this.el(`pairs-view-${view}`).check({ force: true });
  }
  /** The pair (`vulnerable|strong`) at a place in the finder's list. */
  pairAt(index = 0): Promise<string | null> {
    return this.el('pair-item').nth(index).getAttribute('data-pair');
  }
  /** Wait until the map draws this many pair arcs (deck.gl, loaded on first use). */
  async arcsDrawn(n: number): Promise<void> {
    await this.page.waitForFunction((k) => document.querySelector('[data-testid="map"]')?.getAttribute('data-arcs') === String(k), n, {
      timeout: 30_000,
    });
  }
  async chosenArc(pair: string): Promise<void> {
    await this.page.waitForFunction((id) => document.querySelector('[data-testid="map"]')?.getAttribute('data-arc-chosen') === id, pair, {
      timeout: 30_000,
    });
  }
  /** Click a range input at a fraction of its width, as a user would; returns the value it took. */
  async slide(testid: string, fraction: number): Promise<number> {
    const slider = this.el(testid);
    // Centre it: the sticky totals bar at the bottom of the panel must not cover it.
    await slider.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = await slider.boundingBox();
    if (!box) throw new Error(`no box for ${testid}`);
    await this.page.mouse.click(box.x + box.width * fraction, box.y + box.height / 2);
    return Number(await this.el(`${testid}-n`).inputValue());
  }
  /**
   * Step a range input `steps` times by `step` in the page (input events as a drag would send) and time each step:
   * until React has committed (`sync`), the next frame (`frame`) and the map's next idle (`idle`). `baseline` times
   * 20 repaints of the unchanged map, the cost of drawing a frame in this browser.
   */
  timeSliderSteps(
    testid: string,
    steps: number,
    step: number,
  ): Promise<{ steps: Record<'sync' | 'frame' | 'idle', number>[]; baseline: Record<'frame' | 'idle', number>[] }> {
    return this.page.evaluate(
      async ([id, count, by]) => {
        const el = document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        const hooks = (window as unknown as { __wijkbalans: { whenIdle: () => Promise<void> } }).__wijkbalans;
        const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
        const baseline: { frame: number; idle: number }[] = [];
        for (let i = 0; i < 20; i++) {
          const t0 = performance.now();
          const idle = hooks.whenIdle();
          await nextFrame();
          const frame = performance.now() - t0;
          await idle;
          baseline.push({ frame, idle: performance.now() - t0 });
        }
        const out: { sync: number; frame: number; idle: number }[] = [];
        for (let i = 1; i <= count; i++) {
          const t0 = performance.now();
          setValue?.call(el, String(i * by));
          el.dispatchEvent(new Event('input', { bubbles: true }));
          const sync = performance.now() - t0;
          const idle = hooks.whenIdle();
          await nextFrame();
          const frame = performance.now() - t0;
          await idle;
          out.push({ sync, frame, idle: performance.now() - t0 });
        }
        return { steps: out, baseline };
      },
      [testid, steps, step] as const,
    );
  }
  /** Type a move's count (`kind`: sell-to-occupant, build-corporation, buy, liberalise-to-mid…). */
  async setMove(area: string, kind: PolicyMoveKind, n: number): Promise<void> {
    await this.el(`move-${area}-${kind}-n`).fill(String(n));
  }
  async saveScenario(name: string): Promise<void> {
    await this.el('scenario-name').fill(name);
    await this.el('scenario-save').click();
    await this.waitFor('scenario-saved-at');
  }
  /** The titles in the list of saved scenarios (compare view). */
  savedScenarios(): Promise<string[]> {
    return this.el('saved-list').locator('li').allTextContents();
  }

  // ── saved views and presentation ──────────────────────────────────────────
  async saveView(title: string): Promise<void> {
    await this.el('view-title-input').fill(title);
    await this.el('view-save').click();
  }
  /** The saved views' titles in order, without their numbers. */
  async savedViews(): Promise<string[]> {
    return (await this.el('saved-view').locator('.view-title').allTextContents()).map((s) => s.replace(/^\d+\. /, ''));
  }
  /** Save a view of Heerlen and one of Parkstad (a fresh page has none). */
  async saveTwoViews(second = 'Parkstad Limburg'): Promise<void> {
    await this.openTab('views');
    await this.saveView('Heerlen wijken');
    await this.setScope('parkstad');
    await this.saveView(second);
  }
  async present(): Promise<void> {
    await this.el('present').click();
    await this.css('.app.presenting').waitFor();
    await this.whenIdle();
  }
  async leavePresentation(): Promise<void> {
    await this.press('Escape');
    await this.css('.app.presenting').waitFor({ state: 'detached' });
  }
  /** Print to PDF as Ctrl+P does; returns the PDF and the print events the page saw. */
  async printPdf(): Promise<{ pdf: Buffer; events: string[] }> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __printEvents: string[] };
      w.__printEvents = [];
      for (const e of ['beforeprint', 'afterprint']) window.addEventListener(e, () => w.__printEvents.push(e));
    });
    const pdf = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    const events = await this.page.evaluate(() => (window as unknown as { __printEvents: string[] }).__printEvents);
    return { pdf, events };
  }
  /** Show the print layout on screen: the print snapshot, then print media at an A4 landscape page's content size. */
  async printPreview(): Promise<void> {
    await this.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await this.page.setViewportSize({ width: 1047, height: 718 }); // A4 landscape minus 10 mm margins, at 96 px per inch
    await this.page.emulateMedia({ media: 'print' });
    await this.whenIdle();
  }
  async endPrintPreview(): Promise<void> {
    await this.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await this.page.emulateMedia({ media: 'screen' });
  }

  // ── upload ────────────────────────────────────────────────────────────────
  /** Choose a file (a fixture name, or a name and its bytes) in the upload tab. */
  async upload(file: string | { name: string; text: string }): Promise<void> {
    await this.openTab('upload');
    await this.el('upload-input').setInputFiles(
      typeof file === 'string' ? resolve(FIXTURES, file) : { name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.text) },
    );
  }
  /**
   * Confirm the mapping and wait until the file is read and the map redrawn. A file the app cannot show without a
   * decision asks first (fraction-scale, few-usable, swap-axes, replace-areas): `answers` are the answer ids given in
   * order (e.g. `accept`, `replace-codes`); a question without an answer left fails the test with the question's text.
   */
  async confirmUpload(answers: readonly string[] = []): Promise<void> {
    await this.el('upload-confirm').click();
    const settle = () =>
      this.page.waitForFunction(
        () =>
          document.querySelector('[data-testid="upload-ask"]') ||
          document.querySelector('[data-testid="upload-failure"]') ||
          (!document.querySelector('[data-testid="upload-progress"]') && !document.querySelector('[data-testid="upload-confirm"]')),
        undefined,
        { timeout: 60_000 },
      );
    await settle();
    for (const id of answers) {
      if (!(await this.el('upload-ask').count())) throw new Error(`The upload did not ask; expected to answer ${id}`);
      await this.el(`ask-${id}`).click();
      await this.page.waitForFunction((want) => !document.querySelector(`[data-testid="ask-${want}"]`), id, { timeout: 60_000 });
      await settle();
    }
    if (await this.el('upload-ask').count())
      throw new Error(`The upload asked (${await this.el('upload-ask').getAttribute('data-kind')}): ${await this.text('upload-ask-text')}`);
    await this.whenIdle();
  }
  /** Choose the decimal mark in the CSV mapping. */
  async setDecimal(mark: ',' | '.'): Promise<void> {
    await this.el('profile-decimal').selectOption(mark);
    await this.page.waitForFunction(
      (d) => (document.querySelector('[data-testid="profile-decimal"]') as HTMLSelectElement | null)?.value === d,
      mark,
    );
  }
  /** Upload a fixture (CSV or GeoJSON) with the detected mapping, optionally another decimal mark, confirm it and answer its questions. */
  async uploadConfirmed(file: string, options: { decimal?: ',' | '.'; answers?: readonly string[] } = {}): Promise<void> {
    await this.upload(file);
    await this.css('[data-testid="csv-mapping"], [data-testid="geo-mapping"]').first().waitFor();
    if (options.decimal) await this.setDecimal(options.decimal);
    await this.confirmUpload(options.answers);
  }
  /**
   * Run an action while a 50 ms interval timer in the page records the gaps between its ticks (a long gap is a
   * frozen main thread) and the upload progress bar's values.
   */
  async watchMainThread(action: () => Promise<void>): Promise<{ gaps: number[]; progress: number[] }> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __probe: number; __progress: number[] };
      w.__gaps = [];
      w.__progress = [];
      let last = performance.now();
      w.__probe = window.setInterval(() => {
        const now = performance.now();
        w.__gaps.push(now - last);
        last = now;
        const bar = document.querySelector('[data-testid="upload-progress-bar"]') as HTMLProgressElement | null;
        if (bar) w.__progress.push(bar.value);
      }, 50);
    });
    await action();
    return this.page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __probe: number; __progress: number[] };
      window.clearInterval(w.__probe);
      return { gaps: w.__gaps, progress: w.__progress };
    });
  }
  /** How each uploaded file is used, as `file:use` in list order. */
  uploads(): Promise<string[]> {
    return this.el('upload-entry').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-file')}:${e.getAttribute('data-use')}`));
  }
  /** Set how an uploaded file (by its place in the list) is used: map, indicator, off. */
  async useUpload(index: number, use: 'map' | 'indicator' | 'off'): Promise<void> {
    await this.openTab('upload');
    await this.el('upload-entry').nth(index).locator('[data-testid="entry-use"]').selectOption(use);
    await this.whenIdle();
  }
  async removeUpload(file: string): Promise<void> {
    await this.css(`[data-testid="upload-entry"][data-file="${file}"] [data-testid="entry-remove"]`).click();
    await this.page.waitForFunction((f) => !document.querySelector(`[data-file="${f}"]`), file);
  }
  /** Back to the embedded CBS figures. */
  async restoreEmbedded(): Promise<void> {
    await this.el('upload-restore').click();
    await this.page.waitForFunction(() => !document.querySelector('[data-testid="legend-upload-source"]'), undefined, { timeout: 30_000 });
    await this.whenIdle();
  }
  /** A File made in the page (for files too big to send from Node). */
  makeFile(make: () => File): Promise<JSHandle<File>> {
    return this.page.evaluateHandle(make);
  }
  /** Drop a file on the upload area, as a drag-and-drop from the desktop. */
  async dropOnUpload(file: JSHandle<File>): Promise<void> {
    await dropFile(this.page, '[data-testid="upload-drop"]', file);
  }

  // ── downloads and export ──────────────────────────────────────────────────
  /** Click a control that downloads a file; returns its name and text. */
  async downloadText(testid: string): Promise<{ fileName: string; text: string }> {
    const { fileName, bytes } = await takeDownload(this.page, () => this.el(testid).click());
    return { fileName, text: bytes.toString('utf8') };
  }
  /** Click a control that downloads a file and keep it under test-results/screenshots as `saveAs`. */
  async downloadFile(testid: string, saveAs: string): Promise<Buffer> {
    return (await takeDownload(this.page, () => this.el(testid).click(), saveAs)).bytes;
  }
  async openExport(): Promise<void> {
    await this.el('export-open').click();
    await this.waitFor('export-dialog');
  }
  async closeExport(): Promise<void> {
    await this.button('Sluiten', 'last');
    await this.waitGone('export-dialog');
  }
  /** Export a preset from the open (or a newly opened) export dialog; the PNG is kept as `saveAs`. */
  async exportPng(preset: ExportPresetId, saveAs: string): Promise<ExportedPng> {
    if (!(await this.el('export-dialog').isVisible())) await this.openExport();
    await this.el(`export-preset-${preset}`).check();
    const png = (await takeDownload(this.page, () => this.el('export-run').click(), saveAs)).bytes;
    await this.page.waitForFunction(() => document.querySelector('[data-testid="export-status"]')?.hasAttribute('data-meta'));
    const meta = JSON.parse((await this.el('export-status').getAttribute('data-meta')) ?? '{}') as ExportMeta;
    const p = findPreset(preset);
    if (!p) throw new Error(`no preset ${preset}`);
    return { png, meta, preset, layout: exportLayout(p) };
  }
  /** Where a lon/lat lies in an exported PNG (output pixels), from the export's camera. */
  exportPoint(e: ExportedPng, ll: [number, number]): [number, number] {
    const { meta } = e;
    const [x, y] = projectToMap(ll, meta.camera, meta.mapRect.w / meta.scale, meta.mapRect.h / meta.scale);
    return [meta.mapRect.x + x * meta.scale, meta.mapRect.y + y * meta.scale];
  }
  pngPixels(png: Buffer, points: readonly [number, number][]): Promise<Rgba[]> {
    return pngPixels(this.page, png, points);
  }
  pngRegion(png: Buffer, rect: Rect): Promise<Pixels> {
    return pngRegion(this.page, png, rect);
  }
  /** Number of pixels near a colour in a rectangle (output pixels) of a PNG. */
  async countColourInPng(png: Buffer, rect: Rect, rgb: Rgb, tolerance: number): Promise<number> {
    const px = await this.pngRegion(png, rect);
    let n = 0;
    for (let i = 0; i < px.data.length; i += 4) if (near([px.data[i] ?? 0, px.data[i + 1] ?? 0, px.data[i + 2] ?? 0], rgb, tolerance)) n++;
    return n;
  }
  /**
   * The legend's class swatches found in an exported PNG, per class (below, within, above, too small, no data): the runs of rows,
   * in layout units from the image's top, where at least 30 % of the swatch column has exactly the class's theme
   * colour (the rest may be its pattern, which smoothing spreads at fractional scales; a pattern of horizontal lines
   * crosses the whole column, see `swatchMatcher`). src/export/draw-legend.ts
   * paints the swatches 20 × 13 units at the legend's inner left edge (12 units padding), one under the other; the
   * legend's rectangle comes from the layout module. Runs shorter than 9 units (an area dot of the band strip
   * touching the column) are left out.
   */
  async legendSwatches(e: ExportedPng, tolerance = 4): Promise<Record<AreaClass, FoundSwatch[]>> {
    const s = e.layout.scale;
    const legend = e.layout.legend;
    // Inside the swatch, clear of its frame: 15 to 29 units from the legend's left edge.
    const column = { x: legend.x + 15 * s, y: legend.y, w: 14 * s, h: legend.h };
    const px = await this.pngRegion(e.png, column);
    const runsOf = (swatch: Swatch): FoundSwatch[] => {
      const { exact, line } = swatchMatcher(swatch, tolerance);
      const share = (y: number, match: (p: readonly number[]) => boolean) => {
        let n = 0;
        for (let x = 0; x < px.width; x++) {
          const i = (y * px.width + x) * 4;
          if (match([px.data[i] ?? 0, px.data[i + 1] ?? 0, px.data[i + 2] ?? 0])) n++;
        }
        return n / px.width;
      };
      const runs: FoundSwatch[] = [];
      let start = -1;
      let hasFill = false;
      for (let y = 0; y <= px.height; y++) {
        const fill = y < px.height && share(y, exact) >= 0.3;
        const match = fill || (y < px.height && share(y, line) >= 0.3);
        if (match && start < 0) start = y;
        if (match && fill) hasFill = true;
        if (!match && start >= 0) {
          if (hasFill && y - start >= 9 * s) runs.push({ top: (column.y + start) / s, height: (y - start) / s });
          start = -1;
          hasFill = false;
        }
      }
      return runs;
    };
    return Object.fromEntries(CLASS_ORDER.map((cls) => [cls, runsOf(CLASS_SWATCH[cls])])) as Record<AreaClass, FoundSwatch[]>;
  }
  /** Dark (text) pixels in the title line of an exported PNG's header, left of the date; and how wide they spread. */
  async titleInk(e: ExportedPng): Promise<{ pixels: number; width: number }> {
    const s = e.layout.scale;
    const h = e.layout.header;
    // The title is drawn 24 units bold on a baseline 26 units below the header's top (src/export/compose.ts), the
    // date right-aligned on the same line; the subtitle (muted grey) lies below 36 units.
    const band = { x: h.x, y: h.y, w: h.w - 220 * s, h: 34 * s };
    const px = await this.pngRegion(e.png, band);
    let pixels = 0;
    let left = Infinity;
    let right = -Infinity;
    for (let y = 0; y < px.height; y++)
      for (let x = 0; x < px.width; x++) {
        const i = (y * px.width + x) * 4;
        if (Math.max(px.data[i] ?? 255, px.data[i + 1] ?? 255, px.data[i + 2] ?? 255) < 90) {
          pixels++;
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    return { pixels, width: pixels > 0 ? (right - left + 1) / s : 0 };
  }

  // ── screenshots and accessibility ─────────────────────────────────────────
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
  }
  /** A screenshot of the side panel's tab content only. */
  async panelScreenshot(name: string): Promise<void> {
    await this.css('.tabpanel').screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
  }
  /** Serious and critical WCAG violations (axe-core) on the page, minus `exclude` selectors. */
  axe(exclude: string[] = []): Promise<AxeViolation[]> {
    return axeViolations(this.page, exclude);
  }
  /** Add an input without a label to the page: a known accessibility problem, to show that `axe()` finds one. */
  async addUnlabelledInput(): Promise<void> {
    await this.page.evaluate(() => {
      const i = document.createElement('input');
      i.id = 'axe-probe';
      document.body.append(i);
    });
  }
  /** WCAG 2.1 A/AA violations (axe-core) inside one element, as `rule: target` lines. */
  axeIn(selector: string): Promise<string[]> {
    return axeViolationsIn(this.page, selector);
  }

  /** Uncaught errors, CSP violations and dialogs seen so far. */
  async problems(): Promise<string[]> {
    const csp = this.page.isClosed() ? [] : await this.cspViolations().catch(() => []);
    return [...this.errors.map((e) => `error: ${e}`), ...csp.map((c) => `csp: ${c}`), ...this.dialogs.map((d) => `dialog: ${d}`)];
  }
  async close(): Promise<void> {
    await this.opened.context.close();
  }
}

/** Write a measurement next to the screenshots, as test-results/<name>. */
export function writeResult(name: string, data: unknown): void {
  writeFileSync(resolve(SCREENSHOTS, '..', name), JSON.stringify(data, null, 2));
}

export interface Session {
  /** A fresh page (new browser context) at a link, ready (`__mapReady`); closed after the test. */
  open: (hash?: string, options?: OpenOptions) => Promise<App>;
}

/**
 * Call once per test file: starts one preview server and one browser for the file, and after each test closes every
 * page the test opened, failing the test if a page had uncaught errors, CSP violations or dialogs.
 */
export function useApp(): Session {
  let h: Harness | undefined;
  const open: { app: App; allowProblems: boolean }[] = [];
  beforeAll(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    const pages = open.splice(0);
    const problems: string[] = [];
    for (const p of pages) {
      if (!p.allowProblems) problems.push(...(await p.app.problems()));
      await p.app.close();
    }
    expect(problems, 'page errors, CSP violations or dialogs').toEqual([]);
  });
  afterAll(async () => {
    await h?.close();
  });
  return {
    open: async (hash = '', options = {}) => {
      if (!h) throw new Error('the harness is not started');
      const app = new App(h, await newPage(h, options.viewport ?? { width: 1400, height: 900 }));
      open.push({ app, allowProblems: options.allowProblems ?? false });
      await app.goto(hash);
      return app;
    },
  };
}
