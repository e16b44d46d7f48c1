/** Builds the rows of geodata/stock.csv from the raw CBS files. */
import { DataError, fail } from './errors.ts';
import { cbsValue, sharePct } from './numbers.ts';
import { col, isRecord, readDelimited, readJson, type RawRow } from './raw-files.ts';
import { CODE_PATTERN, compareRows, gemeenteOf, type Niveau, type StockRow } from './schema.ts';
import { BRON, FALLBACK_GEMEENTEN, KWB2024_GEMEENTEN, PEILJAAR, RAW, UPSTREAM } from './source-info.ts';

const SOORT: Record<string, Niveau | 'land'> = { Land: 'land', Gemeente: 'gemeente', Wijk: 'wijk', Buurt: 'buurt' };

function checkCode(code: string, niveau: Niveau, where: string): void {
  if (!CODE_PATTERN[niveau].test(code)) fail(`${where}: code "${code}" is not a well-formed ${niveau} code`);
}

/** Gemeente, wijk and buurt rows of the 5 gemeenten in the KWB 2024 dump (NL00 skipped). */
function kwb2024Rows(dir: string): StockRow[] {
  const file = RAW.kwb2024;
  const rows: StockRow[] = [];
  readDelimited(dir, file, ';').forEach((r, i) => {
    const code = col(r, 'Codering_3', file);
    const where = `${file} line ${String(i + 2)} (${code})`;
    const niveau = SOORT[col(r, 'SoortRegio_2', where)];
    if (niveau === undefined) fail(`${where}: unknown SoortRegio_2 "${col(r, 'SoortRegio_2', where)}"`);
    if (niveau === 'land') return;
    checkCode(code, niveau, where);
    const gemeentecode = niveau === 'gemeente' ? code : gemeenteOf(code);
    if (!(KWB2024_GEMEENTEN as readonly string[]).includes(gemeentecode)) {
      fail(`${where}: gemeente ${gemeentecode} is not expected in the KWB 2024 rows`);
    }
    const v = (key: string): string => cbsValue(col(r, key, where), `${where} ${key}`);
    rows.push({
      code,
      naam: col(r, 'WijkenEnBuurten', where),
      niveau,
      gemeentecode,
      gemeentenaam: col(r, 'Gemeentenaam_1', where),
      woningen: v('Woningvoorraad_35'),
      woningen_peiljaar: PEILJAAR.kwb2024,
      koop_pct: v('Koopwoningen_47'),
      huur_pct: v('HuurwoningenTotaal_48'),
      corporatie_pct: v('InBezitWoningcorporatie_49'),
      overige_verhuurders_pct: v('InBezitOverigeVerhuurders_50'),
      woz_gem_x1000: v('GemiddeldeWOZWaardeVanWoningen_39'),
      inwoners: v('AantalInwoners_5'),
      huishoudens: v('HuishoudensTotaal_29'),
      peiljaar: PEILJAAR.kwb2024,
      bron: BRON.kwb2024,
    });
  });
  return rows;
}

/** Woningvoorraad_35 per code from the KWB 2024 gemeente/wijk subset (the only 2024 stock for GM0965/GM0986). */
function kwb2024Woningvoorraad(dir: string): Map<string, string> {
  const file = RAW.kwb2024Subset;
  const json = readJson(dir, file);
  if (!isRecord(json) || !isRecord(json['data']) || !isRecord(json['source'])) fail(`${file}: no data/source object`);
  if (json['source']['commit'] !== UPSTREAM.kwb2024Subset.commit) fail(`${file}: source.commit differs from PROVENANCE`);
  const out = new Map<string, string>();
  for (const [code, rec] of Object.entries(json['data'])) {
    if (!isRecord(rec)) fail(`${file}: data.${code} is not an object`);
    const w = rec['Woningvoorraad_35'];
    if (w !== null && typeof w !== 'number') fail(`${file}: data.${code}.Woningvoorraad_35 is not a number`);
    out.set(code, cbsValue(w, `${file} ${code} Woningvoorraad_35`));
  }
  return out;
}

/** CBS key each KWB 2025 column was mapped from (checked against the file's cbs_key_mapping column). */
const KWB2025_KEYS: Record<string, string> = {
  aantal_inwoners: 'AantalInwoners_5',
  huishoudens: 'HuishoudensTotaal_29',
  gem_woz_waarde: 'GemiddeldeWOZWaardeVanWoningen_39',
  koopwoningen: 'Koopwoningen_47',
  huurwoningen: 'HuurwoningenTotaal_48',
  pct_huurcorporatie: 'InBezitWoningcorporatie_49',
  huur_overig: 'InBezitOverigeVerhuurders_50',
};

