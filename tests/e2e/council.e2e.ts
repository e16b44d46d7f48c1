/**
 * Council mode in headless Chromium on the built app: links, saved views, presentation, export (map, legend and
 * title of the PNG), print, axe. Each test opens its own page at a link and sets up what it needs itself.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AREA, HEERLEN, link, pngSize, SCREENSHOTS, useApp, type App, type ExportedPng } from './driver';
import { CLASS_SWATCH } from '../../src/config/theme';
import { CLASS_ORDER } from '../../src/state/legend-model';

const app = useApp();

describe('shareable views', () => {
  it('a link copied from one window reproduces the same view in another', async () => {
    const a = await app.open(HEERLEN);
    await a.setLevel('buurt');
    await a.setBand(40, 10);
    await a.search('Weggebekker');
    const before = a.hash();
    await a.zoomIn();
    await a.waitForHash((h) => h !== before, 'the zoomed camera in the link');
    await a.whenIdle();
    const shared = a.hash();
    expect(shared).toMatch(/^#v=1&scope=GM0917&level=buurt&band=40,10&lang=nl&base=offline&sel=BU09172000&map=[\d.]+,[\d.]+,[\d.]+$/);

    const b = await app.open(shared);
    await b.whenIdle();
    expect(b.hash()).toBe(shared);
    for (const p of [a, b]) {
      expect(await p.el('level-buurt').isChecked()).toBe(true);
      expect(await p.el('band-centre').inputValue()).toBe('40');
      expect(await p.text('legend-lower')).toBe('30 %');
      expect(await p.text('legend-upper')).toBe('50 %');
      expect(await p.panelTitle()).toBe('Weggebekker');
    }
    expect(await b.text('legend-count-above')).toBe(await a.text('legend-count-above'));
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
      AREA.weggebekker,
    ];
    let compared = 0;
    for (const code of codes) {
      const point = await b.fillPointOrNull(code);
      if (!point) continue;
      // The fill colour under the dot/hatch pattern: the brightest pixel of a small window (a sub-pixel
      // difference in camera rounding may move a pattern dot onto the sampled pixel in one window).
      expect(await b.fillColourAt(point)).toEqual(await a.fillColourAt(point));
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(2);
    await b.screenshot('council-01-shared-link');
  });

  it('a damaged link keeps what it can, falls back for the rest with a notice, and still draws the map', async () => {
    const a = await app.open('#v=1&scope=GM0917&level=wijk&band=banana&map=1,2&sel=WK091740');
    await a.waitFor('link-notice');
    expect(await a.text('link-notice')).toContain('bandbreedte, kaartpositie');
    expect(await a.text('legend-upper')).toBe('51 %');
    expect(await a.panelTitle()).toBe('Heerlerbaan-Centrum');
    const [r, g, b] = await a.colourOf(AREA.weltenBenzenrade);
    expect(g).toBeGreaterThan(r + 30); // Welten-Benzenrade teal: the map is drawn
    expect(b).toBeGreaterThan(r + 30);
    await a.screenshot('council-02-damaged-link');
    await a.button('Melding sluiten');
    expect(await a.count('link-notice')).toBe(0);
  });

  it('an old link without a version opens the default view with a notice', async () => {
    const a = await app.open('#scope=GM0928&level=buurt');
    await a.waitFor('link-notice');
    expect(await a.text('link-notice')).toContain('andere versie');
    expect(await a.el('scope-select').inputValue()).toBe('GM0917');
    expect(await a.el('level-wijk').isChecked()).toBe(true);
    expect(await a.legendDots()).toBe(23);
    expect(a.hash()).toMatch(/^#v=1&scope=GM0917&level=wijk&lang=nl&base=offline&map=/);
  });

  it('carries overlay layers, a pair and a scenario through the link, and follows a hash typed into the address bar', async () => {
    // Layers and the pair are applied and written back; a scenario id saved in another browser cannot be
    // shown here, so it is dropped with a notice (its moves travel as `moves=` instead, see links.e2e.ts).
    const extra = 'layers=colonies,nplv&pair=WK091740,WK091736';
    const a = await app.open(`#v=1&scope=GM0917&level=wijk&lang=nl&base=offline&${extra}&scenario=plan-2030`);
    await a.whenIdle();
    expect(a.hash()).toMatch(new RegExp(`&map=[\\d.,]+&${extra}$`));
    expect(await a.count('link-notice')).toBe(0);
    expect(await a.text('council-problem')).toContain('plan-2030');
    expect(await a.visible('overlay-legend')).toBe(true);
    await a.typeHash('#v=1&scope=GM0928&level=wijk&lang=en&base=offline');
    await a.waitForLang('en');
    expect(await a.el('scope-select').inputValue()).toBe('GM0928');
    await a.whenIdle();
    expect(a.hash()).toMatch(/^#v=1&scope=GM0928&level=wijk&lang=en&base=offline&map=/);
  });

  it('a selection that does not exist is dropped with a notice', async () => {
    const a = await app.open(link({ scope: 'GM0917', level: 'wijk', sel: 'WK099999' }));
    await a.waitFor('council-problem');
    expect(await a.text('council-problem')).toContain('WK099999');
    expect(await a.visible('no-selection')).toBe(true);
    expect(a.hash()).not.toContain('sel=');
  });
});

describe('saved views and presentation mode', () => {
  it('saves views, renames, reorders and deletes them, and keeps them after a reload', async () => {
    const a = await app.open(HEERLEN);
    await a.openTab('views');
    await a.saveView('Heerlen wijken');
    await a.setScope('parkstad');
    await a.saveView('Parkstad wijken');
    await a.saveView('Tijdelijk');
    expect(await a.savedViews()).toEqual(['Heerlen wijken', 'Parkstad wijken', 'Tijdelijk']);
    await a.button('Verwijderen: Tijdelijk');
    await a.button('Naam wijzigen: Parkstad wijken');
    await a.textbox('Naam wijzigen: Parkstad wijken').fill('Parkstad Limburg');
    await a.button('Naam opslaan');
    await a.button('Omhoog: Parkstad Limburg');
    expect(await a.savedViews()).toEqual(['Parkstad Limburg', 'Heerlen wijken']);
    // The focus stays with the moved view (on its other move button now that it is first), so a keyboard user can go on.
    expect(await a.focused('aria-label')).toBe('Omlaag: Parkstad Limburg');
    await a.button('Omlaag: Parkstad Limburg');
    expect(await a.savedViews()).toEqual(['Heerlen wijken', 'Parkstad Limburg']);
    await a.reload();
    await a.openTab('views');
    expect(await a.savedViews()).toEqual(['Heerlen wijken', 'Parkstad Limburg']);
    await a.screenshot('council-03-saved-views');
  });

  it('exports the views as JSON and imports them again; a wrong file is reported', async () => {
    const a = await app.open(HEERLEN);
    await a.saveTwoViews();
    const json = await a.downloadFile('views-export', 'council-views.json');
    const data = JSON.parse(json.toString('utf8')) as { format: string; views: { title: string; link: string }[] };
    expect(data.format).toBe('wijkbalans-views');
    expect(data.views.map((v) => v.title)).toEqual(['Heerlen wijken', 'Parkstad Limburg']);
    expect(data.views[1]?.link).toMatch(/^v=1&scope=parkstad&level=wijk/);
    await a.el('views-import-input').setInputFiles(resolve(SCREENSHOTS, 'council-views.json'));
    await a.waitFor('views-imported');
    expect(await a.savedViews()).toEqual(['Heerlen wijken', 'Parkstad Limburg', 'Heerlen wijken', 'Parkstad Limburg']);
    const junk = resolve(SCREENSHOTS, 'council-junk.json');
    writeFileSync(junk, '{"format":"wijkbalans-views","version":1,"views":[{"title":"Oud","link":"scope=GM0928"},{"link":"v=1"}]}');
    await a.el('views-import-input').setInputFiles(junk);
    await a.waitFor('views-import-issues');
    expect(await a.text('views-import-issues')).toContain('andere versie');
    expect(await a.text('views-imported')).toBe('0 weergaven geïmporteerd.');
    await a.button('Verwijderen: Parkstad Limburg', 'last');
    await a.button('Verwijderen: Heerlen wijken', 'last');
    expect(await a.savedViews()).toEqual(['Heerlen wijken', 'Parkstad Limburg']);
  });

  it('steps through two saved views with the arrow keys; Escape leaves', async () => {
    const a = await app.open(HEERLEN);
    await a.saveTwoViews();
    await a.present();
    expect(await a.css('.topbar').isVisible()).toBe(false);
    expect(await a.css('.controls').isVisible()).toBe(false);
    expect(await a.css('.side').isVisible()).toBe(false);
    expect(await a.text('slide-position')).toBe('Dia 1 van 2: Heerlen wijken');
    expect(await a.el('presentation-title').inputValue()).toBe('Heerlen wijken');
    expect(await a.legendDots()).toBe(23);
    expect(await a.text('council-footer')).toContain('CBS');
    expect(await a.css('.maplibregl-ctrl-attrib').isVisible()).toBe(true);
    expect(await a.text('council-header')).toMatch(/\d{1,2} \w+ 20\d\d/);
    await a.screenshot('council-04-presentation-1');

    await a.press('ArrowRight');
    await a.whenIdle();
    expect(await a.text('slide-position')).toBe('Dia 2 van 2: Parkstad Limburg');
    const dots = await a.legendDots();
    expect(dots + Number((await a.text('legend-count-nodata')).replace(/\D/g, ''))).toBe(49);
    expect(a.hash()).toContain('scope=parkstad');
    await a.screenshot('council-05-presentation-2');
    await a.press('ArrowRight');
    expect(await a.text('slide-position')).toBe('Dia 2 van 2: Parkstad Limburg');

    await a.press('ArrowLeft');
    await a.whenIdle();
    expect(await a.text('slide-position')).toBe('Dia 1 van 2: Heerlen wijken');
    expect(await a.legendDots()).toBe(23);

    // The title can be edited during the presentation; arrow keys in it move the caret, not the slides.
    const title = a.el('presentation-title');
    await title.fill('Raadsinformatieavond');
    await title.press('ArrowRight');
    expect(await a.text('slide-position')).toBe('Dia 1 van 2: Heerlen wijken');
    expect(await title.inputValue()).toBe('Raadsinformatieavond');
    await a.el('slide-next').focus();

    await a.leavePresentation();
    expect(await a.css('.topbar').isVisible()).toBe(true);
    await a.waitForFocus('council-present');
    expect(a.errors).toEqual([]);
  });
});

describe('export', () => {
  /** Heerlen's view with the points of Heerlerbaan-Centrum (above the band) and Welten-Benzenrade (below) as lon/lat. */
  async function openHeerlen(): Promise<{ a: App; above: [number, number]; below: [number, number] }> {
    const a = await app.open(HEERLEN);
    return { a, above: await a.fillLonLat(AREA.heerlerbaanCentrum), below: await a.fillLonLat(AREA.weltenBenzenrade) };
  }

  /**
   * The legend: one swatch per class (below, within, above, too few dwellings, no data) in its theme colour, 13 layout units tall with
   * its frame, one under the other every 19 units (src/export/draw-legend.ts), inside the legend's rectangle.
   */
  async function expectLegendSwatches(a: App, e: ExportedPng): Promise<void> {
    const found = await a.legendSwatches(e);
    const legend = { top: e.layout.legend.y / e.layout.scale, bottom: (e.layout.legend.y + e.layout.legend.h) / e.layout.scale };
    for (const cls of CLASS_ORDER) {
      const runs = found[cls];
      expect(runs, `${cls} swatch (${CLASS_SWATCH[cls].color}) in the exported legend`).toHaveLength(1);
      expect(runs[0]!.height).toBeGreaterThanOrEqual(10);
      expect(runs[0]!.height).toBeLessThanOrEqual(14);
      expect(runs[0]!.top).toBeGreaterThan(legend.top);
      expect(runs[0]!.top + runs[0]!.height).toBeLessThan(legend.bottom);
    }
    const tops = CLASS_ORDER.map((cls) => found[cls][0]!.top);
    for (let i = 1; i < tops.length; i++) expect(Math.abs(tops[i]! - tops[i - 1]! - 19)).toBeLessThanOrEqual(1);
  }

  /** The title: dark text in the header's title line, as wide as "Aandeel corporatiebezit – Heerlen (CBS 2024)" in 24-unit bold. */
  async function expectTitle(a: App, e: ExportedPng): Promise<void> {
    const ink = await a.titleInk(e);
    expect(ink.pixels / e.layout.scale ** 2).toBeGreaterThan(1000);
    expect(ink.width).toBeGreaterThan(350);
  }

  it.each([
    ['a4', 3508, 2480],
    ['slide', 1920, 1080],
    ['slide4k', 3840, 2160],
  ] as const)('%s: a %i × %i PNG with Heerlen in band colours, every class in the legend, and the title', async (preset, width, height) => {
    const { a, above, below } = await openHeerlen();
    const e = await a.exportPng(preset, `council-export-${preset}.png`);
    expect(pngSize(e.png)).toEqual([width, height]);
    expect([e.meta.width, e.meta.height]).toEqual([width, height]);
    // Heerlerbaan-Centrum (78 %): above-3 brown; Welten-Benzenrade (6 %): below-2 teal. The export prints each wijk's
    // number (issue 13), which may sit on the sampled point: take the most saturated pixel of a small cross around it.
    const around = ([x, y]: [number, number]): [number, number][] =>
      [
        [0, 0],
        [12, 0],
        [-12, 0],
        [0, 12],
        [0, -12],
      ].map(([dx, dy]) => [x + dx! * e.layout.scale, y + dy! * e.layout.scale]);
    const spread = (p: readonly number[]) => Math.max(p[0] ?? 0, p[1] ?? 0, p[2] ?? 0) - Math.min(p[0] ?? 0, p[1] ?? 0, p[2] ?? 0);
    const saturated = (ps: readonly (readonly number[])[]): [number, number, number] => {
      const p = ps.reduce((b, q) => (spread(q) > spread(b) ? q : b));
      return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0];
    };
    const brown = saturated(await a.pngPixels(e.png, around(a.exportPoint(e, above))));
    const teal = saturated(await a.pngPixels(e.png, around(a.exportPoint(e, below))));
    expect(brown[0]).toBeGreaterThan(brown[1]);
    expect(brown[1]).toBeGreaterThan(brown[2]);
    expect(teal[1]).toBeGreaterThan(teal[0] + 30);
    expect(teal[2]).toBeGreaterThan(teal[0] + 30);
    // Not blank: a grid over the map area has many colours.
    const m = e.meta.mapRect;
    const grid: [number, number][] = [];
    for (let i = 1; i < 10; i++) for (let j = 1; j < 10; j++) grid.push([m.x + (m.w * i) / 10, m.y + (m.h * j) / 10]);
    const colours = new Set((await a.pngPixels(e.png, grid)).map((c) => c.slice(0, 3).join(',')));
    expect(colours.size).toBeGreaterThan(6);
    expect(await a.text('export-status')).toContain(`${width} × ${height} px`);
    await expectLegendSwatches(a, e);
    await expectTitle(a, e);
  });

  it('leaves the map on screen where it was', async () => {
    const { a } = await openHeerlen();
    await a.exportPng('slide', 'council-export-slide-then-close.png');
    await a.closeExport();
    await a.whenIdle();
    const [r, g, b] = await a.colourOf(AREA.heerlerbaanCentrum);
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
    expect(a.hash()).toMatch(/map=/);
    expect(a.errors).toEqual([]);
  });
});

