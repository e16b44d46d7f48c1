/**
 * Issue 14 as a user meets it, in headless Chromium on the built app: hostile uploads are asked about
 * (fractions, few values, swapped axes, replacing boundaries) and applied only after the answer, or
 * refused with the Dutch reason and what to do; damaged browser storage, blocked storage, damaged saved
 * views, hostile links and framing by another site. Each test opens a fresh page (its own browser
 * context, so clean storage) and closes it. Screenshots: test-results/screenshots/hostile-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SECURITY_HEADERS } from '../../.config/vite/csp-plugin';
import { axeViolationsIn, openApp, SCREENSHOTS, startHarness, waitForIdle, fillPoint, type Harness } from './browser';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'upload');
const HOME = '#v=1&scope=GM0917&level=wijk&lang=nl&base=offline';
/** Text that must never reach the user: an exception's or a library's own words. */
const RAW =
  /TypeError|SyntaxError|RangeError|Unexpected token|is not a function|undefined|NaN|Invalid Date|Quoted field|Maximum call stack/;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const $ = (p: Page, id: string) => p.locator(`[data-testid="${id}"]`);
const text = async (p: Page, id: string) => ((await $(p, id).first().textContent()) ?? '').replace(/\u00a0/g, ' ').trim();
const shot = (p: Page, name: string) => p.screenshot({ path: resolve(SCREENSHOTS, `hostile-${name}.png`) });
const errorsOf = (p: Page) => (p as Page & { __errors?: string[] }).__errors ?? [];

async function upload(p: Page, fixture: string): Promise<void> {
  await $(p, 'tab-upload').click();
  await $(p, 'upload-input').setInputFiles(resolve(FIXTURES, fixture));
}

/** Wait until the upload step settles: a question, a refusal, or the file applied. */
async function settle(p: Page): Promise<'ask' | 'failure' | 'done'> {
  await p.waitForFunction(
    () =>
      document.querySelector('[data-testid="upload-ask"]') ||
      document.querySelector('[data-testid="upload-failure"]') ||
      (!document.querySelector('[data-testid="upload-progress"]') &&
        !document.querySelector('[data-testid="upload-confirm"]') &&
        !document.querySelector('[data-testid="upload-restoring"]')),
    undefined,
    { timeout: 60_000 },
  );
  if (await $(p, 'upload-ask').count()) return 'ask';
  if (await $(p, 'upload-failure').count()) return 'failure';
  await waitForIdle(p);
  return 'done';
}

/** After choosing `file`: the mapping step, or a refusal of that file before it. */
async function chosen(p: Page, file: string): Promise<'mapping' | 'failure'> {
  await p.waitForFunction(
    (name) =>
      document.querySelector('[data-testid="upload-failure-where"]')?.textContent?.includes(name) ||
      document.querySelector('[data-testid="csv-mapping"]') ||
      document.querySelector('[data-testid="geo-mapping"]'),
    file,
    { timeout: 60_000 },
  );
  return (await $(p, 'upload-failure').count()) ? 'failure' : 'mapping';
}

async function confirm(p: Page): Promise<'ask' | 'failure' | 'done'> {
  await $(p, 'upload-confirm').click();
  return settle(p);
}

async function answer(p: Page, id: string): Promise<'ask' | 'failure' | 'done'> {
  await $(p, `ask-${id}`).click();
  // The dialog of the next question replaces this one, or the file is read again and applied.
  await p.waitForFunction((want) => !document.querySelector(`[data-testid="ask-${want}"]`), id, { timeout: 60_000 });
  return settle(p);
}

async function panelPct(p: Page, code: string): Promise<string> {
  await $(p, 'tab-area').click();
  const [x, y] = await fillPoint(p, code);
  await p.mouse.click(x, y);
  await $(p, 'area-panel').waitFor();
  return text(p, 'panel-pct');
}

const askText = (p: Page) => text(p, 'upload-ask-text');

