/** Council mode in headless Chromium on the built app: links, saved views, presentation, export, print, axe. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  brightestPixel,
  axeViolations,
  canvasPixel,
  download,
  fillPoint,
  openApp,
  pngPixels,
  pngSize,
  SCREENSHOTS,
  startHarness,
  waitForIdle,
  type Harness,
} from './browser';
import { projectToMap } from '../../src/export/geo';
import type { ExportMeta } from '../../src/export/compose';

let h: Harness;
const pages: Page[] = [];
const open = async (hash = '', viewport?: { width: number; height: number }) => {
  const p = await openApp(h, hash, viewport);
  pages.push(p);
  return p;
};
const shot = (p: Page, name: string) => p.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
const text = async (p: Page, testId: string) =>
  ((await p.locator(`[data-testid="${testId}"]`).first().textContent()) ?? '').replace(/\u00a0/g, ' ');
const hashOf = (p: Page) => new URL(p.url()).hash;
const errors = (p: Page) => (p as Page & { __errors?: string[] }).__errors;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  for (const p of pages) await p.close();
  await h?.close();
});

describe('shareable views', () => {
  it('a link copied from one window reproduces the same view in another', async () => {
    const a = await open();
    await a.locator('[data-testid="level-buurt"]').check({ force: true });
    await a.locator('[data-testid="band-centre"]').fill('40');
    await a.locator('[data-testid="band-halfwidth"]').fill('10');
    await a.locator('[data-testid="search-input"]').fill('Weggebekker');
    await a.locator('[data-testid="search-results"] [role="option"]').first().waitFor();
    await a.keyboard.press('Enter');
    await waitForIdle(a);
    const before = hashOf(a);
    await a.locator('.maplibregl-ctrl-zoom-in').click();
    await a.waitForFunction((h) => window.location.hash !== h, before);
    await waitForIdle(a);
    const link = hashOf(a);
    expect(link).toMatch(/^#v=1&scope=GM0917&level=buurt&band=40,10&lang=nl&base=offline&sel=BU09172000&map=[\d.]+,[\d.]+,[\d.]+$/);

    const b = await open(link);
    await waitForIdle(b);
    expect(hashOf(b)).toBe(link);
    for (const p of [a, b]) {
      expect(await p.locator('[data-testid="level-buurt"]').isChecked()).toBe(true);
      expect(await p.locator('[data-testid="band-centre"]').inputValue()).toBe('40');
      expect(await text(p, 'legend-lower')).toBe('30 %');
      expect(await text(p, 'legend-upper')).toBe('50 %');
      expect(await p.locator('[data-testid="area-panel"] h2').textContent()).toBe('Weggebekker');
    }
    expect(await text(b, 'legend-count-above')).toBe(await text(a, 'legend-count-above'));
    // Same camera: the areas in view are drawn at the same places with the same colours.
    const codes = [
      'BU09173300',
      'BU09173101',
      'BU09173102',
      'BU09173202',
      'BU09173203',
      'BU09172401',
      'BU09173001',
      'BU09173400',
      'BU09172000',
    ];
    let compared = 0;
    for (const code of codes) {
      const pt = await b.evaluate(
        (c) => (window as unknown as { __wijkbalans: { fillPoint: (c: string) => [number, number] | null } }).__wijkbalans.fillPoint(c),
        code,
      );
      if (!pt) continue;
      const [x, y] = await fillPoint(b, code);
      // The fill colour under the dot/hatch pattern: the brightest pixel of a small window (a sub-pixel
      // difference in camera rounding may move a pattern dot onto the sampled pixel in one window).
      expect(await brightestPixel(b, x, y)).toEqual(await brightestPixel(a, x, y));
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(2);
    await shot(b, 'council-01-shared-link');
    expect(errors(b)).toEqual([]);
  });

  it('a damaged link keeps what it can, falls back for the rest with a notice, and still draws the map', async () => {
    const p = await open('#v=1&scope=GM0917&level=wijk&band=banana&map=1,2&sel=WK091740');
    await p.locator('[data-testid="link-notice"]').waitFor();
    expect(await text(p, 'link-notice')).toContain('bandbreedte, kaartpositie');
    expect(await text(p, 'legend-upper')).toBe('51 %');
    expect(await p.locator('[data-testid="area-panel"] h2').textContent()).toBe('Heerlerbaan-Centrum');
    const [x, y] = await fillPoint(p, 'WK091736');
    const [r, g, b] = await canvasPixel(p, x, y);
    expect(g).toBeGreaterThan(r + 30); // Welten-Benzenrade teal: the map is drawn
    expect(b).toBeGreaterThan(r + 30);
    await shot(p, 'council-02-damaged-link');
    await p.getByRole('button', { name: 'Melding sluiten' }).click();
    expect(await p.locator('[data-testid="link-notice"]').count()).toBe(0);
  });

  it('an old link without a version opens the default view with a notice', async () => {
    const p = await open('#scope=GM0928&level=buurt');
    await p.locator('[data-testid="link-notice"]').waitFor();
    expect(await text(p, 'link-notice')).toContain('andere versie');
    expect(await p.locator('[data-testid="scope-select"]').inputValue()).toBe('GM0917');
    expect(await p.locator('[data-testid="level-wijk"]').isChecked()).toBe(true);
    expect(await p.locator('.legend-dot').count()).toBe(23);
    expect(hashOf(p)).toMatch(/^#v=1&scope=GM0917&level=wijk&lang=nl&base=offline&map=/);
  });

  it('carries overlay layers, a pair and a scenario through the link, and follows a hash typed into the address bar', async () => {
    // Layers and the pair are applied and written back; a scenario id saved in another browser cannot be
    // shown here, so it is dropped with a notice (its moves travel as `moves=` instead, see links.e2e.ts).
    const extra = 'layers=colonies,nplv&pair=WK091740,WK091736';
    const p = await open(`#v=1&scope=GM0917&level=wijk&lang=nl&base=offline&${extra}&scenario=plan-2030`);
    await waitForIdle(p);
    expect(hashOf(p)).toMatch(new RegExp(`&map=[\\d.,]+&${extra}$`));
    expect(await p.locator('[data-testid="link-notice"]').count()).toBe(0);
    expect(await text(p, 'council-problem')).toContain('plan-2030');
    expect(await p.locator('[data-testid="overlay-legend"]').isVisible()).toBe(true);
    await p.evaluate(() => {
      window.location.hash = '#v=1&scope=GM0928&level=wijk&lang=en&base=offline';
    });
    await p.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await p.locator('[data-testid="scope-select"]').inputValue()).toBe('GM0928');
    await waitForIdle(p);
    expect(hashOf(p)).toMatch(/^#v=1&scope=GM0928&level=wijk&lang=en&base=offline&map=/);
  });

  it('a selection that does not exist is dropped with a notice', async () => {
    const p = await open('#v=1&scope=GM0917&level=wijk&sel=WK099999');
    await p.locator('[data-testid="council-problem"]').waitFor();
    expect(await text(p, 'council-problem')).toContain('WK099999');
    expect(await p.locator('[data-testid="no-selection"]').isVisible()).toBe(true);
    expect(hashOf(p)).not.toContain('sel=');
  });
});

describe('saved views and presentation mode', () => {
  let p: Page;
  const titles = async () =>
    (await p.locator('[data-testid="saved-view"] .view-title').allTextContents()).map((s) => s.replace(/^\d+\. /, ''));

  it('saves views, renames, reorders and deletes them, and keeps them after a reload', async () => {
    p = await open();
    await p.locator('[data-testid="tab-views"]').click();
    const save = async (title: string) => {
      await p.locator('[data-testid="view-title-input"]').fill(title);
      await p.locator('[data-testid="view-save"]').click();
    };
    await save('Heerlen wijken');
    await p.locator('[data-testid="scope-select"]').selectOption('parkstad');
    await waitForIdle(p);
    await save('Parkstad wijken');
    await save('Tijdelijk');
    expect(await titles()).toEqual(['Heerlen wijken', 'Parkstad wijken', 'Tijdelijk']);
    await p.getByRole('button', { name: 'Verwijderen: Tijdelijk' }).click();
    await p.getByRole('button', { name: 'Naam wijzigen: Parkstad wijken' }).click();
    await p.getByRole('textbox', { name: 'Naam wijzigen: Parkstad wijken' }).fill('Parkstad Limburg');
    await p.getByRole('button', { name: 'Naam opslaan' }).click();
    await p.getByRole('button', { name: 'Omhoog: Parkstad Limburg' }).click();
    expect(await titles()).toEqual(['Parkstad Limburg', 'Heerlen wijken']);
    // The focus stays with the moved view (on its other move button now that it is first), so a keyboard user can go on.
    expect(await p.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Omlaag: Parkstad Limburg');
    await p.getByRole('button', { name: 'Omlaag: Parkstad Limburg' }).click();
    expect(await titles()).toEqual(['Heerlen wijken', 'Parkstad Limburg']);
    await p.reload();
    await p.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true);
    await p.locator('[data-testid="tab-views"]').click();
    expect(await titles()).toEqual(['Heerlen wijken', 'Parkstad Limburg']);
    await shot(p, 'council-03-saved-views');
  });

  it('exports the views as JSON and imports them again; a wrong file is reported', async () => {
    const json = await download(p, () => p.locator('[data-testid="views-export"]').click(), 'council-views.json');
    const data = JSON.parse(json.toString('utf8')) as { format: string; views: { title: string; link: string }[] };
    expect(data.format).toBe('wijkbalans-views');
    expect(data.views.map((v) => v.title)).toEqual(['Heerlen wijken', 'Parkstad Limburg']);
    expect(data.views[1]?.link).toMatch(/^v=1&scope=parkstad&level=wijk/);
    await p.locator('[data-testid="views-import-input"]').setInputFiles(resolve(SCREENSHOTS, 'council-views.json'));
    await p.locator('[data-testid="views-imported"]').waitFor();
    expect(await titles()).toEqual(['Heerlen wijken', 'Parkstad Limburg', 'Heerlen wijken', 'Parkstad Limburg']);
    const junk = resolve(SCREENSHOTS, 'council-junk.json');
    writeFileSync(junk, '{"format":"wijkbalans-views","version":1,"views":[{"title":"Oud","link":"scope=GM0928"},{"link":"v=1"}]}');
    await p.locator('[data-testid="views-import-input"]').setInputFiles(junk);
    await p.locator('[data-testid="views-import-issues"]').waitFor();
    expect(await text(p, 'views-import-issues')).toContain('andere versie');
    expect(await text(p, 'views-imported')).toBe('0 weergaven geïmporteerd.');
    await p.getByRole('button', { name: 'Verwijderen: Parkstad Limburg' }).last().click();
    await p.getByRole('button', { name: 'Verwijderen: Heerlen wijken' }).last().click();
    expect(await titles()).toEqual(['Heerlen wijken', 'Parkstad Limburg']);
  });

  it('steps through two saved views with the arrow keys; Escape leaves', async () => {
    await p.locator('[data-testid="present"]').click();
    await p.locator('.app.presenting').waitFor();
    await waitForIdle(p);
    expect(await p.locator('.topbar').isVisible()).toBe(false);
    expect(await p.locator('.controls').isVisible()).toBe(false);
    expect(await p.locator('.side').isVisible()).toBe(false);
    expect(await text(p, 'slide-position')).toBe('Dia 1 van 2: Heerlen wijken');
    expect(await p.locator('[data-testid="presentation-title"]').inputValue()).toBe('Heerlen wijken');
    expect(await p.locator('.legend-dot').count()).toBe(23);
    expect(await text(p, 'council-footer')).toContain('CBS');
    expect(await p.locator('.maplibregl-ctrl-attrib').isVisible()).toBe(true);
    expect(await text(p, 'council-header')).toMatch(/\d{1,2} \w+ 20\d\d/);
    await shot(p, 'council-04-presentation-1');

    await p.keyboard.press('ArrowRight');
    await waitForIdle(p);
    expect(await text(p, 'slide-position')).toBe('Dia 2 van 2: Parkstad Limburg');
    const dots = await p.locator('.legend-dot').count();
    expect(dots + Number(await text(p, 'legend-count-nodata').then((s) => s.replace(/\D/g, '')))).toBe(49);
    expect(hashOf(p)).toContain('scope=parkstad');
    await shot(p, 'council-05-presentation-2');
    await p.keyboard.press('ArrowRight');
    expect(await text(p, 'slide-position')).toBe('Dia 2 van 2: Parkstad Limburg');

    await p.keyboard.press('ArrowLeft');
    await waitForIdle(p);
    expect(await text(p, 'slide-position')).toBe('Dia 1 van 2: Heerlen wijken');
    expect(await p.locator('.legend-dot').count()).toBe(23);

    // The title can be edited during the presentation; arrow keys in it move the caret, not the slides.
    const title = p.locator('[data-testid="presentation-title"]');
    await title.fill('Raadsinformatieavond');
    await title.press('ArrowRight');
    expect(await text(p, 'slide-position')).toBe('Dia 1 van 2: Heerlen wijken');
    expect(await title.inputValue()).toBe('Raadsinformatieavond');
    await p.locator('[data-testid="slide-next"]').focus();

    await p.keyboard.press('Escape');
    await p.locator('.app.presenting').waitFor({ state: 'detached' });
    expect(await p.locator('.topbar').isVisible()).toBe(true);
    await p.waitForFunction(() => document.activeElement?.id === 'council-present');
    expect(errors(p)).toEqual([]);
  });
});

describe('export', () => {
  let p: Page;
  let points: Record<string, [number, number]>;

  beforeAll(async () => {
    p = await open();
    points = {};
    for (const code of ['WK091740', 'WK091736']) {
      const ll = await p.evaluate(
        (c) => (window as unknown as { __wijkbalans: { fillLonLat: (c: string) => [number, number] | null } }).__wijkbalans.fillLonLat(c),
        code,
      );
      if (!ll) throw new Error(`no point for ${code}`);
      points[code] = ll;
    }
    await p.locator('[data-testid="export-open"]').click();
    await p.locator('[data-testid="export-dialog"]').waitFor();
  });

  it.each([
    ['a4', 3508, 2480],
    ['slide', 1920, 1080],
    ['slide4k', 3840, 2160],
  ] as const)('%s: a %i × %i PNG whose map shows Heerlen in its band colours', async (preset, width, height) => {
    await p.locator(`[data-testid="export-preset-${preset}"]`).check();
    const png = await download(p, () => p.locator('[data-testid="export-run"]').click(), `council-export-${preset}.png`);
    expect(pngSize(png)).toEqual([width, height]);
    const meta = JSON.parse((await p.locator('[data-testid="export-status"]').getAttribute('data-meta')) ?? '{}') as ExportMeta;
    expect([meta.width, meta.height]).toEqual([width, height]);
    const at = (ll: [number, number]): [number, number] => {
      const [x, y] = projectToMap(ll, meta.camera, meta.mapRect.w / meta.scale, meta.mapRect.h / meta.scale);
      return [meta.mapRect.x + x * meta.scale, meta.mapRect.y + y * meta.scale];
    };
    const [brown, teal] = await pngPixels(p, png, [at(points.WK091740!), at(points.WK091736!)]);
    // Heerlerbaan-Centrum (78 %): above-3 brown; Welten-Benzenrade (6 %): below-2 teal.
    expect(brown![0]).toBeGreaterThan(brown![1]);
    expect(brown![1]).toBeGreaterThan(brown![2]);
    expect(teal![1]).toBeGreaterThan(teal![0] + 30);
    expect(teal![2]).toBeGreaterThan(teal![0] + 30);
    // Not blank: a grid over the map area has many colours.
    const grid: [number, number][] = [];
    for (let i = 1; i < 10; i++)
      for (let j = 1; j < 10; j++) grid.push([meta.mapRect.x + (meta.mapRect.w * i) / 10, meta.mapRect.y + (meta.mapRect.h * j) / 10]);
    const colours = new Set((await pngPixels(p, png, grid)).map((c) => c.slice(0, 3).join(',')));
    expect(colours.size).toBeGreaterThan(6);
    expect(await text(p, 'export-status')).toContain(`${width} × ${height} px`);
  });

  it('leaves the map on screen where it was', async () => {
    await p.getByRole('button', { name: 'Sluiten' }).last().click();
    await waitForIdle(p);
    const [x, y] = await fillPoint(p, 'WK091740');
    const [r, g, b] = await canvasPixel(p, x, y);
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
    expect(hashOf(p)).toMatch(/map=/);
    expect(errors(p)).toEqual([]);
  });
});

describe('print', () => {
  it('gives one A4 landscape page with title, map, legend, date and sources', async () => {
    const p = await open('#v=1&scope=GM0917&level=wijk&lang=nl&base=offline');
    // Chromium fires `beforeprint` and `afterprint` around printing to PDF, as on Ctrl+P.
    await p.evaluate(() => {
      const w = window as unknown as { __printEvents: string[] };
      w.__printEvents = [];
      for (const e of ['beforeprint', 'afterprint']) window.addEventListener(e, () => w.__printEvents.push(e));
    });
    const pdf = await p.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(await p.evaluate(() => (window as unknown as { __printEvents: string[] }).__printEvents)).toEqual(['beforeprint', 'afterprint']);
    writeFileSync(resolve(SCREENSHOTS, 'council-print.pdf'), pdf);
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]![0]).toBeCloseTo(841.9, 0); // 297 mm
    expect(boxes[0]![1]).toBeCloseTo(595.3, 0); // 210 mm
    // The same page on screen for a look: the print snapshot, then print media at the page's content size.
    await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await p.setViewportSize({ width: 1047, height: 718 }); // A4 landscape minus 10 mm margins, at 96 px per inch
    await p.emulateMedia({ media: 'print' });
    await waitForIdle(p);
    expect(await p.locator('.topbar').isVisible()).toBe(false);
    expect(await p.locator('.controls').isVisible()).toBe(false);
    expect(await p.locator('[data-testid="print-title"]').textContent()).toBe('Aandeel corporatiebezit – Heerlen');
    expect(await p.locator('[data-testid="legend"]').isVisible()).toBe(true);
    expect(await p.locator('.north-arrow').isVisible()).toBe(true);
    expect(await p.locator('[data-testid="print-map"]').isVisible()).toBe(true);
    expect(await p.locator('[data-testid="map"]').isVisible()).toBe(false);
    expect(await text(p, 'council-footer')).toContain('CBS');
    await shot(p, 'council-06-print');
    await p.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await p.emulateMedia({ media: 'screen' });
    expect(await p.locator('[data-testid="map"]').isVisible()).toBe(true);
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let p: Page;
  beforeAll(async () => {
    p = await open();
  });
  const check = async (name: string) => {
    const v = await axeViolations(p);
    expect(v, `${name}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
  };

  it('the check itself finds a serious problem when there is one', async () => {
    await p.evaluate(() => {
      const i = document.createElement('input');
      i.id = 'axe-probe';
      document.body.append(i);
    });
    expect((await axeViolations(p)).map((v) => v.id)).toContain('label');
    await p.evaluate(() => document.getElementById('axe-probe')?.remove());
  });
  it('main screen (Dutch)', () => check('main'));
  it('area panel with a selection', async () => {
    await p.locator('[data-testid="tab-table"]').click();
    await p.locator('[data-testid="area-table"] tbody tr').first().click();
    await check('area');
  });
  it('table', async () => {
    await p.locator('[data-testid="tab-table"]').click();
    await check('table');
  });
  it('data check', async () => {
    await p.locator('[data-testid="tab-report"]').click();
    await check('report');
  });
  it('saved views', async () => {
    await p.locator('[data-testid="tab-views"]').click();
    await p.locator('[data-testid="view-title-input"]').fill('Heerlen');
    await p.locator('[data-testid="view-save"]').click();
    await check('views');
  });
  it('export dialog', async () => {
    await p.locator('[data-testid="export-open"]').click();
    await p.locator('[data-testid="export-dialog"]').waitFor();
    await check('export');
    await p.keyboard.press('Escape');
    await p.locator('[data-testid="export-dialog"]').waitFor({ state: 'detached' });
  });
  it('presentation mode', async () => {
    await p.locator('[data-testid="present"]').click();
    await p.locator('.app.presenting').waitFor();
    await check('presentation');
    await p.keyboard.press('Escape');
    await p.locator('.app.presenting').waitFor({ state: 'detached' });
  });
  it('English, with the lang attribute set', async () => {
    await p.locator('[data-testid="lang-en"]').check({ force: true });
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await p.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Zoom in');
    await check('english');
  });
  it('reaches the areas by keyboard through the skip link and the table', async () => {
    p = await open();
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Naar de tabel met gebieden');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.activeElement?.tagName === 'TR');
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('Enter');
    expect(await p.locator('[data-testid="area-panel"] h2').textContent()).toBe('Heerlerheide-Passart');
  });
});
