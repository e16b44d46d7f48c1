/**
 * Every screen a council uses (issue 13): phone, tablet, two beamers and a desktop, in headless Chromium on the
 * built app. At each size: the map is visible and large enough, the page never scrolls sideways, the legend
 * leaves the map visible, every side-panel tab can be reached, and axe-core finds no serious or critical
 * WCAG 2.1 AA violation. Screenshots of every size and state land in test-results/screenshots/screens-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { axeViolations, openApp, SCREENSHOTS, startHarness, waitForIdle, type Harness } from './browser';

interface Size {
  name: string;
  width: number;
  height: number;
  /** A beamer: the legend may cover at most a quarter of the map. */
  beamer: boolean;
  /** A phone: header, settings and panel fold away. */
  phone: boolean;
}

const SIZES: readonly Size[] = [
  { name: 'phone', width: 390, height: 844, beamer: false, phone: true },
  { name: 'tablet', width: 768, height: 1024, beamer: false, phone: false },
  { name: 'beamer', width: 1280, height: 720, beamer: true, phone: false },
  { name: 'beamer-4x3', width: 1024, height: 768, beamer: true, phone: false },
  { name: 'desktop', width: 1400, height: 900, beamer: false, phone: false },
];

const TABS = ['area', 'table', 'layers', 'pairs', 'plan', 'upload', 'views', 'report'] as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const shot = (p: Page, name: string) => p.screenshot({ path: resolve(SCREENSHOTS, `screens-${name}.png`) });

async function box(p: Page, selector: string): Promise<Box> {
  const b = await p.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** How far the page can scroll sideways (0 when nothing overflows). */
const sideways = (p: Page) =>
  p.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);

/** The part of the viewport an element's box covers, as a box clipped to the viewport. */
async function inViewport(p: Page, selector: string): Promise<boolean> {
  const b = await box(p, selector);
  const vp = p.viewportSize() ?? { width: 0, height: 0 };
  return b.x >= -0.5 && b.y >= -0.5 && b.x + b.width <= vp.width + 0.5 && b.y + b.height <= vp.height + 0.5;
}

async function expectAxeClean(p: Page, state: string): Promise<void> {
  const v = await axeViolations(p);
  expect(v, `${state}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

/** Open the side panel where it folds away (phone: a bottom sheet), so its tabs can be used. */
async function openPanel(p: Page): Promise<void> {
  const toggle = p.locator('[data-testid="side-toggle"]');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

describe.each(SIZES)('$name ($width × $height)', (size) => {
  let p: Page;
  beforeAll(async () => {
    p = await openApp(h, '', { width: size.width, height: size.height });
    await waitForIdle(p);
  });
  afterAll(async () => {
    await p?.close();
  });

  it('shows the map large enough, with nothing scrolling sideways', async () => {
    await shot(p, `${size.name}-default`);
    const canvas = await box(p, '.maplibregl-canvas');
    expect(await p.locator('.maplibregl-canvas').isVisible()).toBe(true);
    expect(canvas.width).toBeGreaterThanOrEqual(size.phone ? 360 : 0.45 * size.width);
    // A sensible height: at least 40 % of the screen is map (the header, settings and panels take the rest).
    expect(canvas.height).toBeGreaterThanOrEqual(0.4 * size.height);
    expect(canvas.x).toBeGreaterThanOrEqual(0);
    expect(canvas.x + canvas.width).toBeLessThanOrEqual(size.width + 0.5);
    expect(await sideways(p)).toBeLessThanOrEqual(0);
  });

  it('keeps the legend on the map and, on a beamer, within a quarter of it', async () => {
    const map = await box(p, '[data-testid="map"]');
    const legend = await box(p, '[data-testid="legend"]');
    expect(overlap(map, legend)).toBeGreaterThan(0);
    const share = overlap(map, legend) / (map.width * map.height);
    if (size.beamer || size.phone) expect(share, `legend covers ${(share * 100).toFixed(1)} % of the map`).toBeLessThanOrEqual(0.25);
    expect(await inViewport(p, '[data-testid="legend"]')).toBe(true);
  });

  it('lays the side-panel tabs out in one row and reaches every one of them', async () => {
    await openPanel(p);
    const tops = await p.locator('[role="tab"]').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size, `tab rows at ${tops.join(', ')}`).toBe(1);
    // By keyboard: arrow keys from the first tab reach every tab, and the one reached is on screen.
    await p.locator('[data-testid="tab-area"]').click();
    for (const tab of TABS.slice(1)) {
      await p.keyboard.press('ArrowRight');
      await p.waitForFunction((id) => document.activeElement?.id === `tab-${id}`, tab);
      expect(await p.locator(`[data-testid="tab-${tab}"]`).getAttribute('aria-selected')).toBe('true');
      const list = await box(p, '[role="tablist"]');
      const b = await box(p, `[data-testid="tab-${tab}"]`);
      expect(b.x, `tab ${tab}`).toBeGreaterThanOrEqual(list.x - 1);
      expect(b.x + b.width, `tab ${tab}`).toBeLessThanOrEqual(list.x + list.width + 1);
      expect(await inViewport(p, `[data-testid="tab-${tab}"]`), `tab ${tab} on screen`).toBe(true);
    }
    // By pointer: every tab can be clicked and shows its panel.
    for (const tab of TABS) {
      await p.locator(`[data-testid="tab-${tab}"]`).click();
      expect(await p.locator(`#tabpanel-${tab}`).isVisible(), `panel ${tab}`).toBe(true);
    }
    await p.locator('[data-testid="tab-area"]').click();
    if (size.phone) await shot(p, `${size.name}-panel`);
    expect(await sideways(p)).toBeLessThanOrEqual(0);
  });

  it('has no serious or critical WCAG 2.1 AA violations (axe-core)', async () => {
    await expectAxeClean(p, size.name);
  });
});