describe('uploads that must be asked about first', () => {
  it('fractions: asked (× 100 or as they are), nothing drawn before the answer; × 100 applied, stored, and not asked again after a reload', async () => {
    const p = await openApp(h, HOME);
    await upload(p, 'fractions.csv');
    await $(p, 'csv-mapping').waitFor();
    expect(await $(p, 'map-share').inputValue()).toBe('aandeel_corporatie');
    expect(await confirm(p)).toBe('ask');
    expect(await $(p, 'upload-ask').getAttribute('data-kind')).toBe('fraction-scale');
    expect(await p.locator('[data-testid="upload-ask"] h2').textContent()).toBe('Fracties of procenten?');
    expect(await askText(p)).toBe(
      'De aandelen in kolom "aandeel_corporatie" liggen alle tussen 0 en 1 (3 waarden, zoals "0,455" in rij 2): dat lijken fracties, geen procenten. Zo getekend zou alles onder 1 % liggen. Bevestig de omrekening × 100 (0,455 wordt 45,5 %), of bevestig dat het echt procenten zijn.',
    );
    expect(await p.locator('[data-testid="upload-ask"] button').allTextContents()).toEqual([
      'Omrekenen × 100 (0,455 wordt 45,5 %)',
      'Het zijn procenten: zo tonen',
      'Annuleren',
    ]);
    // Focus is in the dialog, on the first answer; nothing is on the map yet.
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('ask-scale-100');
    expect(await $(p, 'legend-upload-source').count()).toBe(0);
    expect(await axeViolationsIn(p, '[data-testid="upload-ask"]')).toEqual([]);
    await shot(p, '01-ask-fraction');
    expect(await answer(p, 'scale-100')).toBe('done');
    expect(await text(p, 'legend-upload-source')).toBe('Cijfers uit eigen bestand: fractions.csv');
    expect(await panelPct(p, 'WK091740')).toBe('45,5 %');
    await p.reload();
    await p.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
    await $(p, 'legend-upload-source').waitFor({ timeout: 30_000 });
    expect(await $(p, 'upload-ask').count()).toBe(0);
    expect(await panelPct(p, 'WK091740')).toBe('45,5 %');
    expect(errorsOf(p)).toEqual([]);
    await p.close();
  });

  it('in English the question and its answers are English', async () => {
    const p = await openApp(h, '#v=1&scope=GM0917&level=wijk&lang=en&base=offline');
    await upload(p, 'fractions.csv');
    await $(p, 'csv-mapping').waitFor();
    expect(await confirm(p)).toBe('ask');
    expect(await p.locator('[data-testid="upload-ask"] h2').textContent()).toBe('Fractions or percentages?');
    expect(await askText(p)).toMatch(
      /^The shares in column "aandeel_corporatie" all lie between 0 and 1 \(3 values, such as "0,455" in row 2\)/,
    );
    expect(await p.locator('[data-testid="upload-ask"] button').allTextContents()).toEqual([
      'Convert × 100 (0.455 becomes 45.5 %)',
      'They are percentages: show as they are',
      'Cancel',
    ]);
    await shot(p, '01b-ask-fraction-en');
    await p.close();
  });

  it('fractions cancelled (Escape): the map is as it was and nothing is stored', async () => {
    const p = await openApp(h, HOME);
    const before = await panelPct(p, 'WK091740');
    await upload(p, 'fractions.csv');
    await $(p, 'csv-mapping').waitFor();
    expect(await confirm(p)).toBe('ask');
    await p.keyboard.press('Escape');
    await p.waitForFunction(() => !document.querySelector('[data-testid="upload-ask"]'));
    expect(await $(p, 'csv-mapping').isVisible()).toBe(true);
    expect(await $(p, 'upload-entry').count()).toBe(0);
    expect(await $(p, 'legend-upload-source').count()).toBe(0);
    expect(before).toBe('78 %');
    expect(await panelPct(p, 'WK091740')).toBe('78 %');
    await p.close();
  });

  it('few usable values (problems.csv, 1 of 4): asked; shown after "Toch tonen", rows named as spreadsheet rows', async () => {
    const p = await openApp(h, HOME);
    await upload(p, 'problems.csv');
    await $(p, 'csv-mapping').waitFor();
    await $(p, 'profile-decimal').selectOption(',');
    await p.waitForFunction(() => (document.querySelector('[data-testid="profile-decimal"]') as HTMLSelectElement | null)?.value === ',');
    expect(await confirm(p)).toBe('ask');
    expect(await p.locator('[data-testid="upload-ask"] h2').textContent()).toBe('Weinig bruikbare waarden');
    expect(await askText(p)).toBe(
      'Kolom "corporatie_pct" geeft maar voor 1 van de 4 gekoppelde gebieden een bruikbare waarde (minder dan 50 %); de andere zouden als "geen gegevens" op de kaart komen. Controleer de kolom en het decimaalteken, of bevestig dat u het zo wilt tonen.',
    );
    await shot(p, '02-ask-few-values');
    expect(await answer(p, 'accept')).toBe('done');
    expect(await text(p, 'report-duplicates')).toBe('1 dubbele codes: WK091740 (rijen 2, 3)');
    expect(await $(p, 'report-unmatched-table').locator('tbody td:first-child').allTextContents()).toEqual(['4', '7', '9']);
    expect(await text(p, 'report-rows-note')).toBe('Rijnummers zoals in het rekenblad: de kopregel is rij 1.');
    expect(await p.locator('[data-code="upload.non-numeric"]').first().textContent()).toContain('rij 5 · kolom "corporatie_pct"');
    expect(await panelPct(p, 'WK091740')).toBe('45,5 %');
    await p.close();
  });

  it('swapped axes: asked; swapped, the replacement of Heerlen is asked next; "only the codes" keeps the 23 wijken', async () => {
    const p = await openApp(h, HOME);
    await upload(p, 'swapped-latlon.geojson');
    await $(p, 'geo-mapping').waitFor();
    expect(await confirm(p)).toBe('ask');
    expect(await p.locator('[data-testid="upload-ask"] h2').textContent()).toBe('Coördinaten omgewisseld?');
    expect(await askText(p)).toMatch(
      /^De coördinaten lijken verwisseld \(y, x in plaats van x, y\): zoals ze in het bestand staan \(50\.\d+, 5\.\d+\) liggen de gebieden buiten Nederland; omgewisseld liggen ze in Nederland \(lengte, breedte 5\.\d+, 50\.\d+\)\./,
    );
    await shot(p, '03-ask-swap');
    expect(await answer(p, 'swap-axes')).toBe('ask');
    expect(await p.locator('[data-testid="upload-ask"] h2').textContent()).toBe('Grenzen vervangen?');
    expect(await askText(p)).toMatch(/^Dit vervangt de 23 wijken van Heerlen door 2 uit het bestand; van de kaart verdwijnen \(21\): /);
    expect(await askText(p)).toContain('Maria Gewanden');
    expect(await askText(p)).not.toContain('Welten');
    expect(await p.locator('[data-testid="upload-ask"] button').allTextContents()).toEqual([
      'Alleen de codes uit het bestand vervangen',
      'Alles vervangen (21 gebieden verdwijnen van de kaart)',
      'Annuleren',
    ]);
    await shot(p, '04-ask-replace-after-swap');
    expect(await answer(p, 'replace-codes')).toBe('done');
    expect(await $(p, 'legend-upload-source').allTextContents()).toEqual(['Grenzen uit eigen bestand: swapped-latlon.geojson']);
    expect(await p.locator('.legend-dot').count()).toBe(23);
    // Drawn where it belongs: Heerlerbaan-Centrum is on screen inside the Heerlen map.
    const [x, y] = await fillPoint(p, 'WK091740');
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
    await shot(p, '05-swapped-applied');
    await p.close();
  });

  it('two wijken for Heerlen, one of them in Utrecht: the question names the 21 that would vanish and the misplaced one; cancelled, nothing changes', async () => {
    const p = await openApp(h, HOME);
    await upload(p, 'two-wijken-misplaced.geojson');
    await $(p, 'geo-mapping').waitFor();
    expect(await confirm(p)).toBe('ask');
    const lines = await p.locator('[data-testid="upload-ask-text"] p').allTextContents();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Dit vervangt de 23 wijken van Heerlen door 2 uit het bestand; van de kaart verdwijnen \(21\): /);
    expect(lines[0]?.split(': ')[1]?.split(', ')).toHaveLength(21);
    expect(lines[1]).toMatch(/^Gebied WK091733 \(.+\) ligt niet in of bij Heerlen, waar de code bij hoort, maar bij 5\.\d+, 52\.\d+\./);
    await shot(p, '06-ask-replace-misplaced');
    await $(p, 'ask-cancel').click();
    await p.waitForFunction(() => !document.querySelector('[data-testid="upload-ask"]'));
    expect(await $(p, 'upload-entry').count()).toBe(0);
    expect(await p.locator('.legend-dot').count()).toBe(23);
    await p.close();
  });
});

