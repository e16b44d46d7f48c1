/** Overlays (issue 3) in headless Chromium: toggles, draw order, popups, lists. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { countColor, lonLatPoint, openApp, SCREENSHOTS, startHarness, waitForIdle, type Harness } from './browser';

let h: Harness;
let page: Page;
const NPLV: [number, number, number] = [0x5e, 0x3c, 0x99];
const STATUS2_BLUE: [number, number, number] = [0x00, 0x72, 0xb2];

beforeAll(async () => {
  h = await startHarness();
  page = await openApp(h);
  await page.locator('[data-testid="tab-layers"]').click();
  await page.locator('[data-testid="overlay-panel"]').waitFor();
});
afterAll(async () => {
  await page?.close();
  await h?.close();
});

const shot = (name: string) => page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
const layerIds = () => page.evaluate(() => (window as unknown as { __wijkbalans: { layerIds: () => string[] } }).__wijkbalans.layerIds());

describe('overlays', () => {
  it('draws nothing of the overlays while they are off', async () => {
    expect(await countColor(page, NPLV)).toBeLessThan(20);
    expect(await page.locator('[data-testid="overlay-legend"]').count()).toBe(0);
  });

  it('NPLV toggles on, is drawn above the choropleth and below the labels, and toggles off', async () => {
    await page.locator('[data-testid="layer-nplv"]').check();
    await waitForIdle(page);
    const ids = await layerIds();
    expect(ids.indexOf('wb-nplv-confirmed')).toBeGreaterThan(ids.indexOf('wb-area-fill'));
    expect(ids.indexOf('wb-nplv-confirmed')).toBeLessThan(ids.indexOf('wb-colony-icon'));
    expect(ids.indexOf('wb-colony-icon')).toBeLessThan(ids.indexOf('wb-project-icon'));
    expect(ids.indexOf('wb-project-icon')).toBeLessThan(ids.indexOf('wb-labels-text'));
    // Visible on the canvas (so not hidden under the fill).
    expect(await countColor(page, NPLV)).toBeGreaterThan(800);
    expect(await page.locator('[data-testid="overlay-legend"]').textContent()).toContain('afgeleid');
    expect(await page.locator('[data-testid="nplv-facts"]').first().textContent()).toContain('56.000');
    await shot('overlays-01-nplv');
    await page.locator('[data-testid="layer-nplv"]').uncheck();
    await waitForIdle(page);
    expect(await countColor(page, NPLV)).toBeLessThan(20);
  });

  it('NPLV popup explains an inferred wijk with the seed facts', async () => {
    await page.locator('[data-testid="layer-nplv"]').check();
    await waitForIdle(page);
    // Find a pixel of an NPLV outline on the canvas and click it.
    const hit = await page.evaluate(async () => {
      const canvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
      const c = document.createElement('canvas');
      c.width = canvas.width;
      c.height = canvas.height;
      const ctx = c.getContext('2d');
      if (!ctx) return null;
      ctx.drawImage(canvas, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let y = 0; y < c.height; y += 2)
        for (let x = 0; x < c.width; x += 2) {
          const i = (y * c.width + x) * 4;
          if (Math.abs((d[i] ?? 0) - 0x5e) < 10 && Math.abs((d[i + 1] ?? 0) - 0x3c) < 10 && Math.abs((d[i + 2] ?? 0) - 0x99) < 10)
            return [x, y];
        }
      return null;
    });
    expect(hit).not.toBeNull();
    const box = await page.locator('[data-testid="map"]').boundingBox();
    await page.mouse.click((hit?.[0] ?? 0) + (box?.x ?? 0), (hit?.[1] ?? 0) + (box?.y ?? 0));
    const popup = page.locator('[data-testid="overlay-popup"]');
    await popup.waitFor();
    const text = await popup.textContent();
    expect(text).toContain('56.000');
    expect(text).toContain('2.352');
    expect(text).toMatch(/bevestigd|afgeleid|focusbuurt/);
    await shot('overlays-02-nplv-popup');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="layer-nplv"]').uncheck();
  });

  it('colonies toggle on; the Beersdal popup shows its facts', async () => {
    await page.locator('[data-testid="layer-colonies"]').check();
    await waitForIdle(page);
    expect(await countColor(page, STATUS2_BLUE, 12)).toBeGreaterThan(50);
    const [x, y] = await lonLatPoint(page, 5.96483, 50.90526);
    await page.mouse.click(x, y);
    const popup = page.locator('[data-testid="overlay-popup"]');
    await popup.waitFor();
    const text = (await popup.textContent()) ?? '';
    expect(text).toContain('Beersdal');
    expect(text).toContain('1910-1918');
    expect(text).toContain('rijksbeschermd stadsgezicht');
    expect(text).toContain('officiële RCE-begrenzing');
    // The source names the document, not its file (issue 11 §5).
    expect(text).toContain('Meerjarige prestatieafspraken Heerlen 2024–2028 (tabel Overzicht Mijnkoloniën, rij 10)');
    await shot('overlays-03-beersdal');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="layer-colonies"]').uncheck();
    await waitForIdle(page);
    expect(await countColor(page, STATUS2_BLUE, 12)).toBeLessThan(20);
  });

  it('lists all 29 colonies, filters by status and marks unknown locations', async () => {
    expect(await page.locator('[data-testid="colony-items"] li').count()).toBe(29);
    expect(await page.locator('[data-testid="colony-items"]').textContent()).toContain('locatie onbekend');
    await page.locator('[data-testid="colony-filter"]').selectOption('2');
    expect(await page.locator('[data-testid="colony-items"] li').count()).toBe(5);
    await page.locator('[data-testid="colony-filter"]').selectOption('all');
  });

  it('projects toggle on; the De Dem project popup shows gemeente, corporatie and funding', async () => {
    await page.locator('[data-testid="layer-projects"]').check();
    await waitForIdle(page);
    const [x, y] = await lonLatPoint(page, 5.93745, 50.92342);
    await page.mouse.click(x, y);
    const popup = page.locator('[data-testid="overlay-popup"]');
    await popup.waitFor();
    const text = (await popup.textContent()) ?? '';
    expect(text).toContain('De Dem');
    expect(text).toContain('Heerlen');
    expect(text).toContain('Regionale prestatieafspraken Parkstad Limburg 2024–2028');
    await shot('overlays-04-project');
    await page.keyboard.press('Escape');
  });

  it('the projects table lists every project and filters by funding', async () => {
    expect(await page.locator('[data-testid="project-rows"] tr').count()).toBe(59);
    await page.locator('[data-testid="project-filter-funding"]').selectOption('wbi');
    const rows = await page.locator('[data-testid="project-rows"]').textContent();
    for (const name of ['Schimmert Centrum', 'DSM', 'Industriestraat', 'Schilterstraat']) expect(rows).toContain(name);
    await page.locator('[data-testid="project-filter-funding"]').selectOption('all');
    await page.locator('[data-testid="layer-colonies"]').check();
    await page.locator('[data-testid="layer-nplv"]').check();
    await waitForIdle(page);
    await shot('overlays-05-all-layers');
  });
});
