/** Overlays (issue 3) in headless Chromium: toggles, draw order, popups, lists. Each test opens its own page at a link. */
import { describe, expect, it } from 'vitest';
import { link, useApp, type Overlay } from './driver';

const app = useApp();
const NPLV = [0x5e, 0x3c, 0x99] as const;
const STATUS2_BLUE = [0x00, 0x72, 0xb2] as const;

/** Heerlen with these overlays on, the layers tab open. */
async function openLayers(layers: Overlay[] = []) {
  const a = await app.open(link({ scope: 'GM0917', level: 'wijk', ...(layers.length > 0 ? { layers } : {}) }));
  await a.openTab('layers');
  await a.waitFor('overlay-panel');
  return a;
}

describe('overlays', () => {
  it('draws nothing of the overlays while they are off', async () => {
    const a = await openLayers();
    expect(await a.countColour(NPLV)).toBeLessThan(20);
    expect(await a.count('overlay-legend')).toBe(0);
  });

  it('NPLV toggles on, is drawn above the choropleth and below the labels, and toggles off', async () => {
    const a = await openLayers();
    await a.setOverlay('nplv', true);
    const ids = await a.layerIds();
    expect(ids.indexOf('wb-nplv-confirmed')).toBeGreaterThan(ids.indexOf('wb-area-fill'));
    expect(ids.indexOf('wb-nplv-confirmed')).toBeLessThan(ids.indexOf('wb-colony-icon'));
    expect(ids.indexOf('wb-colony-icon')).toBeLessThan(ids.indexOf('wb-project-icon'));
    expect(ids.indexOf('wb-project-icon')).toBeLessThan(ids.indexOf('wb-labels-text'));
    // Visible on the canvas (so not hidden under the fill).
    expect(await a.countColour(NPLV)).toBeGreaterThan(800);
    expect(await a.text('overlay-legend')).toContain('afgeleid');
    expect(await a.text('nplv-facts')).toContain('56.000');
    await a.screenshot('overlays-01-nplv');
    await a.setOverlay('nplv', false);
    expect(await a.countColour(NPLV)).toBeLessThan(20);
  });

  it('NPLV popup explains an inferred wijk with the seed facts', async () => {
    const a = await openLayers(['nplv']);
    await a.whenIdle();
    // Click a pixel of an NPLV outline on the canvas.
    expect(await a.clickColour(NPLV, 9)).toBe(true);
    await a.waitFor('overlay-popup');
    const text = await a.text('overlay-popup');
    expect(text).toContain('56.000');
    expect(text).toContain('2.352');
    expect(text).toMatch(/bevestigd|afgeleid|focusbuurt/);
    await a.screenshot('overlays-02-nplv-popup');
  });

  it('colonies toggle on; the Beersdal popup shows its facts', async () => {
    const a = await openLayers();
    await a.setOverlay('colonies', true);
    expect(await a.countColour(STATUS2_BLUE, 12)).toBeGreaterThan(50);
    const text = await a.popupAt(5.96483, 50.90526);
    expect(text).toContain('Beersdal');
    expect(text).toContain('1910-1918');
    expect(text).toContain('rijksbeschermd stadsgezicht');
    expect(text).toContain('officiële RCE-begrenzing');
    // The source names the document, not its file (issue 11 §5).
    expect(text).toContain('Meerjarige prestatieafspraken Heerlen 2024–2028 (tabel Overzicht Mijnkoloniën, rij 10)');
    expect(text).not.toMatch(/seed|\.md\b|\.csv\b/);
    await a.screenshot('overlays-03-beersdal');
    await a.closePopup();
    await a.setOverlay('colonies', false);
    expect(await a.countColour(STATUS2_BLUE, 12)).toBeLessThan(20);
  });

  it('lists all 29 colonies, filters by status and marks unknown locations', async () => {
    const a = await openLayers();
    const items = a.el('colony-items').locator('li');
    expect(await items.count()).toBe(29);
    expect(await a.text('colony-items')).toContain('locatie onbekend');
    await a.el('colony-filter').selectOption('2');
    expect(await items.count()).toBe(5);
    await a.el('colony-filter').selectOption('all');
    expect(await items.count()).toBe(29);
  });

  it('projects toggle on; the De Dem project popup shows gemeente, corporatie and funding', async () => {
    const a = await openLayers();
    await a.setOverlay('projects', true);
    const text = await a.popupAt(5.93745, 50.92342);
    expect(text).toContain('De Dem');
    expect(text).toContain('Heerlen');
    expect(text).toContain('Regionale prestatieafspraken Parkstad Limburg 2024–2028');
    expect(text).not.toMatch(/seed|\.md\b|\.csv\b/);
    await a.screenshot('overlays-04-project');
  });

  it('the projects table lists every project and filters by funding', async () => {
    const a = await openLayers(['projects']);
    expect(await a.el('project-rows').locator('tr').count()).toBe(59);
    await a.el('project-filter-funding').selectOption('wbi');
    const rows = await a.text('project-rows');
    for (const name of ['Schimmert Centrum', 'DSM', 'Industriestraat', 'Schilterstraat']) expect(rows).toContain(name);
    await a.el('project-filter-funding').selectOption('all');
    expect(await a.el('project-rows').locator('tr').count()).toBe(59);
    await a.setOverlay('colonies', true);
    await a.setOverlay('nplv', true);
    await a.screenshot('overlays-05-all-layers');
  });
});
