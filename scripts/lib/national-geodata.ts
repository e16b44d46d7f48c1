/**
 * A geodata folder of the national wijken for the scale benchmark (`npm run bench`), written under test-results/
 * with the app's own file names and formats, never into geodata/. From `../shared/data/national/` (see its
 * PROVENANCE.md): the 3,475 wijken of 2024 and KWB 2024 rows of 171 of the 342 gemeenten. Gemeente outlines are
 * the wijk polygons of each gemeente taken together (a MultiPolygon, not dissolved: the source geometry is
 * simplified and its neighbours do not share edges); there are no buurt polygons and no Leefbaarometer rows. The
 * trend, the overlays and SOURCES.md are copied from geodata/, so the app loads exactly as it does for Parkstad.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEODATA_FILES, OVERLAY_FILES, SOURCES_FILES } from '../../src/config/geodata-files.ts';
import { writeCsv } from './csv-text.ts';
import { cbsValue } from './numbers.ts';
import { col, readDelimited, type RawRow } from './raw-files.ts';
import { GEODATA_DIR, sharedPath } from './paths.ts';
import { LIVEABILITY_HEADER, STOCK_HEADER, gemeenteOf, type Niveau, type StockRow } from './schema.ts';

const NATIONAL = sharedPath('data', 'national');
const WIJKEN = 'wijken_2024_national_geoinzicht_wgs84.geojson';
const KWB = 'kwb2024_85984NED_national_partial_keyfields.csv';
const SOORT: Record<string, Niveau | undefined> = { Gemeente: 'gemeente', Wijk: 'wijk', Buurt: 'buurt' };

interface WijkFeature {
  properties: { wijkcode: string; wijknaam: string; gemeentecode: string; gemeentenaam: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown[] };
}

export interface NationalGeodata {
  dir: string;
  wijken: number;
  gemeenten: number;
  gemeentenWithFigures: number;
  stockRows: number;
}

const collection = (features: unknown[]) =>
  `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
/** CSV cells may not hold ; or " (geodata dialect): replaced by , and ' in names. */
const safeName = (s: string) => s.replace(/;/g, ',').replace(/"/g, "'");

function stockRow(r: RawRow, i: number): StockRow | null {
  const where = `${KWB} line ${String(i + 2)}`;
  const niveau = SOORT[col(r, 'SoortRegio_2', where)];
  if (!niveau) return null; // Land (NL00)
  const code = col(r, 'Codering_3', where);
  const v = (key: string) => cbsValue(col(r, key, where), `${where} ${key}`);
  return {
    code,
    naam: safeName(col(r, 'WijkenEnBuurten', where)),
    niveau,
    gemeentecode: niveau === 'gemeente' ? code : gemeenteOf(code),
    gemeentenaam: safeName(col(r, 'Gemeentenaam_1', where)),
    woningen: v('Woningvoorraad_35'),
    woningen_peiljaar: '2024',
    koop_pct: v('Koopwoningen_47'),
    huur_pct: v('HuurwoningenTotaal_48'),
    corporatie_pct: v('InBezitWoningcorporatie_49'),
    overige_verhuurders_pct: v('InBezitOverigeVerhuurders_50'),
    woz_gem_x1000: v('GemiddeldeWOZWaardeVanWoningen_39'),
    inwoners: v('AantalInwoners_5'),
    huishoudens: v('HuishoudensTotaal_29'),
    peiljaar: '2024',
    bron: 'CBS KWB 2024 (85984NED)',
  };
}

/** Write the national geodata folder into `outDir` (created if needed) and say what it holds. */
export function buildNationalGeodata(outDir: string): NationalGeodata {
  mkdirSync(outDir, { recursive: true });
  const raw = JSON.parse(readFileSync(join(NATIONAL, WIJKEN), 'utf8')) as { features: WijkFeature[] };
  const wijken = raw.features.map((f) => ({
    type: 'Feature',
    properties: { code: f.properties.wijkcode, naam: f.properties.wijknaam, gemeentecode: f.properties.gemeentecode },
    geometry: f.geometry,
  }));
  const byGemeente = new Map<string, { naam: string; polygons: unknown[] }>();
  for (const f of raw.features) {
    const g = byGemeente.get(f.properties.gemeentecode) ?? { naam: f.properties.gemeentenaam, polygons: [] };
    if (f.geometry.type === 'Polygon') g.polygons.push(f.geometry.coordinates);
    else g.polygons.push(...f.geometry.coordinates);
    byGemeente.set(f.properties.gemeentecode, g);
  }
  const gemeenten = [...byGemeente].map(([code, g]) => ({
    type: 'Feature',
    properties: { code, naam: g.naam },
    geometry: { type: 'MultiPolygon', coordinates: g.polygons },
  }));
  const rows = readDelimited(NATIONAL, KWB, ';').flatMap((r, i) => stockRow(r, i) ?? []);
  const f = GEODATA_FILES;
  writeFileSync(join(outDir, f.wijken), collection(wijken));
  writeFileSync(join(outDir, f.gemeenten), collection(gemeenten));
  writeFileSync(join(outDir, f.buurten), collection([]));
  writeFileSync(join(outDir, f.stock), writeCsv(STOCK_HEADER, rows, f.stock));
  writeFileSync(join(outDir, f.liveability), `${LIVEABILITY_HEADER.join(';')}\n`);
  for (const name of [f.trend, ...Object.values(OVERLAY_FILES), ...Object.values(SOURCES_FILES)]) {
    copyFileSync(join(GEODATA_DIR, name), join(outDir, name));
  }
  return {
    dir: outDir,
    wijken: wijken.length,
    gemeenten: gemeenten.length,
    gemeentenWithFigures: rows.filter((r) => r.niveau === 'gemeente').length,
    stockRows: rows.length,
  };
}
