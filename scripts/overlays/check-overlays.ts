/**
 * Checks the overlay files in geodata/ (colonies, projects, nplv). Reads only geodata/, so it runs
 * without ../shared. The expected numbers below are our reading of the seeds:
 *   seed 000 "Overzicht Mijnkoloniën": 29 rows; status 1 ×10, 2 ×5, 3 ×1, 4 ×5, 4.5 ×3, 5 ×5;
 *     only Slakken-Horst-Metten prints a code (4) that disagrees with its text ("geen").
 *   seed 001 portfolio: 51 rows; flags VHF 17, WBI 8, SBI 10, Regio Deal 16, DU 12; the prose names
 *     Schimmert Centrum, DSM, Industriestraat and Schilterstraat as Woningbouwimpuls projects.
 *   seed 004: 56.000 inhabitants; 2.352 dwellings 2025–2029, of which 1.775 affordable.
 * Against the area polygons the app draws (geodata/wijken.geojson, buurten.geojson): every colony or project
 * placed in a buurt or wijk lies well inside that area (MIN_CLEARANCE_M from its edges), and every NPLV
 * area is exactly the polygon of its CBS code.
 * Exit code 1 with one line per problem; otherwise a one-line OK summary.
 */
import { COLONY_COLUMNS, PROJECT_COLUMNS } from './outputs.ts';
import type { Feat, Row } from './check-lib.ts';
import { checkDrawn, commaNumber, Problems, readCsv, readGeojson, samePoint } from './check-lib.ts';
import { GEODATA_FILES, OVERLAY_FILES } from '../../src/config/geodata-files.ts';
import { MIN_CLEARANCE_M, containsPoint, distanceToEdgeM, wellInside, type Areal } from './geo.ts';

const EXPECTED_STATUS: Record<string, number> = { '1': 10, '2': 5, '3': 1, '4': 5, '4.5': 3, '5': 5 };
const EXPECTED_AFWIJKING = ['Slakken-Horst-Metten'];
const EXPECTED_FLAGS: Record<string, number> = { vhf: 17, wbi: 8, sbi: 10, regiodeal: 16, du: 12 };
const WBI_PROJECTS = ['Schimmert Centrum', 'DSM', 'Industriestraat', 'Schilterstraat'];
const SOORTEN = ['herstructurering', 'nieuwbouw', 'transformatie', 'gebiedsontwikkeling', 'renovatie/verduurzaming', 'overig'];
/** Seed 000 puts the Versiliënbosch restructuring inside the Vrieheide plan: the focus area is wijk Vrieheide-De Stack. */
const VRIEHEIDE_FOCUS = { code: 'WK091720', names: 'Versiliënbosch' };
/** Inferred wijken that seed 000 names (Bewonerskrachten started in Eikenderveld and Meezenbroek). */
const CITED_INFERRED: Record<string, string> = { WK091732: 'Bewonerskrachten', WK091734: 'Bewonerskrachten' };
const NPLV_KINDS = ['herstructureringsprojecten', 'transformatie van het centrum van Hoensbroek', 'Groeve Gebieden', 'Poort van Noord'];

const p = new Problems();
const F = OVERLAY_FILES;

/** The wijk and buurt polygons the app draws, by code. */
const AREAS = new Map<string, Areal>(
  [GEODATA_FILES.wijken, GEODATA_FILES.buurten].flatMap((file) =>
    readGeojson(file, p).features.flatMap((f) => {
      const g = f.geometry;
      const code = f.properties?.code;
      return typeof code === 'string' && g && (g.type === 'Polygon' || g.type === 'MultiPolygon') ? [[code, g] as const] : [];
    }),
  ),
);

