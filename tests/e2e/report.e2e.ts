/**
 * Issue 12 in the browser: the printable A4 report of the 0-meting. Heerlen's page (its wijken, the adopted band,
 * the map with one path per wijk, the sources without file names), printed to PDF as one A4 page; all 7 gemeenten
 * as 7 pages, the derived bands said to be derived. Each test opens a fresh page from a link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolationsIn, openApp, SCREENSHOTS, startHarness, type Harness } from './browser';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The printable area of A4 portrait at 15 mm margins in CSS px (180 × 267 mm at 96 px per inch). */
const A4_CONTENT = { width: 680, height: 1009 };
const clean = (s: string | null) => (s ?? '').replace(/\u00a0/g, ' ');
const dialog = '[data-testid="report-dialog"]';

async function openReport(page: Page) {
  await page.locator('[data-testid="tab-plan"]').click();
  await page.locator('[data-testid="plan-view-baseline"]').check();
  await page.locator('[data-testid="baseline-report"]').click();
  await page.locator(dialog).waitFor();
}

/** Pages of a PDF: its `/Type /Page` objects (not the `/Type /Pages` tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
const mediaBoxes = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[([^\]]+)\]/g)].map((m) => m[1]?.trim().split(/\s+/).map(Number));

/** Pages whose content is wider than the page (a table cut off on paper) or taller than one A4 page. */
const overflowing = (page: Page) =>
  page.locator('[data-testid="report-page"]').evaluateAll(
    (els, maxHeight) =>
      els.flatMap((e) => {
        const right = Math.max(...[...e.querySelectorAll('*')].map((c) => c.getBoundingClientRect().right));
        const box = e.getBoundingClientRect();
        const edge = box.right;
        const code = e.getAttribute('data-code') ?? '';
        return [
          ...(right > edge + 0.5 ? [`${code}: ${Math.round(right)} px wide > ${Math.round(edge)}`] : []),
          ...(box.height > maxHeight ? [`${code}: ${Math.round(box.height)} px tall > ${maxHeight}`] : []),
        ];
      }),
    A4_CONTENT.height,
  );

/** Print the page to a PDF (print media, A4) and keep it next to the screenshots. */
async function printPdf(page: Page, name: string, preferCSSPageSize = false): Promise<Buffer> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize, printBackground: true });
  writeFileSync(resolve(SCREENSHOTS, name), pdf);
  return pdf;
}

