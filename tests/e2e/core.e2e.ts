/** The core app as a user sees it, in headless Chromium on the built app. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { canvasPixel, fillPoint, openApp, screenPoint, SCREENSHOTS, startHarness, waitForIdle, type Harness } from './browser';

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

const shot = (name: string) => page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });

describe('core: Heerlen band map', () => {
  it('becomes ready with the map, the legend and no page errors', async () => {
    await shot('core-01-ready');
    expect(await page.locator('[data-testid="legend"]').isVisible()).toBe(true);
    expect((page as Page & { __errors?: string[] }).__errors).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  });

  it('shows the band edges 21 % and 51 % and class counts in the legend', async () => {
    expect((await page.locator('[data-testid="legend-lower"]').textContent())?.replace(/\u00a0/g, ' ')).toBe('21 %');
    expect((await page.locator('[data-testid="legend-upper"]').textContent())?.replace(/\u00a0/g, ' ')).toBe('51 %');
    expect(await page.locator('[data-testid="legend-count-above"] strong').textContent()).toBe('2');
    expect(await page.locator('[data-testid="legend-count-below"] strong').textContent()).toBe('7');
    expect(await page.locator('[data-testid="legend-count-within"] strong').textContent()).toBe('14');
    expect(await page.locator('.legend-dot').count()).toBe(23);
  });

  it('colours Heerlerbaan-Centrum dark brown (above, > 15 points) on the canvas', async () => {
    const [x, y] = await fillPoint(page, 'WK091740');
    const [r, g, b] = await canvasPixel(page, x, y);
    // above-3 is #8c510a (140, 81, 10); hatching darkens some pixels, so check the hue, not the exact value.
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
    expect(r).toBeLessThan(200);
  });

  it('hovering Heerlerbaan-Centrum shows 78 % and that it is above the band', async () => {
    const [x, y] = await screenPoint(page, 'WK091740');
    await page.mouse.move(x, y);
    await page.locator('[data-testid="tooltip"]').waitFor();
    const text = (await page.locator('[data-testid="tooltip"]').textContent())?.replace(/\u00a0/g, ' ');
    expect(text).toContain('Heerlerbaan-Centrum');
    expect(text).toContain('78,0 %');
    expect(text).toContain('boven de band');
    await shot('core-02-hover-heerlerbaan');
  });

  it('clicking Welten-Benzenrade opens its panel with 6 %', async () => {
    const [x, y] = await screenPoint(page, 'WK091736');
    await page.mouse.click(x, y);
    const panel = page.locator('[data-testid="area-panel"]');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe('Welten-Benzenrade');
    expect((await page.locator('[data-testid="panel-pct"]').textContent())?.replace(/\u00a0/g, ' ')).toBe('6,0 %');
    expect(await page.locator('[data-testid="panel-class"]').textContent()).toContain('onder de band');
    expect((await page.locator('[data-testid="panel-distance"]').textContent())?.replace(/\u00a0/g, ' ')).toBe('−15,0 procentpunt');
    expect(await page.locator('[data-testid="panel-dwellings-to-band"]').textContent()).toBe('315 corporatiewoningen erbij');
    expect(await page.locator('[data-testid="panel-liveability"]').textContent()).toMatch(/\d,\d{3} \(afw/);
    // Selecting must not blank the map: Welten-Benzenrade (6 %, 15 below) stays teal (#5ab4ac).
    await waitForIdle(page);
    const [fx, fy] = await fillPoint(page, 'WK091736');
    const [r, g, b] = await canvasPixel(page, fx, fy);
    expect(g).toBeGreaterThan(r + 30);
    expect(b).toBeGreaterThan(r + 30);
    await shot('core-03-panel-welten');
  });

  it('editing the band recolours the map and the legend', async () => {
    const [x, y] = await fillPoint(page, 'WK091736');
    const before = await canvasPixel(page, x, y);
    await page.locator('[data-testid="band-centre"]').fill('10');
    await waitForIdle(page);
    expect((await page.locator('[data-testid="legend-upper"]').textContent())?.replace(/\u00a0/g, ' ')).toBe('25 %');
    expect(await page.locator('[data-testid="legend-count-above"] strong').textContent()).toBe('15');
    const after = await canvasPixel(page, x, y);
    expect(after).not.toEqual(before);
    expect(await page.locator('[data-testid="panel-class"]').textContent()).toContain('binnen de band');
    await shot('core-04-band-edited');
    await page.getByRole('button', { name: 'Standaard' }).click();
    await waitForIdle(page);
    expect((await page.locator('[data-testid="legend-upper"]').textContent())?.replace(/\u00a0/g, ' ')).toBe('51 %');
  });

  it('switches to buurt level: Weggebekker 89 % and the generalisation note', async () => {
    await page.locator('[data-testid="level-buurt"]').check({ force: true });
    await waitForIdle(page);
    expect(await page.locator('.legend-dot').count()).toBe(54);
    expect(await page.locator('[data-testid="legend"]').textContent()).toContain('gegeneraliseerd');
    const [x, y] = await screenPoint(page, 'BU09172000');
    await page.mouse.move(x, y);
    await page.locator('[data-testid="tooltip"]').waitFor();
    expect((await page.locator('[data-testid="tooltip-pct"]').textContent())?.replace(/\u00a0/g, ' ')).toBe('89,0 %');
    const [fx, fy] = await fillPoint(page, 'BU09172000');
    const [r, g, b] = await canvasPixel(page, fx, fy);
    expect(r).toBeGreaterThan(b + 40); // above-3 brown, not the blank background
    expect(g).toBeGreaterThan(b);
    await shot('core-05-buurten');
  });

  it('switches to the Parkstad scope with all 49 wijken', async () => {
    await page.locator('[data-testid="level-wijk"]').check({ force: true });
    await page.locator('[data-testid="scope-select"]').selectOption('parkstad');
    await waitForIdle(page);
    const dots = await page.locator('.legend-dot').count();
    const nodata = Number(await page.locator('[data-testid="legend-count-nodata"] strong').textContent());
    expect(dots + nodata).toBe(49);
    // Brunssum-Zuid (8 %) is below the Parkstad band and drawn teal, not as grey context.
    const [x, y] = await fillPoint(page, 'WK089904');
    const [r, g, b] = await canvasPixel(page, x, y);
    expect(g).toBeGreaterThan(r + 40);
    expect(b).toBeGreaterThan(r + 40);
    await page.mouse.move(5, 5);
    await shot('core-06-parkstad');
  });

  it('the table selects an area on the map by keyboard', async () => {
    await page.locator('[data-testid="scope-select"]').selectOption('GM0917');
    await page.locator('[data-testid="tab-table"]').click();
    const firstRow = page.locator('[data-testid="area-table"] tbody tr').first();
    await firstRow.focus();
    expect(await firstRow.getAttribute('data-code')).toBe('WK091740');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="area-panel"]').waitFor();
    expect(await page.locator('[data-testid="area-panel"] h2').textContent()).toBe('Heerlerheide-Passart');
  });

  it('search finds Versiliënbosch without diacritics and switches to buurt level', async () => {
    await page.locator('[data-testid="search-input"]').fill('versilien');
    await page.locator('[data-testid="search-results"] [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="area-panel"]').waitFor();
    expect(await page.locator('[data-testid="area-panel"] h2').textContent()).toBe('Versiliënbosch');
    expect((await page.locator('[data-testid="panel-pct"]').textContent())?.replace(/\u00a0/g, ' ')).toBe('83,0 %');
  });

  it('the optional PDOK basemap fails quietly offline and the map keeps its colours', async () => {
    await page.locator('[data-testid="basemap-toggle"]').check();
    await page.locator('[data-testid="basemap-failed"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Kadaster');
    await waitForIdle(page);
    // Still at buurt level after the search: Heerlerbaan-Oost (78 %) stays brown.
    const [x, y] = await fillPoint(page, 'BU09174000');
    const [r, g, b] = await canvasPixel(page, x, y);
    expect(r).toBeGreaterThan(b + 40);
    expect(g).toBeGreaterThan(b);
    await shot('core-07b-basemap-offline');
    await page.locator('[data-testid="basemap-toggle"]').uncheck();
    await waitForIdle(page);
  });

  it('switches the interface to English', async () => {
    await page.locator('[data-testid="lang-en"]').check({ force: true });
    // The English texts are fetched the first time English is chosen.
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('[data-testid="legend"] h2').textContent()).toBe('Share of housing-association dwellings');
    expect((await page.locator('[data-testid="panel-pct"]').textContent())?.replace(/\u00a0/g, ' ')).toBe('83.0 %');
    await shot('core-07-english');
    await page.locator('[data-testid="lang-nl"]').check({ force: true });
  });
});
