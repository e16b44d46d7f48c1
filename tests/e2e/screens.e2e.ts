/**
 * Every screen a council uses (issue 13): a phone, a tablet, two beamers and a desktop, in headless Chromium on the
 * built app. At each size: the map is visible and wide enough, the page never scrolls sideways, the legend stays
 * inside the window (and on a beamer covers at most a quarter of the map), the tab bar keeps to one row and reaches
 * every tab, and axe-core finds no serious or critical violation. On the phone the header folds into a menu, the
 * settings behind a button and the panel into a bottom sheet; on a beamer the side panel folds away and presentation
 * mode shows the whole legend. Every test starts from a fresh page at a link; screenshots of every size and state
 * land in test-results/screens/*.png.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HEERLEN, link, useApp, type App, type Tab } from './driver';

interface Size {
  name: string;
  width: number;
  height: number;
  /** A beamer: the legend may cover at most a quarter of the map. */
  beamer: boolean;
  /** A phone: header, settings and panel fold away. */
  phone: boolean;
}

const PHONE: Size = { name: 'phone', width: 390, height: 844, beamer: false, phone: true };
const BEAMER: Size = { name: 'beamer', width: 1280, height: 720, beamer: true, phone: false };
const BEAMER_4X3: Size = { name: 'beamer-4x3', width: 1024, height: 768, beamer: true, phone: false };
const SIZES: readonly Size[] = [
  PHONE,
  { name: 'tablet', width: 768, height: 1024, beamer: false, phone: false },
  BEAMER,
  BEAMER_4X3,
  { name: 'desktop', width: 1400, height: 900, beamer: false, phone: false },
];

const TABS: readonly Tab[] = ['area', 'table', 'layers', 'pairs', 'plan', 'upload', 'views', 'report'];
/** Heerlen's wijken with all three overlays on: the longest legend. */
const ALL_LAYERS = link({ scope: 'GM0917', level: 'wijk', layers: ['nplv', 'colonies', 'projects'] });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const app = useApp();

/** Heerlen's wijk codes, from the committed geodata the app draws. */
const HEERLEN_WIJKEN = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'geodata', 'wijken.geojson'), 'utf8')) as {
    features: { properties: { code: string } }[];
  }
).features
  .map((f) => f.properties.code)
  .filter((c) => c.startsWith('WK0917'));

const open = (size: Size, hash = HEERLEN) => app.open(hash, { viewport: { width: size.width, height: size.height } });
const shot = (a: App, name: string) => a.screenshot(`../screens/${name}`);

async function box(a: App, selector: string): Promise<Box> {
  const b = await a.css(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const inside = (b: Box, outer: Box) =>
  b.x >= outer.x - 0.5 &&
  b.y >= outer.y - 0.5 &&
  b.x + b.width <= outer.x + outer.width + 0.5 &&
  b.y + b.height <= outer.y + outer.height + 0.5;

const viewport = (size: Size): Box => ({ x: 0, y: 0, width: size.width, height: size.height });

/** How far the page scrolls sideways: the scrolling element's width beyond the window's (0 when nothing overflows). */
const sideways = (a: App) =>
  a.css('html').evaluate(() => (document.scrollingElement?.scrollWidth ?? document.documentElement.scrollWidth) - window.innerWidth);

/**
 * Controls that stick out of the window, where no one can reach them: header, settings, the panel's head and the
 * legend (the tabs scroll inside their own list, and the panel's content scrolls inside the panel).
 */
const cutOff = (a: App) =>
  a.css('html').evaluate(() =>
    [...document.querySelectorAll('.topbar *, .controls *, .side-head > button, .side-head [role="tablist"], .legend')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && (r.left < -0.5 || r.right > window.innerWidth + 0.5);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className || el.getAttribute('data-testid') || ''}`),
  );

async function expectNoSideways(a: App, state: string): Promise<void> {
  expect(await sideways(a), `${state}: the page scrolls sideways`).toBeLessThanOrEqual(0);
  expect(await cutOff(a), `${state}: controls outside the window`).toEqual([]);
}

async function expectAxeClean(a: App, state: string): Promise<void> {
  const v = await a.axe();
  expect(v, `${state}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

/**
 * The legend's entries (heading, band strip, every line of text and every list item) that are drawn, with their
 * boxes; and whether the legend itself has content it hides behind a scroll bar.
 */
async function legendEntries(a: App): Promise<{ entries: { text: string; box: Box }[]; hidden: boolean }> {
  return a.el('legend').evaluate((legend) => {
    const entries = [...legend.querySelectorAll('h2, svg, li, p, summary')]
      // What is drawn: not the inside of a closed disclosure (the numbers key).
      .filter((el) => el.checkVisibility())
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: (el.textContent ?? '').trim().slice(0, 40), box: { x: r.x, y: r.y, width: r.width, height: r.height } };
      })
      .filter((e) => e.box.width > 0 && e.box.height > 0);
    return { entries, hidden: legend.scrollHeight > legend.clientHeight + 1 || legend.scrollWidth > legend.clientWidth + 1 };
  });
}

