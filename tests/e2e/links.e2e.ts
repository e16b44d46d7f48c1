/** Links carry the overlays, the stadshuwelijk pair and the scenario moves (issues 3, 5 and 6 together). */
import { describe, expect, it } from 'vitest';
import { AREA, hexRgb, link, pngSize, useApp } from './driver';
import { NPLV_COLOR } from '../../src/config/overlays';
import { MARK_COLORS } from '../../src/config/theme';

const app = useApp();
const PAIR = [AREA.heerlerbaanCentrum, AREA.weltenBenzenrade] as const;
/** In the old link form (`sell`, `build`), as links made before the policy moves still read. */
const MOVES = 'WK091740.sell.230,WK091736.build.230';

describe('links with overlays, pair and scenario', () => {
  it('a link with layers shows those overlays and writes changes back into the URL', async () => {
    const a = await app.open(link({ scope: 'GM0917', layers: ['nplv', 'colonies'] }));
    await a.waitFor('overlay-legend');
    await a.openTab('layers');
    expect(await a.el('layer-nplv').isChecked()).toBe(true);
    expect(await a.el('layer-colonies').isChecked()).toBe(true);
    expect(await a.el('layer-projects').isChecked()).toBe(false);
    await a.setOverlay('projects', true);
    await a.waitForHash((h) => /layers=[^&]*projects/.test(h), 'projects in the link');
  });

  it('a link with a pair and moves reproduces the scenario on the map: Heerlerbaan-Centrum selling 230 → 68,0 %', async () => {
    const a = await app.open(link({ scope: 'GM0917', pair: PAIR, moves: MOVES }));
    await a.waitFor('scenario-banner');
    await a.whenIdle();
    await a.hoverTooltip(AREA.heerlerbaanCentrum);
    // 2301 dwellings at 78 % = 1794.78 corporation dwellings; minus 230 = 1564.78 → 68.0 %.
    expect(await a.text('tooltip-pct')).toBe('68,0 %');
    // The old move kinds are read as policy moves and the link is rewritten in the new form.
    expect(a.hash()).toContain('moves=WK091740.sell-to-occupant.230,WK091736.build-corporation.230');
    await a.screenshot('links-01-scenario-link');
  });

  it('a damaged moves field falls back with a notice and the map still draws', async () => {
    const a = await app.open(link({ scope: 'GM0917', moves: 'WK091740.steal.5' }));
    expect(await a.count('scenario-banner')).toBe(0);
    await a.waitFor('link-notice');
    expect(await a.visible('legend')).toBe(true);
  });

  it('an export of a view with overlays and a scenario carries both in its legend', async () => {
    const a = await app.open(link({ scope: 'GM0917', layers: ['nplv', 'colonies'], pair: PAIR, moves: MOVES }));
    await a.waitFor('scenario-banner');
    await a.whenIdle();
    const e = await a.exportPng('slide', 'links-export-overlays-scenario.png');
    expect(pngSize(e.png)).toEqual([1920, 1080]);
    // Below the band strip (whose average label shares the scenario's colour): the NPLV line symbols of the
    // overlay legend and the scenario line, in their theme colours.
    const { legend, scale } = e.layout;
    const lower = { x: legend.x, y: legend.y + 150 * scale, w: legend.w, h: legend.h - 150 * scale };
    expect(await a.countColourInPng(e.png, lower, hexRgb(NPLV_COLOR), 12)).toBeGreaterThan(20);
    expect(await a.countColourInPng(e.png, lower, hexRgb(MARK_COLORS.averageText), 30)).toBeGreaterThan(10);
  });
});
