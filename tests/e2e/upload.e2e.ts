/**
 * "Bring your own data" as a user sees it, in headless Chromium on the built app (strict CSP):
 * upload, mapping, map and panel change, the join report, persistence across reloads, boundaries in RD,
 * script-like names as text, failures that leave the map intact, size limit, a 50 MB file, export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';
import {
  axeViolationsIn,
  canvasPixel,
  downloadText,
  dropFile,
  fillPoint,
  openApp,
  screenPoint,
  SCREENSHOTS,
  startHarness,
  waitForIdle,
  watchPage,
  type Harness,
  type PageWatch,
} from './browser';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'upload');
const INJECTION = '<img src=x onerror=alert(1)>';

let h: Harness;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  h = await startHarness();
  page = await openApp(h, '', undefined, async (p) => {
    watch = await watchPage(p);
  });
});
afterAll(async () => {
  await page?.close();
  await h?.close();
});

const $ = (id: string) => page.locator(`[data-testid="${id}"]`);
const text = async (id: string) => ((await $(id).first().textContent()) ?? '').replace(/\u00a0/g, ' ');
const shot = (name: string) => page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
const panelShot = (name: string) => page.locator('.tabpanel').screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });

async function upload(file: string): Promise<void> {
  await $('tab-upload').click();
  await $('upload-input').setInputFiles(resolve(FIXTURES, file));
}

async function confirm(): Promise<void> {
  await $('upload-confirm').click();
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="upload-progress"]') && !document.querySelector('[data-testid="upload-confirm"]'),
    undefined,
    { timeout: 60_000 },
  );
  await waitForIdle(page);
}

async function openArea(code: string): Promise<void> {
  const [x, y] = await screenPoint(page, code);
  await page.mouse.click(x, y);
  await $('area-panel').waitFor();
}

/** Hue check of the colour steps: brown above the band, light grey within. */
const isBrown = ([r, g, b]: number[]) => (r ?? 0) > (g ?? 0) && (g ?? 0) > (b ?? 0) && (r ?? 0) - (b ?? 0) > 60;
const isLightGrey = ([r, g, b]: number[]) =>
  Math.min(r ?? 0, g ?? 0, b ?? 0) > 200 && Math.max(r ?? 0, g ?? 0, b ?? 0) - Math.min(r ?? 0, g ?? 0, b ?? 0) < 25;

