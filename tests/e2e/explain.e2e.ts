/**
 * Issue 13, "a map that explains itself", as a user sees it: the "Over deze kaart" dialog (header and presentation),
 * every wijk numbered with a key (screen and export), values on the map kept in the link, no file names in what is
 * shown, search across the 7 gemeenten, the table wide and as CSV, the basemap that cannot load, the loading state.
 * Every test starts from a fresh page opened with a link.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  axeViolationsIn,
  canvasPixel,
  downloadText,
  takeDownload,
  fillPoint,
  lonLatPoint,
  openApp,
  startHarness,
  waitForIdle,
  type Harness,
} from './browser';
import type { ExportMeta } from '../../src/export/compose';

const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-results', 'explain');
const NBSP = /\u00a0/g;
/** What no visible text may carry: file names, seed references, research keys, paths, developer notes. */
const FORBIDDEN = /\.(csv|geojson|json|md|txt)\b|\bseed\b|BRON_ID|\/work\/|geodata\/|places\/|heritage\/|TODO|FIXME/i;

let h: Harness;
let page: Page | null = null;

beforeAll(async () => {
  h = await startHarness();
  mkdirSync(SHOTS, { recursive: true });
});
afterEach(async () => {
  await page?.close();
  page = null;
});
afterAll(async () => {
  await h?.close();
});

const open = async (hash = '#') => (page = await openApp(h, hash));
const shot = (p: Page, name: string) => p.screenshot({ path: resolve(SHOTS, `${name}.png`) });
const text = async (p: Page, selector: string) => ((await p.locator(selector).first().textContent()) ?? '').replace(NBSP, ' ');
/** The text a user can see (closed disclosures excluded). */
const visibleText = (p: Page, selector: string) => p.locator(selector).first().innerText();

describe('Over deze kaart', () => {
  it('opens from the header: Heerlen’s band in the words of its document, the terms, the data year and the licences', async () => {
    const p = await open('#');
    await p.locator('[data-testid="about-open"]').click();
    const dialog = p.locator('[data-testid="about-dialog"]');
    await dialog.waitFor();
    const all = (await dialog.innerText()).replace(NBSP, ' ');
    // The band: 21–51 %, Heerlen's adopted policy for wijken, 2050; quoted and named as a document.
    expect(all).toContain('tussen 21 % en 51 %');
    expect(all).toContain('2050');
    const quote = await text(p, '[data-testid="about-band-quote"]');
    expect(quote).toContain('niet minder dan 21% kan bedragen, en niet meer dan 51%');
    expect(quote).toContain('Nieuw Heerlens Woonfundament, §2.2.1');
    // Elsewhere: derived, not adopted; Kerkrade's own choice quoted.
    expect(all).toContain('afgeleide band');
    expect(all).toContain('Lokaal meerjarig kader prestatieafspraken Kerkrade 2021–2025');
    // The terms: ownership, not rent level; overige verhuurders; lbm and afw.
    expect(all).toContain('InBezitWoningcorporatie');
    expect(all).toContain('niet om de hoogte van de huur');
    expect(all).toContain('Overige verhuurders');
    expect(all).toContain('(lbm)');
    expect(all).toContain('(afw)');
    expect(await text(p, '[data-testid="about-year"]')).toContain('CBS 2024');
    const sources = await text(p, '[data-testid="about-sources"]');
    expect(sources).toContain('Kerncijfers wijken en buurten 2024 (85984NED), CC BY 4.0');
    expect(sources).toContain('Leefbaarometer 3.0');
    expect(sources).toContain('BRT-Achtergrondkaart');
    expect(all).not.toMatch(FORBIDDEN);
    expect(await axeViolationsIn(p, '[data-testid="about-dialog"]')).toEqual([]);
    await shot(p, 'about-01-header');
    // Escape closes it and gives the focus back to the button.
    await p.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('about-open');
  });

  it('opens in presentation mode too, and Escape closes the dialog, not the presentation', async () => {
    const p = await open('#');
    await p.locator('[data-testid="present"]').click();
    await p.locator('[data-testid="about-open-presentation"]').click();
    await p.locator('[data-testid="about-dialog"]').waitFor();
    expect(await text(p, '[data-testid="about-band-quote"]')).toContain('Nieuw Heerlens Woonfundament');
    await shot(p, 'about-02-presentation');
    await p.keyboard.press('Escape');
    await p.locator('[data-testid="about-dialog"]').waitFor({ state: 'detached' });
    expect(await p.locator('[data-testid="about-open-presentation"]').isVisible()).toBe(true);
  });

  it('speaks English in English', async () => {
    const p = await open('#v=1&lang=en');
    await p.waitForFunction(() => document.documentElement.lang === 'en');
    await p.locator('[data-testid="about-open"]').click();
    const all = await visibleText(p, '[data-testid="about-dialog"]');
    expect(all).toContain('Where does the band come from?');
    expect(all).toContain('not the rent level');
    expect(all).not.toMatch(FORBIDDEN);
  });
});

