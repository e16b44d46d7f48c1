/**
 * Builds gemeenten, wijken and buurten .geojson from ../shared/data/boundaries: one partition, so every level lines
 * up exactly. Buurten are the 5 m simplification of the CBS wijk- en buurtkaart 2016 polygons with 2024 codes;
 * wijken are the dissolved file from the same buurten (checked edge for edge against our own union of its buurten);
 * gemeenten are dissolved here from the buurten. Names: buurten from the boundaries file, wijken and gemeenten
 * from the CBS 2024 (geoinzicht) files.
 */
import { boundaryEdges, dissolve, edgeDifference, vertexCount, type Dissolved } from './dissolve.ts';
import { fail } from './errors.ts';
import { roundGeometry, toRawCollection, type Geometry, type Metadata, type OutFeature, type RawCollection } from './geojson.ts';
import { areaHaRd } from './area.ts';
import { col, isRecord, readDelimited, readJson, stringProp } from './raw-files.ts';
import {
  CODE_PATTERN,
  GEO_FILES,
  SIMPLIFICATION_M,
  SLIVER_M2,
  gemeenteOf,
  wijkOf,
  type BuurtOpmerking,
  type GeoFileSpec,
} from './schema.ts';
import { RAW, UPSTREAM } from './source-info.ts';

export interface BuiltCollection {
  spec: GeoFileSpec;
  metadata: Metadata;
  features: OutFeature[];
}

export interface BuiltGeometry {
  gemeenten: BuiltCollection;
  wijken: BuiltCollection;
  buurten: BuiltCollection;
  /** Vertices of the unsimplified buurten (for the level-of-detail note). */
  fullVertices: number;
  /** Slivers left out of the gemeente outlines (gaps/overlaps of the 2016 kaart). */
  slivers: Dissolved['dropped'];
  /** Area of each dissolved gemeente (RD New) beside CBS `OppervlakteTotaal` 2024. */
  areas: { code: string; ha: number; cbsHa: number }[];
  /** KWB 2024 key fields carried by the boundaries file, per buurt code (for the cross-check with stock.csv). */
  kwb: Map<string, { woningen: unknown; corporatie: unknown }>;
}

const load = (dir: string, file: string): RawCollection => toRawCollection(readJson(dir, file), file);
const short = (commit: string): string => commit.slice(0, 7);
const byCode = (a: OutFeature, b: OutFeature): number => ((a.properties['code'] ?? '') < (b.properties['code'] ?? '') ? -1 : 1);

function finish(spec: GeoFileSpec, metadata: Metadata, features: OutFeature[]): BuiltCollection {
  for (const f of features) {
    const code = f.properties['code'] ?? '';
    if (!CODE_PATTERN[spec.niveau].test(code)) fail(`${spec.file}: code "${code}" is not a ${spec.niveau} code`);
    for (const key of spec.properties) if (f.properties[key] === undefined) fail(`${spec.file} ${code}: property ${key} missing`);
  }
  features.sort(byCode);
  const codes = features.map((f) => f.properties['code']);
  const dup = codes.find((code, i) => codes.indexOf(code) !== i);
  if (dup !== undefined) fail(`${spec.file}: duplicate code ${dup}`);
  if (features.length !== spec.count) fail(`${spec.file}: ${String(features.length)} features, expected ${String(spec.count)}`);
  return { spec, metadata, features };
}

/** Name per code from a CBS 2024 (geoinzicht) file. */
function names(dir: string, file: string, codeKey: string, nameKey: string): Map<string, string> {
  const c = load(dir, file);
  return new Map(
    c.features.map((f, i) => [stringProp(f.properties, codeKey, `${file} feature ${String(i)}`), stringProp(f.properties, nameKey, file)]),
  );
}

/** The `opmerking` code of a buurt, read from the source's machine note (boundaries/PROVENANCE.md §Caveats). */
function opmerking(note: unknown, where: string): BuurtOpmerking | '' {
  if (note === '' || note === null || note === undefined) return '';
  if (typeof note !== 'string') return fail(`${where}: note is not a string`);
  if (note.startsWith('code not in 2024 code lists')) return 'code-2024-onbevestigd';
  if (note.startsWith('difference polygon')) return 'vlak-afgeleid';
  return fail(`${where}: unknown note "${note}"`);
}

