/**
 * Issue 12 in the browser: a programme of three moves in two years on the map for 2027 and 2030, the chart and
 * the ledger check; the streefbeeld edited, shown on the map and refused from a bad file; the 0-meting CSV.
 * Each test opens a fresh page from a link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { downloadText, openApp, screenPoint, SCREENSHOTS, startHarness, waitForIdle, type Harness } from './browser';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\u00a0/g, ' ');

async function hoverPct(page: Page, code: string): Promise<string> {
  await waitForIdle(page);
  const [x, y] = await screenPoint(page, code);
  await page.mouse.move(x - 40, y - 40);
  await page.mouse.move(x, y);
  await page.locator('[data-testid="tooltip"]').waitFor();
  return text(page, '[data-testid="tooltip-pct"]');
}

async function openPlan(page: Page, view: 'baseline' | 'targets' | 'programme') {
  await page.locator('[data-testid="tab-plan"]').click();
  await page.locator('[data-testid="plan-panel"]').waitFor();
  await page.locator(`[data-testid="plan-view-${view}"]`).check();
}

async function addItem(page: Page, area: string, kind: string, n: number, year: number) {
  const form = page.locator('[data-testid="programme-add"]');
  await form.locator('[data-testid="add-area"]').selectOption(area);
  await form.locator('[data-testid="add-kind"]').selectOption(kind);
  await form.locator('[data-testid="add-n"]').fill(String(n));
  await form.locator('[data-testid="add-from"]').fill(String(year));
  await form.locator('[data-testid="add-to"]').fill(String(year));
  await form.locator('[data-testid="add-submit"]').click();
}

describe('the programme in time', () => {
  it('three moves in two years: the map for 2027 and 2030, the ledger flags afspraak 7, the chart follows', async () => {
    const page = await openApp(h, '#v=1&scope=GM0917&level=wijk');
    await openPlan(page, 'programme');
    const before = await page.locator('[data-testid="programme-item"]').count();
    await addItem(page, 'WK091740', 'sell-to-occupant', 150, 2027);
    await addItem(page, 'WK091736', 'build-corporation', 100, 2027);
    await addItem(page, 'WK091740', 'demolish', 60, 2030);
    expect(await page.locator('[data-testid="programme-item"]').count()).toBe(before + 3);
    expect(await page.locator('[data-testid="add-error"]').count()).toBe(0);

    // Heerlerbaan-Centrum: 2,301 dwellings at 78 % = 1,794.78; sold 150 by the end of 2027 → 1,644.78 / 2,301 = 71,5 %.
    await page.locator('[data-testid="plan-year"]').selectOption('2027');
    await page.locator('[data-testid="map-note-plan"]').waitFor();
    expect(await text(page, '[data-testid="map-note-plan"]')).toContain('aan het eind van 2027');
    expect(await hoverPct(page, 'WK091740')).toBe('71,5 %');
    // Welten-Benzenrade: 2,096 at 6 % = 125.76; 100 built by the corporation → 225.76 / 2,196 = 10,3 %.
    expect(await hoverPct(page, 'WK091736')).toBe('10,3 %');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'plan-01-map-2027.png') });
    // 2030: also 60 demolished → 1,584.78 / 2,241 = 70,7 %.
    await page.locator('[data-testid="plan-year"]').selectOption('2030');
    expect(await hoverPct(page, 'WK091740')).toBe('70,7 %');
    expect(await page.evaluate(() => window.location.hash)).toContain('jaar=2030');

    // The Heerlen ledger: 2027 sells 150 and adds 100 → afspraak 7 flagged; the corporation stock against the
    // 0-meting: −150 + 100 and Versiliënbosch's 59 + 59 demolished in 2026–2027 → −168.
    const ledger = page.locator('[data-testid="ledger"]');
    await ledger.locator('[data-testid="ledger-group"]').selectOption('GM0917');
    const y2027 = ledger.locator('tr[data-year="2027"]');
    expect(await y2027.locator('[data-testid="ledger-check"]').textContent()).toContain('meer verkocht dan toegevoegd (afspraak 7)');
    expect((await y2027.locator('[data-testid="ledger-net"]').textContent())?.replace(/\u00a0/g, ' ')).toBe('−168');
    expect(await ledger.locator('tr[data-year="2026"] [data-testid="ledger-check"]').textContent()).not.toContain('afspraak 7');

    // The chart of the gemeente: its real line, the projection and the band to 2050.
    const chart = page.locator('[data-testid="plan-chart"]');
    expect(await chart.getAttribute('data-code')).toBe('GM0917');
    expect(await chart.locator('[data-testid="plan-chart-history"]').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){12}$/);
    expect(await chart.locator('[data-testid="plan-chart-band"]').count()).toBe(1);
    await chart.screenshot({ path: resolve(SCREENSHOTS, 'plan-02-chart-heerlen.png') });
    await page.close();
  });

  it('a link with a programme and a year opens the plan, and the chart of a wijk says it has no history of its own', async () => {
    const page = await openApp(h, '#v=1&scope=GM0917&sel=WK091740&jaar=2030&prog=WK091740.demolish.60.2030-2030');
    await page.locator('[data-testid="map-note-plan"]').waitFor();
    await page.locator('[data-testid="tab-plan"]').click();
    await page.locator('[data-testid="plan-view-programme"]').check();
    const chart = page.locator('[data-testid="plan-chart"]');
    expect(await chart.getAttribute('data-code')).toBe('WK091740');
    expect(await text(page, '[data-testid="plan-chart"] .note')).toContain('Per wijk is geen geschiedenis beschikbaar');
    // 1,794.78 − 60 = 1,734.78 of 2,241 at the end of 2030 = 77,4 %.
    await chart.locator('details summary').click();
    expect(await chart.locator('[data-testid="plan-chart-table"]').textContent()).toContain('eind 2030');
    expect((await chart.locator('[data-testid="plan-chart-table"] tr:last-child td').textContent())?.replace(/\u00a0/g, ' ')).toBe(
      '77,4 %',
    );
    expect(await page.locator('[data-testid="programme-item"]').count()).toBe(1);
    await chart.screenshot({ path: resolve(SCREENSHOTS, 'plan-03-chart-wijk.png') });
    await page.close();
  });

  it('allocating part of the NPLV total to a wijk moves it into that wijk and keeps the sum', async () => {
    const page = await openApp(h, '#v=1&scope=GM0917');
    await openPlan(page, 'programme');
    const nplv = page.locator('[data-testid="programme-item"][data-id="pre-nplv-heerlen-noord"]');
    await nplv.locator('[data-testid="allocate-n"]').fill('400');
    await nplv.locator('[data-testid="allocate-area"]').selectOption('WK091711');
    await nplv.locator('[data-testid="allocate"]').click();
    const part = page.locator('[data-testid="programme-item"][data-id="pre-nplv-heerlen-noord-part-1"]');
    expect(await part.locator('[data-testid="item-n"]').inputValue()).toBe('400');
    expect(await nplv.locator('[data-testid="item-n"]').inputValue()).toBe('1.952');
    expect(await part.locator('[data-testid="item-area"]').inputValue()).toBe('WK091711');
    // The source stays with the part.
    expect(await part.locator('.policy-quote summary').textContent()).toContain('NPLV');
    await page.close();
  });
});

describe('the streefbeeld', () => {
  it('an own target changes the total, shows on the map as distance, travels in the link, and a bad file is refused', async () => {
    const page = await openApp(h, '#v=1&scope=GM0917');
    await openPlan(page, 'targets');
    // The band rule alone does not keep the stock: Heerlerbaan-Centrum and Heerlerheide-Passart down to 51 % lose
    // more than the five wijken below 21 % gain: 16,695.59 against 17,011.65 corporation dwellings → 316 fewer.
    expect(await text(page, '[data-testid="targets-total"]')).toContain('verkleinen het corporatiebezit met 316 woningen');
    const input = page.locator('[data-testid="target-2050-WK091740"]');
    expect(await input.inputValue()).toBe('51');
    // Heerlerbaan-Centrum to 60 % (+9 % of 2,301 = +207,09) and Welten-Benzenrade to 30 % (+9 % of 2,096 = +188,64): +80.
    await input.fill('60');
    await input.press('Enter');
    await page.waitForFunction(() => window.location.hash.includes('doelen=WK091740-'));
    expect(await text(page, '[data-testid="targets-total"]')).toContain('verkleinen het corporatiebezit met 109 woningen');
    const welten = page.locator('[data-testid="target-2050-WK091736"]');
    await welten.fill('30');
    await welten.press('Enter');
    expect(await text(page, '[data-testid="targets-total"]')).toContain('houden het corporatiebezit op peil: +80 corporatiewoningen');
    await input.fill('120');
    await input.press('Enter');
    expect(await text(page, '.targets [role="alert"]')).toContain('Vul een percentage van 0 tot 100 in');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await page.locator('[data-testid="targets-map"]').click();
    await page.waitForFunction(() => window.location.hash.includes('ind=streef'));
    expect(await text(page, '[data-testid="legend"]')).toContain('streefbeeld');
    const bad = 'code;doel_2030;doel_2050\r\nWK091740;70;51\r\nWK099999;1;2\r\n';
    await page
      .locator('[data-testid="targets-import"]')
      .setInputFiles({ name: 'doelen.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.locator('[data-testid="targets-message"]').waitFor();
    const message = await text(page, '[data-testid="targets-message"]');
    expect(message).toContain('Regel 3');
    expect(message).toContain('Er is niets ingelezen');
    // The refused 120 stays in the field to be corrected; Escape shows the target in force again, still 60.
    await input.press('Escape');
    expect(await input.inputValue()).toBe('60');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'plan-04-targets.png') });
    await page.close();
  });
});

describe('the 0-meting', () => {
  it('exports every wijk of the 7 gemeenten (49 rows) in the Dutch profile with class, reference year and source', async () => {
    const page = await openApp(h, '#v=1&scope=GM0917');
    await openPlan(page, 'baseline');
    expect(await text(page, '[data-testid="baseline-table"] tr[data-code="GM0917"]')).toContain('36 %');
    const { fileName, text: csv } = await downloadText(page, () => page.locator('[data-testid="baseline-csv"]').click());
    expect(fileName).toBe('wijkbalans-0-meting-2024.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'niveau;code;naam;gemeentecode;woningen;corporatiewoningen;corporatie_pct;overige_verhuurders_pct;klasse;band;peiljaar;bron;gemaakt_uit',
    );
    expect(lines.filter((l) => l.startsWith('wijk;'))).toHaveLength(49);
    expect(lines.filter((l) => l.startsWith('gemeente;'))).toHaveLength(7);
    const hc = lines.find((l) => l.startsWith('wijk;WK091740;'));
    expect(hc?.split(';').slice(4, 11)).toEqual(['2301', '1795', '78', '5', 'boven de band', '21–51 %', '2024']);
    expect(lines.find((l) => l.startsWith('wijk;WK091736;'))?.split(';')[8]).toBe('onder de band');
    await page.close();
  });
});
