/** Runs every geodata validation on file texts; shared by check-data.ts and build-data.ts. */
import { boundaryEdges, dissolve, edgeDifference, vertexCount } from './dissolve.ts';
import { Issues } from './errors.ts';
import type { Geometry } from './geojson.ts';
import {
  GEMEENTEN_WITHOUT_BUURT_FIGURES,
  GEO_FILES,
  LIVEABILITY_FILE,
  MIN_MEDIAN_VERTICES_HEERLEN,
  SLIVER_M2,
  STOCK_FILE,
  TREND_FILE,
  TREND_LAST_YEAR,
  wijkOf,
  type StockRow,
  type TrendRow,
} from './schema.ts';
import { validateGeo, type GeoGeometries, type GeoProps } from './validate-geo.ts';
import { validateLiveability } from './validate-liveability.ts';
import { validateStock } from './validate-stock.ts';
import { validateTrend } from './validate-trend.ts';
import { sharePct } from './numbers.ts';

/** Facts checked against CBS (README of ../shared/data, its PROVENANCE files). "" means CBS left it blank (no data). */
const KNOWN: { code: string; corporatie: string; naam?: string }[] = [
  { code: 'GM0917', corporatie: '36', naam: 'Heerlen' },
  { code: 'WK091740', corporatie: '78', naam: 'Heerlerbaan-Centrum' },
  { code: 'WK091736', corporatie: '6', naam: 'Welten-Benzenrade' },
  { code: 'BU09172000', corporatie: '89', naam: 'Weggebekker' },
  { code: 'BU09173002', corporatie: '', naam: 'In de Cramer' },
  { code: 'WK091723', corporatie: '0', naam: 'De Hei' },
  { code: 'GM0965', corporatie: '24', naam: 'Simpelveld' },
];
/** trend/PROVENANCE.md: Heerlen 38.3 % (2012) → 36.3 % (2024); Nederland 28.3 % in 2024. */
const KNOWN_TREND: { key: string; corporatie: string }[] = [
  { key: 'GM0917 2012', corporatie: '38,3' },
  { key: 'GM0917 2024', corporatie: '36,3' },
  { key: 'nederland 2024', corporatie: '28,3' },
];
/** trend/PROVENANCE.md: Kerkrade's total stock jumps between 2013 and 2015; no other gemeente's series breaks. */
const KNOWN_BREAKS = ['GM0928 2014', 'GM0928 2015'];
/** trend/PROVENANCE.md: Beekdaelen exists from 2019; its earlier rows are the sum of its predecessors. */
const BEEKDAELEN_FROM = 2019;
/** boundaries/PROVENANCE.md: the two buurten whose 2024 code could not be confirmed. */
const KNOWN_UNCONFIRMED = ['BU09860202', 'BU09860403'];

export interface ValidationResult {
  issues: Issues;
  counts: string[];
  known: string[];
}