describe('print', () => {
  it('gives one A4 landscape page with title, map, legend, date and sources', async () => {
    const a = await app.open('#v=1&scope=GM0917&level=wijk&lang=nl&base=offline');
    // Chromium fires `beforeprint` and `afterprint` around printing to PDF, as on Ctrl+P.
    const { pdf, events } = await a.printPdf();
    expect(events).toEqual(['beforeprint', 'afterprint']);
    writeFileSync(resolve(SCREENSHOTS, 'council-print.pdf'), pdf);
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]![0]).toBeCloseTo(841.9, 0); // 297 mm
    expect(boxes[0]![1]).toBeCloseTo(595.3, 0); // 210 mm
    // The same page on screen for a look: the print snapshot, then print media at the page's content size.
    await a.printPreview();
    expect(await a.css('.topbar').isVisible()).toBe(false);
    expect(await a.css('.controls').isVisible()).toBe(false);
    // The automatic title names the CBS reference year of the figures.
    expect(await a.text('print-title')).toBe('Aandeel corporatiebezit – Heerlen (CBS 2024)');
    expect(await a.visible('legend')).toBe(true);
    expect(await a.css('.north-arrow').isVisible()).toBe(true);
    expect(await a.visible('print-map')).toBe(true);
    expect(await a.visible('map')).toBe(false);
    expect(await a.text('council-footer')).toContain('CBS');
    await a.screenshot('council-06-print');
    await a.endPrintPreview();
    expect(await a.visible('map')).toBe(true);
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const check = async (a: App, name: string) => {
    const v = await a.axe();
    expect(v, `${name}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
  };

  it('the check itself finds a serious problem when there is one', async () => {
    const a = await app.open(HEERLEN);
    await a.addUnlabelledInput();
    expect((await a.axe()).map((v) => v.id)).toContain('label');
  });
  it('main screen (Dutch)', async () => {
    await check(await app.open(HEERLEN), 'main');
  });
  it('area panel with a selection', async () => {
    const a = await app.open(HEERLEN);
    await a.openTab('table');
    await a.el('area-table').locator('tbody tr').first().click();
    // Choosing a row keeps the user in the table (issue 13): the area panel is one tab away.
    await a.openTab('area');
    await a.waitFor('area-panel');
    await check(a, 'area');
  });
  it('table', async () => {
    const a = await app.open(HEERLEN);
    await a.openTab('table');
    await check(a, 'table');
  });
  it('data check', async () => {
    const a = await app.open(HEERLEN);
    await a.openTab('report');
    await check(a, 'report');
  });
  it('saved views', async () => {
    const a = await app.open(HEERLEN);
    await a.openTab('views');
    await a.saveView('Heerlen');
    await a.waitFor('saved-view');
    await check(a, 'views');
  });
  it('export dialog', async () => {
    const a = await app.open(HEERLEN);
    await a.openExport();
    await check(a, 'export');
    await a.press('Escape');
    await a.waitGone('export-dialog');
  });
  it('presentation mode', async () => {
    const a = await app.open(HEERLEN);
    await a.openTab('views');
    await a.saveView('Heerlen');
    await a.present();
    await check(a, 'presentation');
    await a.leavePresentation();
  });
  it('English, with the lang attribute set', async () => {
    const a = await app.open(HEERLEN);
    await a.setLang('en');
    expect(await a.lang()).toBe('en');
    expect(await a.css('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Zoom in');
    await check(a, 'english');
  });
  it('reaches the areas by keyboard through the skip link and the table', async () => {
    const a = await app.open(HEERLEN);
    await a.press('Tab');
    await a.press('Tab');
    expect(await a.focused('text')).toBe('Naar de tabel met gebieden');
    await a.press('Enter');
    await a.waitForFocusTag('TR');
    await a.press('ArrowDown');
    await a.press('Enter');
    // Choosing a row keeps the user in the table (issue 13); the area panel, a tab away, shows the choice.
    expect(await a.el('area-table').locator('tr[aria-selected="true"]').getAttribute('data-code')).toBe('WK091721');
    await a.openTab('area');
    await a.waitFor('area-panel');
    expect(await a.panelTitle()).toBe('Heerlerheide-Passart');
  });
});