describe('upload: bring your own data', () => {
  it('runs under the strict Content-Security-Policy', async () => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('uploads a ;-separated CSV with decimal commas: the mapping is detected, Heerlerbaan-Centrum goes from 78 % to 45,5 %', async () => {
    const [x, y] = await fillPoint(page, 'WK091740');
    expect(isBrown(await canvasPixel(page, x, y))).toBe(true);
    await upload('heerlen-wijken-2025.csv');
    await $('csv-mapping').waitFor();
    expect(await $('profile-delimiter').locator('option:checked').textContent()).toBe('automatisch (puntkomma ;)');
    expect(await $('profile-decimal').locator('option:checked').textContent()).toBe('automatisch (komma (36,5))');
    expect(await $('profile-encoding').locator('option:checked').textContent()).toBe('automatisch (UTF-8 + BOM)');
    expect(await $('map-key').inputValue()).toBe('Codering');
    expect(await $('map-share').inputValue()).toBe('In bezit woningcorporatie (%)');
    expect(await $('map-year').inputValue()).toBe('Perioden');
    expect(await axeViolationsIn(page, '.side')).toEqual([]);
    await panelShot('upload-01-mapping');
    await confirm();
    expect(await text('report-rows')).toBe('24 rijen gelezen');
    expect(await text('report-matched')).toBe('24 rijen gekoppeld aan een gebied');
    expect(await $('report-all-good').isVisible()).toBe(true);
    expect(await $('upload-alert').count()).toBe(0);
    expect(await text('legend-upload-source')).toBe('Cijfers uit eigen bestand: heerlen-wijken-2025.csv');
    expect(await page.locator('[data-testid="legend-count-above"] strong').textContent()).toBe('1');
    expect(isLightGrey(await canvasPixel(page, x, y))).toBe(true);
    await openArea('WK091740');
    expect(await text('panel-pct')).toBe('45,5 %');
    expect(await text('panel-class')).toContain('binnen de band');
    expect(await $('area-panel').textContent()).toContain('heerlen-wijken-2025.csv, rij 22');
    await shot('upload-02-csv-applied');
  });

  it('reports a file with problems, row by row, and keeps the report in sight from every tab', async () => {
    await upload('problems.csv');
    await $('csv-mapping').waitFor();
    expect(await $('mapping-remembered').count()).toBe(0);
    await $('profile-decimal').selectOption(',');
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="profile-decimal"]') as HTMLSelectElement | null)?.value === ',',
    );
    await confirm();
    expect(await text('report-rows')).toBe('8 rijen gelezen');
    expect(await text('report-matched')).toBe('5 rijen gekoppeld aan een gebied');
    expect(await text('report-unmatched')).toBe('3 rijen zonder gebied');
    expect(await text('report-duplicates')).toBe('1 dubbele codes: WK091740 (1, 2)');
    expect(await text('report-non-numeric')).toBe('1 cellen zonder getal');
    expect(await text('report-out-of-range')).toBe('1 waarden buiten 0–100 %');
    const rows = await $('report-unmatched-table').locator('tbody tr').allTextContents();
    expect(rows).toEqual([`3WK091799${INJECTION}niet op de kaart`, '6XYZGeen codegeen CBS-code', '8GM0363Amsterdamniet op de kaart']);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const issues = $('report-issues');
    expect(await issues.locator('[data-code="upload.non-numeric"]').textContent()).toContain(
      'rij 4 · kolom "corporatie_pct": "veel" is geen getal',
    );
    expect(await issues.locator('[data-code="upload.out-of-range"]').textContent()).toContain('Controleer of de kolom procenten');
    expect(await axeViolationsIn(page, '.side')).toEqual([]);
    await panelShot('upload-03-problem-report');
    await $('tab-area').click();
    expect(await text('upload-alert')).toContain('problems.csv: 3 rijen zonder gebied');
    await $('upload-alert-open').click();
    expect(await $('upload-report').isVisible()).toBe(true);
  });

  it('downloads the unmatched rows as CSV', async () => {
    const { fileName, text: csv } = await downloadText(page, () => $('report-download-unmatched').click());
    expect(fileName).toBe('problems-zonder-gebied.csv');
    expect(csv).toBe(`\ufeffrij;code;naam;corporatie_pct\r\n3;WK091799;${INJECTION};30\r\n6;XYZ;Geen code;20\r\n8;GM0363;Amsterdam;25\r\n`);
  });

  it('remembers the mapping for the same header', async () => {
    await upload('problems.csv');
    await $('csv-mapping').waitFor();
    expect(await $('mapping-remembered').isVisible()).toBe(true);
    expect(await $('profile-decimal').inputValue()).toBe(',');
    expect(await $('map-name').inputValue()).toBe('naam');
    await $('upload-confirm').locator('xpath=..').getByRole('button', { name: 'Annuleren' }).click();
  });

  it('keeps the uploads across a reload', async () => {
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __mapReady?: boolean }).__mapReady === true, undefined, { timeout: 60_000 });
    await $('legend-upload-source').waitFor({ timeout: 30_000 });
    expect(await text('legend-upload-source')).toBe('Cijfers uit eigen bestand: problems.csv');
    await $('tab-upload').click();
    expect(
      await $('upload-entry').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-file')}:${e.getAttribute('data-use')}`)),
    ).toEqual(['heerlen-wijken-2025.csv:off', 'problems.csv:map']);
    expect(await text('upload-alert')).toContain('problems.csv: 3 rijen zonder gebied');
    await $('upload-entry').first().locator('[data-testid="entry-use"]').selectOption('map');
    await page.waitForFunction(() => !document.querySelector('[data-testid="upload-alert"]'), undefined, { timeout: 30_000 });
    await waitForIdle(page);
    expect(await text('legend-upload-source')).toBe('Cijfers uit eigen bestand: heerlen-wijken-2025.csv');
    await openArea('WK091740');
    expect(await text('panel-pct')).toBe('45,5 %');
  });

  it('shows the extra indicator next to the embedded figures in the area panel', async () => {
    await $('tab-upload').click();
    await $('upload-entry').nth(1).locator('[data-testid="entry-use"]').selectOption('indicator');
    await waitForIdle(page);
    await openArea('WK091740');
    expect(await text('panel-pct')).toBe('45,5 %');
    expect(await text('panel-indicators')).toBe('problems45,5 %');
    await openArea('WK091741');
    expect(await text('panel-indicators')).toBe('problems–');
    await openArea('WK091742');
    expect(await text('panel-indicators')).toBe('problemsgeen rij');
  });

  it('reads boundaries in RD New (crs member), reprojects them, and shows a script-like name as text', async () => {
    await upload('heerlen-wijken-rd.geojson');
    await $('geo-mapping').waitFor();
    expect(await $('geo-code-prop').inputValue()).toBe('code');
    expect(await $('geo-preview').locator('tbody th').allTextContents()).toEqual(['code', 'naam', 'gemeentecode']);
    await confirm();
    expect(await text('report-crs')).toBe('Coördinaten: RD New (EPSG:28992), omgerekend naar WGS84');
    expect(await text('report-features')).toBe('23 features gelezen; gebruikt: 23 wijken, 0 buurten');
    expect(await text('report-join-wijk')).toContain('1 gebieden zonder rij: WK091799 <img src=x onerror=alert(1)>');
    expect(await $('legend-upload-source').allTextContents()).toEqual([
      'Cijfers uit eigen bestand: heerlen-wijken-2025.csv',
      'Grenzen uit eigen bestand: heerlen-wijken-rd.geojson',
    ]);
    // The reprojected polygon is drawn where it belongs: hovering it names it, as text.
    const [x, y] = await fillPoint(page, 'WK091799');
    await page.mouse.move(x, y);
    await $('tooltip').waitFor();
    expect(await $('tooltip').locator('strong').first().textContent()).toBe(INJECTION);
    await $('tab-table').click();
    expect(await page.locator('[data-testid="area-table"] tr[data-code="WK091799"]').textContent()).toContain(INJECTION);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(watch.dialogs).toEqual([]);
    await shot('upload-04-rd-boundaries');
    await $('tab-upload').click();
    await page.locator('[data-testid="upload-entry"][data-file="heerlen-wijken-rd.geojson"] [data-testid="entry-remove"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-file="heerlen-wijken-rd.geojson"]'));
  });

  it('reports every bad feature of a GeoJSON with its number and what to do', async () => {
    await upload('problems.geojson');
    await $('geo-mapping').waitFor();
    await $('use-off').check();
    await confirm();
    const codes = await $('report-issues')
      .locator('li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes).toEqual([
      'geojson.missing-code',
      'geojson.empty-geometry',
      'geojson.invalid-geometry',
      'geojson.self-intersection',
      'geojson.unsupported-geometry',
      'geojson.empty-geometry',
    ]);
    expect(await $('report-issues').locator('li').nth(3).textContent()).toContain('De rand van gebied 5 (WK091737) snijdt zichzelf');
    expect(await $('report-issues').locator('li').nth(3).textContent()).toContain('Geometrie repareren');
    await panelShot('upload-05-geojson-problems');
    await page.locator('[data-testid="upload-entry"][data-file="problems.geojson"] [data-testid="entry-remove"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-file="problems.geojson"]'));
  });

  it('leaves the map intact when a file is unusable, and says where', async () => {
    const [x, y] = await fillPoint(page, 'WK091740');
    const before = await canvasPixel(page, x, y);
    await $('upload-input').setInputFiles({
      name: 'amsterdam.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('code;corporatie_pct\nGM0363;25\nWK036300;30\n'),
    });
    await $('csv-mapping').waitFor();
    await $('upload-confirm').click();
    await $('upload-failure').waitFor({ timeout: 60_000 });
    expect(await text('upload-failure-message')).toBe(
      'Geen enkele rij past bij een gebied op de kaart (2 rijen gelezen). Controleer de sleutelkolom en of het om codes of namen gaat.',
    );
    expect(await text('upload-failure-where')).toBe('amsterdam.csv · kolom "code"');
    expect(await text('upload-failure')).toContain('De kaart is niet veranderd.');
    expect(await text('upload-alert')).toContain('inlezen mislukt');
    await waitForIdle(page);
    expect(await canvasPixel(page, x, y)).toEqual(before);
    expect(await text('legend-upload-source')).toBe('Cijfers uit eigen bestand: heerlen-wijken-2025.csv');
    await panelShot('upload-06-fatal');
    await page.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('refuses a file above the size limit with a clear message, before reading it', async () => {
    const big = await page.evaluateHandle(() => new File([new Uint8Array(101 * 1024 * 1024)], 'te-groot.csv', { type: 'text/csv' }));
    await dropFile(page, '[data-testid="upload-drop"]', big);
    await $('upload-failure').waitFor();
    expect(await text('upload-failure-message')).toBe(
      'te-groot.csv is 101 MB; de grens is 100 MB. Splits het bestand of laat overbodige kolommen weg.',
    );
    await big.dispose();
  });

  it('parses a 50 MB CSV in the worker with a progress bar while the page stays responsive', async () => {
    const file = await page.evaluateHandle(() => {
      const parts = ['code;naam;corporatie_pct;woningen\n', 'WK091740;Heerlerbaan-Centrum;45.5;2301\n'];
      let size = 0;
      for (let i = 0; size < 50 * 1024 * 1024; i++) {
        const line = `BU${String(36300000 + i).padStart(8, '0')};Buurt ${i} van elders;${(i % 1000) / 10};${1000 + (i % 4000)}\n`;
        parts.push(line);
        size += line.length;
      }
      return new File(parts, 'groot-50mb.csv', { type: 'text/csv' });
    });
    await dropFile(page, '[data-testid="upload-drop"]', file);
    await $('csv-mapping').waitFor({ timeout: 30_000 });
    await $('use-off').check();
    await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __probe: number; __progress: number[] };
      w.__gaps = [];
      w.__progress = [];
      let last = performance.now();
      w.__probe = window.setInterval(() => {
        const now = performance.now();
        w.__gaps.push(now - last);
        last = now;
        const bar = document.querySelector('[data-testid="upload-progress-bar"]') as HTMLProgressElement | null;
        if (bar) w.__progress.push(bar.value);
      }, 50);
    });
    const t0 = Date.now();
    await $('upload-confirm').click();
    await page.locator('[data-testid="upload-entry"][data-file="groot-50mb.csv"]').waitFor({ timeout: 120_000 });
    const seconds = (Date.now() - t0) / 1000;
    const { gaps, progress } = await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __probe: number; __progress: number[] };
      window.clearInterval(w.__probe);
      return { gaps: w.__gaps, progress: w.__progress };
    });
    const maxGap = Math.max(...gaps);
    console.log(
      `50 MB CSV in the browser: ${seconds.toFixed(1)} s to report; longest main-thread gap ${maxGap.toFixed(0)} ms over ${gaps.length} ticks; progress seen ${[...new Set(progress)].length} values`,
    );
    expect(new Set(progress).size).toBeGreaterThan(3);
    expect(maxGap).toBeLessThan(1000);
    expect(await text('report-matched')).toBe('1 rijen gekoppeld aan een gebied');
    expect(await text('report-non-numeric')).toBe('0 cellen zonder getal');
    expect(await text('report-profile')).toContain('decimaalteken punt (36.5)');
    expect(Number((await text('report-rows')).split(' ')[0]?.replace(/\./g, ''))).toBeGreaterThan(700_000);
    await panelShot('upload-07-50mb');
    await page.locator('[data-testid="upload-entry"][data-file="groot-50mb.csv"] [data-testid="entry-remove"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-file="groot-50mb.csv"]'));
    await file.dispose();
  });

  it('exports the joined data as CSV and GeoJSON', async () => {
    const csv = await downloadText(page, () => $('export-csv').click());
    expect(csv.fileName).toMatch(/^wijkbalans-wijk-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('\ufeffcode;naam;niveau;gemeentecode;woningen;corporatie_pct;klasse;peiljaar;bron;problems');
    expect(lines.find((l) => l.startsWith('WK091740;'))).toBe(
      'WK091740;Wijk 40 Heerlerbaan-Centrum;wijk;GM0917;2301;45,5;binnen;2025;heerlen-wijken-2025.csv, rij 22;45,5',
    );
    const geo = await downloadText(page, () => $('export-geojson').click());
    const fc = JSON.parse(geo.text) as { features: { properties: { code: string; corporatie_pct: number | null } }[] };
    expect(fc.features).toHaveLength(49);
    expect(fc.features.find((f) => f.properties.code === 'WK091740')?.properties.corporatie_pct).toBe(45.5);
  });

  it('goes back to the embedded CBS data in one click, keeping the files', async () => {
    await $('upload-restore').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="legend-upload-source"]'), undefined, { timeout: 30_000 });
    await waitForIdle(page);
    const [x, y] = await fillPoint(page, 'WK091740');
    expect(isBrown(await canvasPixel(page, x, y))).toBe(true);
    expect(await page.locator('[data-testid="legend-count-above"] strong').textContent()).toBe('2');
    expect(await $('upload-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-use')))).toEqual(['off', 'off']);
    await shot('upload-08-restored');
  });

  it('can replace the embedded figures entirely: areas without a row then show no data, and the alert says so', async () => {
    await upload('heerlen-wijken-2025.csv');
    await $('csv-mapping').waitFor();
    expect(await $('mapping-remembered').isVisible()).toBe(true);
    await $('keep-embedded').uncheck();
    await confirm();
    expect(await text('report-areas-without-wijk')).toBe(
      '26 gebieden zonder rij (tonen geen gegevens): Landgraaf 3, Brunssum 5, Kerkrade 3, Simpelveld 2, Voerendaal 6, Beekdaelen 7',
    );
    expect(await text('upload-alert')).toContain('227 gebieden zonder rij tonen geen gegevens.');
    await page.locator('[data-testid="scope-select"]').selectOption('parkstad');
    await waitForIdle(page);
    expect(await page.locator('[data-testid="legend-count-nodata"] strong').textContent()).toBe('26');
    await shot('upload-09-replace-all');
    await page.locator('[data-testid="scope-select"]').selectOption('GM0917');
    await $('upload-restore').click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="legend-upload-source"]'), undefined, { timeout: 30_000 });
  });

  it('had no CSP violations, dialogs or page errors', async () => {
    expect(await watch.cspViolations()).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect((page as Page & { __errors?: string[] }).__errors).toEqual([]);
  });
});
