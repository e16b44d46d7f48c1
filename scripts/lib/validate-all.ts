/** Runs every geodata validation on file texts; shared by check-data.ts and build-data.ts. */
import { Issues } from './errors.ts';
import { GEO_FILES, LIVEABILITY_FILE, STOCK_FILE, type StockRow } from './schema.ts';
import { validateGeo, type GeoProps } from './validate-geo.ts';
import { validateLiveability } from './validate-liveability.ts';
import { validateStock } from './validate-stock.ts';

/** Facts checked against CBS KWB 2024 (README / cbs/PROVENANCE.md). "" means CBS left it blank (no data). */
const KNOWN: { code: string; corporatie: string; naam?: string }[] = [
  { code: 'GM0917', corporatie: '36', naam: 'Heerlen' },
  { code: 'WK091740', corporatie: '78', naam: 'Heerlerbaan-Centrum' },
  { code: 'WK091736', corporatie: '6', naam: 'Welten-Benzenrade' },
  { code: 'BU09172000', corporatie: '89', naam: 'Weggebekker' },
  { code: 'BU09173002', corporatie: '', naam: 'In de Cramer' },
  { code: 'WK091723', corporatie: '0', naam: 'De Hei' },
];

export interface ValidationResult {
  issues: Issues;
  counts: string[];
  known: string[];
}

function checkKnown(stock: Map<string, StockRow>, issues: Issues): string[] {
  return KNOWN.map(({ code, corporatie, naam }) => {
    const row = stock.get(code);
    const shown = (v: string): string => (v === '' ? '(leeg: geen gegevens)' : v);
    if (!row) {
      issues.add(STOCK_FILE, `known value ${code}`, 'row missing');
      return `${code}: MISSING`;
    }
    const ok = row.corporatie_pct === corporatie && (naam === undefined || row.naam.includes(naam));
    if (row.corporatie_pct !== corporatie)
      issues.add(STOCK_FILE, `known value ${code}`, `corporatie_pct "${row.corporatie_pct}", expected "${corporatie}"`);
    if (naam !== undefined && !row.naam.includes(naam))
      issues.add(STOCK_FILE, `known value ${code}`, `naam "${row.naam}" does not contain "${naam}"`);
    return `${code} ${row.naam}: corporatie_pct ${shown(row.corporatie_pct)} (expected ${shown(corporatie)}) ${ok ? 'ok' : 'FAIL'}`;
  });
}

export function validateAll(read: (file: string) => string | undefined): ValidationResult {
  const issues = new Issues();
  const text = (file: string): string => {
    const t = read(file);
    if (t === undefined) issues.add(file, 'file', 'missing');
    return t ?? '';
  };
  const stockText = text(STOCK_FILE);
  const stock = stockText ? validateStock(stockText, issues) : new Map<string, StockRow>();
  const geo = new Map<string, GeoProps>();
  for (const spec of Object.values(GEO_FILES)) {
    const t = text(spec.file);
    const props = t ? validateGeo(t, spec, issues) : new Map<string, Record<string, string>>();
    geo.set(spec.file, props);
    for (const [code, p] of props) {
      if (stock.get(code)?.niveau !== spec.niveau) issues.add(spec.file, `feature ${code}`, `no ${spec.niveau} row in ${STOCK_FILE}`);
      const gm = p['gemeentecode'];
      if (gm !== undefined && !geo.get(GEO_FILES.gemeenten.file)?.has(gm))
        issues.add(spec.file, `feature ${code}`, `gemeente ${gm} not in ${GEO_FILES.gemeenten.file}`);
    }
  }
  // wijk borders drawn over buurten must be the same wijken (code, naam, gemeente) as wijken.geojson
  const wijken = geo.get(GEO_FILES.wijken.file) ?? new Map<string, Record<string, string>>();
  const grenzen = geo.get(GEO_FILES.wijkenBuurtgrenzen.file) ?? new Map<string, Record<string, string>>();
  for (const [code, p] of grenzen) {
    const w = wijken.get(code);
    if (!w) issues.add(GEO_FILES.wijkenBuurtgrenzen.file, `feature ${code}`, `not in ${GEO_FILES.wijken.file}`);
    else if (w['naam'] !== p['naam'] || w['gemeentecode'] !== p['gemeentecode']) {
      issues.add(GEO_FILES.wijkenBuurtgrenzen.file, `feature ${code}`, `naam/gemeentecode differ from ${GEO_FILES.wijken.file}`);
    }
  }
  for (const [code, p] of geo.get(GEO_FILES.buurten.file) ?? new Map<string, Record<string, string>>()) {
    const wk = p['wijkcode'] ?? '';
    if (!grenzen.has(wk)) issues.add(GEO_FILES.buurten.file, `feature ${code}`, `wijk ${wk} not in ${GEO_FILES.wijkenBuurtgrenzen.file}`);
  }
  const lbmText = text(LIVEABILITY_FILE);
  const lbm = lbmText ? validateLiveability(lbmText, issues) : undefined;
  for (const code of lbm?.wijkCodes ?? [])
    if (!wijken.has(code)) issues.add(LIVEABILITY_FILE, code, `wijk not in ${GEO_FILES.wijken.file}`);

  const known = checkKnown(stock, issues);
  const byNiveau = (n: string): number => [...stock.values()].filter((r) => r.niveau === n).length;
  const counts = [
    ...Object.values(GEO_FILES).map((s) => `${s.file} ${String(geo.get(s.file)?.size ?? 0)}`),
    `${STOCK_FILE} ${String(stock.size)} (gemeente ${String(byNiveau('gemeente'))}, wijk ${String(byNiveau('wijk'))}, buurt ${String(byNiveau('buurt'))})`,
    `${LIVEABILITY_FILE} ${String((lbm?.wijkRows ?? 0) + (lbm?.buurtRows ?? 0))} (wijk ${String(lbm?.wijkRows ?? 0)}, buurt ${String(lbm?.buurtRows ?? 0)})`,
  ];
  return { issues, counts, known };
}