/** An item of buurt or wijk precision lies well inside the polygon of its cbs_code. Returns how many were checked. */
function checkInArea(name: string, rows: Row[], key: (r: Row) => string): number {
  let n = 0;
  for (const r of rows.filter((x) => x.precisie === 'buurt' || x.precisie === 'wijk')) {
    const area = AREAS.get(r.cbs_code ?? '');
    const lat = commaNumber(r.lat),
      lon = commaNumber(r.lon);
    if (!area || lat === null || lon === null || Number.isNaN(lat) || Number.isNaN(lon)) {
      p.expect(false, `${name} ${key(r)}: ${r.precisie ?? ''} ${r.cbs_code ?? ''} has no polygon or no point`);
      continue;
    }
    const where = containsPoint(area, [lon, lat]) ? 'inside' : 'OUTSIDE';
    p.expect(
      wellInside(area, [lon, lat]),
      `${name} ${key(r)}: point ${String(lat)}, ${String(lon)} is not at least ${String(MIN_CLEARANCE_M)} m inside ${r.cbs_code ?? ''} (${where}, ${distanceToEdgeM(area, [lon, lat]).toFixed(1)} m from its edge)`,
    );
    n++;
  }
  return n;
}

/** Shared CSV ↔ GeoJSON rules: unknown ⇔ no coordinates ⇔ not drawn; drawn rows match their feature. */
function checkPair(
  name: string,
  rows: Row[],
  features: Feat[],
  key: (r: Row | Record<string, unknown>) => string,
  area: readonly string[],
): void {
  const byKey = new Map(features.map((f) => [key(f.properties ?? {}), f]));
  p.expect(byKey.size === features.length, `${name}: duplicate feature keys`);
  for (const r of rows) {
    const k = key(r);
    const lat = commaNumber(r.lat),
      lon = commaNumber(r.lon);
    p.expect(!Number.isNaN(lat) && !Number.isNaN(lon), `${name} ${k}: lat/lon must use a decimal comma`);
    p.expect((r.precisie === 'onbekend') === (lat === null && lon === null), `${name} ${k}: precisie onbekend ⇔ no lat/lon`);
    p.expect((r.bron ?? '').trim() !== '', `${name} ${k}: empty bron`);
    p.expect(
      /^(BU\d{8}|WK\d{6})$/.test(r.cbs_code ?? '') === area.includes(r.precisie ?? ''),
      `${name} ${k}: cbs_code "${r.cbs_code ?? ''}" does not fit precisie ${r.precisie ?? ''}`,
    );
    const f = byKey.get(k);
    p.expect(
      (f !== undefined) === (r.precisie !== 'onbekend'),
      `${name} ${k}: ${f ? 'unknown location is drawn' : 'located row missing in GeoJSON'}`,
    );
    if (!f) continue;
    p.expect(f.properties?.precisie === r.precisie, `${name} ${k}: precisie differs between CSV and GeoJSON`);
    if (f.geometry?.type === 'Point') p.expect(samePoint(r, f), `${name} ${k}: point differs from CSV lat/lon`);
  }
  p.expect(
    features.length === rows.filter((r) => r.precisie !== 'onbekend').length,
    `${name}: GeoJSON has ${features.length} features, CSV ${rows.filter((r) => r.precisie !== 'onbekend').length} located rows`,
  );
}

function checkColonies(): string {
  const rows = readCsv(F.colonies, COLONY_COLUMNS, p);
  const { features } = readGeojson(F.coloniesGeo, p);
  p.expect(rows.length === 29, `colonies.csv: ${rows.length} rows, expected 29`);
  p.expect(rows.map((r) => r.nr).join() === Array.from({ length: 29 }, (_, i) => String(i + 1)).join(), 'colonies.csv: nr must run 1..29');
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.status_code ?? ''] = (counts[r.status_code ?? ''] ?? 0) + 1;
  for (const [code, n] of Object.entries(EXPECTED_STATUS))
    p.expect(counts[code] === n, `colonies: status ${code} ×${counts[code] ?? 0}, seed prints ×${n}`);
  p.expect(
    Object.keys(counts).every((c) => c in EXPECTED_STATUS),
    `colonies: unexpected status codes ${Object.keys(counts).join(', ')}`,
  );
  const afw = rows.filter((r) => r.status_afwijking === '1').map((r) => r.naam);
  p.expect(
    JSON.stringify(afw) === JSON.stringify(EXPECTED_AFWIJKING),
    `colonies: status_afwijking on [${afw.join(', ')}], expected [${EXPECTED_AFWIJKING.join(', ')}]`,
  );
  p.expect(
    rows.every((r) => r.status_afwijking === '0' || (r.toelichting ?? '') !== ''),
    'colonies: a status_afwijking row needs a toelichting',
  );
  p.expect(
    rows.every((r) => ['polygoon', 'buurt', 'wijk', 'stadsdeel', 'onbekend'].includes(r.precisie ?? '')),
    'colonies: unknown precisie value',
  );
  checkPair('colonies', rows, features, (r) => String(r.nr), ['buurt', 'wijk']);
  const inArea = checkInArea('colonies', rows, (r) => r.naam ?? '');
  for (const f of features) {
    const pr = f.properties ?? {};
    checkDrawn(F.coloniesGeo, f, `nr ${String(pr.nr)}`, p);
    p.expect(
      (pr.precisie === 'polygoon') === (f.geometry?.type !== 'Point'),
      `colonies.geojson nr ${String(pr.nr)}: polygoon ⇔ (Multi)Polygon`,
    );
    p.expect(
      typeof pr.status_code === 'string' && typeof pr.status_afwijking === 'boolean',
      `colonies.geojson nr ${String(pr.nr)}: status_code string, status_afwijking boolean`,
    );
  }
  return `colonies ${rows.length} (drawn ${features.length}, ${inArea} well inside their buurt/wijk)`;
}

