/** Builds the rows of geodata/stock.csv from the raw CBS files. */
import { DataError, fail } from './errors.ts';
import { cbsValue } from './numbers.ts';
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

/** Simpelveld and Voerendaal gemeente rows: latest wijk- en buurtkaart year that has pct_huurcorporatie. */
function fallbackGemeenteRows(dir: string): StockRow[] {
  const file = RAW.gemeenteKaart;
  const all = readDelimited(dir, file, ',');
  return FALLBACK_GEMEENTEN.map((code): StockRow => {
    const candidates = all
      .map((r, i) => ({ r, where: `${file} line ${String(i + 2)} (${code})` }))
      .filter(({ r, where }) => col(r, 'gemeentecode', where) === code && col(r, 'pct_huurcorporatie', where) !== '')
      .sort((a, b) => Number(col(b.r, 'kaart_jaar', b.where)) - Number(col(a.r, 'kaart_jaar', a.where)));
    const best = candidates[0];
    if (!best) fail(`${file}: no kaart_jaar with pct_huurcorporatie for ${code}`);
    const { r, where } = best;
    const year = col(r, 'kaart_jaar', where);
    if (!/^\d{4}$/.test(year)) fail(`${where}: kaart_jaar "${year}" is not a year`);
    const v = (key: string): string => cbsValue(col(r, key, where), `${where} ${key}`);
    return {
      code,
      naam: col(r, 'gemeentenaam', where),
      niveau: 'gemeente',
      gemeentecode: code,
      gemeentenaam: col(r, 'gemeentenaam', where),
      woningen: v('woningvoorraad'),
      woningen_peiljaar: year,
      koop_pct: v('koopwoningen'),
      huur_pct: v('huurwoningen'),
      corporatie_pct: v('pct_huurcorporatie'),
      overige_verhuurders_pct: '',
      woz_gem_x1000: v('gem_woz_waarde'),
      inwoners: v('aantal_inwoners'),
      huishoudens: v('huishoudens'),
      peiljaar: year,
      bron: BRON.gemeenteKaart(year),
    };
  });
}

/** All stock rows, sorted (gemeente, wijk, buurt; each by code); fails on duplicate codes. */
export function buildStockRows(dir: string): StockRow[] {
  const rows = [...kwb2024Rows(dir), ...fallbackWijkRows(dir), ...fallbackGemeenteRows(dir)].sort(compareRows);
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.code)) throw new DataError(`stock: duplicate code ${r.code} across the raw sources`);
    seen.add(r.code);
  }
  return rows;
}
