/** Generates geodata/SOURCES.md from the built data, so every count in it comes from the data. */
import { vertexCount } from './dissolve.ts';
import { fail } from './errors.ts';
import { AREA_TOLERANCE_PCT, medianVertices, vertexStats, type BuiltCollection, type BuiltGeometry } from './geometry.ts';
import { parseDutch } from './numbers.ts';
import { readText } from './raw-files.ts';
import {
  GEMEENTEN_WITHOUT_BUURT_FIGURES,
  LBM_YEARS,
  MIN_MEDIAN_VERTICES_HEERLEN,
  SIMPLIFICATION_M,
  SLIVER_M2,
  TREND_BREAK_PCT,
  TREND_FILE,
  TREND_HEADER,
  type LiveabilityRow,
  type StockRow,
  type TrendRow,
} from './schema.ts';
import { ATTRIBUTION, BRON, RAW, UPSTREAM, type UpstreamRef } from './source-info.ts';

/** Fails if a commit in source-info.ts does not occur in the PROVENANCE.md it was taken from. */
export function verifyUpstream(dir: string): void {
  for (const [key, ref] of Object.entries(UPSTREAM) as [string, UpstreamRef][]) {
    const text = readText(dir, ref.provenance);
    if (!text.includes(ref.commit) || !text.includes(ref.repo))
      fail(`source-info.ts UPSTREAM.${key}: ${ref.repo}@${ref.commit} not found in ${ref.provenance}`);
  }
}

const up = (r: UpstreamRef): string => `\`${r.repo}\`, \`${r.path}\`, commit \`${r.commit}\``;
const list = (xs: readonly string[]): string => (xs.length === 0 ? '–' : xs.join(', '));
const raw = (file: string): string => `\`../shared/data/${file}\``;

export interface SourcesInput {
  stock: StockRow[];
  geo: BuiltGeometry;
  lbm: LiveabilityRow[];
  trend: TrendRow[];
}

function coverageTable({ stock, geo }: SourcesInput): string[] {
  const gms = stock.filter((r) => r.niveau === 'gemeente');
  const polys = (c: BuiltCollection, gm: string): number => c.features.filter((f) => f.properties['gemeentecode'] === gm).length;
  const n = (niveau: string, gm: string): number => stock.filter((r) => r.niveau === niveau && r.gemeentecode === gm).length;
  const peil = (niveau: string, gm: string): string =>
    list([...new Set(stock.filter((r) => r.niveau === niveau && r.gemeentecode === gm).map((r) => r.peiljaar))]);
  return [
    '| gemeente | stock rows gemeente / wijk / buurt | peiljaar gemeente / wijk / buurt | wijk polygons | buurt polygons |',
    '|---|---|---|---|---|',
    ...gms.map(
      (g) =>
        `| ${g.code} ${g.naam} | ${String(n('gemeente', g.code))} / ${String(n('wijk', g.code))} / ${String(n('buurt', g.code))} | ${peil('gemeente', g.code)} / ${peil('wijk', g.code)} / ${peil('buurt', g.code)} | ${String(polys(geo.wijken, g.code))} | ${String(polys(geo.buurten, g.code))} |`,
    ),
  ];
}