function checkProjects(): string {
  const rows = readCsv(F.projects, PROJECT_COLUMNS, p);
  const { features } = readGeojson(F.projectsGeo, p);
  const pf = rows.filter((r) => r.nr !== '');
  p.expect(pf.length === 51, `projects.csv: ${pf.length} portfolio rows, expected 51`);
  p.expect(
    pf.map((r) => r.nr).join() === Array.from({ length: 51 }, (_, i) => String(i + 1)).join(),
    'projects.csv: portfolio nr must run 1..51',
  );
  p.expect(new Set(rows.map((r) => r.id)).size === rows.length, 'projects.csv: duplicate id');
  p.expect(
    new Set(rows.map((r) => (r.naam ?? '').toLowerCase())).size === rows.length,
    'projects.csv: duplicate project name (unmerged duplicate?)',
  );
  for (const [fund, n] of Object.entries(EXPECTED_FLAGS)) {
    p.expect(
      pf.every((r) => r[fund] === '0' || r[fund] === '1'),
      `projects.csv: ${fund} must be 1/0 on portfolio rows`,
    );
    p.expect(
      pf.filter((r) => r[fund] === '1').length === n,
      `projects.csv: ${fund} flagged ${pf.filter((r) => r[fund] === '1').length}×, seed table has ${n}`,
    );
    p.expect(
      rows.filter((r) => r.nr === '').every((r) => r[fund] === ''),
      `projects.csv: ${fund} must be empty outside the portfolio`,
    );
  }
  for (const naam of WBI_PROJECTS)
    p.expect(
      pf.some((r) => r.naam === naam && r.wbi === '1'),
      `projects.csv: "${naam}" must have Woningbouwimpuls (seed 001 prose)`,
    );
  p.expect(
    rows.every((r) => SOORTEN.includes(r.soort ?? '')),
    'projects.csv: unknown soort',
  );
  p.expect(
    rows.every((r) => ['locatie', 'buurt', 'wijk', 'stadsdeel', 'onbekend'].includes(r.precisie ?? '')),
    'projects.csv: unknown precisie value',
  );
  checkPair('projects', rows, features, (r) => String(r.id), ['buurt', 'wijk']);
  const inArea = checkInArea('projects', rows, (r) => `${r.id ?? ''} ${r.naam ?? ''}`);
  for (const f of features) {
    checkDrawn(F.projectsGeo, f, String(f.properties?.id), p);
    p.expect(f.geometry?.type === 'Point', `projects.geojson ${String(f.properties?.id)}: must be a Point`);
  }
  return `projects ${rows.length} (portfolio 51, located ${features.length}, ${inArea} well inside their buurt/wijk, onbekend ${rows.length - features.length})`;
}