describe('phone (390 × 844): header, settings and panel fold away', () => {
  let p: Page;
  beforeAll(async () => {
    p = await openApp(h, '', { width: 390, height: 844 });
  });
  afterAll(async () => {
    await p?.close();
  });

  it('starts with the map, not the settings, the header actions or the panel', async () => {
    expect(await p.locator('[data-testid="present"]').isVisible()).toBe(false);
    expect(await p.locator('[data-testid="search-input"]').isVisible()).toBe(false);
    expect(await p.locator('[data-testid="band-controls"]').isVisible()).toBe(false);
    expect(await p.locator('[data-testid="side-toggle"]').getAttribute('aria-expanded')).toBe('false');
    const canvas = await box(p, '.maplibregl-canvas');
    expect(canvas.height).toBeGreaterThanOrEqual(0.6 * 844);
  });

  it('opens the header menu with the council actions, basemap and language', async () => {
    const menu = p.locator('[data-testid="menu-toggle"]');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    for (const id of ['present', 'export-open', 'copy-link', 'basemap-toggle']) {
      expect(await inViewport(p, `[data-testid="${id}"]`), id).toBe(true);
    }
    await shot(p, 'phone-menu');
    expect(await sideways(p)).toBeLessThanOrEqual(0);
    await expectAxeClean(p, 'phone menu');
    await p.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('menu-toggle');
  });

  it('opens the settings (search, scope, level, indicator, band) on demand', async () => {
    const settings = p.locator('[data-testid="settings-toggle"]');
    await settings.click();
    expect(await settings.getAttribute('aria-expanded')).toBe('true');
    for (const id of ['search-input', 'scope-select', 'indicator-select', 'band-choice', 'band-upper']) {
      expect(await p.locator(`[data-testid="${id}"]`).isVisible(), id).toBe(true);
    }
    await shot(p, 'phone-settings');
    expect(await sideways(p)).toBeLessThanOrEqual(0);
    // The band still works from here: typing 60 in the upper edge gives 60 %.
    await p.locator('[data-testid="band-upper"]').fill('60');
    await p.locator('[data-testid="band-upper"]').press('Enter');
    await p.waitForFunction(() => document.querySelector('[data-testid="legend-upper"]')?.textContent?.replace(/\u00a0/g, ' ') === '60 %');
    await expectAxeClean(p, 'phone settings');
    await settings.click();
    expect(await p.locator('[data-testid="band-controls"]').isVisible()).toBe(false);
  });

  it('opens the panel as a bottom sheet when an area is chosen, and closes it again', async () => {
    await p.locator('[data-testid="side-toggle"]').click();
    await p.locator('[data-testid="tab-table"]').click();
    await p.locator('[data-testid="area-table"] tbody tr').first().click();
    expect(await p.locator('[data-testid="side-toggle"]').getAttribute('aria-expanded')).toBe('true');
    const side = await box(p, 'aside.side');
    expect(side.width).toBeLessThanOrEqual(390);
    expect(side.y + side.height).toBeLessThanOrEqual(844.5);
    await shot(p, 'phone-panel-area');
    expect(await sideways(p)).toBeLessThanOrEqual(0);
    await expectAxeClean(p, 'phone panel');
    await p.locator('[data-testid="side-toggle"]').click();
    expect(await p.locator('[data-testid="side-toggle"]').getAttribute('aria-expanded')).toBe('false');
    expect((await box(p, '.maplibregl-canvas')).height).toBeGreaterThanOrEqual(0.6 * 844);
  });
});

describe('beamer (1280 × 720): the side panel folds away; presentation shows the whole legend', () => {
  let p: Page;
  beforeAll(async () => {
    p = await openApp(h, '', { width: 1280, height: 720 });
  });
  afterAll(async () => {
    await p?.close();
  });

  it('collapses the side panel to give the map the width', async () => {
    const before = await box(p, '.maplibregl-canvas');
    const toggle = p.locator('[data-testid="side-toggle"]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await p.waitForFunction((w) => document.querySelector('.maplibregl-canvas')!.getBoundingClientRect().width > w + 250, before.width);
    await waitForIdle(p);
    await shot(p, 'beamer-side-collapsed');
    const map = await box(p, '[data-testid="map"]');
    const legend = await box(p, '[data-testid="legend"]');
    expect(overlap(map, legend) / (map.width * map.height)).toBeLessThanOrEqual(0.25);
    await expectAxeClean(p, 'side panel collapsed');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows the whole legend in presentation mode', async () => {
    await p.locator('[data-testid="present"]').click();
    await p.locator('.app.presenting').waitFor();
    await waitForIdle(p);
    await shot(p, 'beamer-presentation');
    const fits = await p
      .locator('[data-testid="legend"]')
      .evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, sw: el.scrollWidth, cw: el.clientWidth }));
    expect(fits.scroll, 'legend scrolls vertically').toBeLessThanOrEqual(fits.client + 1);
    expect(fits.sw, 'legend scrolls sideways').toBeLessThanOrEqual(fits.cw + 1);
    expect(await inViewport(p, '[data-testid="legend"]')).toBe(true);
    // The legend lies on the map, not over the title or the sources.
    const map = await box(p, '[data-testid="map"]');
    const legend = await box(p, '[data-testid="legend"]');
    expect(legend.y).toBeGreaterThanOrEqual(map.y - 0.5);
    expect(legend.y + legend.height).toBeLessThanOrEqual(map.y + map.height + 0.5);
    expect(await sideways(p)).toBeLessThanOrEqual(0);
    await expectAxeClean(p, 'presentation');
    await p.keyboard.press('Escape');
    await p.locator('.app.presenting').waitFor({ state: 'detached' });
  });
});
