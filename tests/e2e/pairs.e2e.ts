/**
 * Stadshuwelijk (issue 5) as a user sees it, in headless Chromium on the built app: the pair finder for Heerlen,
 * arcs and the scatter linked to the map, choosing a pair, moving sliders (percentages and colours change on the
 * map and in the card), compensation, saving across a reload, comparing, CSV export, and a timed slider run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  axeViolationsIn,
  canvasPixel,
  countColor,
  fillPoint,
  openApp,
  screenPoint,
  SCREENSHOTS,
  startHarness,
  waitForIdle,
  type Harness,
} from './browser';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await openApp(h);
});
afterAll(async () => {
  await page?.close();
  await h?.close();
});

const V = 'WK091740'; // Heerlerbaan-Centrum: 2,301 dwellings at 78 %
const S = 'WK091736'; // Welten-Benzenrade: 2,096 dwellings at 6 %
const shot = (name: string) => page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
const text = async (testid: string) => ((await page.locator(`[data-testid="${testid}"]`).textContent()) ?? '').replace(/\u00a0/g, ' ');
const nl1 = (v: number) => `${v.toFixed(1).replace('.', ',')} %`;
const arcsDrawn = (n: number) =>
  page.waitForFunction((k) => document.querySelector('[data-testid="map"]')?.getAttribute('data-arcs') === String(k), n, {
    timeout: 30_000,
  });

/** Click a range input at a fraction of its width, as a user would; returns the value it took. */
async function clickSlider(testid: string, fraction: number): Promise<number> {
  const slider = page.locator(`[data-testid="${testid}"]`);
  // Centre it: the sticky totals bar at the bottom of the panel must not cover it.
  await slider.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await slider.boundingBox();
  if (!box) throw new Error(`no box for ${testid}`);
  await page.mouse.click(box.x + box.width * fraction, box.y + box.height / 2);
  return Number(await page.locator(`[data-testid="${testid}-n"]`).inputValue());
}

