/**
 * Issue 11 in the browser, each test on its own fresh page opened at a link: an old link's liberalisation keeps the
 * corporation share and says why; a sale without compensation is flagged in corporation dwellings; compensation aims
 * at the band's lower edge; the pair finder follows the stadshuwelijk's definition (Vrieheide-De Stack in Heerlen, no
 * "Verspreide huizen" in the Parkstad top 5); the pair card names the term that dominates the score.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import { axeViolationsIn, openApp, SCREENSHOTS, startHarness, type Harness } from './browser';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const V = 'WK091740'; // Heerlerbaan-Centrum: 2,301 dwellings at 78 %
const S = 'WK091736'; // Welten-Benzenrade: 2,096 dwellings at 6 %
const text = async (page: Page, testid: string) =>
  ((await page.locator(`[data-testid="${testid}"]`).first().textContent()) ?? '').replace(/\u00a0/g, ' ').trim();
/** A screenshot of the window with the element scrolled to the top of the side panel's scroll area. */
async function shot(page: Page, name: string, testid: string): Promise<void> {
  await page
    .locator(`[data-testid="${testid}"]`)
    .first()
    .evaluate((el) => {
      const panel = el.closest('.tabpanel');
      if (panel) panel.scrollTop += el.getBoundingClientRect().top - panel.getBoundingClientRect().top - 8;
      // Clicks may have scrolled the page itself (the app fills the window): put it back.
      for (let e = panel?.parentElement ?? null; e; e = e.parentElement) e.scrollTop = 0;
      window.scrollTo(0, 0);
    });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
}

/** Open a link in a fresh page, run `body`, close the page (also when `body` fails). */
async function withPage(hash: string, body: (page: Page) => Promise<void>): Promise<void> {
  const page = await openApp(h, hash);
  try {
    await body(page);
    expect((page as Page & { __errors?: string[] }).__errors).toEqual([]);
  } finally {
    await page.close();
  }
}

async function openScenario(page: Page): Promise<void> {
  await page.locator('[data-testid="tab-pairs"]').click();
  await page.locator('[data-testid="pairs-view-scenario"]').check({ force: true });
  await page.locator('[data-testid="scenario-results"]').waitFor();
}

describe('scenario moves as the policies mean them', () => {
  it('an old link with `moves=WK091740.liberalise.300` shows 78 % and the notice why', () =>
    withPage(`#v=1&moves=${V}.liberalise.300`, async (page) => {
      const notice = await text(page, 'scenario-legacy');
      expect(notice).toMatch(/^Liberalisatie van 300 woningen in Heerlerbaan-Centrum .*blijft corporatiebezit/);
      await openScenario(page);
      expect(await text(page, `result-pct-${V}`)).toBe('78,0 %');
      expect(await text(page, `result-mid-${V}`)).toBe('300 (13,0 %)');
      expect(await text(page, 'balance-change-GM0917')).toBe('0 corporatiewoningen');
      expect(await page.locator('[data-testid="scenario-problems"] [data-code="scenario.legacy-liberalise"]').count()).toBe(1);
    }));

  it('a sale of 233 in Heerlen without compensation is −233 corporation dwellings, flagged, with its source; compensation makes it 0', () =>
    withPage(`#v=1&pair=${V},${S}`, async (page) => {
      await openScenario(page);
      await page.locator(`[data-testid="move-${V}-sell-to-occupant-n"]`).fill('233');
      expect(await text(page, 'balance-change-GM0917')).toBe('−233 corporatiewoningen');
      expect(await text(page, 'balance-verdict-GM0917')).toBe('✗ verlies');
      expect(await text(page, 'balance-change-parkstad')).toBe('−233 corporatiewoningen');
      expect(await text(page, 'sales-verdict-GM0917')).toBe('✗ meer verkocht dan toegevoegd');
      expect(await text(page, 'sales-GM0917')).toContain('Regionale prestatieafspraken Parkstad Limburg 2024–2028, afspraak 7');
      expect(await text(page, 'balance-GM0917')).toContain('Nieuw Heerlens Woonfundament, §1');
      expect(await text(page, 'scenario-summary')).toContain('Heerlen: −233 ✗');
      await shot(page, 'scenario-00-moves', `area-moves-${V}`);
      await shot(page, 'scenario-01-sale-233-flagged', 'scenario-results');
      expect(await axeViolationsIn(page, '[data-testid="pairs-panel"]')).toEqual([]);
      expect(await text(page, `compensate-build-${S}`)).toBe('Compenseer met nieuwbouw: 233');
      await page.locator(`[data-testid="compensate-build-${S}"]`).click();
      expect(await text(page, 'balance-change-GM0917')).toBe('0 corporatiewoningen');
      expect(await text(page, 'balance-verdict-GM0917')).toBe('✓ geen verlies');
      expect(await text(page, 'sales-verdict-GM0917')).toBe('✓ voldoet');
    }));

  it('compensation for 1,000 sold aims at the lower edge: 398 new in Welten-Benzenrade or 315 inponden, the rest elsewhere', () =>
    withPage(`#v=1&pair=${V},${S}&moves=${V}.sell-to-occupant.1000`, async (page) => {
      await openScenario(page);
      expect(await text(page, `compensate-build-${S}`)).toBe('Compenseer met nieuwbouw: 398');
      expect(await text(page, `compensate-buy-${S}`)).toBe('Compenseer met inponden: 315');
      expect(await text(page, `compensate-remaining-${S}`)).toBe(
        'Met nieuwbouw blijven er 602 over, met inponden 685: die moeten elders komen.',
      );
      await shot(page, 'scenario-02-compensation-lower', `compensate-${S}`);
      await page.locator('[data-testid="scenario-aim-centre"]').check({ force: true });
      expect(await text(page, `compensate-build-${S}`)).toBe('Compenseer met nieuwbouw: 983');
      expect(await text(page, `compensation-flag-above-social-programme`)).toContain('Meerjarige prestatieafspraken Heerlen 2024–2028');
      expect(await text(page, `compensation-flag-above-social-programme`)).toContain('500 tot 650 sociale woningen');
      await shot(page, 'scenario-03-compensation-centre', `compensate-${S}`);
    }));
});