describe('uploads that are refused, with the reason in Dutch and what to do', () => {
  const cases: [string, RegExp][] = [
    [
      'paris.geojson',
      /^De gebieden liggen buiten Nederland \(bij 2\.\d+, 48\.\d+\); het bestand is niet gebruikt\. Controleer het coördinatenstelsel/,
    ],
    ['names-only.csv', /^Geen kolom met cijfers: in de eerste 2 rijen bestaat naast de sleutel/],
    ['header-only.csv', /^Het bestand heeft alleen een kopregel \(.+\) en geen rijen: geen kolom met cijfers\./],
    [
      'unclosed-quote.csv',
      /^Rij 3 opent een aanhalingsteken \("\) dat nergens wordt gesloten, zodat alles daarna in één veld van rij 3 belandt: rij 4–5/,
    ],
    ['mixed-encoding.csv', /^Het bestand lijkt gemengd UTF-8 en Windows-1252: regel 2 is UTF-8/],
    ['image.png', /^Dit is een afbeelding \(PNG\), geen tabel met cijfers\./],
    ['workbook.xlsx', /^Dit is een Excel- of spreadsheetbestand \(.+\), geen CSV\. Open het in Excel/],
    ['document.pdf', /^Dit is een PDF, geen tabel met cijfers\./],
    ['topology.json', /^Dit is TopoJSON \(type "Topology"\), geen GeoJSON\./],
    ['feature.geojson', /^Dit is één los GeoJSON-Feature, geen FeatureCollection/],
    ['deep.geojson', /^De JSON is dieper genest dan \d+ niveaus \(regel 1\)/],
  ];
  it(`refuses ${cases.length} hostile files, each with its own message, and leaves the map as it was`, async () => {
    const p = await openApp(h, HOME);
    for (const [i, [file, message]] of cases.entries()) {
      await upload(p, file);
      // Refused before the mapping step, or (boundaries in the wrong place) when read after it.
      if ((await chosen(p, file)) === 'mapping') expect(await confirm(p), file).toBe('failure');
      const got = await text(p, 'upload-failure-message');
      expect(got, file).toMatch(message);
      expect(got, file).not.toMatch(RAW);
      expect(await text(p, 'upload-failure'), file).toContain('De kaart is niet veranderd.');
      expect(await $(p, 'upload-ask').count()).toBe(0);
      await p
        .locator('.tabpanel')
        .screenshot({ path: resolve(SCREENSHOTS, `hostile-07-refused-${String(i + 1).padStart(2, '0')}-${file}.png`) });
      if (await $(p, 'geo-mapping').count()) await p.getByRole('button', { name: 'Annuleren' }).click();
    }
    expect(await $(p, 'upload-entry').count()).toBe(0);
    expect(await $(p, 'legend-upload-source').count()).toBe(0);
    expect(errorsOf(p)).toEqual([]);
    await p.close();
  });
});

describe('the mapping step and the report', () => {
  it('code;naam;corporatie pre-selects corporatie and never offers naam as the number column', async () => {
    const p = await openApp(h, HOME);
    await upload(p, 'code-naam-corporatie.csv');
    await $(p, 'csv-mapping').waitFor();
    expect(await $(p, 'map-share').inputValue()).toBe('corporatie');
    expect(await $(p, 'map-share').locator('option').allTextContents()).toEqual(['corporatie']);
    expect(await $(p, 'map-key').inputValue()).toBe('code');
    await p.close();
  });

  it('UTF-16 without a byte-order mark: read, and the mapping step says so', async () => {
    const p = await openApp(h, HOME);
    await upload(p, 'utf16le-nobom.csv');
    await $(p, 'csv-mapping').waitFor();
    expect(await text(p, 'mapping-notices')).toBe(
      'Bij het lezen opgemerktHet bestand is UTF-16 (UTF-16LE) zonder byte-order-mark; herkend en zo gelezen.',
    );
    await p.locator('.tabpanel').screenshot({ path: resolve(SCREENSHOTS, 'hostile-08-utf16-notice.png') });
    await p.close();
  });

  it('a ring too large to check is reported as not checked, never as "geen meldingen"', async () => {
    const p = await openApp(h, HOME);
    await upload(p, 'large-ring.geojson');
    await $(p, 'geo-mapping').waitFor();
    await $(p, 'use-off').check();
    expect(await confirm(p)).toBe('done');
    expect(await text(p, 'report-checks')).toBe(
      'Zelfdoorsnijding gecontroleerd bij 0 van de 1 gebieden. Niet gecontroleerd (meer dan 5.000 punten in de rand): WK091733.',
    );
    expect(await $(p, 'report-all-good').count()).toBe(0);
    expect(await p.locator('[data-code="geojson.checks-skipped"]').textContent()).toContain(
      'Niet gecontroleerd of de rand zichzelf snijdt',
    );
    await p.locator('.tabpanel').screenshot({ path: resolve(SCREENSHOTS, 'hostile-09-checks-skipped.png') });
    await p.close();
  });

  it('a figures file that takes the place of another says it switched the other off', async () => {
    const p = await openApp(h, HOME);
    await upload(p, 'code-naam-corporatie.csv');
    await $(p, 'csv-mapping').waitFor();
    expect(await confirm(p)).toBe('done');
    await upload(p, 'heerlen-wijken-2025.csv');
    await $(p, 'csv-mapping').waitFor();
    expect(await confirm(p)).toBe('done');
    expect(await text(p, 'upload-notes')).toBe(
      'code-naam-corporatie.csv staat nu uit: heerlen-wijken-2025.csv komt ervoor in de plaats op de kaart. Zet code-naam-corporatie.csv in de lijst weer aan om terug te gaan.',
    );
    expect(await $(p, 'upload-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-use')))).toEqual(['off', 'map']);
    await p.close();
  });
});