function geometrySection({ geo }: SourcesInput): string[] {
  const b = vertexStats(geo.buurten);
  const w = vertexStats(geo.wijken);
  const g = vertexStats(geo.gemeenten);
  const noted = (code: string): string =>
    list(
      geo.buurten.features
        .filter((f) => f.properties['opmerking'] === code)
        .map((f) => `${f.properties['code'] ?? ''} ${f.properties['naam'] ?? ''}`),
    );
  const heerlen = medianVertices(geo.buurten, 'GM0917');
  return [
    '## Geometry: gemeenten.geojson, wijken.geojson, buurten.geojson',
    '',
    `- Source: the **CBS/Kadaster wijk- en buurtkaart 2016 versie 1** (ungeneralised; licence **CC BY 3.0**) as republished by Who's On First, ${up(UPSTREAM.boundaries)}, carrying the **2024 buurt codes** (boundaries/PROVENANCE.md explains why the 2016 geometry fits the 2024 indeling: areas equal CBS 2024, and CBS's boundary-change matrices show no change in Parkstad besides the recoding of Beekdaelen; the gemeente areas below confirm it). Raw files ${raw(RAW.boundaryBuurten)} (the ${String(SIMPLIFICATION_M)} m topology-preserving simplification) and ${raw(RAW.boundaryWijken)}.`,
    `- Attribution: “${ATTRIBUTION.boundaries}”.`,
    `- **One partition, three levels.** \`buurten.geojson\`: the ${String(geo.buurten.features.length)} buurten (properties \`code, naam, wijkcode, gemeentecode, opmerking\`). \`wijken.geojson\`: the ${String(geo.wijken.features.length)} wijken of the dissolved raw file; \`scripts/build-data.ts\` checks that each one has exactly the outline edges of the union of its buurten (names from ${raw(RAW.wijken)}). \`gemeenten.geojson\`: the ${String(geo.gemeenten.features.length)} gemeenten dissolved here from their wijken (\`scripts/lib/dissolve.ts\`: shared edges cancel, no tolerance), names from ${raw(RAW.gemeenten)}. Neighbouring areas share identical vertices, so borders line up exactly at every zoom; \`npm run data:check\` repeats both union checks on the committed files.`,
    `- The older generalised CBS/PDOK outlines (3–12 vertices per buurt, wijken that did not line up) are no longer used; ${raw(RAW.gemeenten)} is read for names only.`,
    `- Gemeente area (RD New) against CBS \`OppervlakteTotaal\` 2024 (${raw(RAW.gemeenten2024)}): ${geo.areas.map((a) => `${a.code} ${String(a.ha).replace('.', ',')} ha / ${String(a.cbsHa)} ha`).join('; ')}. The build fails above a ${String(AREA_TOLERANCE_PCT).replace('.', ',')} % difference.`,
    `- Slivers: the 2016 kaart has ${String(geo.slivers.length)} gaps or overlaps between buurten smaller than ${String(SLIVER_M2)} m² (in total ${String(Math.round(geo.slivers.reduce((s, x) => s + x.m2, 0) * 10) / 10).replace('.', ',')} m², ${list([...new Set(geo.slivers.map((s) => s.what))])}); they are left out of the gemeente outlines and kept in the wijk and buurt polygons as published.`,
    `- Detail: buurten ${String(b.min)}–${String(b.max)} vertices each, ${String(b.total)} in total; median per Heerlen buurt **${String(heerlen)}** (the check requires at least ${String(MIN_MEDIAN_VERTICES_HEERLEN)}); wijken ${String(w.min)}–${String(w.max)} (${String(w.total)}), gemeenten ${String(g.min)}–${String(g.max)} (${String(g.total)}). The ${String(SIMPLIFICATION_M)} m simplification keeps street-level shape (the unsimplified buurten have ${String(geo.fullVertices)} vertices); at city zoom MapLibre's GeoJSON tiling simplifies further per zoom level, so nothing coarser is shipped.`,
    '- Coordinates WGS84 lon/lat with 6 decimals, RFC 7946 winding (outer rings counter-clockwise), features sorted by code, one feature per line, no `crs`. Metadata: `jaar` = year of the codes, `geometriejaar` = year of the geometry, `vereenvoudiging_m` = simplification in metres.',
    `- \`opmerking\` (empty = none) is a stable code for the app to explain: \`code-2024-onbevestigd\` = in the 2016 kaart and inside its 2024 wijk, but the code could not be confirmed against a 2024 buurt list and has no Leefbaarometer score (boundaries/PROVENANCE.md): ${noted('code-2024-onbevestigd')}; \`vlak-afgeleid\` = absent in Who's On First, rebuilt upstream as the 2016 gemeente minus its other buurten (area matches CBS): ${noted('vlak-afgeleid')}.`,
    '',
  ];
}

