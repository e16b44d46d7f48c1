/**
 * Build-time cross-checks between the geometry collections, stock rows and liveability rows.
 * Errors (code sets that differ per gemeente, geometry without stock row) make the build fail;
 * notes (expected gaps, name differences) are printed in the summary.
 */
import { Issues } from './errors.ts';
import type { BuiltCollection } from './geometry.ts';
import { GEO_FILES, STOCK_FILE, LIVEABILITY_FILE, gemeenteOf, wijkOf, type LiveabilityRow, type Niveau, type StockRow } from './schema.ts';

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

  for (const c of geo) {
    const file = c.spec.file;
    const geoCodes = new Set(c.features.map((f) => f.properties['code'] ?? ''));
    // every feature has a stock row of the same niveau; names agree
    for (const f of c.features) {
      const code = f.properties['code'] ?? '';
      const row = byCode.get(code);
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
    for (const gm of gms) compareSets(issues, file, gm, codesWhere(geoCodes, gm), codesWhere(stockCodes(c.spec.niveau), gm));
    const without = [...gemeenten].filter((gm) => !gms.has(gm)).sort();
    if (without.length > 0) {
      const unmapped = [...stockCodes(c.spec.niveau)].filter((code) => without.includes(gemeenteOf(code))).length;
      notes.push(`${file}: no polygons for ${without.join(', ')} (${String(unmapped)} ${c.spec.niveau} rows in stock have no geometry)`);
    }
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
  const stockBuurt = stockCodes('buurt');
  const noScore = diff(stockBuurt, lbmBuurt);
  if (noScore.length > 0)
    notes.push(`${LIVEABILITY_FILE}: ${String(noScore.length)} stock buurten without a Leefbaarometer score: ${noScore.join(', ')}`);
  const noStock = diff(lbmBuurt, stockBuurt);
  if (noStock.length > 0)
    notes.push(
      `${LIVEABILITY_FILE}: ${String(noStock.length)} scored buurten without a stock row (not in the KWB 2024 dump): gemeenten ${[...new Set(noStock.map(gemeenteOf))].join(', ')}`,
    );
  if (buurtGeo) {
    const polys = new Set(buurtGeo.features.map((f) => f.properties['code'] ?? ''));
    notes.push(
      `${LIVEABILITY_FILE}: ${String([...lbmBuurt].filter((c) => polys.has(c)).length)} of ${String(lbmBuurt.size)} scored buurten have a polygon`,
    );
  }
  const lbmNames = new Map(lbm.map((r) => [r.code, r.naam]));
  for (const [code, naam] of lbmNames) {
    const row = byCode.get(code);
    if (row && row.naam !== naam) notes.push(`${LIVEABILITY_FILE} ${code}: name "${naam}" vs stock "${row.naam}"`);
  }
  return { issues, notes };
}