describe('browser storage', () => {
  it('a damaged stored upload is listed as unreadable with a remove button, not as "NaN MB · Invalid Date"', async () => {
    const p = await openApp(h, HOME);
    await p.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const req = indexedDB.open('wijkbalans-upload', 1);
          req.onupgradeneeded = () => {
            req.result.createObjectStore('uploads', { keyPath: 'id' });
            req.result.createObjectStore('mappings', { keyPath: 'signature' });
          };
          req.onsuccess = () => {
            const tx = req.result.transaction('uploads', 'readwrite');
            tx.objectStore('uploads').put({
              id: 'kapot',
              fileName: 'kapot.csv',
              size: 'veel',
              addedAt: 'gisteren',
              blob: null,
              use: 'map',
              kind: 'csv',
            });
            tx.oncomplete = () => {
              req.result.close();
              done();
            };
            tx.onerror = () => fail(new Error('put failed'));
          };
          req.onerror = () => fail(new Error('open failed'));
        }),
    );
    await p.reload();
    await p.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
    await $(p, 'tab-upload').click();
    await $(p, 'upload-unreadable').waitFor({ timeout: 30_000 });
    expect(await text(p, 'upload-unreadable')).toBe(
      'kapot.csv kan niet worden gelezen (beschadigd opgeslagen) en is niet gebruikt. Verwijder het en lees het bestand opnieuw in.Verwijderen',
    );
    expect(await text(p, 'upload-list')).not.toMatch(RAW);
    expect(await $(p, 'legend-upload-source').count()).toBe(0);
    await p.locator('.tabpanel').screenshot({ path: resolve(SCREENSHOTS, 'hostile-10-unreadable-upload.png') });
    await $(p, 'unreadable-remove').click();
    await p.waitForFunction(() => !document.querySelector('[data-testid="upload-unreadable"]'));
    await p.reload();
    await p.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
    await $(p, 'tab-upload').click();
    await $(p, 'upload-tab').waitFor();
    await p.waitForFunction(() => document.querySelector('[data-testid="upload-tab"]')?.getAttribute('data-restored') === 'true');
    expect(await $(p, 'upload-unreadable').count()).toBe(0);
    await p.close();
  });

  it('with localStorage and IndexedDB blocked the app starts, works in memory and says so', async () => {
    const p = await openApp(h, HOME, undefined, async (page) => {
      await page.addInitScript(() => {
        const blocked = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        Object.defineProperty(window, 'localStorage', { configurable: true, get: blocked });
        Object.defineProperty(window, 'indexedDB', { configurable: true, get: blocked });
      });
    });
    expect(
      await p.evaluate(() =>
        (() => {
          try {
            return typeof window.localStorage;
          } catch {
            return 'throws';
          }
        })(),
      ),
    ).toBe('throws');
    expect(await text(p, 'storage-notice')).toBe(
      'Deze browser staat opslaan niet toe. Wijkbalans werkt, maar weergaven, scenario’s en eigen bestanden blijven alleen tot u de pagina sluit. Exporteer of download wat u wilt bewaren.×',
    );
    await upload(p, 'code-naam-corporatie.csv');
    await $(p, 'csv-mapping').waitFor();
    expect(await confirm(p)).toBe('done');
    expect(await text(p, 'legend-upload-source')).toBe('Cijfers uit eigen bestand: code-naam-corporatie.csv');
    expect(await text(p, 'upload-list')).toContain('Opslaan in deze browser lukt niet; de bestanden blijven tot u de pagina sluit.');
    await shot(p, '11-storage-blocked');
    expect(errorsOf(p)).toEqual([]);
    await p.close();
  });
});