function trendSection({ trend }: SourcesInput): string[] {
  const series = [...new Map(trend.map((r) => [r.code, r])).values()];
  const marked = (what: (r: TrendRow) => boolean): string => list(trend.filter(what).map((r) => `${r.naam} ${r.jaar}`));
  const years = [...new Set(trend.map((r) => r.jaar))];
  return [
    `## ${TREND_FILE}`,
    '',
    `- CBS **Voorraad woningen; eigendom, type verhuurder, bewoning, regio (82900NED)**, stand op 1 januari, \`StatusVanBewoning = Totaal\`, CC BY 4.0. Attribution: “${ATTRIBUTION.trend}”. Upstream dump ${up(UPSTREAM.trend)}; raw file ${raw(RAW.trend)}.`,
    `- ${String(trend.length)} rows: ${String(series.length)} series × ${String(years.length)} years (${years[0] ?? ''}–${years[years.length - 1] ?? ''}): ${series.map((r) => `${r.code} ${r.naam} (${r.niveau})`).join(', ')}. Columns \`${TREND_HEADER.join(', ')}\`; same CSV conventions as \`stock.csv\`.`,
    '- Counts are the CBS counts (`koop + huur + onbekend = woningen`, `corporatie + overige_verhuurders = huur`, checked per row); the `_pct` columns are count ÷ woningen × 100 to one decimal, the rule CBS used in the raw file (recomputed and compared for every raw row). `corporatie_pct` is ownership by a toegelaten instelling, as in `stock.csv`.',
    `- \`basis\`: \`cbs\` = as published; \`som-voorgangers\` = **Beekdaelen before it existed, the sum of Onderbanken, Nuth and Schinnen**: ${marked((r) => r.basis === 'som-voorgangers')}; \`som-gemeenten\` = **Parkstad Limburg, the sum of its 7 gemeenten** (CBS publishes no Parkstad figure; shares computed from the summed counts).`,
    `- \`breuk\` = 1: the total stock differs more than ${String(TREND_BREAK_PCT)} % from the year before, a break inside the CBS series itself, marked and **not smoothed**: ${marked((r) => r.breuk === '1')}. (trend/PROVENANCE.md notes Kerkrade's jump inside 82900NED itself; the Parkstad sum inherits the mark. Limburg and Zuid-Limburg include Kerkrade too, but their published totals stay under the threshold and are not marked.)`,
    '- CBS corrected corporation ownership for some years after publication; this dump postdates that correction (trend/PROVENANCE.md). These are gemeente-level series only: no wijk or buurt series could be obtained.',
    '',
  ];
}

