/** Builds the four geodata/*.geojson collections from the raw CBS/PDOK geometry. */
import { fail } from './errors.ts';
import { ringsOf, roundGeometry, toRawCollection, type Metadata, type OutFeature, type RawCollection, type RawFeature } from './geojson.ts';
import { isRecord, readJson, stringProp } from './raw-files.ts';
import { CODE_PATTERN, GEO_FILES, gemeenteOf, wijkOf, type GeoFileSpec } from './schema.ts';
import { RAW, UPSTREAM } from './source-info.ts';

export interface BuiltCollection {
  spec: GeoFileSpec;
  metadata: Metadata;
  features: OutFeature[];
}

function load(dir: string, file: string): RawCollection {
  return toRawCollection(readJson(dir, file), file);
}

function sourceOf(c: RawCollection, file: string, commit: string): Record<string, unknown> {
  const src = c.top['source'];
  if (!isRecord(src) || src['commit'] !== commit) fail(`${file}: source.commit differs from PROVENANCE (${commit})`);
  return src;
}

/** The single indeling year in `jrstatcode` ("2024BU09172000") of all features. */
function jrstatYear(c: RawCollection, file: string): number {
  const years = new Set(c.features.map((f, i) => stringProp(f.properties, 'jrstatcode', `${file} feature ${String(i)}`).slice(0, 4)));
  const [year, ...more] = [...years];
  if (year === undefined || more.length > 0 || !/^\d{4}$/.test(year))
    fail(`${file}: expected one jrstatcode year, got ${[...years].join(', ')}`);
  return Number(year);
}

function build(
  c: RawCollection,
  file: string,
  spec: GeoFileSpec,
  metadata: Metadata,
  props: (f: RawFeature, where: string) => Record<string, string>,
): BuiltCollection {
  const features = c.features.map((f, i): OutFeature => {
    const where = `${file} feature ${String(i)}`;
    const p = props(f, where);
    const code = p['code'] ?? '';
    if (!CODE_PATTERN[spec.niveau].test(code)) fail(`${where}: code "${code}" is not a ${spec.niveau} code`);
    if (p['gemeentecode'] !== undefined && p['gemeentecode'] !== gemeenteOf(code)) {
      fail(`${where} (${code}): gemeentecode ${p['gemeentecode']} does not match the code`);
    }
    if (p['wijkcode'] !== undefined && p['wijkcode'] !== wijkOf(code)) {
      fail(`${where} (${code}): wijkcode ${p['wijkcode']} does not match the code`);
    }
    const ordered: Record<string, string> = {};
    for (const key of spec.properties) ordered[key] = p[key] ?? fail(`${where}: property ${key} missing`);
    return { type: 'Feature', properties: ordered, geometry: roundGeometry(f.geometry) };
  });
  features.sort((a, b) => ((a.properties['code'] ?? '') < (b.properties['code'] ?? '') ? -1 : 1));
  const codes = features.map((f) => f.properties['code']);
  const dup = codes.find((code, i) => codes.indexOf(code) !== i);
  if (dup !== undefined) fail(`${file}: duplicate code ${dup}`);
  return { spec, metadata, features };
}

const short = (commit: string): string => commit.slice(0, 7);

export function buildGemeenten(dir: string): BuiltCollection {
  const file = RAW.gemeenten;
  const c = load(dir, file);
  const src = sourceOf(c, file, UPSTREAM.gemeenten.commit);
  const year = /_(\d{4})\.geojson$/.exec(String(src['path']))?.[1] ?? fail(`${file}: no year in source.path`);
  const bron = `CBS/Kadaster via PDOK, gemeenten ${year} (vereenvoudigd; ${UPSTREAM.gemeenten.repo} ${UPSTREAM.gemeenten.path} @${short(UPSTREAM.gemeenten.commit)}), CC BY 4.0`;
  return build(c, file, GEO_FILES.gemeenten, { bron, jaar: Number(year), gegeneraliseerd: true }, (f, where) => ({
    code: stringProp(f.properties, 'gemeentecode', where),
    naam: stringProp(f.properties, 'gemeentenaam', where),
  }));
}

export function buildWijken(dir: string): BuiltCollection {
  const file = RAW.wijken;
  const c = load(dir, file);
  const meta = sourceOf(c, file, UPSTREAM.wijken.commit)['original_metadata'];
  const year = isRecord(meta) && typeof meta['year'] === 'number' ? meta['year'] : fail(`${file}: no source.original_metadata.year`);
  const bron = `CBS/Kadaster via PDOK, wijken ${String(year)} (vereenvoudigd; ${UPSTREAM.wijken.repo} ${UPSTREAM.wijken.path} @${short(UPSTREAM.wijken.commit)}), CC BY 4.0`;
  return build(c, file, GEO_FILES.wijken, { bron, jaar: year, gegeneraliseerd: true }, (f, where) => ({
    code: stringProp(f.properties, 'wijkcode', where),
    naam: stringProp(f.properties, 'wijknaam', where),
    gemeentecode: stringProp(f.properties, 'gemeentecode', where),
  }));
}

function rubriek(f: RawFeature, where: string, expected: string): void {
  if (stringProp(f.properties, 'rubriek', where) !== expected) fail(`${where}: rubriek is not "${expected}"`);
}

export function buildBuurten(dir: string): BuiltCollection {
  const file = RAW.buurten;
  const c = load(dir, file);
  const year = jrstatYear(c, file);
  const bron = `CBS/Kadaster via PDOK, buurt_gegeneraliseerd ${String(year)}, sterk vereenvoudigd (${UPSTREAM.buurten.repo} ${UPSTREAM.buurten.path} @${short(UPSTREAM.buurten.commit)}), CC BY 4.0`;
  return build(c, file, GEO_FILES.buurten, { bron, jaar: year, gegeneraliseerd: true }, (f, where) => {
    rubriek(f, where, 'buurt');
    return {
      code: stringProp(f.properties, 'statcode', where),
      naam: stringProp(f.properties, 'statnaam', where),
      wijkcode: stringProp(f.properties, 'wijkcode', where),
      gemeentecode: stringProp(f.properties, 'gemeentecode', where),
    };
  });
}

export function buildWijkenBuurtgrenzen(dir: string): BuiltCollection {
  const file = RAW.wijkenDissolved;
  const c = load(dir, file);
  const year = jrstatYear(c, file);
  const bron = `Afgeleid: CBS/Kadaster buurt_gegeneraliseerd ${String(year)} (${UPSTREAM.buurten.repo} @${short(UPSTREAM.buurten.commit)}) samengevoegd per wijkcode, CC BY 4.0`;
  return build(c, file, GEO_FILES.wijkenBuurtgrenzen, { bron, jaar: year, gegeneraliseerd: true }, (f, where) => {
    rubriek(f, where, 'wijk');
    return {
      code: stringProp(f.properties, 'statcode', where),
      naam: stringProp(f.properties, 'statnaam', where),
      gemeentecode: stringProp(f.properties, 'gemeentecode', where),
    };
  });
}

/** Smallest and largest number of distinct vertices (closing position not counted) per ring. */
export function vertexRange(c: BuiltCollection): [number, number] {
  const counts = c.features.flatMap((f) => ringsOf(f.geometry).map((r) => r.length - 1));
  return [Math.min(...counts), Math.max(...counts)];
}
