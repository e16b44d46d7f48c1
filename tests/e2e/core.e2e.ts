/** The core app as a user sees it, in headless Chromium on the built app. Each test opens its own page at a link. */
import { describe, expect, it } from 'vitest';
import { AREA, HEERLEN, hexRgb, link, near, useApp } from './driver';
import { BAND_COLORS } from '../../src/config/theme';

const app = useApp();

describe('core: Heerlen band map', () => {
  it('becomes ready with the map, the legend and no page errors', async () => {
    const a = await app.open();
    await a.screenshot('core-01-ready');
    expect(await a.visible('legend')).toBe(true);
    expect(a.errors).toEqual([]);
    expect(await a.lang()).toBe('nl');
  });

  it('is ready only with the data drawn: at that frame the 23 wijk numbers, their names and the fills are on the map', async () => {
    const a = await app.open();
    // The map is created before the data arrive (blank sources); on a slow connection (data 2 s late) the first
    // ready must still be the drawn data.
    const atReady = await a.gotoReadingReady(HEERLEN, AREA.heerlerbaanCentrum, 2000);
    expect(atReady.keys).toBe(23);
    expect(atReady.names).toBeGreaterThan(0);
    expect(atReady.filled).toBe(true);
  });

  it('shows the band edges 21 % and 51 % and class counts in the legend', async () => {
    const a = await app.open(HEERLEN);
    expect(await a.text('legend-lower')).toBe('21 %');
    expect(await a.text('legend-upper')).toBe('51 %');
    expect(await a.legendCount('above')).toBe('2');
    // Three wijken with fewer than 100 dwellings are "te weinig woningen", not judged (no longer counted below).
    expect(await a.legendCount('below')).toBe('4');
    expect(await a.legendCount('within')).toBe('14');
    expect(await a.legendCount('small')).toBe('3');
    expect(await a.legendDots()).toBe(23);
  });

  it('colours Heerlerbaan-Centrum dark brown (above, > 15 points) on the canvas', async () => {
    const a = await app.open(HEERLEN);
    const [r, g, b] = await a.colourOf(AREA.heerlerbaanCentrum);
    // above-3 is #8c510a (140, 81, 10); hatching darkens some pixels, so check the hue, not the exact value.
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
    expect(r).toBeLessThan(200);
  });

  it('hovering Heerlerbaan-Centrum shows 78 % and that it is above the band', async () => {
    const a = await app.open(HEERLEN);
    const text = await a.hoverTooltip(AREA.heerlerbaanCentrum);
    expect(text).toContain('Heerlerbaan-Centrum');
    expect(text).toContain('78 %');
    expect(text).toContain('boven de band');
    await a.screenshot('core-02-hover-heerlerbaan');
  });

  it('clicking Welten-Benzenrade opens its panel with 6 %', async () => {
    const a = await app.open(HEERLEN);
    await a.openArea(AREA.weltenBenzenrade);
    expect(await a.panelTitle()).toBe('Welten-Benzenrade');
    expect(await a.text('panel-pct')).toBe('6 %');
    expect(await a.text('panel-class')).toContain('onder de band');
    expect(await a.text('panel-distance')).toBe('−15,0 procentpunt');
    // Each route to the lower edge (21 %) on its own: 398 built by a corporation, or 315 bought (inponden).
    expect(await a.text('route-corporation-build')).toBe('nieuwbouw corporatiewoningen: 398');
    expect(await a.text('route-inponden')).toBe('aankoop van particuliere woningen (inponden): 315');
    expect(await a.text('panel-liveability')).toMatch(/\d,\d{3} \(afw/);
    // Selecting must not blank the map: Welten-Benzenrade (6 %, 15 below) stays teal (#5ab4ac).
    await a.whenIdle();
    const [r, g, b] = await a.colourOf(AREA.weltenBenzenrade);
    expect(g).toBeGreaterThan(r + 30);
    expect(b).toBeGreaterThan(r + 30);
    await a.screenshot('core-03-panel-welten');
  });

  it('editing the band recolours the map and the legend', async () => {
    const a = await app.open(link({ scope: 'GM0917', level: 'wijk', sel: AREA.weltenBenzenrade }));
    expect(await a.text('panel-class')).toContain('onder de band');
    const point = await a.fillPoint(AREA.weltenBenzenrade);
    const before = await a.colourAt(point);
    await a.setBand(10);
    expect(await a.text('legend-upper')).toBe('25 %');
    expect(await a.legendCount('above')).toBe('15');
    expect(await a.colourAt(point)).not.toEqual(before);
    expect(await a.text('panel-class')).toContain('binnen de band');
    await a.screenshot('core-04-band-edited');
    // A Dutch decimal comma is read as such: 37,5 ± 15 = 22,5–52,5.
    await a.typeBandField('centre', '37,5');
    expect(await a.text('legend-lower')).toBe('22,5 %');
    expect(await a.text('legend-upper')).toBe('52,5 %');
    // An impossible value is refused inline and the map keeps the last valid band.
    await a.typeBandField('lower', '60');
    expect(await a.text('band-error')).toContain('De ondergrens moet onder de bovengrens liggen.');
    expect(await a.el('band-lower').getAttribute('aria-invalid')).toBe('true');
    expect(await a.text('legend-lower')).toBe('22,5 %');
    await a.chooseBand('default');
    expect(await a.text('legend-upper')).toBe('51 %');
    expect(await a.count('band-error')).toBe(0);
  });

  it('switches to buurt level: Weggebekker 89 % on the real boundaries, no generalisation note', async () => {
    const a = await app.open(HEERLEN);
    await a.setLevel('buurt');
    expect(await a.legendDots()).toBe(54);
    expect(await a.text('legend')).not.toContain('gegeneraliseerd'); // real CBS boundaries now (issue 10)
    await a.hoverTooltip(AREA.weggebekker);
    expect(await a.text('tooltip-pct')).toBe('89 %');
    const [r, g, b] = await a.colourOf(AREA.weggebekker);
    expect(r).toBeGreaterThan(b + 40); // above-3 brown, not the blank background
    expect(g).toBeGreaterThan(b);
    await a.screenshot('core-05-buurten');
  });

  it('switches to the Parkstad scope with all 49 wijken', async () => {
    const a = await app.open(HEERLEN);
    await a.setScope('parkstad');
    const nodata = Number(await a.legendCount('nodata'));
    expect((await a.legendDots()) + nodata).toBe(49);
    // Each wijk is judged by its own gemeente's band: Brunssum-Zuid (8 %) lies 5 points below Brunssum's derived
    // band (own average 28 ± 15 = 13–43) and is drawn light teal (below-1), not as grey context.
    expect(await a.hoverTooltip(AREA.brunssumZuid)).toContain('onder de band');
    await a.hoverAway();
    expect(near(await a.fillColourAt(await a.fillPoint(AREA.brunssumZuid)), hexRgb(BAND_COLORS['below-1']), 8)).toBe(true);
    await a.hoverAway();
    await a.screenshot('core-06-parkstad');
  });

  it('the table selects an area on the map by keyboard', async () => {
    const a = await app.open(HEERLEN);
    await a.openTab('table');
    const firstRow = a.el('area-table').locator('tbody tr').first();
    await firstRow.focus();
    expect(await firstRow.getAttribute('data-code')).toBe(AREA.heerlerbaanCentrum);
    await a.press('ArrowDown');
    await a.press('Enter');
    // Choosing a row keeps the user in the table (issue 13); the area panel shows the choice.
    expect(await a.el('area-table').locator('tr[aria-selected="true"]').getAttribute('data-code')).toBe('WK091721');
    await a.openTab('area');
    await a.waitFor('area-panel');
    expect(await a.panelTitle()).toBe('Heerlerheide-Passart');
  });

  it('search finds Versiliënbosch without diacritics and switches to buurt level', async () => {
    const a = await app.open(HEERLEN);
    await a.search('versilien');
    await a.waitFor('area-panel');
    expect(await a.panelTitle()).toBe('Versiliënbosch');
    expect(await a.text('panel-pct')).toBe('83 %');
    expect(await a.el('level-buurt').isChecked()).toBe(true);
  });

  it('the optional PDOK basemap fails quietly offline and the map keeps its colours', async () => {
    const a = await app.open(link({ scope: 'GM0917', level: 'buurt', sel: AREA.versilienbosch }));
    await a.setBasemap(true);
    await a.waitFor('basemap-failed');
    // The switch unticks itself and the basemap's credit goes with it (issue 13).
    expect(await a.el('basemap-toggle').isChecked()).toBe(false);
    expect(await a.css('.maplibregl-ctrl-attrib').textContent()).not.toContain('BRT-Achtergrondkaart');
    await a.whenIdle();
    // At buurt level: Heerlerbaan-Oost (78 %) stays brown.
    const [r, g, b] = await a.colourOf(AREA.heerlerbaanOost);
    expect(r).toBeGreaterThan(b + 40);
    expect(g).toBeGreaterThan(b);
    await a.screenshot('core-07b-basemap-offline');
    await a.setBasemap(false);
    await a.whenIdle();
  });

  it('switches the interface to English', async () => {
    const a = await app.open(link({ scope: 'GM0917', level: 'buurt', sel: AREA.versilienbosch }));
    expect(await a.text('panel-pct')).toBe('83 %');
    await a.setLang('en');
    expect(await a.lang()).toBe('en');
    expect(await a.el('legend').locator('h2').textContent()).toBe('Share of housing-association dwellings');
    expect(await a.text('panel-pct')).toBe('83 %');
    await a.screenshot('core-07-english');
  });
});