function checkNplv(): string {
  const { features, doc } = readGeojson(F.nplv, p);
  const wijken = features.filter((f) => f.properties?.rol === 'nplv-wijk');
  const focus = features.filter((f) => f.properties?.rol === 'focus');
  const confirmed = wijken.filter((f) => f.properties?.basis === 'confirmed').length;
  p.expect(confirmed === 11, `nplv.geojson: ${confirmed} confirmed wijken, expected 11 (10 of Hoensbroek+Heerlerheide + WK091731)`);
  p.expect(
    wijken.every((f) => ['confirmed', 'inferred'].includes(String(f.properties?.basis)) && /^WK\d{6}$/.test(String(f.properties?.code))),
    'nplv.geojson: wijk basis/code malformed',
  );
  p.expect(new Set(wijken.map((f) => f.properties?.code)).size === wijken.length, 'nplv.geojson: duplicate wijk');
  p.expect(
    focus.map((f) => f.properties?.naam).join() === 'GMS,Vrieheide,grote Kastelenbuurt',
    'nplv.geojson: focus areas must be GMS, Vrieheide, grote Kastelenbuurt',
  );
  const cites = (f: Feat | undefined): { seed?: unknown; sectie?: unknown; citaat?: unknown }[] =>
    Array.isArray(f?.properties?.citaten) ? (f.properties.citaten as { citaat?: unknown }[]) : [];
  const vrieheide = focus.find((f) => f.properties?.naam === 'Vrieheide');
  p.expect(
    vrieheide?.properties?.code === VRIEHEIDE_FOCUS.code && cites(vrieheide).some((c) => String(c.citaat).includes(VRIEHEIDE_FOCUS.names)),
    `nplv.geojson: focus Vrieheide must be wijk ${VRIEHEIDE_FOCUS.code}, citing the passage on ${VRIEHEIDE_FOCUS.names}`,
  );
  for (const [code, word] of Object.entries(CITED_INFERRED)) {
    const w = wijken.find((f) => f.properties?.code === code);
    p.expect(
      w?.properties?.basis === 'inferred' && cites(w).some((c) => String(c.citaat).includes(word)),
      `nplv.geojson: inferred wijk ${code} must cite the seed 000 passage on ${word}`,
    );
  }
  for (const f of features) {
    const code = String(f.properties?.code);
    p.expect(
      Array.isArray(f.properties?.citaten) &&
        cites(f).every((c) => [c.seed, c.sectie, c.citaat].every((v) => typeof v === 'string' && v !== '')),
      `${F.nplv} ${String(f.properties?.naam)}: citaten must be a list of { seed, sectie, citaat }`,
    );
    p.expect(
      JSON.stringify(f.geometry) === JSON.stringify(AREAS.get(code)),
      `${F.nplv} ${String(f.properties?.naam)}: geometry is not the polygon of ${code} in geodata/`,
    );
    checkDrawn(F.nplv, f, `${String(f.properties?.rol)} ${String(f.properties?.naam)}`, p, false);
    p.expect(
      String(f.properties?.toelichting ?? '') !== '' && f.geometry?.type !== 'Point',
      `nplv.geojson ${String(f.properties?.naam)}: polygon with toelichting required`,
    );
  }
  const meta = (doc.metadata ?? {}) as Record<string, Record<string, unknown> | undefined>;
  p.expect(meta.inwoners?.waarde === 56000, 'nplv metadata: inwoners must be 56000 (seed 004)');
  p.expect(
    meta.woningbouwopgave?.waarde === 2352 && meta.woningbouwopgave.waarvan_betaalbaar === 1775,
    'nplv metadata: opgave 2352 / 1775 betaalbaar (seed 004)',
  );
  const kinds = (doc.metadata as { projectsoorten?: { naam?: string; citaat?: string }[] } | undefined)?.projectsoorten ?? [];
  p.expect(
    NPLV_KINDS.every((k) => kinds.some((x) => x.naam === k && (x.citaat ?? '') !== '')),
    'nplv metadata: the four kinds of projects with quotes are required',
  );
  return `nplv ${wijken.length} wijken (${confirmed} confirmed) + ${focus.length} focus`;
}

const parts = [checkColonies(), checkProjects(), checkNplv()];
if (p.list.length > 0) {
  console.error(`check-overlays: ${p.list.length} problem(s)\n  ${p.list.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-overlays OK: ${parts.join('; ')}`);