describe('saved views', () => {
  const damaged = '{"format":"wijkbalans-views","version":1,"views":[{"title":"Dia A","link":"v=1&scope=GM0917"},{"link":7}';

  it('views that cannot be read are kept aside and downloadable; the next save does not overwrite them', async () => {
    const p = await openApp(h, HOME);
    await p.evaluate((t) => localStorage.setItem('wijkbalans.views.v1', t), damaged);
    await p.reload();
    await p.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
    await $(p, 'tab-views').click();
    expect(await text(p, 'views-aside')).toContain('Eerder opgeslagen weergaven konden niet (helemaal) worden gelezen.');
    const [dl] = await Promise.all([p.waitForEvent('download'), $(p, 'views-aside-download').click()]);
    expect(dl.suggestedFilename()).toBe('wijkbalans-weergaven-apart-1.json');
    expect(readFileSync((await dl.path()) ?? '', 'utf8')).toBe(damaged);
    await p.locator('.tabpanel').screenshot({ path: resolve(SCREENSHOTS, 'hostile-12-views-aside.png') });
    await $(p, 'view-title-input').fill('Nieuwe dia');
    await $(p, 'view-save').click();
    await p.reload();
    await p.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
    await $(p, 'tab-views').click();
    expect(await p.locator('[data-testid="saved-view"] .view-title').allTextContents()).toEqual(['1. Nieuwe dia']);
    const [again] = await Promise.all([p.waitForEvent('download'), $(p, 'views-aside-download').click()]);
    expect(readFileSync((await again.path()) ?? '', 'utf8')).toBe(damaged);
    await p.close();
  });

  it('imports count what was added: 199 of a file of 200 when one view was there, and say why one was not', async () => {
    const p = await openApp(h, HOME);
    await $(p, 'tab-views').click();
    await $(p, 'view-title-input').fill('Eerste');
    await $(p, 'view-save').click();
    const views = Array.from({ length: 200 }, (_, i) => ({ title: `Dia ${i + 1}`, subtitle: '', link: 'v=1&scope=GM0917&level=wijk' }));
    await $(p, 'views-import-input').setInputFiles({
      name: 'weergaven.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'wijkbalans-views', version: 1, views })),
    });
    await $(p, 'views-imported').waitFor();
    expect(await text(p, 'views-imported')).toBe('199 weergaven geïmporteerd.');
    expect(await text(p, 'views-import-issues')).toContain(
      'Niet toegevoegd omdat de lijst vol is (hoogstens 200 weergaven): 1. Verwijder eerst weergaven die u niet meer nodig hebt.',
    );
    expect(await $(p, 'saved-view').count()).toBe(200);
    await p.close();
  });
});