/** Open the side panel where it folds away (on a phone a bottom sheet), so its tabs can be used. */
async function openPanel(a: App): Promise<void> {
  const toggle = a.el('side-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

describe.each(SIZES)('$name ($width × $height)', (size) => {
  it('shows the map large enough, with nothing scrolling sideways', async () => {
    const a = await open(size);
    await shot(a, `${size.name}`);
    expect(await a.css('.maplibregl-canvas').isVisible()).toBe(true);
    const canvas = await box(a, '.maplibregl-canvas');
    expect(canvas.width).toBeGreaterThanOrEqual(size.phone ? 360 : 0.45 * size.width);
    // At least 40 % of the window's height is map (the header, settings and panels take the rest).
    expect(canvas.height).toBeGreaterThanOrEqual(0.4 * size.height);
    expect(inside(canvas, viewport(size)), 'the map lies inside the window').toBe(true);
    await expectNoSideways(a, size.name);
  });

  it('keeps the legend inside the window and on the map, on a beamer within a quarter of it', async () => {
    const a = await open(size);
    const map = await box(a, '[data-testid="map"]');
    const legend = await box(a, '[data-testid="legend"]');
    expect(inside(legend, viewport(size)), 'legend inside the window').toBe(true);
    expect(inside(legend, map), 'legend on the map').toBe(true);
    const share = overlap(map, legend) / (map.width * map.height);
    if (size.beamer || size.phone) expect(share, `legend covers ${(share * 100).toFixed(1)} % of the map`).toBeLessThanOrEqual(0.25);
    // Its title and fold button are always in view (the rest may scroll inside the legend, or fold, on small screens).
    expect(inside(await box(a, '[data-testid="legend"] h2'), legend), 'legend title').toBe(true);
    expect(inside(await box(a, '[data-testid="legend-fold"]'), legend), 'legend fold button').toBe(true);
  });

  it('lays the side-panel tabs out in one row and reaches every one of them', async () => {
    const a = await open(size);
    await openPanel(a);
    const tops = await a.css('[role="tab"]').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size, `tab rows at ${tops.join(', ')}`).toBe(1);
    // By keyboard: arrow keys from the first tab reach every tab, and the one reached is in view.
    await a.el('tab-area').click();
    for (const tab of TABS.slice(1)) {
      await a.press('ArrowRight');
      await a.waitForFocus(`tab-${tab}`);
      expect(await a.el(`tab-${tab}`).getAttribute('aria-selected')).toBe('true');
      const list = await box(a, '[role="tablist"]');
      const b = await box(a, `[data-testid="tab-${tab}"]`);
      expect(b.x, `tab ${tab}`).toBeGreaterThanOrEqual(list.x - 1);
      expect(b.x + b.width, `tab ${tab}`).toBeLessThanOrEqual(list.x + list.width + 1);
      expect(inside(b, viewport(size)), `tab ${tab} in the window`).toBe(true);
    }
    // By pointer: every tab can be clicked and shows its panel.
    for (const tab of TABS) {
      await a.el(`tab-${tab}`).click();
      expect(await a.css(`#tabpanel-${tab}`).isVisible(), `panel ${tab}`).toBe(true);
    }
    await a.el('tab-table').click();
    await shot(a, `${size.name}-table`);
    await expectNoSideways(a, `${size.name} with the table`);
    // The table of areas fits its panel (on a phone without the code column), so its caption and class are readable.
    const overflow = await a.css('.table-wrap').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, `${size.name}: the table scrolls sideways inside its panel`).toBeLessThanOrEqual(0);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const a = await open(size);
    await expectAxeClean(a, size.name);
  });
});