function checkKnown(stock: Map<string, StockRow>, trend: Map<string, TrendRow>, issues: Issues): string[] {
  const shown = (v: string): string => (v === '' ? '(leeg: geen gegevens)' : v);
  const lines = KNOWN.map(({ code, corporatie, naam }) => {
    const row = stock.get(code);
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
  for (const { key, corporatie } of KNOWN_TREND) {
    const got = trend.get(key)?.corporatie_pct ?? 'MISSING';
    if (got !== corporatie) issues.add(TREND_FILE, `known value ${key}`, `corporatie_pct "${got}", expected "${corporatie}"`);
    lines.push(`${TREND_FILE} ${key}: corporatie_pct ${got} (expected ${corporatie}) ${got === corporatie ? 'ok' : 'FAIL'}`);
  }
  const breaks = [...trend.values()].filter((r) => r.niveau === 'gemeente' && r.breuk === '1').map((r) => `${r.code} ${r.jaar}`);
  const ok = breaks.join() === KNOWN_BREAKS.join();
  if (!ok) issues.add(TREND_FILE, 'breuk', `gemeente rows marked [${breaks.join(', ')}], expected [${KNOWN_BREAKS.join(', ')}]`);
  lines.push(`${TREND_FILE} breuk: ${breaks.join(', ')} (expected ${KNOWN_BREAKS.join(', ')}) ${ok ? 'ok' : 'FAIL'}`);
  const summed = [...trend.values()].filter((r) => r.basis === 'som-voorgangers').map((r) => `${r.code} ${r.jaar}`);
  const wanted = [...trend.values()]
    .filter((r) => r.code === 'GM1954' && Number(r.jaar) < BEEKDAELEN_FROM)
    .map((r) => `${r.code} ${r.jaar}`);
  const sumOk = summed.join() === wanted.join() && wanted.length > 0;
  if (!sumOk) issues.add(TREND_FILE, 'basis', `som-voorgangers on [${summed.join(', ')}], expected [${wanted.join(', ')}]`);
  lines.push(
    `${TREND_FILE} som-voorgangers: Beekdaelen before ${String(BEEKDAELEN_FROM)}, ${String(summed.length)} rows ${sumOk ? 'ok' : 'FAIL'}`,
  );
  return lines;
}

/** Every wijk is the union of its buurten and every gemeente the union of its wijken (same edges). */
function checkNesting(geoms: Map<string, GeoGeometries>, issues: Issues): void {
  const of = (file: string): GeoGeometries => geoms.get(file) ?? new Map<string, Geometry>();
  const buurten = of(GEO_FILES.buurten.file);
  const wijken = of(GEO_FILES.wijken.file);
  for (const [code, g] of wijken) {
    const parts = [...buurten].filter(([b]) => wijkOf(b) === code).map(([, bg]) => bg);
    const diff = edgeDifference(boundaryEdges([g]), boundaryEdges(parts));
    if (parts.length === 0 || diff.length > 0)
      issues.add(GEO_FILES.wijken.file, code, `not the union of its ${String(parts.length)} buurten (${String(diff.length)} edges differ)`);
  }
  for (const [code, g] of of(GEO_FILES.gemeenten.file)) {
    const parts = [...wijken].filter(([w]) => `GM${w.slice(2, 6)}` === code).map(([, wg]) => wg);
    if (parts.length === 0) {
      issues.add(GEO_FILES.gemeenten.file, code, 'no wijken');
      continue;
    }
    const diff = edgeDifference(boundaryEdges([g]), boundaryEdges([dissolve(parts, code, SLIVER_M2).geometry]));
    if (diff.length > 0) issues.add(GEO_FILES.gemeenten.file, code, `not the union of its wijken (${String(diff.length)} edges differ)`);
  }
  const heerlen = [...buurten]
    .filter(([b]) => b.startsWith('BU0917'))
    .map(([, bg]) => vertexCount(bg))
    .sort((a, b) => a - b);
  const median = heerlen[Math.floor(heerlen.length / 2)] ?? 0;
  if (median < MIN_MEDIAN_VERTICES_HEERLEN)
    issues.add(
      GEO_FILES.buurten.file,
      'detail',
      `median ${String(median)} vertices per Heerlen buurt, at least ${String(MIN_MEDIAN_VERTICES_HEERLEN)} needed`,
    );
}

/** Rows and polygons of the same areas: where a row may be missing, and where it may not. */
function checkRows(geo: Map<string, GeoProps>, stock: Map<string, StockRow>, issues: Issues): void {
  const without = new Set<string>(GEMEENTEN_WITHOUT_BUURT_FIGURES);
  const gemeenten = geo.get(GEO_FILES.gemeenten.file);
  for (const spec of Object.values(GEO_FILES)) {
    for (const [code, p] of geo.get(spec.file) ?? new Map<string, Record<string, string>>()) {
      const gm = p['gemeentecode'] ?? code;
      const mayLack = spec.niveau === 'buurt' && without.has(gm);
      if (!mayLack && stock.get(code)?.niveau !== spec.niveau)
        issues.add(spec.file, `feature ${code}`, `no ${spec.niveau} row in ${STOCK_FILE}`);
      if (!gemeenten?.has(gm)) issues.add(spec.file, `feature ${code}`, `gemeente ${gm} not in ${GEO_FILES.gemeenten.file}`);
      const wk = p['wijkcode'];
      if (wk !== undefined && !geo.get(GEO_FILES.wijken.file)?.has(wk))
        issues.add(spec.file, `feature ${code}`, `wijk ${wk} not in ${GEO_FILES.wijken.file}`);
    }
  }
  for (const r of stock.values())
    if (r.niveau === 'buurt' && without.has(r.gemeentecode))
      issues.add(STOCK_FILE, r.code, `${r.gemeentecode} has no CBS figures per buurt: a row here would be invented`);
  const unconfirmed = [...(geo.get(GEO_FILES.buurten.file) ?? [])]
    .filter(([, p]) => p['opmerking'] === 'code-2024-onbevestigd')
    .map(([c]) => c);
  if (unconfirmed.join() !== KNOWN_UNCONFIRMED.join())
    issues.add(
      GEO_FILES.buurten.file,
      'opmerking',
      `code-2024-onbevestigd on [${unconfirmed.join(', ')}], expected [${KNOWN_UNCONFIRMED.join(', ')}]`,
    );
}

/** The gemeente rows of trend.csv against stock.csv: same gemeenten; in 2024 the same stock and share. */
function checkTrendAgainstStock(trend: Map<string, TrendRow>, stock: Map<string, StockRow>, issues: Issues): void {
  const gms = [...stock.values()].filter((r) => r.niveau === 'gemeente');
  const trendGms = new Set([...trend.values()].filter((r) => r.niveau === 'gemeente').map((r) => r.code));
  if ([...trendGms].sort().join() !== gms.map((r) => r.code).join())
    issues.add(TREND_FILE, 'gemeenten', `not the gemeenten of ${STOCK_FILE}`);
  for (const g of gms) {
    const t = trend.get(`${g.code} ${String(TREND_LAST_YEAR)}`);
    if (!t) continue;
    if (t.woningen !== g.woningen) issues.add(TREND_FILE, `${g.code} ${t.jaar}`, `woningen ${t.woningen}, ${STOCK_FILE} has ${g.woningen}`);
    const rounded = sharePct(Number(t.corporatie), Number(t.woningen), 0, g.code);
    if (rounded !== g.corporatie_pct)
      issues.add(
        TREND_FILE,
        `${g.code} ${t.jaar}`,
        `corporatie ${t.corporatie_pct} % rounds to ${rounded}, ${STOCK_FILE} has ${g.corporatie_pct}`,
      );
  }
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
  const geoms = new Map<string, GeoGeometries>();
  for (const spec of Object.values(GEO_FILES)) {
    const t = text(spec.file);
    const g: GeoGeometries = new Map();
    geo.set(spec.file, t ? validateGeo(t, spec, issues, g) : new Map<string, Record<string, string>>());
    geoms.set(spec.file, g);
  }
  checkRows(geo, stock, issues);
  checkNesting(geoms, issues);
  const lbmText = text(LIVEABILITY_FILE);
  const lbm = lbmText ? validateLiveability(lbmText, issues) : undefined;
  for (const code of lbm?.wijkCodes ?? [])
    if (!geo.get(GEO_FILES.wijken.file)?.has(code)) issues.add(LIVEABILITY_FILE, code, `wijk not in ${GEO_FILES.wijken.file}`);
  for (const code of lbm?.buurtCodes ?? [])
    if (!geo.get(GEO_FILES.buurten.file)?.has(code)) issues.add(LIVEABILITY_FILE, code, `buurt not in ${GEO_FILES.buurten.file}`);
  const trendText = text(TREND_FILE);
  const trend = trendText ? validateTrend(trendText, issues) : new Map<string, TrendRow>();
  checkTrendAgainstStock(trend, stock, issues);

  const known = checkKnown(stock, trend, issues);
  const byNiveau = (n: string): number => [...stock.values()].filter((r) => r.niveau === n).length;
  const counts = [
    ...Object.values(GEO_FILES).map((s) => `${s.file} ${String(geo.get(s.file)?.size ?? 0)}`),
    `${STOCK_FILE} ${String(stock.size)} (gemeente ${String(byNiveau('gemeente'))}, wijk ${String(byNiveau('wijk'))}, buurt ${String(byNiveau('buurt'))})`,
    `${LIVEABILITY_FILE} ${String((lbm?.wijkRows ?? 0) + (lbm?.buurtRows ?? 0))} (wijk ${String(lbm?.wijkRows ?? 0)}, buurt ${String(lbm?.buurtRows ?? 0)})`,
    `${TREND_FILE} ${String(trend.size)} (${String(new Set([...trend.values()].map((r) => r.code)).size)} series)`,
  ];
  return { issues, counts, known };
}