describe('pairs as the stadshuwelijk is defined', () => {
  it('the pair list for Heerlen contains Vrieheide-De Stack and says the national reference is active', () =>
    withPage('#v=1', async (page) => {
      await page.locator('[data-testid="tab-pairs"]').click();
      await page.locator('[data-testid="pair-item"]').first().waitFor();
      expect(await text(page, 'pairs-counts')).toBe('8 kwetsbare en 4 sterke gebieden, 32 paren.');
      expect(await page.locator('[data-testid="pair-item"]').nth(3).getAttribute('data-pair')).toBe('WK091720|WK091736');
      expect(await page.locator('[data-testid="pair-item"]').nth(3).textContent()).toContain('Vrieheide-De Stack');
      expect(await text(page, 'pairs-reference')).toBe('Actief: landelijke referentie, afw 0 (Leefbaarometer 2024).');
      expect(await page.locator('[data-testid="pairs-exclude-nplv"]').isChecked()).toBe(true);
      expect(await page.locator('[data-testid="pairs-nplv-status"]').count()).toBe(0);
    }));

  it('the Parkstad top 5 has no "Verspreide huizen" and every pair starts in Heerlen', () =>
    withPage('#v=1&scope=parkstad', async (page) => {
      await page.locator('[data-testid="tab-pairs"]').click();
      await page.locator('[data-testid="pair-item"]').first().waitFor();
      const top = await page.locator('[data-testid="pair-item"]').evaluateAll((els) => els.slice(0, 5).map((e) => e.textContent ?? ''));
      expect(top).toHaveLength(5);
      expect(top.filter((t) => /verspreide huizen/i.test(t))).toEqual([]);
      const ids = await page.locator('[data-testid="pair-item"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-pair') ?? ''));
      expect(ids.every((id) => id.startsWith('WK0917') && !id.split('|')[1]?.startsWith('WK0917'))).toBe(true);
      expect(await page.locator('[data-testid="pairs-min-dwellings"]').inputValue()).toBe('500');
    }));

  it('the pair card names the dominant term and shows the share of overige verhuurders of both areas', () =>
    withPage(`#v=1&pair=${V},${S}`, async (page) => {
      await page.locator('[data-testid="tab-pairs"]').click();
      await page.locator('[data-testid="pairs-view-scenario"]').check({ force: true });
      await page.locator('[data-testid="pair-card"]').waitFor();
      expect(await text(page, 'pair-dominant')).toBe(
        'Doorslaggevend voor de score: aandeel kwetsbaar gebied boven het gemeentegemiddelde.',
      );
      expect(await text(page, 'card-private-v')).toMatch(/^\d+ %$/); // CBS whole percentages
      expect(await text(page, 'card-private-s')).toMatch(/^\d+ %$/);
      expect(await text(page, 'card-to-band-s')).toBe('398 corporatiewoningen bijbouwen of 315 inponden');
      expect(await text(page, 'pair-rank')).toBe('nr. 1 van 32');
      await shot(page, 'scenario-04-pair-card', 'pair-card');
      await page.locator('[data-testid="pairs-view-find"]').check({ force: true });
      await page.locator('[data-testid="pair-item"]').first().waitFor();
      expect(await axeViolationsIn(page, '[data-testid="pairs-panel"]')).toEqual([]);
      await page.locator('[data-testid="lang-en"]').check({ force: true });
      expect(await text(page, 'pairs-reference')).toBe('Active: national reference, afw 0 (Leefbaarometer 2024).');
      await shot(page, 'scenario-05-criteria-en', 'pairs-reference-choice');
    }));
});