describe('the A4 report of the 0-meting', () => {
  it('Heerlen: its 23 wijken, the adopted band, a map path per wijk, sources without file names, one A4 page', async () => {
    const page = await openApp(h, '#v=1&scope=GM0917');
    await openReport(page);
    const d = page.locator(dialog);
    expect(await d.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.evaluate((sel) => document.querySelector(sel)?.contains(document.activeElement), dialog)).toBe(true);
    expect(await d.locator('[data-testid="report-gemeente"]').inputValue()).toBe('GM0917');

    const p = d.locator('[data-testid="report-page"]');
    expect(await p.count()).toBe(1);
    expect(await p.locator('[data-testid="report-title"]').textContent()).toBe('0-meting corporatiebezit 2024 — Heerlen');
    expect(await p.locator('[data-testid="report-band"]').getAttribute('data-kind')).toBe('adopted');
    expect(clean(await p.locator('[data-testid="report-band"]').textContent())).toContain('Vastgestelde band 21–51 %');
    // geodata/stock.csv has 23 Heerlen wijken (3 of them under 100 dwellings: De Hei, Woonboulevard-Ten Esschen, De Beitel).
    const rows = p.locator('[data-testid="report-row"]');
    expect(await rows.count()).toBe(23);
    const hc = p.locator('tr[data-code="WK091740"]');
    expect(clean(await hc.locator('th').textContent())).toBe('Heerlerbaan-Centrum');
    expect(clean(await hc.locator('[data-testid="report-pct"]').textContent())).toBe('78 %');
    expect(clean(await hc.locator('[data-testid="report-class"]').textContent())).toBe('boven de band');
    expect(clean(await p.locator('tr[data-code="WK091742"] [data-testid="report-class"]').textContent())).toBe('te weinig woningen');
    expect(clean(await p.locator('[data-testid="report-gemeente-row"]').textContent())).toContain('46.697');
    // Against 21–51 (edges within): 4 below, 14 within, 2 above, 3 too small.
    const counts = await p
      .locator('[data-testid^="report-count-"]')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-testid')}=${e.getAttribute('data-count')}`));
    expect(counts).toEqual([
      'report-count-below=4',
      'report-count-within=14',
      'report-count-above=2',
      'report-count-small=3',
      'report-count-nodata=0',
    ]);

    // The map: one path per wijk with geometry, each filled with its class (pattern for the out-of-band classes).
    const paths = p.locator('[data-testid="report-map"] path[data-code]');
    expect(await paths.count()).toBe(23);
    const codes = await paths.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')).sort());
    expect(codes).toEqual((await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).sort());
    const fill = await p.locator('path[data-code="WK091740"]').getAttribute('fill');
    expect(fill).toMatch(/^url\(#.+-above\)$/);
    expect(await page.locator(`pattern#${fill?.slice(5, -1) ?? ''}`).count()).toBe(1);
    const box = await p.locator('[data-testid="report-map"]').boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(300);

    const all = clean(await p.textContent());
    expect(all).toContain('Kerncijfers wijken en buurten 2024 (85984NED)');
    expect(all).toContain('82900NED');
    expect(all).toContain('CC BY 4.0');
    expect(all).toContain('Gemaakt uit: CBS Kerncijfers wijken en buurten 2024');
    expect(all).not.toMatch(/\.(csv|geojson|json|md|ts)\b|seed|geodata|shared\/|PROVENANCE/i);
    expect(clean(await p.locator('[data-testid="report-printed"]').textContent())).toMatch(/^Afgedrukt op \d{1,2} [a-z]+ 20\d\d$/);

    expect(await axeViolationsIn(page, dialog)).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'report-00-dialog.png') });

    await page.evaluate(() => {
      const w = window as unknown as { __printed: number };
      w.__printed = 0;
      window.print = () => void (w.__printed += 1);
    });
    await d.locator('[data-testid="report-print"]').click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);

    // In print only the report shows, one A4 portrait page.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#root').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    expect(await d.locator('.a4-toolbar').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    await page.setViewportSize(A4_CONTENT);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'report-01-heerlen-print.png') });
    expect(await overflowing(page)).toEqual([]);
    expect(pdfPages(await printPdf(page, 'report-heerlen.pdf'))).toBe(1);
    const css = await printPdf(page, 'report-heerlen-css-size.pdf', true);
    expect(pdfPages(css)).toBe(1);
    expect(mediaBoxes(css).map((b) => b?.map(Math.round))).toEqual([[0, 0, 595, 842]]);

    // Escape closes it and gives the focus back to the button that opened it.
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.keyboard.press('Escape');
    await d.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('baseline-report');
    expect((page as Page & { __errors?: string[] }).__errors).toEqual([]);
  });

  it('all 7 gemeenten: 7 pages of 49 wijken, derived bands said to be derived, 7 A4 pages in the PDF', async () => {
    const page = await openApp(h, '#v=1&scope=GM0917');
    await openReport(page);
    const d = page.locator(dialog);
    await d.locator('[data-testid="report-gemeente"]').selectOption('all');
    const pages = d.locator('[data-testid="report-page"]');
    expect(await pages.count()).toBe(7);
    expect(await d.locator('[data-testid="report-row"]').count()).toBe(49);
    expect(await d.locator('[data-testid="report-map"] path[data-code]').count()).toBe(49);
    const kinds = await pages.evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-code')}:${e.querySelector('[data-testid="report-band"]')?.getAttribute('data-kind')}`),
    );
    expect(kinds).toEqual([
      'GM0917:adopted',
      'GM0928:derived',
      'GM0882:derived',
      'GM0899:derived',
      'GM1954:derived',
      'GM0965:derived',
      'GM0986:derived',
    ]);
    const kerkrade = clean(await d.locator('[data-code="GM0928"] [data-testid="report-band"]').textContent());
    expect(kerkrade).toContain('Afgeleide band 17–47 %');
    expect(kerkrade).toContain('geen vastgesteld beleid');
    expect(kerkrade).not.toMatch(/vastgestelde band/i);
    // Simpelveld and Voerendaal: CBS has no buurt figures there; said plainly.
    const noBuurten = await d
      .locator('[data-testid="report-no-buurten"]')
      .evaluateAll((els) => els.map((e) => e.closest('[data-testid="report-page"]')?.getAttribute('data-code')));
    expect(noBuurten).toEqual(['GM0965', 'GM0986']);
    expect(clean(await d.locator('[data-code="GM0965"] [data-testid="report-sources"]').textContent())).toContain('86165NED');

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize(A4_CONTENT);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'report-02-all-print.png'), fullPage: true });
    expect(await overflowing(page)).toEqual([]);
    await d.locator('article[data-code="GM0986"]').screenshot({ path: resolve(SCREENSHOTS, 'report-03-voerendaal-print.png') });
    expect(pdfPages(await printPdf(page, 'report-all.pdf'))).toBe(7);
    expect((page as Page & { __errors?: string[] }).__errors).toEqual([]);
  });
});