/** The unsimplified buurten: their `source` record (the simplified file has none) and their vertex count. */
function fullFile(dir: string): { snapshot: string; vertices: number } {
  const c = load(dir, RAW.boundaryBuurtenFull);
  const s = c.top['source'];
  const head = isRecord(s) ? s['snapshot_head'] : undefined;
  if (typeof head !== 'string' || head !== UPSTREAM.boundaries.commit)
    fail(`${RAW.boundaryBuurtenFull}: source.snapshot_head differs from PROVENANCE`);
  return { snapshot: head, vertices: c.features.reduce((n, f) => n + vertexCount(f.geometry), 0) };
}

/** A number named in a raw file's name or property text, e.g. "2024codes", "simplified5m", "kaart 2016". */
function named(text: string, re: RegExp, what: string): number {
  const m = re.exec(text)?.[1];
  return m !== undefined ? Number(m) : fail(`${what}: no match for ${String(re)} in "${text}"`);
}

export function buildGeometry(dir: string): BuiltGeometry {
  const full = fullFile(dir);
  const rawBuurten = load(dir, RAW.boundaryBuurten);
  const simplified = named(RAW.boundaryBuurten, /simplified(\d+)m/, RAW.boundaryBuurten);
  if (simplified !== SIMPLIFICATION_M)
    fail(`${RAW.boundaryBuurten}: simplified ${String(simplified)} m, schema says ${String(SIMPLIFICATION_M)} m`);
  const codeYear = named(RAW.boundaryBuurten, /_(\d{4})codes_/, RAW.boundaryBuurten);
  const sourceYears = new Set(
    rawBuurten.features.map((f, i) => {
      const where = `${RAW.boundaryBuurten} feature ${String(i)}`;
      return named(stringProp(f.properties, 'geometry_source', where), /\b(\d{4})\b/, `${where} geometry_source`);
    }),
  );
  const [geometryYear, ...otherYears] = [...sourceYears];
  if (geometryYear === undefined || otherYears.length > 0)
    fail(`${RAW.boundaryBuurten}: geometry_source years ${[...sourceYears].join(', ')}`);
  const base = `CBS/Kadaster wijk- en buurtkaart ${String(geometryYear)} v1 (CC BY 3.0) via Who's On First @${short(full.snapshot)}, codes ${String(codeYear)}, vereenvoudigd ${String(SIMPLIFICATION_M)} m`;
  const meta = (bron: string): Metadata => ({ bron, jaar: codeYear, geometriejaar: geometryYear, vereenvoudiging_m: SIMPLIFICATION_M });

  const kwb = new Map<string, { woningen: unknown; corporatie: unknown }>();
  const gemeenteNaam = new Map<string, string>();
  const buurtGeoms = new Map<string, Geometry>();
  const buurten = rawBuurten.features.map((f, i): OutFeature => {
    const where = `${RAW.boundaryBuurten} feature ${String(i)}`;
    const p = f.properties;
    const code = stringProp(p, 'buurtcode', where);
    const wijkcode = stringProp(p, 'wijkcode', where);
    const gemeentecode = stringProp(p, 'gemeentecode', where);
    if (wijkcode !== wijkOf(code) || gemeentecode !== gemeenteOf(code))
      fail(`${where} (${code}): wijkcode/gemeentecode do not match the code`);
    gemeenteNaam.set(gemeentecode, stringProp(p, 'gemeentenaam', where));
    kwb.set(code, { woningen: p['kwb2024_Woningvoorraad_35'], corporatie: p['kwb2024_InBezitWoningcorporatie_49'] });
    const geometry = roundGeometry(f.geometry);
    buurtGeoms.set(code, geometry);
    return {
      type: 'Feature',
      properties: {
        code,
        naam: stringProp(p, 'buurtnaam', where),
        wijkcode,
        gemeentecode,
        opmerking: opmerking(p['note'], `${where} (${code})`),
      },
      geometry,
    };
  });

  const wijkNames = names(dir, RAW.wijken, 'wijkcode', 'wijknaam');
  const wijken = load(dir, RAW.boundaryWijken).features.map((f, i): OutFeature => {
    const where = `${RAW.boundaryWijken} feature ${String(i)}`;
    const code = stringProp(f.properties, 'wijkcode', where);
    const gemeentecode = stringProp(f.properties, 'gemeentecode', where);
    const naam = wijkNames.get(code) ?? fail(`${RAW.wijken}: no wijk ${code}`);
    const geometry = roundGeometry(f.geometry);
    const own = [...buurtGeoms].filter(([b]) => wijkOf(b) === code).map(([, g]) => g);
    const diff = edgeDifference(boundaryEdges([geometry]), boundaryEdges(own));
    if (diff.length > 0)
      fail(
        `${where} (${code}): not the union of its ${String(own.length)} buurten (${String(diff.length)} edges differ, e.g. ${diff[0] ?? ''})`,
      );
    return { type: 'Feature', properties: { code, naam, gemeentecode }, geometry };
  });

  const gemeenteNames = names(dir, RAW.gemeenten, 'gemeentecode', 'gemeentenaam');
  const slivers: Dissolved['dropped'] = [];
  const gemeenten = [...gemeenteNaam.keys()].map((code): OutFeature => {
    const naam = gemeenteNames.get(code) ?? fail(`${RAW.gemeenten}: no gemeente ${code}`);
    if (naam !== gemeenteNaam.get(code))
      fail(`${code}: name "${naam}" in ${RAW.gemeenten}, "${gemeenteNaam.get(code) ?? ''}" in ${RAW.boundaryBuurten}`);
    const parts = wijken.filter((w) => w.properties['gemeentecode'] === code).map((w) => w.geometry);
    const d = dissolve(parts, code, SLIVER_M2);
    slivers.push(...d.dropped);
    return { type: 'Feature', properties: { code, naam }, geometry: d.geometry };
  });

  const areas = gemeentenAreas(dir, gemeenten);
  return {
    areas,
    fullVertices: full.vertices,
    buurten: finish(GEO_FILES.buurten, meta(base), buurten),
    wijken: finish(GEO_FILES.wijken, meta(`${base}; samengevoegd uit de buurten (zelfde randen)`), wijken),
    gemeenten: finish(GEO_FILES.gemeenten, meta(`${base}; samengevoegd uit de wijken door scripts/build-data.ts`), gemeenten),
    slivers,
    kwb,
  };
}

