/**
 * Issue 10 in the browser: buurt level for all 7 gemeenten (Beekdaelen coloured, Simpelveld explained on the map),
 * the trend chart with the scope summary and in the area panel, the area comparison, a buurt's note, and
 * screenshots of Heerlen buurten at city and street zoom. Every test opens its own page at a link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { brightestPixel, countColor, fillPoint, openApp, SCREENSHOTS, startHarness, waitForIdle, type Harness } from './browser';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Open a page at a link, run the test on it, close it (also when the test fails). */
async function at(hash: string, test: (page: Page) => Promise<void>): Promise<void> {
  const page = await openApp(h, hash);
  try {
    await waitForIdle(page);
    await test(page);
    expect((page as Page & { __errors?: string[] }).__errors).toEqual([]);
  } finally {
    await page.close();
  }
}
const shot = (page: Page, name: string) => page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\u00a0/g, ' ');
/** The fill of an area on the canvas, without its pattern (the brightest pixel around its deepest point). */
async function fillOf(page: Page, code: string): Promise<[number, number, number]> {
  const [x, y] = await fillPoint(page, code);
  const [r, g, b] = await brightestPixel(page, x, y, 3);
  return [r, g, b];
}
/** The no-data grey #9e9e9e (158, 158, 158). */
const isNoDataGrey = ([r, g, b]: [number, number, number]) => [r, g, b].every((c) => Math.abs(c - 158) <= 12);

describe('buurt level for all 7 gemeenten', () => {
  it('colours Beekdaelen buurten from their KWB 2024 figures: Nuth (39 %) brown, others not grey', () =>
    at('#v=1&scope=GM1954&level=buurt', async (page) => {
      const nuth = await fillOf(page, 'BU19540100');
      expect(nuth[0]).toBeGreaterThan(nuth[2] + 40); // above the band: brown (#f6e8c3 … #8c510a), not grey or white
      for (const code of ['BU19540000', 'BU19540300', 'BU19540400', 'BU19540601']) {
        expect(isNoDataGrey(await fillOf(page, code)), code).toBe(false);
      }
      expect(await page.locator('[data-testid="no-figures-notice"]').count()).toBe(0);
      await shot(page, 'time-01-beekdaelen-buurten');
    }));

  it('draws Simpelveld buurten grey and says on the map that CBS has no buurt figures there', () =>
    at('#v=1&scope=GM0965&level=buurt', async (page) => {
      const notice = page.locator('[data-testid="no-figures-notice"]');
      expect(await notice.isVisible()).toBe(true);
      expect(await text(page, '[data-testid="no-figures-notice"]')).toContain('Geen CBS-cijfers per buurt voor Simpelveld');
      // The notice is on the map area, not only in the legend's fine print.
      const map = await page.locator('[data-testid="map"]').boundingBox();
      const box = await notice.boundingBox();
      expect(box && map && box.y >= map.y && box.y + box.height <= map.y + map.height && box.x >= map.x).toBe(true);
      // The buurten are drawn (grey, with the no-data hatching), not an empty map; the legend counts them as no data.
      for (const code of ['BU09650000', 'BU09650100']) expect(isNoDataGrey(await fillOf(page, code)), code).toBe(true);
      expect(await text(page, '[data-testid="legend-count-nodata"] strong')).toBe('9');
      expect(await text(page, '[data-testid="legend"]')).toContain('Geen CBS-cijfers per buurt voor Simpelveld');
      await shot(page, 'time-02-simpelveld-buurten');
      await page.locator('[data-testid="no-figures-show-wijken"]').click();
      await notice.waitFor({ state: 'detached' });
      expect(await page.locator('[data-testid="level-wijk"]').isChecked()).toBe(true);
    }));

  it("shows Kunderberg's unconfirmed 2024 code in its area panel", () =>
    at('#v=1&scope=GM0986&level=buurt&sel=BU09860202', async (page) => {
      await page.locator('[data-testid="area-panel"]').waitFor();
      const caveats = await text(page, '[data-testid="panel-caveats"]');
      expect(caveats).toContain('De buurtcode van 2024 is niet bevestigd');
      expect(caveats).toContain('CBS publiceert voor deze buurt geen cijfers over eigendom');
      expect(caveats).not.toMatch(/gegeneraliseerd/);
    }));
});