/** Simpelveld and Voerendaal wijken: KWB 2025 tenure etc., woningen from KWB 2024. */
function fallbackWijkRows(dir: string): StockRow[] {
  const file = RAW.kwb2025Wijken;
  const woningen = kwb2024Woningvoorraad(dir);
  return readDelimited(dir, file, ',').map((r: RawRow, i) => {
    const code = col(r, 'wijkcode', file);
    const where = `${file} line ${String(i + 2)} (${code})`;
    checkCode(code, 'wijk', where);
    const gemeentecode = col(r, 'gemeentecode', where);
    if (gemeentecode !== gemeenteOf(code)) fail(`${where}: gemeentecode ${gemeentecode} does not match the code`);
    if (!(FALLBACK_GEMEENTEN as readonly string[]).includes(gemeentecode)) fail(`${where}: unexpected gemeente`);
    if (!col(r, 'source', where).includes(UPSTREAM.kwb2025Wijken.commit)) fail(`${where}: source commit differs from PROVENANCE`);
    const mapping = col(r, 'cbs_key_mapping', where).split(';');
    const v = (key: string): string => {
      const cbsKey = KWB2025_KEYS[key];
      if (cbsKey === undefined || !mapping.includes(cbsKey)) fail(`${where}: ${key} is not mapped from a CBS 86165NED key`);
      return cbsValue(col(r, key, where), `${where} ${key}`);
    };
    const w = woningen.get(code);
    if (w === undefined) fail(`${RAW.kwb2024Subset}: no Woningvoorraad_35 for ${code}`);
    return {
      code,
      naam: col(r, 'wijknaam', where),
      niveau: 'wijk',
      gemeentecode,
      gemeentenaam: col(r, 'gemeentenaam', where),
      woningen: w,
      woningen_peiljaar: PEILJAAR.kwb2024,
      koop_pct: v('koopwoningen'),
      huur_pct: v('huurwoningen'),
      corporatie_pct: v('pct_huurcorporatie'),
      overige_verhuurders_pct: v('huur_overig'),
      woz_gem_x1000: v('gem_woz_waarde'),
      inwoners: v('aantal_inwoners'),
      huishoudens: v('huishoudens'),
      peiljaar: PEILJAAR.kwb2025,
      bron: BRON.kwb2025,
    };
  });
}

/** An integer count cell of a trend/ file ("5190"); blank is an error here. */
function count(r: RawRow, key: string, where: string): number {
  const v = col(r, key, where);
  if (!/^\d+$/.test(v)) fail(`${where}: ${key} "${v}" is not a whole number`);
  return Number(v);
}

/**
 * Simpelveld and Voerendaal gemeente rows for 2024 from trend/simpelveld_voerendaal_2024_best_available.csv:
 * tenure counts of CBS 82900NED turned into whole percentages of the stock, as KWB 2024 publishes them
 * (checked: the same rule gives the KWB 2024 percentages of the other 5 gemeenten exactly), WOZ from 85036NED,
 * inhabitants and households as in the file.
 */
function gemeenteRows2024(dir: string, kwb: readonly StockRow[]): StockRow[] {
  const file = RAW.gemeenten2024;
  const rows = readDelimited(dir, file, ';').filter((r) => col(r, 'niveau', file) === 'gemeente');
  const out: StockRow[] = [];
  for (const [i, r] of rows.entries()) {
    const code = col(r, 'code', file);
    const where = `${file} gemeente row ${String(i + 1)} (${code})`;
    checkCode(code, 'gemeente', where);
    if (col(r, 'jaar', where) !== PEILJAAR.kwb2024) fail(`${where}: jaar is not ${PEILJAAR.kwb2024}`);
    const total = count(r, 'Woningvoorraad_82900', where);
    if (count(r, 'Woningvoorraad_35_kwb', where) !== total) fail(`${where}: Woningvoorraad_82900 differs from Woningvoorraad_35_kwb`);
    const pct = (key: string): string => sharePct(count(r, key, where), total, 0, `${where} ${key}`);
    const row: StockRow = {
      code,
      naam: col(r, 'naam', where),
      niveau: 'gemeente',
      gemeentecode: code,
      gemeentenaam: col(r, 'naam', where),
      woningen: String(total),
      woningen_peiljaar: PEILJAAR.kwb2024,
      koop_pct: pct('Koopwoningen_n'),
      huur_pct: pct('Huurwoningen_n'),
      corporatie_pct: pct('Corporatie_n'),
      overige_verhuurders_pct: pct('OverigeVerhuurders_n'),
      woz_gem_x1000: cbsValue(col(r, 'WOZ_gem_totaal_x1000', where), `${where} WOZ_gem_totaal_x1000`),
      inwoners: cbsValue(col(r, 'AantalInwoners_5', where), `${where} AantalInwoners_5`),
      huishoudens: cbsValue(col(r, 'huishoudens_pdok2024', where), `${where} huishoudens_pdok2024`),
      peiljaar: PEILJAAR.kwb2024,
      bron: BRON.gemeenten2024,
    };
    const published = kwb.find((k) => k.code === code);
    if (published) {
      // The rule must reproduce what KWB 2024 publishes where it exists.
      for (const c of [
        'woningen',
        'koop_pct',
        'huur_pct',
        'corporatie_pct',
        'overige_verhuurders_pct',
        'woz_gem_x1000',
        'inwoners',
        'huishoudens',
      ] as const)
        if (published[c] !== row[c]) fail(`${where}: ${c} ${row[c]} by rule, KWB 2024 has ${published[c]}`);
    } else if ((FALLBACK_GEMEENTEN as readonly string[]).includes(code)) out.push(row);
    else fail(`${where}: gemeente ${code} is neither in KWB 2024 nor a fallback gemeente`);
  }
  const missing = FALLBACK_GEMEENTEN.filter((gm) => !out.some((r) => r.code === gm));
  if (missing.length > 0) fail(`${file}: no gemeente row for ${missing.join(', ')}`);
  return out;
}

/** All stock rows, sorted (gemeente, wijk, buurt; each by code); fails on duplicate codes. */
export function buildStockRows(dir: string): StockRow[] {
  const kwb = kwb2024Rows(dir);
  const rows = [...kwb, ...fallbackWijkRows(dir), ...gemeenteRows2024(dir, kwb)].sort(compareRows);
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.code)) throw new DataError(`stock: duplicate code ${r.code} across the raw sources`);
    seen.add(r.code);
  }
  return rows;
}