describe('labels, numbers and values', () => {
  const rendered = (p: Page, layer: string) =>
    p.evaluate(async (id) => {
      const w = window as unknown as { __wijkbalans: { whenIdle: () => Promise<void>; renderedTexts: (l: string) => string[] } };
      await w.__wijkbalans.whenIdle();
      return w.__wijkbalans.renderedTexts(id);
    }, layer);

  it('numbers every Heerlen wijk at the default view, with the key in the legend', async () => {
    const p = await open('#');
    const numbers = await rendered(p, 'wb-label-keys');
    expect(numbers.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    const key = p.locator('[data-testid="label-key"]');
    expect(await key.locator('summary').textContent()).toBe('Nummers op de kaart (23)');
    await key.locator('summary').click();
    expect(await key.locator('li').count()).toBe(23);
    expect(await key.locator('li[value="21"]').textContent()).toBe('Heerlerbaan-Centrum');
    expect(await axeViolationsIn(p, '[data-testid="label-key"]')).toEqual([]);
    await shot(p, 'labels-01-default');
    // On paper the key is open even when the reader closed it.
    await key.locator('summary').click();
    expect(await key.locator('li').first().isVisible()).toBe(false);
    await p.emulateMedia({ media: 'print' });
    expect(await key.locator('li').first().isVisible()).toBe(true);
  });

  it('numbers every wijk of the 7 gemeenten in Parkstad scope, the key listing them all', async () => {
    const p = await open('#v=1&scope=parkstad');
    const numbers = await rendered(p, 'wb-label-keys');
    const n = await p.locator('[data-testid="label-key"] li').count();
    expect(n).toBeGreaterThan(40);
    expect(numbers.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    await shot(p, 'labels-04-parkstad');
  });

  it('the values option shows "78 %" on the map, travels in the link and comes back from it', async () => {
    const p = await open('#');
    await p.locator('[data-testid="values-toggle"]').check();
    await p.waitForFunction(() => window.location.hash.includes('val=1'));
    const link = await p.evaluate(() => window.location.hash);
    const numbers = await rendered(p, 'wb-label-keys');
    expect(numbers.map((s) => s.replace(NBSP, ' '))).toContain('21\n78 %');
    await p.close();
    const q = await open(link);
    expect(await q.locator('[data-testid="values-toggle"]').isChecked()).toBe(true);
    expect((await rendered(q, 'wb-label-keys')).map((s) => s.replace(NBSP, ' '))).toContain('17\n6 %');
    await shot(q, 'labels-02-values');
  });

  it('the export lists the key of all 23 numbers under its legend', async () => {
    const p = await open('#v=1&val=1');
    await p.locator('[data-testid="export-open"]').click();
    await p.locator('[data-testid="export-preset-slide"]').check();
    await takeDownload(p, () => p.locator('[data-testid="export-run"]').click(), '../explain/labels-03-export.png');
    const meta = JSON.parse((await p.locator('[data-testid="export-status"]').getAttribute('data-meta')) ?? '{}') as ExportMeta;
    expect(meta.keyEntries).toBe(23);
  });
});

describe('sources named as documents', () => {
  it('a colony popup names documents; files, rows and the English research notes only behind "Herleiding"', async () => {
    const p = await open('#v=1&scope=GM0917&layers=colonies');
    await waitForIdle(p);
    const [x, y] = await lonLatPoint(p, 5.96483, 50.90526);
    await p.mouse.click(x, y);
    const popup = p.locator('[data-testid="overlay-popup"]');
    await popup.waitFor();
    const details = popup.locator('[data-testid="colony-details"]', { hasText: 'Beersdal' });
    const visible = await details.innerText();
    expect(visible).toContain('Meerjarige prestatieafspraken Heerlen 2024–2028 (tabel Overzicht Mijnkoloniën, rij 10)');
    expect(visible).toContain('bronnenonderzoek mijnkoloniën');
    expect(visible).not.toMatch(FORBIDDEN);
    expect(visible).not.toMatch(/inferred|centroid|polygon/i);
    const trace = details.locator('details.trace');
    await trace.locator('summary').click();
    expect(await trace.innerText()).toMatch(/colonies\.csv/);
    await shot(p, 'sources-01-colony-popup');
  });

  it('the overlay panel in Dutch: no file names, no English note on the inferred wijken', async () => {
    const p = await open('#v=1&scope=GM0917&layers=colonies,nplv,projects');
    await p.locator('[data-testid="tab-layers"]').click();
    const panel = p.locator('[data-testid="overlay-panel"]');
    await panel.waitFor();
    // Every disclosure open except the traces, as a reader who opens them all would see the panel.
    await panel.evaluate((el) => el.querySelectorAll('details:not(.trace)').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const shown = await panel.innerText();
    expect(shown).toContain('wijk afgeleid');
    expect(shown).not.toMatch(FORBIDDEN);
    expect(shown).not.toMatch(/\binferred\b|It consists of|unverified|candidate/);
    await shot(p, 'sources-02-overlay-panel');
  });

  it('the whole page in Dutch shows no file names (legend, panels, notes)', async () => {
    const p = await open('#v=1&layers=colonies,nplv,projects');
    for (const tab of ['area', 'layers', 'table']) {
      const t = p.locator(`[data-testid="tab-${tab}"]`);
      if (await t.count()) await t.click();
      // Every disclosure open except the traces (file and row are what those are for).
      await p.evaluate(() => document.querySelectorAll('details:not(.trace)').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await p.locator('body').innerText()).not.toMatch(FORBIDDEN);
    }
  });
});

describe('search across the 7 gemeenten', () => {
  it('from Heerlen, "Rolduckerveld" (Kerkrade) selects it and switches the scope to Kerkrade', async () => {
    const p = await open('#');
    await p.locator('[data-testid="search-input"]').fill('Rolduckerveld');
    const option = p.locator('[data-testid="search-results"] [role="option"]').first();
    await option.waitFor();
    expect(await option.textContent()).toContain('Kerkrade');
    await p.keyboard.press('Enter');
    await p.locator('[data-testid="area-panel"] h2', { hasText: 'Rolduckerveld' }).waitFor();
    await p.waitForFunction(() => window.location.hash.includes('GM0928'));
    expect(await p.evaluate(() => window.location.hash)).toContain('sel=BU09280102');
    await waitForIdle(p);
    await shot(p, 'search-01-rolduckerveld');
  });
});

describe('the table', () => {
  it('shows wide, downloads as Dutch CSV, and choosing a row keeps the user in the table', async () => {
    const p = await open('#');
    await p.locator('[data-testid="tab-table"]').click();
    const aside = p.locator('aside').filter({ has: p.locator('[data-testid="area-table"]') });
    const narrow = (await aside.boundingBox())?.width ?? 0;
    await p.locator('[data-testid="table-wide"]').click();
    expect(await p.locator('[data-testid="table-wide"]').getAttribute('aria-pressed')).toBe('true');
    expect((await aside.boundingBox())?.width ?? 0).toBeGreaterThan(narrow + 200);
    expect(await axeViolationsIn(p, '.table-tools')).toEqual([]);
    await shot(p, 'table-01-wide');
    const { fileName, text: csv } = await downloadText(p, () => p.locator('[data-testid="table-csv"]').click());
    expect(fileName).toMatch(/^wijkbalans-tabel-gm0917-wijk-\d{4}-\d\d-\d\d\.csv$/);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^code;naam;/);
    expect(lines).toHaveLength(24);
    const centrum = lines.find((l) => l.startsWith('WK091740;')) ?? '';
    expect(centrum).toContain(';78;');
    expect(centrum).toContain(';boven;');
    expect(csv).not.toMatch(/\d\.\d/);
    // Choosing a row selects the area and stays in the table.
    await p.locator('[data-testid="area-table"] tr[data-code="WK091736"]').click();
    expect(await p.locator('[data-testid="area-table"] tr[data-code="WK091736"]').getAttribute('aria-selected')).toBe('true');
    expect(await p.locator('[data-testid="area-table"]').isVisible()).toBe(true);
    expect(await p.locator('[data-testid="tab-table"]').getAttribute('aria-selected')).toBe('true');
  });

  it('shows CBS shares whole and counts with thousands separators', async () => {
    const p = await open('#');
    await p.locator('[data-testid="tab-table"]').click();
    const row = p.locator('[data-testid="area-table"] tr[data-code="WK091740"]');
    const cells = (await row.locator('td').allTextContents()).map((c) => c.replace(NBSP, ' '));
    expect(cells[2]).toBe('78 %');
    expect(cells[3]).toMatch(/^\d{1,3}(\.\d{3})+$|^\d{1,3}$/);
    const total = await p.locator('[data-testid="area-table"] td.num').allTextContents();
    expect(total.some((c) => /^\d\.\d{3}$/.test(c))).toBe(true);
  });
});

describe('the basemap and the start', () => {
  it('a PDOK basemap that cannot load unticks itself, stops crediting Kadaster, and the map keeps its colours', async () => {
    const p = await open('#');
    await p.route('**/service.pdok.nl/**', (r) => r.abort());
    // click, not check: the switch may untick itself before a check() could confirm it was ticked.
    await p.locator('[data-testid="basemap-toggle"]').click();
    await p.locator('[data-testid="basemap-failed"]').waitFor({ timeout: 30_000 });
    await p.waitForFunction(
      () => !(document.querySelector('[data-testid="basemap-toggle"]') as HTMLInputElement | null)?.checked,
      undefined,
      { timeout: 10_000 },
    );
    await waitForIdle(p);
    expect(await p.locator('.maplibregl-ctrl-attrib').textContent()).not.toContain('BRT-Achtergrondkaart');
    const [x, y] = await fillPoint(p, 'WK091740');
    const [r, g, b] = await canvasPixel(p, x, y);
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
    expect(await p.evaluate(() => window.location.hash)).not.toContain('pdok');
    await shot(p, 'basemap-01-failed');
  });

  it('shows a loading state while the map starts, and it goes away once the map is drawn', async () => {
    const p = (page = await h.browser.newPage({ viewport: { width: 1400, height: 900 } }));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await p.route('**/geodata/wijken.geojson', async (r) => {
      await held;
      await r.continue();
    });
    await p.goto(h.baseUrl + '#');
    const loading = p.locator('[data-testid="loading-state"]');
    await loading.waitFor();
    expect(await loading.textContent()).toContain('laden');
    expect(await p.locator('[data-testid="map"]').getAttribute('aria-busy')).toBe('true');
    // A still message first; the spinner shows and turns only once loading takes longer than 2 s (a moving element
    // repaints the page every frame, which slows the map's own start).
    const spinner = p.locator('.loading-spinner');
    const spinning = () => spinner.evaluate((el) => getComputedStyle(el).visibility);
    expect(await spinning()).toBe('hidden');
    await shot(p, 'start-01-loading');
    await p.waitForTimeout(2500);
    expect(await spinning()).toBe('visible');
    release();
    await p.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
    await loading.waitFor({ state: 'detached' });
    expect(await p.locator('[data-testid="map"]').getAttribute('aria-busy')).toBe('false');
  });
});
