/**
 * "Bring your own data" as a user sees it, in headless Chromium on the built app (strict CSP):
 * upload, mapping, map and panel change, the join report, persistence across reloads, boundaries in RD,
 * script-like names as text, failures that leave the map intact, size limit, a 50 MB file, export.
 * Each test starts with empty browser storage and uploads the files it needs; every page is checked for
 * CSP violations, dialogs and page errors when its test ends (driver.ts).
 */
import { describe, expect, it } from 'vitest';
import { AREA, HEERLEN, useApp, type App } from './driver';

const app = useApp();
const INJECTION = '<img src=x onerror=alert(1)>';
const V = AREA.heerlerbaanCentrum;

/** Hue check of the colour steps: brown above the band, light grey within. */
const isBrown = ([r, g, b]: number[]) => (r ?? 0) > (g ?? 0) && (g ?? 0) > (b ?? 0) && (r ?? 0) - (b ?? 0) > 60;
const isLightGrey = ([r, g, b]: number[]) =>
  Math.min(r ?? 0, g ?? 0, b ?? 0) > 200 && Math.max(r ?? 0, g ?? 0, b ?? 0) - Math.min(r ?? 0, g ?? 0, b ?? 0) < 25;

/** Heerlen with the 2025 wijk figures uploaded (Heerlerbaan-Centrum 45,5 %) and shown on the map. */
async function withHeerlenFigures(): Promise<App> {
  const a = await app.open(HEERLEN);
  await a.uploadConfirmed('heerlen-wijken-2025.csv');
  return a;
}

/** Then problems.csv (decimal commas), which takes over the map; the 2025 figures are kept, switched off. */
async function withBothFiles(): Promise<App> {
  const a = await withHeerlenFigures();
  await a.uploadConfirmed('problems.csv', { decimal: ',' });
  return a;
}

/** The 2025 figures on the map and problems.csv as an extra indicator. */
async function withFiguresAndIndicator(): Promise<App> {
  const a = await withBothFiles();
  await a.useUpload(0, 'map');
  await a.waitGone('upload-alert');
  await a.useUpload(1, 'indicator');
  return a;
}