describe('pair finder for Heerlen', () => {
  it('opens with the ranked pairs, Heerlerbaan-Centrum → Welten-Benzenrade first', async () => {
    const navyBefore = await countColor(page, [18, 50, 79], 20);
    await page.locator('[data-testid="tab-pairs"]').click();
    await page.locator('[data-testid="pair-item"]').first().waitFor();
    expect(await page.locator('[data-testid="pairs-panel"] h2').textContent()).toBe('Stadshuwelijk binnen Heerlen');
    expect(await text('pairs-counts')).toBe('4 kwetsbare en 8 sterke gebieden, 32 paren.');
    expect(await page.locator('[data-testid="pair-item"]').first().getAttribute('data-pair')).toBe(`${V}|${S}`);
    // deck.gl is loaded on first use and draws the 5 best pairs as navy arcs.
    await arcsDrawn(5);
    await expect
      .poll(
        async () => {
          await waitForIdle(page);
          return countColor(page, [18, 50, 79], 20);
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(navyBefore + 200);
    expect((page as Page & { __errors?: string[] }).__errors).toEqual([]);
    await shot('pairs-01-finder');
  });

  it('the pair finder has no WCAG 2.1 AA violations (axe-core)', async () => {
    expect(await axeViolationsIn(page, '[data-testid="pairs-panel"]')).toEqual([]);
  });

  it('hovering an area on the map enlarges its dot in the scatter', async () => {
    const [x, y] = await screenPoint(page, V);
    await page.mouse.move(x, y);
    await expect.poll(() => page.locator(`[data-testid="scatter"] circle[data-code="${V}"]`).getAttribute('r')).toBe('7');
  });

  it('hovering a dot in the scatter outlines the area on the map', async () => {
    await page.mouse.move(5, 5);
    await waitForIdle(page);
    const before = await countColor(page, [17, 17, 17], 12);
    await page.locator(`[data-testid="scatter"] circle[data-code="${S}"]`).hover({ force: true });
    await waitForIdle(page);
    expect(await countColor(page, [17, 17, 17], 12)).toBeGreaterThan(before + 100);
    await page.mouse.move(5, 5);
  });

  it('re-ranks when a weight changes: with only the distance weight the closest pair leads', async () => {
    for (const k of ['gapVulnerable', 'gapStrong', 'liveability', 'absorbable'])
      await page.locator(`[data-testid="weight-${k}"]`).fill('0');
    await page.locator('[data-testid="weight-distance"]').fill('3');
    // Every score is now −3·d/dmax, so the shortest pair (Heerlerbaan-Centrum → Heerlerbaan-Schil, 0,8 km) is first.
    expect(await page.locator('[data-testid="pair-item"]').first().getAttribute('data-pair')).toBe(`${V}|WK091741`);
    await page.getByRole('button', { name: 'Standaardgewichten' }).click();
    expect(await page.locator('[data-testid="pair-item"]').first().getAttribute('data-pair')).toBe(`${V}|${S}`);
  });
});

describe('pair card and scenario', () => {
  it('choosing the first pair opens its card: 78,0 % and 6,0 %, nr. 1 van 32, the arc in magenta', async () => {
    await page.locator('[data-testid="pair-item"]').first().click();
    await page.locator('[data-testid="pair-card"]').waitFor();
    expect(await text('card-pct-now-v')).toBe('78,0 %');
    expect(await text('card-pct-now-s')).toBe('6,0 %');
    expect(await text('pair-rank')).toBe('nr. 1 van 32');
    expect(await text('pair-distance')).toMatch(/^3,\d km$/);
    await page.waitForFunction((id) => document.querySelector('[data-testid="map"]')?.getAttribute('data-arc-chosen') === id, `${V}|${S}`, {
      timeout: 30_000,
    });
    await expect
      .poll(
        async () => {
          await waitForIdle(page);
          return countColor(page, [214, 0, 111], 25);
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(150);
    await shot('pairs-02-card');
  });

  it('the pair card and scenario editor have no WCAG 2.1 AA violations (axe-core)', async () => {
    expect(await axeViolationsIn(page, '[data-testid="pairs-panel"]')).toEqual([]);
  });

  it('selling in Heerlerbaan-Centrum changes its percentage in card and results, and its colour on the map', async () => {
    const [x, y] = await fillPoint(page, V);
    const [r0, g0, b0] = await canvasPixel(page, x, y);
    expect(r0).toBeGreaterThan(g0); // above the band: brown
    expect(g0).toBeGreaterThan(b0);
    const n = await clickSlider(`move-${V}-sell`, 0.4);
    expect(n).toBeGreaterThan(500);
    const pct = ((2301 * 0.78 - n) / 2301) * 100;
    expect(await text('card-pct-after-v')).toBe(nl1(pct));
    expect(await text(`result-pct-${V}`)).toBe(nl1(pct));
    expect(pct).toBeLessThanOrEqual(51);
    expect(await text('card-class-v')).toBe('boven de band → binnen de band');
    await waitForIdle(page);
    const [r, g, b] = await canvasPixel(page, x, y);
    expect(Math.min(r, g, b)).toBeGreaterThan(220); // within the band: near-white #f5f5f5
    expect(await page.locator('[data-testid="scenario-banner"]').isVisible()).toBe(true);
  });

  it('building in Welten-Benzenrade raises its share and recolours it from teal to the band colour', async () => {
    const [x, y] = await fillPoint(page, S);
    const [r0, g0] = await canvasPixel(page, x, y);
    expect(g0).toBeGreaterThan(r0 + 30); // below the band: teal
    const n = await clickSlider(`move-${S}-build`, 0.3);
    const pct = ((2096 * 0.06 + n) / (2096 + n)) * 100;
    expect(await text('card-pct-after-s')).toBe(nl1(pct));
    expect(pct).toBeGreaterThanOrEqual(21);
    await waitForIdle(page);
    const [r, g, b] = await canvasPixel(page, x, y);
    expect(Math.min(r, g, b)).toBeGreaterThan(220);
    await shot('pairs-03-slid');
  });

  it('compensating in Welten-Benzenrade keeps the Heerlen share within ±0,5 point', async () => {
    await page.locator(`[data-testid="compensate-build-${S}"]`).click();
    expect(await text('total-verdict-GM0917')).toBe('✓ binnen ±0,5 procentpunt van nu');
    expect(await text('total-GM0917')).toContain('CBS-gemeentecijfer: 36,0 %');
    await page.locator('[data-testid="scenario-summary"]').scrollIntoViewIfNeeded();
    await shot('pairs-04-compensated');
  });

  it('"Toon huidige situatie" puts today\'s figures back on the map; the base data is untouched', async () => {
    const [x, y] = await fillPoint(page, V);
    await page.getByRole('button', { name: 'Toon huidige situatie' }).click();
    await waitForIdle(page);
    const [r, g, b] = await canvasPixel(page, x, y);
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
    expect(r).toBeLessThan(200);
    await page.locator('[data-testid="scenario-show"]').check();
    await waitForIdle(page);
  });
});

describe('saving, comparing and exporting scenarios', () => {
  it('a saved scenario survives a reload', async () => {
    await page.locator('[data-testid="scenario-name"]').fill('Heerlerbaan A');
    await page.locator('[data-testid="scenario-save"]').click();
    await page.locator('[data-testid="scenario-saved-at"]').waitFor();
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
    await page.locator('[data-testid="tab-pairs"]').click();
    await page.locator('[data-testid="pairs-view-compare"]').check({ force: true });
    expect(await page.locator('[data-testid="saved-list"] li').allTextContents()).toEqual([expect.stringContaining('Heerlerbaan A')]);
  });

  it('opening it shows it again on the map and in the card', async () => {
    await page.getByRole('button', { name: 'Open' }).click();
    await page.locator('[data-testid="card-pct-after-v"]').waitFor();
    expect(await page.locator('[data-testid="scenario-banner"]').textContent()).toContain('Heerlerbaan A');
  });

  it('compares two scenarios side by side and exports them as CSV', async () => {
    // A second scenario for the same pair: choosing the pair again starts a new draft.
    await page.locator('[data-testid="pairs-view-find"]').check({ force: true });
    await page.locator('[data-testid="pair-item"]').first().click();
    await page.locator('[data-testid="scenario-name"]').fill('Heerlerbaan B');
    await page.locator(`[data-testid="move-${V}-liberalise-n"]`).fill('100');
    await page.locator(`[data-testid="move-${S}-buy-n"]`).fill('100');
    await page.locator('[data-testid="scenario-save"]').click();
    await page.locator('[data-testid="pairs-view-compare"]').check({ force: true });
    expect(await page.locator('[data-testid="saved-list"] li').count()).toBe(2);
    for (const box of await page.locator('[data-testid="saved-list"] input[type="checkbox"]').all()) await box.check();
    const table = page.locator('[data-testid="compare-table"]');
    expect(await table.locator('thead th').allTextContents()).toEqual(['Gebied', 'nu', 'Heerlerbaan A', 'Heerlerbaan B']);
    // B: 1,794.78 − 100 = 1,694.78 of 2,301 = 73,65 %.
    expect((await table.locator('tbody tr').first().textContent())?.replace(/\u00a0/g, ' ')).toContain('73,7 %');
    const download = page.waitForEvent('download');
    await page.locator('[data-testid="compare-export"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^wijkbalans-scenario-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv.startsWith('\uFEFFscenario;soort;code;naam;')).toBe(true);
    expect(csv).toContain(
      `Heerlerbaan B;gebied;${V};Heerlerbaan-Centrum;2301;1795;78,0;above;0;100;0;0;0;0;2301;1695;73,7;above;minder;522;`,
    );
    expect(csv).toContain('Heerlerbaan A;totaal;GM0917;Heerlen;');
    await shot('pairs-05-compare');
  });
});

describe('in English', () => {
  it('the tab, card and mixing verdict switch language, numbers get a decimal point', async () => {
    await page.locator('[data-testid="lang-en"]').check({ force: true });
    expect(await page.locator('[data-testid="tab-pairs"]').textContent()).toBe('City pairs');
    await page.locator('[data-testid="pairs-view-scenario"]').check({ force: true });
    expect(await page.locator('[data-testid="pair-side-v"] .role').textContent()).toBe('Vulnerable');
    expect(await text('card-pct-now-v')).toBe('78.0 %');
    expect(await text('total-verdict-GM0917')).toMatch(/^(✓ within ±0\.5 points of today|✗ more than 0\.5 points from today)$/);
    await shot('pairs-06-english');
    await page.locator('[data-testid="lang-nl"]').check({ force: true });
  });
});

describe('slider step timing, Parkstad scope', () => {
  it('100 slider steps: each recomputes, re-renders and redraws the map (times in test-results/bench-scenario-browser.json)', async () => {
    await page.locator('[data-testid="pairs-view-find"]').check({ force: true });
    await page.locator('[data-testid="scope-select"]').selectOption('parkstad');
    await page.locator('[data-testid="pairs-different-gemeente"]').check();
    await page.locator('[data-testid="pair-item"]').first().click();
    const v = (await page.locator('[data-testid="pair-card"] [data-testid^="pair-side-v"] p.muted').textContent())?.split(' ')[0] ?? '';
    expect(v).toMatch(/^WK\d{6}$/);
    await waitForIdle(page);
    let baseline: Record<string, number>[] = [];
    const times = await page
      .evaluate(async (testid) => {
        const el = document.querySelector(`[data-testid="${testid}"]`) as HTMLInputElement;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        const hooks = (window as unknown as { __wijkbalans: { whenIdle: () => Promise<void> } }).__wijkbalans;
        const out: { sync: number; frame: number; idle: number }[] = [];
        // Baseline: a repaint of the same map with nothing changed (the cost of drawing a frame in this browser).
        const base: { frame: number; idle: number }[] = [];
        for (let i = 0; i < 20; i++) {
          const t0 = performance.now();
          const idle = hooks.whenIdle();
          await new Promise((r) => requestAnimationFrame(() => r(null)));
          const frame = performance.now() - t0;
          await idle;
          base.push({ frame, idle: performance.now() - t0 });
        }
        for (let i = 1; i <= 100; i++) {
          const t0 = performance.now();
          setValue?.call(el, String(i * 5));
          el.dispatchEvent(new Event('input', { bubbles: true }));
          const sync = performance.now() - t0;
          const idle = hooks.whenIdle();
          await new Promise((r) => requestAnimationFrame(() => r(null)));
          const frame = performance.now() - t0;
          await idle;
          out.push({ sync, frame, idle: performance.now() - t0 });
        }
        return { out, base };
      }, `move-${v}-sell`)
      .then((r) => {
        baseline = r.base;
        return r.out;
      });
    expect(Number(await page.locator(`[data-testid="move-${v}-sell-n"]`).inputValue())).toBe(500);
    const stat = (list: Record<string, number>[], k: string) => {
      const xs = list.map((t) => t[k] ?? NaN).sort((a, b) => a - b);
      return { median: xs[Math.floor(xs.length / 2)] ?? NaN, worst: xs[xs.length - 1] ?? NaN };
    };
    const result = {
      steps: times.length,
      area: v,
      syncRender: stat(times, 'sync'),
      nextFrame: stat(times, 'frame'),
      mapIdle: stat(times, 'idle'),
      repaintOnly: { nextFrame: stat(baseline, 'frame'), mapIdle: stat(baseline, 'idle') },
    };
    writeFileSync(resolve(SCREENSHOTS, '..', 'bench-scenario-browser.json'), JSON.stringify(result, null, 2));
    console.log(
      `slider step (Parkstad, ${times.length} steps): input→React commit median ${result.syncRender.median.toFixed(1)} ms, worst ${result.syncRender.worst.toFixed(1)} ms; input→next frame median ${result.nextFrame.median.toFixed(1)} ms, worst ${result.nextFrame.worst.toFixed(1)} ms; input→map idle median ${result.mapIdle.median.toFixed(1)} ms, worst ${result.mapIdle.worst.toFixed(1)} ms; repaint without change: next frame median ${result.repaintOnly.nextFrame.median.toFixed(1)} ms, idle median ${result.repaintOnly.mapIdle.median.toFixed(1)} ms`,
    );
    expect(times).toHaveLength(100);
    await shot('pairs-07-parkstad');
  });
});