/** Largest relative difference (%) accepted between a dissolved gemeente and CBS `OppervlakteTotaal` (whole ha). */
export const AREA_TOLERANCE_PCT = 0.5;

function gemeentenAreas(dir: string, gemeenten: readonly OutFeature[]): BuiltGeometry['areas'] {
  const file = RAW.gemeenten2024;
  const cbs = new Map(
    readDelimited(dir, file, ';')
      .filter((r) => col(r, 'niveau', file) === 'gemeente')
      .map((r) => [col(r, 'code', file), Number(col(r, 'OppervlakteTotaal_122', file))] as const),
  );
  return gemeenten.map((g) => {
    const code = g.properties['code'] ?? '';
    const cbsHa = cbs.get(code) ?? fail(`${file}: no OppervlakteTotaal_122 for ${code}`);
    const ha = Math.round(areaHaRd(g.geometry) * 10) / 10;
    if (Math.abs(ha - cbsHa) * 100 > AREA_TOLERANCE_PCT * cbsHa)
      fail(`${code}: outline ${String(ha)} ha, CBS OppervlakteTotaal ${String(cbsHa)} ha`);
    return { code, ha, cbsHa };
  });
}

/** Median of distinct vertices per feature of one gemeente (closing positions not counted). */
export function medianVertices(c: BuiltCollection, gemeentecode: string): number {
  const counts = c.features
    .filter((f) => f.properties['gemeentecode'] === gemeentecode)
    .map((f) => vertexCount(f.geometry))
    .sort((a, b) => a - b);
  const mid = Math.floor(counts.length / 2);
  return counts.length % 2 === 1 ? (counts[mid] ?? NaN) : ((counts[mid - 1] ?? NaN) + (counts[mid] ?? NaN)) / 2;
}

/** Smallest and largest number of distinct vertices per feature, and the total. */
export function vertexStats(c: BuiltCollection): { min: number; max: number; total: number } {
  const counts = c.features.map((f) => vertexCount(f.geometry));
  return { min: Math.min(...counts), max: Math.max(...counts), total: counts.reduce((a, b) => a + b, 0) };
}
