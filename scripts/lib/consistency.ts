/**
 * Build-time cross-checks between the geometry collections, stock rows and liveability rows.
 * Errors (code sets that differ per gemeente, geometry without stock row) make the build fail;
 * notes (expected gaps, name differences) are printed in the summary.
 */
import { Issues } from './errors.ts';
import type { BuiltCollection } from './geometry.ts';
import {
  GEMEENTEN_WITHOUT_BUURT_FIGURES,
  GEO_FILES,
  STOCK_FILE,
  LIVEABILITY_FILE,
  gemeenteOf,
  wijkOf,
  type LiveabilityRow,
  type Niveau,
  type StockRow,
} from './schema.ts';

export interface ConsistencyResult {
  issues: Issues;
  notes: string[];
}

const diff = (a: Set<string>, b: Set<string>): string[] => [...a].filter((x) => !b.has(x)).sort();
const codesWhere = (codes: Iterable<string>, gm: string): Set<string> => new Set([...codes].filter((c) => gemeenteOf(c) === gm));

function compareSets(issues: Issues, file: string, what: string, geo: Set<string>, other: Set<string>, otherName = 'stock'): void {
  const onlyGeo = diff(geo, other);
  const onlyOther = diff(other, geo);
  if (onlyGeo.length > 0) issues.add(file, what, `geometry codes without ${otherName} row: ${onlyGeo.join(', ')}`);
  if (onlyOther.length > 0) issues.add(file, what, `${otherName} codes without geometry: ${onlyOther.join(', ')}`);
}

export function checkConsistency(stock: StockRow[], geo: BuiltCollection[], lbm: LiveabilityRow[]): ConsistencyResult {
  const issues = new Issues();
  const notes: string[] = [];
  const byCode = new Map(stock.map((r) => [r.code, r]));
  const stockCodes = (niveau: Niveau): Set<string> => new Set(stock.filter((r) => r.niveau === niveau).map((r) => r.code));
  const gemeenten = stockCodes('gemeente');
  const without = new Set<string>(GEMEENTEN_WITHOUT_BUURT_FIGURES);

  for (const c of geo) {
    const file = c.spec.file;
    const geoCodes = new Set(c.features.map((f) => f.properties['code'] ?? ''));
    // every feature has a stock row of the same niveau; names agree
    for (const f of c.features) {
      const code = f.properties['code'] ?? '';
      const row = byCode.get(code);
      if (!row && c.spec.niveau === 'buurt' && without.has(gemeenteOf(code))) continue;
      if (!row || row.niveau !== c.spec.niveau) {
        issues.add(file, `feature ${code}`, `no ${c.spec.niveau} row in ${STOCK_FILE}`);
      } else if (row.naam !== f.properties['naam']) {
        notes.push(`${file} ${code}: name "${f.properties['naam'] ?? ''}" vs stock "${row.naam}" (stock keeps the CBS table name)`);
      }
    }
    // code sets per gemeente
    const gms = new Set([...geoCodes].map(gemeenteOf));
    if (c.spec.niveau === 'gemeente') {
      compareSets(issues, file, 'gemeenten', geoCodes, gemeenten);
      continue;
    }
    for (const gm of gms) {
      if (c.spec.niveau === 'buurt' && without.has(gm)) {
        notes.push(
          `${file}: ${String(codesWhere(geoCodes, gm).size)} ${gm} buurten have a polygon and no stock row (no CBS figures per buurt)`,
        );
        continue;
      }
      compareSets(issues, file, gm, codesWhere(geoCodes, gm), codesWhere(stockCodes(c.spec.niveau), gm));
    }
    const noPolygons = [...gemeenten].filter((gm) => !gms.has(gm)).sort();
    if (noPolygons.length > 0) issues.add(file, 'gemeenten', `no polygons for ${noPolygons.join(', ')}`);
  }

  // stock internal structure: gemeente/wijk parents exist, gemeentenaam agrees with the gemeente row
  for (const r of stock) {
    const gm = byCode.get(r.gemeentecode);
    if (!gm || gm.niveau !== 'gemeente') issues.add(STOCK_FILE, r.code, `gemeente ${r.gemeentecode} has no row`);
    else if (gm.naam !== r.gemeentenaam) issues.add(STOCK_FILE, r.code, `gemeentenaam "${r.gemeentenaam}" ≠ "${gm.naam}"`);
    if (r.niveau === 'buurt' && byCode.get(wijkOf(r.code))?.niveau !== 'wijk')
      issues.add(STOCK_FILE, r.code, `wijk ${wijkOf(r.code)} has no row`);
  }

  // liveability codes against geometry and stock
  const wijkGeo = geo.find((c) => c.spec.file === GEO_FILES.wijken.file);
  const buurtGeo = geo.find((c) => c.spec.file === GEO_FILES.buurten.file);
  const lbmCodes = (niveau: Niveau): Set<string> => new Set(lbm.filter((r) => r.niveau === niveau).map((r) => r.code));
  if (wijkGeo)
    compareSets(
      issues,
      LIVEABILITY_FILE,
      'wijken vs wijken.geojson',
      new Set(wijkGeo.features.map((f) => f.properties['code'] ?? '')),
      lbmCodes('wijk'),
      'liveability',
    );
  const lbmBuurt = lbmCodes('buurt');
  if (buurtGeo) {
    const polys = new Set(buurtGeo.features.map((f) => f.properties['code'] ?? ''));
    const noPolygon = diff(lbmBuurt, polys);
    if (noPolygon.length > 0) issues.add(LIVEABILITY_FILE, 'buurten', `scored buurten without a polygon: ${noPolygon.join(', ')}`);
    const noScore = diff(polys, lbmBuurt);
    notes.push(`${LIVEABILITY_FILE}: ${String(noScore.length)} buurt polygons without a Leefbaarometer score: ${noScore.join(', ')}`);
  }
  const lbmNames = new Map(lbm.map((r) => [r.code, r.naam]));
  for (const [code, naam] of lbmNames) {
    const row = byCode.get(code);
    if (row && row.naam !== naam) notes.push(`${LIVEABILITY_FILE} ${code}: name "${naam}" vs stock "${row.naam}"`);
  }
  return { issues, notes };
}

/**
 * The boundaries file carries the KWB 2024 key fields per buurt (copied by its own script from the same CBS rows):
 * they must equal stock.csv, which proves the 2016→2024 recoding of the Beekdaelen buurten puts figures and
 * polygons on the same code.
 */
export function checkBoundaryKwb(stock: StockRow[], kwb: Map<string, { woningen: unknown; corporatie: unknown }>, issues: Issues): number {
  const byCode = new Map(stock.map((r) => [r.code, r]));
  let checked = 0;
  for (const [code, k] of kwb) {
    const row = byCode.get(code);
    if (k.woningen === null) {
      if (row) issues.add(STOCK_FILE, code, 'has a row, but the boundaries file has no KWB 2024 figures for it');
      continue;
    }
    if (!row) {
      issues.add(STOCK_FILE, code, 'no row, but the boundaries file has KWB 2024 figures for it');
      continue;
    }
    const corporatie = k.corporatie === null ? '' : String(k.corporatie);
    if (String(k.woningen) !== row.woningen || corporatie !== row.corporatie_pct)
      issues.add(
        STOCK_FILE,
        code,
        `woningen/corporatie ${row.woningen}/${row.corporatie_pct}, boundaries file ${String(k.woningen)}/${corporatie}`,
      );
    checked++;
  }
  return checked;
}