function stockSection({ stock, geo }: SourcesInput): string[] {
  const byBron = [...new Set(stock.map((r) => r.bron))].map((b) => {
    const rows = stock.filter((r) => r.bron === b);
    return `| ${b} | ${String(rows.length)} | ${list([...new Set(rows.map((r) => r.niveau))])} | ${list([...new Set(rows.map((r) => r.gemeentecode))])} | ${list([...new Set(rows.map((r) => r.peiljaar))])} |`;
  });
  const blanks = stock.filter((r) => r.corporatie_pct === '');
  const zeros = stock.filter((r) => r.corporatie_pct === '0');
  const gemeenten2024 = stock.filter((r) => r.bron === BRON.gemeenten2024);
  const without = geo.buurten.features.filter((f) =>
    (GEMEENTEN_WITHOUT_BUURT_FIGURES as readonly string[]).includes(f.properties['gemeentecode'] ?? ''),
  );
  return [
    '## stock.csv',
    '',
    '`;`-separated, UTF-8 without BOM, `\\n` line ends, decimal comma, empty cell = no data (never 0). One row per gemeente, wijk and buurt; `corporatie_pct` is CBS `InBezitWoningcorporatie_49`: the share of **all dwellings** owned by a toegelaten instelling (ownership, not “sociale huur” by rent level). `woz_gem_x1000` is the average WOZ value ×1000 euro.',
    '',
    '| bron (column value) | rows | niveau | gemeenten | peiljaar |',
    '|---|---|---|---|---|',
    ...byBron,
    '',
    `- ${BRON.kwb2024}: CBS, Kerncijfers wijken en buurten 2024, table 85984NED, CC BY 4.0 (“${ATTRIBUTION.kwb}”). Upstream dump ${up(UPSTREAM.kwb2024)} (truncated at 10,000 rows upstream; the 5 gemeenten used are complete, Beekdaelen buurten included). Raw file ${raw(RAW.kwb2024)}; columns Codering_3, WijkenEnBuurten, SoortRegio_2, Gemeentenaam_1, Woningvoorraad_35, Koopwoningen_47, HuurwoningenTotaal_48, InBezitWoningcorporatie_49, InBezitOverigeVerhuurders_50, GemiddeldeWOZWaardeVanWoningen_39, AantalInwoners_5, HuishoudensTotaal_29 (values trimmed, “36.0” → 36, blank or “.” → empty). NL00 skipped. The KWB fields the boundaries file carries per buurt equal these rows (checked), so the Beekdaelen buurten' figures and polygons share their 2024 codes.`,
    `- Simpelveld and Voerendaal wijken: CBS KWB 2025, table 86165NED (peiljaar 2025), CC BY 4.0, via ${up(UPSTREAM.kwb2025Wijken)} (raw ${raw(RAW.kwb2025Wijken)}); \`woningen\` is Woningvoorraad_35 from KWB 2024 (85984NED) via ${up(UPSTREAM.kwb2024Subset)} (raw ${raw(RAW.kwb2024Subset)}), so \`woningen_peiljaar\` 2024 differs from \`peiljaar\` 2025. The bron text uses “,” instead of “;” before “woningen” because “;” is the column separator.`,
    `- ${list(gemeenten2024.map((r) => `${r.code} ${r.naam}`))} gemeente rows (peiljaar 2024): ${raw(RAW.gemeenten2024)}: tenure counts of CBS 82900NED (${up(UPSTREAM.trend)}) as whole percentages of the stock (count ÷ woningen × 100, rounded half up: the same rule gives exactly the KWB 2024 percentages, stock, WOZ, inhabitants and households of the other 5 gemeenten, checked by the build), average WOZ from CBS 85036NED (${up(UPSTREAM.woz)}), inhabitants and households as in that file. These rows equal the 2024 rows of \`${TREND_FILE}\` rounded to whole percentages.`,
    `- Empty \`corporatie_pct\` (CBS blank: fewer than 20 dwellings or more than 50 % unknown ownership): ${String(blanks.length)} rows: ${list(blanks.map((r) => `${r.code} ${r.naam}`))}. A real 0 is written as 0 (${String(zeros.length)} rows, e.g. ${list(zeros.slice(0, 3).map((r) => `${r.code} ${r.naam}`))}).`,
    `- **No buurt rows for Simpelveld and Voerendaal.** Their ${String(without.length)} buurten have polygons (and, except the two \`code-2024-onbevestigd\` buurten, Leefbaarometer scores), but CBS tenure figures per buurt are not available here: the KWB 2024 extract stops before these gemeenten and the KWB 2025 source has wijk rows only. A buurt without a row is “geen CBS-cijfers per buurt” in the app, never a row of zeros; \`npm run data:check\` fails if such a row appears.`,
    '',
  ];
}