describe('the corporation share over time', () => {
  it('shows the Heerlen summary with a trend chart from 2012 to 2024, the 2050 horizon and the figures in a table', () =>
    at('#v=1', async (page) => {
      const chart = page.locator('[data-testid="scope-trend"]');
      await chart.waitFor();
      expect(await text(page, '[data-testid="scope-summary"] h2')).toBe('Overzicht: Heerlen');
      const svg = await text(page, '[data-testid="scope-trend"] svg');
      for (const year of ['2012', '2024', '2050']) expect(svg).toContain(year);
      expect(await text(page, '[data-testid="scope-trend-band"]')).toBe('band Heerlen 21–51 %');
      expect((await chart.locator('svg').getAttribute('aria-label'))?.replace(/\u00a0/g, ' ')).toContain('Heerlen 38,3 % → 36,3 %');
      await chart.locator('summary').click();
      const table = page.locator('[data-testid="scope-trend-table"]');
      const row = async (year: string) =>
        ((await table.locator('tr', { has: page.locator(`th:text-is("${year}")`) }).textContent()) ?? '').trim();
      expect(await row('2012')).toMatch(/^201238,3/);
      expect(await row('2024')).toMatch(/^202436,3/);
      await chart.scrollIntoViewIfNeeded();
      await shot(page, 'time-03-heerlen-trend');
    }));

  it('marks the Beekdaelen sum of its predecessors and the Kerkrade break for Parkstad', () =>
    at('#v=1&scope=parkstad', async (page) => {
      const notes = await text(page, '[data-testid="scope-trend-notes"]');
      expect(notes).toContain('Beekdaelen 2012–2018: som van Onderbanken, Nuth en Schinnen');
      expect(notes).toContain('Kerkrade: breuk in de CBS-reeks in 2014 en 2015');
      expect(await page.locator('[data-testid="scope-trend-break"]').count()).toBe(4); // Kerkrade and Parkstad, twice each
      // Kerkrade is drawn in three pieces: the step across the break is not smoothed over.
      expect(await page.locator('[data-testid="scope-trend"] g[data-code="GM0928"] path').count()).toBe(3);
      await page.locator('[data-testid="scope-trend"]').scrollIntoViewIfNeeded();
      await shot(page, 'time-04-parkstad-trend');
    }));

  it("compares a wijk with Heerlen, Parkstad and NL and shows its gemeente's line in the area panel", () =>
    at('#v=1&sel=WK091740', async (page) => {
      await page.locator('[data-testid="area-panel"]').waitFor();
      const rows = page.locator('[data-testid="panel-compare"] tbody tr');
      expect(await rows.count()).toBe(4);
      expect((await rows.nth(1).textContent())?.replace(/\u00a0/g, ' ')).toBe('Heerlen 202436,316,946,6+41,7 procentpunt');
      expect((await rows.nth(3).textContent())?.replace(/\u00a0/g, ' ')).toContain('Nederland 202428,3');
      const svg = await text(page, '[data-testid="panel-trend"] svg');
      expect(svg).toContain('Heerlen');
      expect(svg).toContain('2012');
      await page.locator('[data-testid="panel-trend"]').scrollIntoViewIfNeeded();
      await shot(page, 'time-05-panel-heerlerbaan');
    }));

  it('speaks English when asked', () =>
    at('#v=1&lang=en&scope=GM1954', async (page) => {
      expect(await text(page, '[data-testid="scope-trend"] figcaption')).toBe('Housing-association share 2012–2024');
      expect(await text(page, '[data-testid="scope-trend-notes"]')).toContain(
        'Beekdaelen 2012–2018: sum of Onderbanken, Nuth and Schinnen',
      );
      expect(await text(page, '.maplibregl-ctrl-attrib')).toContain('Wijk- en buurtkaart 2016 (CC BY 3.0)');
    }));
});

describe('Heerlen buurten on the real boundaries', () => {
  it('at city zoom: all 57 buurten coloured, wijk outlines on top', () =>
    at('#v=1&level=buurt', async (page) => {
      expect(await page.locator('.legend-dot').count()).toBe(54); // 57 buurten, 3 without a CBS share
      // Weggebekker (89 %) brown: above the band.
      const [r, , b] = await fillOf(page, 'BU09172000');
      expect(r).toBeGreaterThan(b + 40);
      await page.mouse.move(5, 5);
      await shot(page, 'time-06-heerlen-buurten-city');
    }));

  it('at street zoom (15): sharp borders, still coloured', () =>
    at('#v=1&level=buurt&map=5.98,50.885,15', async (page) => {
      expect(await page.evaluate(() => location.hash)).toContain('map=5.98');
      // Band colours and dark outlines both on the canvas: a map, not a blank or a grey sheet.
      const within = await countColor(page, [245, 245, 245], 6);
      const lines = await countColor(page, [74, 74, 74], 30);
      expect(within + (await countColor(page, [199, 234, 229], 8)) + (await countColor(page, [216, 179, 101], 8))).toBeGreaterThan(5000);
      expect(lines).toBeGreaterThan(200);
      await page.mouse.move(5, 5);
      await shot(page, 'time-07-heerlen-buurten-street');
    }));
});