describe('links', () => {
  it('a map position in New York falls back to Parkstad, and the notice says where it was', async () => {
    const p = await openApp(h, '#v=1&scope=GM0917&level=wijk&lang=nl&base=offline&map=-74.006,40.7128,12');
    expect(await text(p, 'link-notice')).toBe(
      'De kaartpositie uit de link (-74.01, 40.71, zoom 12.0) ligt ver buiten Parkstad Limburg; de kaart toont het gekozen gebied.×',
    );
    await waitForIdle(p);
    const hash = await p.evaluate(() => window.location.hash);
    const [lon, lat] = (/map=([-\d.]+),([-\d.]+)/.exec(hash) ?? []).slice(1).map(Number);
    expect(lon).toBeGreaterThan(5.8);
    expect(lon).toBeLessThan(6.2);
    expect(lat).toBeGreaterThan(50.8);
    expect(lat).toBeLessThan(51);
    await shot(p, '13-link-outside');
    await p.close();
  });

  it('a pair with an unknown area and moves beyond the stock are dropped and named; the map draws today', async () => {
    const p = await openApp(
      h,
      '#v=1&scope=GM0917&level=wijk&lang=nl&base=offline&pair=WK091740,WK099999&moves=WK091740.sell.5000,WK091736.build.999999,BU99999999.sell.5',
    );
    await $(p, 'link-problems').waitFor();
    expect(await p.locator('[data-testid="link-problems"] li').allTextContents()).toEqual([
      'Het paar uit de link kan niet worden getoond: WK099999 bestaat niet in de gegevens. De link toont geen paar.',
      'Verkoop aan bewoners van 5.000 woningen in Heerlerbaan-Centrum uit de link kan niet: daar zijn er maar 1.794 voor. De ingreep is weggelaten; stel hem zo nodig opnieuw in.',
      'Nieuwbouw corporatie van 999.999 woningen in Welten-Benzenrade uit de link is meer dan de 2.096 woningen die er nu staan; zo groot kan een ingreep hier niet worden. De ingreep is weggelaten.',
      'Een ingreep uit de link gaat over BU99999999, een gebied dat niet in de gegevens bestaat; weggelaten.',
    ]);
    await waitForIdle(p);
    expect(await $(p, 'scenario-banner').count()).toBe(0);
    expect(await panelPct(p, 'WK091740')).toBe('78 %');
    await shot(p, '14-link-refused-moves');
    await p.close();
  });

  it('a link that cannot be read at all says so, without an empty list; unknown fields are named', async () => {
    const p = await openApp(h, '#v=1&scope');
    expect(await text(p, 'link-notice')).toBe('De link kon niet worden gelezen; de standaardweergave wordt getoond.×');
    await p.evaluate(() => {
      window.location.hash = '#v=1&scope=GM0917&foo=1&ind=banana';
    });
    await p.waitForFunction(() => document.querySelector('[data-testid="link-notice"]')?.textContent?.includes('foo'));
    expect(await text(p, 'link-notice')).toBe(
      'Een deel van de link kon niet worden gelezen (onbekend veld "foo", indicator); daarvoor is de standaard gebruikt.×',
    );
    expect(await text(p, 'notices')).not.toContain('()');
    await p.close();
  });
});

describe('framing by another site (clickjacking)', () => {
  it('npm run preview sends the CSP with frame-ancestors and X-Frame-Options as headers', async () => {
    const res = await fetch(h.baseUrl);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), name).toBe(value);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
  it('a page that frames the app gets nothing', async () => {
    const p = await h.browser.newPage();
    await p.setContent(`<iframe id="f" src="${h.baseUrl}" width="600" height="400"></iframe>`);
    await p.waitForTimeout(3000);
    const frame = p.frames().find((f) => f !== p.mainFrame());
    const root = await frame?.evaluate(() => document.getElementById('root')?.childElementCount ?? -1).catch(() => -1);
    expect(root ?? -1).toBe(-1);
    await p.screenshot({ path: resolve(SCREENSHOTS, 'hostile-15-framed.png') });
    await p.close();
  });
});