describe('upload: bring your own data', () => {
  it('runs under the strict Content-Security-Policy', async () => {
    const a = await app.open(HEERLEN);
    const csp = await a.css('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('uploads a ;-separated CSV with decimal commas: the mapping is detected, Heerlerbaan-Centrum goes from 78 % to 45,5 %', async () => {
    const a = await app.open(HEERLEN);
    const point = await a.fillPoint(V);
    expect(isBrown(await a.colourAt(point))).toBe(true);
    await a.upload('heerlen-wijken-2025.csv');
    await a.waitFor('csv-mapping');
    expect(await a.el('profile-delimiter').locator('option:checked').textContent()).toBe('automatisch (puntkomma ;)');
    expect(await a.el('profile-decimal').locator('option:checked').textContent()).toBe('automatisch (komma (36,5))');
    expect(await a.el('profile-encoding').locator('option:checked').textContent()).toBe('automatisch (UTF-8 + BOM)');
    expect(await a.el('map-key').inputValue()).toBe('Codering');
    expect(await a.el('map-share').inputValue()).toBe('In bezit woningcorporatie (%)');
    expect(await a.el('map-year').inputValue()).toBe('Perioden');
    expect(await a.axeIn('.side')).toEqual([]);
    await a.panelScreenshot('upload-01-mapping');
    await a.confirmUpload();
    expect(await a.text('report-rows')).toBe('24 rijen gelezen');
    expect(await a.text('report-matched')).toBe('24 rijen gekoppeld aan een gebied');
    expect(await a.visible('report-all-good')).toBe(true);
    expect(await a.count('upload-alert')).toBe(0);
    expect(await a.text('legend-upload-source')).toBe('Cijfers uit eigen bestand: heerlen-wijken-2025.csv');
    expect(await a.legendCount('above')).toBe('1');
    expect(isLightGrey(await a.colourAt(point))).toBe(true);
    await a.openArea(V);
    expect(await a.text('panel-pct')).toBe('45,5 %');
    expect(await a.text('panel-class')).toContain('binnen de band');
    expect(await a.text('area-panel')).toContain('heerlen-wijken-2025.csv, rij 22');
    await a.screenshot('upload-02-csv-applied');
  });

  it('reports a file with problems, row by row, and keeps the report in sight from every tab', async () => {
    const a = await app.open(HEERLEN);
    await a.upload('problems.csv');
    await a.waitFor('csv-mapping');
    expect(await a.count('mapping-remembered')).toBe(0);
    await a.setDecimal(',');
    await a.confirmUpload();
    expect(await a.text('report-rows')).toBe('8 rijen gelezen');
    expect(await a.text('report-matched')).toBe('5 rijen gekoppeld aan een gebied');
    expect(await a.text('report-unmatched')).toBe('3 rijen zonder gebied');
    expect(await a.text('report-duplicates')).toBe('1 dubbele codes: WK091740 (1, 2)');
    expect(await a.text('report-non-numeric')).toBe('1 cellen zonder getal');
    expect(await a.text('report-out-of-range')).toBe('1 waarden buiten 0–100 %');
    const rows = await a.el('report-unmatched-table').locator('tbody tr').allTextContents();
    expect(rows).toEqual([`3WK091799${INJECTION}niet op de kaart`, '6XYZGeen codegeen CBS-code', '8GM0363Amsterdamniet op de kaart']);
    expect(await a.css('img[src="x"]').count()).toBe(0);
    const issues = a.el('report-issues');
    expect(await issues.locator('[data-code="upload.non-numeric"]').textContent()).toContain(
      'rij 4 · kolom "corporatie_pct": "veel" is geen getal',
    );
    expect(await issues.locator('[data-code="upload.out-of-range"]').textContent()).toContain('Controleer of de kolom procenten');
    expect(await a.axeIn('.side')).toEqual([]);
    await a.panelScreenshot('upload-03-problem-report');
    await a.openTab('area');
    expect(await a.text('upload-alert')).toContain('problems.csv: 3 rijen zonder gebied');
    await a.el('upload-alert-open').click();
    expect(await a.visible('upload-report')).toBe(true);
  });

  it('downloads the unmatched rows as CSV', async () => {
    const a = await app.open(HEERLEN);
    await a.uploadConfirmed('problems.csv', { decimal: ',' });
    const { fileName, text: csv } = await a.downloadText('report-download-unmatched');
    expect(fileName).toBe('problems-zonder-gebied.csv');
    expect(csv).toBe(`\ufeffrij;code;naam;corporatie_pct\r\n3;WK091799;${INJECTION};30\r\n6;XYZ;Geen code;20\r\n8;GM0363;Amsterdam;25\r\n`);
  });

  it('remembers the mapping for the same header', async () => {
    const a = await app.open(HEERLEN);
    await a.uploadConfirmed('problems.csv', { decimal: ',' });
    await a.upload('problems.csv');
    await a.waitFor('csv-mapping');
    expect(await a.visible('mapping-remembered')).toBe(true);
    expect(await a.el('profile-decimal').inputValue()).toBe(',');
    expect(await a.el('map-name').inputValue()).toBe('naam');
    await a.el('upload-confirm').locator('xpath=..').getByRole('button', { name: 'Annuleren' }).click();
  });

  it('keeps the uploads across a reload', async () => {
    const a = await withBothFiles();
    await a.reload();
    await a.waitFor('legend-upload-source');
    expect(await a.text('legend-upload-source')).toBe('Cijfers uit eigen bestand: problems.csv');
    await a.openTab('upload');
    expect(await a.uploads()).toEqual(['heerlen-wijken-2025.csv:off', 'problems.csv:map']);
    expect(await a.text('upload-alert')).toContain('problems.csv: 3 rijen zonder gebied');
    await a.useUpload(0, 'map');
    await a.waitGone('upload-alert');
    await a.whenIdle();
    expect(await a.text('legend-upload-source')).toBe('Cijfers uit eigen bestand: heerlen-wijken-2025.csv');
    await a.openArea(V);
    expect(await a.text('panel-pct')).toBe('45,5 %');
  });

  it('shows the extra indicator next to the embedded figures in the area panel', async () => {
    const a = await withBothFiles();
    await a.useUpload(0, 'map');
    await a.waitGone('upload-alert');
    await a.useUpload(1, 'indicator');
    await a.openArea(V);
    expect(await a.text('panel-pct')).toBe('45,5 %');
    expect(await a.text('panel-indicators')).toBe('problems45,5 %');
    await a.openArea('WK091741');
    expect(await a.text('panel-indicators')).toBe('problems–');
    await a.openArea('WK091742');
    expect(await a.text('panel-indicators')).toBe('problemsgeen rij');
  });

  it('reads boundaries in RD New (crs member), reprojects them, and shows a script-like name as text', async () => {
    const a = await withHeerlenFigures();
    await a.upload('heerlen-wijken-rd.geojson');
    await a.waitFor('geo-mapping');
    expect(await a.el('geo-code-prop').inputValue()).toBe('code');
    expect(await a.el('geo-preview').locator('tbody th').allTextContents()).toEqual(['code', 'naam', 'gemeentecode']);
    await a.confirmUpload();
    expect(await a.text('report-crs')).toBe('Coördinaten: RD New (EPSG:28992), omgerekend naar WGS84');
    expect(await a.text('report-features')).toBe('23 features gelezen; gebruikt: 23 wijken, 0 buurten');
    expect(await a.text('report-join-wijk')).toContain('1 gebieden zonder rij: WK091799 <img src=x onerror=alert(1)>');
    expect(await a.texts('legend-upload-source')).toEqual([
      'Cijfers uit eigen bestand: heerlen-wijken-2025.csv',
      'Grenzen uit eigen bestand: heerlen-wijken-rd.geojson',
    ]);
    // The reprojected polygon is drawn where it belongs: hovering it names it, as text.
    await a.hover('WK091799');
    await a.waitFor('tooltip');
    expect(await a.el('tooltip').locator('strong').first().textContent()).toBe(INJECTION);
    await a.openTab('table');
    expect(await a.css('[data-testid="area-table"] tr[data-code="WK091799"]').textContent()).toContain(INJECTION);
    expect(await a.css('img[src="x"]').count()).toBe(0);
    expect(a.dialogs).toEqual([]);
    await a.screenshot('upload-04-rd-boundaries');
    await a.openTab('upload');
    await a.removeUpload('heerlen-wijken-rd.geojson');
  });

  it('reports every bad feature of a GeoJSON with its number and what to do', async () => {
    const a = await app.open(HEERLEN);
    await a.upload('problems.geojson');
    await a.waitFor('geo-mapping');
    await a.el('use-off').check();
    await a.confirmUpload();
    const codes = await a
      .el('report-issues')
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
    expect(await a.el('report-issues').locator('li').nth(3).textContent()).toContain('De rand van gebied 5 (WK091737) snijdt zichzelf');
    expect(await a.el('report-issues').locator('li').nth(3).textContent()).toContain('Geometrie repareren');
    await a.panelScreenshot('upload-05-geojson-problems');
    await a.removeUpload('problems.geojson');
  });

  it('leaves the map intact when a file is unusable, and says where', async () => {
    const a = await withHeerlenFigures();
    const point = await a.fillPoint(V);
    const before = await a.colourAt(point);
    await a.upload({ name: 'amsterdam.csv', text: 'code;corporatie_pct\nGM0363;25\nWK036300;30\n' });
    await a.waitFor('csv-mapping');
    await a.el('upload-confirm').click();
    await a.waitFor('upload-failure', 60_000);
    expect(await a.text('upload-failure-message')).toBe(
      'Geen enkele rij past bij een gebied op de kaart (2 rijen gelezen). Controleer de sleutelkolom en of het om codes of namen gaat.',
    );
    expect(await a.text('upload-failure-where')).toBe('amsterdam.csv · kolom "code"');
    expect(await a.text('upload-failure')).toContain('De kaart is niet veranderd.');
    expect(await a.text('upload-alert')).toContain('inlezen mislukt');
    await a.whenIdle();
    expect(await a.colourAt(point)).toEqual(before);
    expect(await a.text('legend-upload-source')).toBe('Cijfers uit eigen bestand: heerlen-wijken-2025.csv');
    await a.panelScreenshot('upload-06-fatal');
    await a.button('Annuleren');
  });

  it('refuses a file above the size limit with a clear message, before reading it', async () => {
    const a = await app.open(HEERLEN);
    await a.openTab('upload');
    const big = await a.makeFile(() => new File([new Uint8Array(101 * 1024 * 1024)], 'te-groot.csv', { type: 'text/csv' }));
    await a.dropOnUpload(big);
    await a.waitFor('upload-failure');
    expect(await a.text('upload-failure-message')).toBe(
      'te-groot.csv is 101 MB; de grens is 100 MB. Splits het bestand of laat overbodige kolommen weg.',
    );
    await big.dispose();
  });

  it('parses a 50 MB CSV in the worker with a progress bar while the page stays responsive', async () => {
    const a = await app.open(HEERLEN);
    await a.openTab('upload');
    const file = await a.makeFile(() => {
      const parts = ['code;naam;corporatie_pct;woningen\n', 'WK091740;Heerlerbaan-Centrum;45.5;2301\n'];
      let size = 0;
      for (let i = 0; size < 50 * 1024 * 1024; i++) {
        const line = `BU${String(36300000 + i).padStart(8, '0')};Buurt ${i} van elders;${(i % 1000) / 10};${1000 + (i % 4000)}\n`;
        parts.push(line);
        size += line.length;
      }
      return new File(parts, 'groot-50mb.csv', { type: 'text/csv' });
    });
    await a.dropOnUpload(file);
    await a.waitFor('csv-mapping');
    await a.el('use-off').check();
    const t0 = Date.now();
    const { gaps, progress } = await a.watchMainThread(async () => {
      await a.el('upload-confirm').click();
      await a.css('[data-testid="upload-entry"][data-file="groot-50mb.csv"]').waitFor({ timeout: 120_000 });
    });
    const seconds = (Date.now() - t0) / 1000;
    const maxGap = Math.max(...gaps);
    console.log(
      `50 MB CSV in the browser: ${seconds.toFixed(1)} s to report; longest main-thread gap ${maxGap.toFixed(0)} ms over ${gaps.length} ticks; progress seen ${[...new Set(progress)].length} values`,
    );
    expect(new Set(progress).size).toBeGreaterThan(3);
    expect(maxGap).toBeLessThan(1000);
    expect(await a.text('report-matched')).toBe('1 rijen gekoppeld aan een gebied');
    expect(await a.text('report-non-numeric')).toBe('0 cellen zonder getal');
    expect(await a.text('report-profile')).toContain('decimaalteken punt (36.5)');
    expect(Number((await a.text('report-rows')).split(' ')[0]?.replace(/\./g, ''))).toBeGreaterThan(700_000);
    await a.panelScreenshot('upload-07-50mb');
    await a.removeUpload('groot-50mb.csv');
    await file.dispose();
  });

  it('exports the joined data as CSV and GeoJSON', async () => {
    const a = await withFiguresAndIndicator();
    const csv = await a.downloadText('export-csv');
    expect(csv.fileName).toMatch(/^wijkbalans-wijk-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('\ufeffcode;naam;niveau;gemeentecode;woningen;corporatie_pct;klasse;peiljaar;bron;problems');
    expect(lines.find((l) => l.startsWith('WK091740;'))).toBe(
      'WK091740;Wijk 40 Heerlerbaan-Centrum;wijk;GM0917;2301;45,5;binnen;2025;heerlen-wijken-2025.csv, rij 22;45,5',
    );
    const geo = await a.downloadText('export-geojson');
    const fc = JSON.parse(geo.text) as { features: { properties: { code: string; corporatie_pct: number | null } }[] };
    expect(fc.features).toHaveLength(49);
    expect(fc.features.find((f) => f.properties.code === 'WK091740')?.properties.corporatie_pct).toBe(45.5);
  });

  it('goes back to the embedded CBS data in one click, keeping the files', async () => {
    const a = await withFiguresAndIndicator();
    const point = await a.fillPoint(V);
    expect(isLightGrey(await a.colourAt(point))).toBe(true);
    await a.restoreEmbedded();
    expect(isBrown(await a.colourAt(point))).toBe(true);
    expect(await a.legendCount('above')).toBe('2');
    expect(await a.el('upload-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-use')))).toEqual(['off', 'off']);
    await a.screenshot('upload-08-restored');
  });

  it('can replace the embedded figures entirely: areas without a row then show no data, and the alert says so', async () => {
    const a = await withHeerlenFigures();
    await a.restoreEmbedded();
    await a.upload('heerlen-wijken-2025.csv');
    await a.waitFor('csv-mapping');
    expect(await a.visible('mapping-remembered')).toBe(true);
    await a.el('keep-embedded').uncheck();
    await a.confirmUpload();
    expect(await a.text('report-areas-without-wijk')).toBe(
      '26 gebieden zonder rij (tonen geen gegevens): Landgraaf 3, Brunssum 5, Kerkrade 3, Simpelveld 2, Voerendaal 6, Beekdaelen 7',
    );
    expect(await a.text('upload-alert')).toContain('227 gebieden zonder rij tonen geen gegevens.');
    await a.setScope('parkstad');
    expect(await a.legendCount('nodata')).toBe('26');
    await a.screenshot('upload-09-replace-all');
    await a.setScope('GM0917');
    await a.restoreEmbedded();
  });

  it('an upload session (injected names, RD boundaries, a failed file) has no CSP violations, dialogs or page errors', async () => {
    const a = await withBothFiles();
    await a.uploadConfirmed('heerlen-wijken-rd.geojson');
    await a.openTab('table');
    expect(await a.css('img[src="x"]').count()).toBe(0);
    await a.upload({ name: 'amsterdam.csv', text: 'code;corporatie_pct\nGM0363;25\n' });
    await a.waitFor('csv-mapping');
    await a.el('upload-confirm').click();
    await a.waitFor('upload-failure', 60_000);
    expect(await a.cspViolations()).toEqual([]);
    expect(a.dialogs).toEqual([]);
    expect(a.errors).toEqual([]);
  });
});