export function sourcesMarkdown(input: SourcesInput): string {
  const { stock, geo, lbm } = input;
  const lbmCodes = (n: string): string[] => [...new Set(lbm.filter((r) => r.niveau === n).map((r) => r.code))];
  const lbmBuurten = new Set(lbmCodes('buurt'));
  const noScore = geo.buurten.features.map((f) => f.properties['code'] ?? '').filter((c) => !lbmBuurten.has(c));
  const gemeenten2024 = stock.filter((r) => r.bron === BRON.gemeenten2024);
  const gaps = stock.filter(
    (r) => r.koop_pct !== '' && r.huur_pct !== '' && (parseDutch(r.koop_pct) ?? 0) + (parseDutch(r.huur_pct) ?? 0) < 98,
  );
  const heerlen = geo.buurten.features.filter((f) => f.properties['gemeentecode'] === 'GM0917').map((f) => vertexCount(f.geometry));
  return [
    '# Sources of `geodata/` (Wijkbalans)',
    '',
    'Generated by `scripts/build-data.ts` (`npm run data`) from the raw files in `../shared/data/` (env `WIJKBALANS_SHARED`',
    'names another `shared` folder); see the PROVENANCE.md of `boundaries/`, `cbs/`, `liveability/` and `trend/` there. Do not',
    'edit `geodata/` by hand: every figure and coordinate comes out of that script. `scripts/check-data.ts`',
    '(`npm run data:check`) validates the committed files without the raw data.',
    '',
    '## Attribution (show in the app; `src/config/sources.ts` holds the same lines)',
    '',
    `- Boundaries: “${ATTRIBUTION.boundaries}”`,
    `- Stock per gemeente, wijk and buurt: “${ATTRIBUTION.kwb}”`,
    `- Stock over time and the 2024 rows of Simpelveld and Voerendaal: “${ATTRIBUTION.trend}”`,
    `- Liveability: “${ATTRIBUTION.liveability}”`,
    `- Basemap (optional PDOK BRT-Achtergrondkaart): “${ATTRIBUTION.basemap}”`,
    '',
    '## Coverage per gemeente',
    '',
    ...coverageTable(input),
    '',
    ...geometrySection(input),
    ...stockSection(input),
    ...trendSection(input),
    '## Known caveats',
    '',
    `- The geometry is of 2016 with the 2024 codes (checked against CBS 2024 areas, see above); ${String(heerlen.length)} Heerlen buurten, simplified by ${String(SIMPLIFICATION_M)} m.`,
    `- Simpelveld and Voerendaal have no buurt figures; their wijk figures are KWB 2025 (peiljaar 2025, \`woningen\` 2024) and their gemeente rows come from 82900NED (peiljaar ${list([...new Set(gemeenten2024.map((r) => r.peiljaar))])}). Always show \`peiljaar\`.`,
    '- CBS leaves percentages blank for areas with fewer than 20 dwellings or mostly unknown ownership; such cells are empty (no data), never 0.',
    `- koop_pct + huur_pct is below 98 in ${String(gaps.length)} rows, as published by CBS (the rest is dwellings of unknown ownership): ${list(gaps.map((r) => `${r.code} ${r.naam} (${r.koop_pct} + ${r.huur_pct})`))}. \`scripts/check-data.ts\` accepts exactly these rows.`,
    '- Leefbaarometer licence not verified; attribute as above.',
    '',
    '## liveability.csv',
    '',
    `- Leefbaarometer 3.0, **2024 release**, Ministerie van BZK (research RIGO / Atlas Research), open data from leefbaarometer.nl. **Licence not verified** (public open data; no licence text checked). Attribution: “${ATTRIBUTION.liveability}”.`,
    '- Same CSV conventions as `stock.csv`; one row per code and year, sorted by niveau (wijk first), code, jaar; empty cell = no score.',
    `- Upstream copies: wijken ${up(UPSTREAM.lbmWijken)}; buurten ${up(UPSTREAM.lbmBuurten)}. Raw files ${raw(RAW.lbmWijken)} and ${raw(RAW.lbmBuurten)}.`,
    `- Built by \`scripts/build-data.ts\` (\`scripts/lib/liveability.ts\`): years ${LBM_YEARS.join(', ')}; ${String(lbmCodes('wijk').length)} wijken and ${String(lbmBuurten.size)} buurten, every one with a polygon (Beekdaelen, Simpelveld and Voerendaal buurten included); values are the source strings (full precision) with a decimal comma. \`lbm\` = score, \`afw\` = deviation from a fixed reference (lbm − afw is constant, so comparable across years), \`fys+onv+soc+vrz+won = afw\`. Do not mix with the 2022 release.`,
    `- ${String(noScore.length)} buurt polygons have no score: ${list(noScore)} (Brunssum buurten with almost no inhabitants, see liveability/PROVENANCE.md, and the two \`code-2024-onbevestigd\` buurten).`,
    '',
  ].join('\n');
}