describe('phone (390 × 844): header, settings and panel fold away', () => {
  it('starts with the map, not the settings, the header actions or the panel', async () => {
    const a = await open(PHONE);
    expect(await a.visible('present')).toBe(false);
    expect(await a.visible('search-input')).toBe(false);
    expect(await a.visible('band-controls')).toBe(false);
    expect(await a.el('side-toggle').getAttribute('aria-expanded')).toBe('false');
    expect((await box(a, '.maplibregl-canvas')).height).toBeGreaterThanOrEqual(0.6 * PHONE.height);
  });

  it('opens the header menu with the council actions, basemap and language, and closes it with Escape', async () => {
    const a = await open(PHONE);
    const menu = a.el('menu-toggle');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    for (const id of ['present', 'export-open', 'copy-link', 'basemap-toggle', 'lang-en']) {
      expect(inside(await box(a, `[data-testid="${id}"]`), viewport(PHONE)), id).toBe(true);
    }
    await shot(a, 'phone-menu');
    await expectNoSideways(a, 'phone menu');
    await expectAxeClean(a, 'phone menu');
    // The menu's buttons work: English from the menu.
    await a.el('lang-en').check({ force: true });
    await a.waitForLang('en');
    await a.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await a.visible('present')).toBe(false);
    expect(await a.focused('text'), 'focus back on the menu button').toBe('Menu');
  });

  it('opens the settings (search, scope, level, indicator, band) on demand, and the band works from there', async () => {
    const a = await open(PHONE);
    const settings = a.el('settings-toggle');
    await settings.click();
    expect(await settings.getAttribute('aria-expanded')).toBe('true');
    for (const id of ['search-input', 'scope-select', 'indicator-select', 'band-choice', 'band-upper']) {
      expect(await a.visible(id), id).toBe(true);
    }
    await shot(a, 'phone-settings');
    await expectNoSideways(a, 'phone settings');
    await expectAxeClean(a, 'phone settings');
    await a.typeBandField('upper', '60');
    expect(await a.text('legend-upper')).toBe('60 %');
    await settings.click();
    expect(await a.visible('band-controls')).toBe(false);
  });

  it('opens the panel as a bottom sheet when an area is chosen, and folds it again', async () => {
    const a = await open(PHONE);
    await a.el('side-toggle').click();
    await a.el('tab-table').click();
    await a.css('[data-testid="area-table"] tbody tr').first().click();
    expect(await a.el('side-toggle').getAttribute('aria-expanded')).toBe('true');
    const side = await box(a, 'aside.side');
    expect(inside(side, viewport(PHONE)), 'the sheet lies inside the window').toBe(true);
    await shot(a, 'phone-panel');
    await expectNoSideways(a, 'phone panel');
    await expectAxeClean(a, 'phone panel');
    await a.el('side-toggle').click();
    expect(await a.el('side-toggle').getAttribute('aria-expanded')).toBe('false');
    expect((await box(a, '.maplibregl-canvas')).height).toBeGreaterThanOrEqual(0.6 * PHONE.height);
  });
});

describe.each([BEAMER, BEAMER_4X3])(
  'beamer $name ($width × $height): the panel folds away; presentation shows the whole legend',
  (size) => {
    it('folds the side panel away to give the map the width, the legend still within a quarter of it', async () => {
      const a = await open(size);
      const before = await box(a, '.maplibregl-canvas');
      const toggle = a.el('side-toggle');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await expect.poll(async () => (await box(a, '.maplibregl-canvas')).width).toBeGreaterThan(before.width + 250);
      await a.whenIdle();
      await shot(a, `${size.name}-folded`);
      const map = await box(a, '[data-testid="map"]');
      const legend = await box(a, '[data-testid="legend"]');
      expect(overlap(map, legend) / (map.width * map.height)).toBeLessThanOrEqual(0.25);
      await expectAxeClean(a, `${size.name} panel folded`);
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    });

    it.each([
      ['the default view', HEERLEN, ''],
      ['all three overlays on', ALL_LAYERS, '-layers'],
    ])('shows the whole legend in presentation mode: %s', async (_, hash, suffix) => {
      const a = await open(size, hash);
      await a.present();
      await shot(a, `${size.name}-presentation${suffix}`);
      const { entries, hidden } = await legendEntries(a);
      expect(hidden, 'the legend hides part of itself behind a scroll bar').toBe(false);
      // Every entry, notes and sources included, is drawn inside the window and on the map, none behind a fold.
      // The one disclosure left is the key of the wijk numbers (23 names; the map names most wijken itself), one
      // line that a council member can open; nothing else of the legend is folded.
      expect(await a.css('[data-testid="legend"] details:not([open]):not(.label-key)').count(), 'a folded part of the legend').toBe(0);
      expect(entries.some((e) => e.text.length > 0 && e.box.height > 0)).toBe(true);
      const map = await box(a, '[data-testid="map"]');
      for (const e of entries) {
        expect(inside(e.box, viewport(size)), `legend entry "${e.text}" in the window`).toBe(true);
        expect(inside(e.box, map), `legend entry "${e.text}" on the map`).toBe(true);
      }
      // The whole legend is shown, and the map is framed beside or above it: no wijk of Heerlen lies under it.
      const legend = await box(a, '[data-testid="legend"]');
      expect(HEERLEN_WIJKEN).toHaveLength(23);
      for (const code of HEERLEN_WIJKEN) {
        const [x, y] = await a.pointOf(code);
        const under = x >= legend.x && x <= legend.x + legend.width && y >= legend.y && y <= legend.y + legend.height;
        expect(under, `${code} under the presentation legend`).toBe(false);
      }
      await expectNoSideways(a, `${size.name} presentation`);
      await expectAxeClean(a, `${size.name} presentation`);
      await a.leavePresentation();
    });
  },
);
