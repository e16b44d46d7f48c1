/** Links carry the overlays, the stadshuwelijk pair and the scenario moves (issues 3, 5 and 6 together). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { download, openApp, pngSize, screenPoint, SCREENSHOTS, startHarness, waitForIdle, type Harness } from './browser';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('links with overlays, pair and scenario', () => {
  it('a link with layers shows those overlays and writes changes back into the URL', async () => {
    const page = await openApp(h, '#v=1&scope=GM0917&layers=nplv,colonies');
    await page.locator('[data-testid="overlay-legend"]').waitFor();
    await page.locator('[data-testid="tab-layers"]').click();
    expect(await page.locator('[data-testid="layer-nplv"]').isChecked()).toBe(true);
    expect(await page.locator('[data-testid="layer-colonies"]').isChecked()).toBe(true);
    expect(await page.locator('[data-testid="layer-projects"]').isChecked()).toBe(false);
    await page.locator('[data-testid="layer-projects"]').check();
    await page.waitForFunction(() => /layers=[^&]*projects/.test(window.location.hash));
    await page.close();
  });

  it('a link with a pair and moves reproduces the scenario on the map: Heerlerbaan-Centrum selling 230 → 68,0 %', async () => {
    const page = await openApp(h, '#v=1&scope=GM0917&pair=WK091740,WK091736&moves=WK091740.sell.230,WK091736.build.230');
    await page.locator('[data-testid="scenario-banner"]').waitFor();
    await waitForIdle(page);
    const [x, y] = await screenPoint(page, 'WK091740');
    await page.mouse.move(x, y);
    await page.locator('[data-testid="tooltip"]').waitFor();
    // 2301 dwellings at 78 % = 1794.78 corporation dwellings; minus 230 = 1564.78 → 68.0 %.
    expect((await page.locator('[data-testid="tooltip-pct"]').textContent())?.replace(/\u00a0/g, ' ')).toBe('68,0 %');
    expect(await page.evaluate(() => window.location.hash)).toContain('moves=WK091740.sell.230');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'links-01-scenario-link.png') });
    await page.close();
  });

  it('a damaged moves field falls back with a notice and the map still draws', async () => {
    const page = await openApp(h, '#v=1&scope=GM0917&moves=WK091740.steal.5');
    expect(await page.locator('[data-testid="scenario-banner"]').count()).toBe(0);
    await page.locator('[data-testid="link-notice"]').waitFor();
    expect(await page.locator('[data-testid="legend"]').isVisible()).toBe(true);
    await page.close();
  });

  it('an export of a view with overlays and a scenario carries both in its legend', async () => {
    const page = await openApp(
      h,
      '#v=1&scope=GM0917&layers=nplv,colonies&pair=WK091740,WK091736&moves=WK091740.sell.230,WK091736.build.230',
    );
    await page.locator('[data-testid="scenario-banner"]').waitFor();
    await waitForIdle(page);
    await page.locator('[data-testid="export-open"]').click();
    await page.locator('[data-testid="export-dialog"]').waitFor();
    await page.locator('[data-testid="export-preset-slide"]').check();
    const png = await download(page, () => page.locator('[data-testid="export-run"]').click(), 'links-export-overlays-scenario.png');
    expect(pngSize(png)).toEqual([1920, 1080]);
    await page.close();
  });
});
