/**
 * The 0-meting (001 afspraak 14: "De basis is een ‘0-meting’ van de verdeling van de sociale huur in de regio.
 * Deze 0-meting wordt in 2024 uitgevoerd."): every wijk (and buurt where figures exist) of the region with its
 * dwellings, corporation dwellings, share, overige verhuurders, class against the band in force, reference year
 * and source, plus a row per gemeente and for the region. It is made from the embedded data only: uploads and
 * scenarios never change it. Pure.
 */
import type { Dataset } from '../dataset';
import type { Area, MapLevel, StockRow } from '../types';
import type { AreaClass } from '../classify-area';
import { toCsv } from '../csv-safe';
import { dutchNumber } from '../upload/export';

export interface BaselineRow {
  level: 'regio' | 'gemeente' | MapLevel;
  code: string;
  name: string;
  gemeenteCode: string;
  dwellings: number | null;
  /** Corporation dwellings: dwellings × share (CBS publishes the share rounded to whole percents). */
  corporation: number | null;
  pct: number | null;
  privatePct: number | null;
  /** Class against the band in force; null for gemeente and regional rows (the band is set for wijken). */
  cls: AreaClass | null;
  /** The band as text ("21–51 %"), or '' when the area has none. */
  band: string;
  year: number | null;
  source: string;
}

const corporationOf = (r: StockRow | null) =>
  r && r.dwellings !== null && r.corporationPct !== null ? (r.dwellings * r.corporationPct) / 100 : null;

function rowOf(
  level: BaselineRow['level'],
  code: string,
  name: string,
  gemeenteCode: string,
  s: StockRow | null,
): Omit<BaselineRow, 'cls' | 'band'> {
  return {
    level,
    code,
    name,
    gemeenteCode,
    dwellings: s?.dwellings ?? null,
    corporation: corporationOf(s),
    pct: s?.corporationPct ?? null,
    privatePct: s?.otherLandlordPct ?? null,
    year: s?.year ?? null,
    source: s?.source ?? '',
  };
}

/**
 * Rows of the 0-meting for `gemeenten` (in that order): per gemeente its CBS row, then its wijken, then (with
 * `withBuurten`) its buurten that have figures; last the region (`regionCode`) as the sum of the gemeente rows.
 * `judge` gives an area's class and band text (the view model's, so the 0-meting judges as the map does).
 */
export function baselineRows(
  dataset: Dataset,
  gemeenten: readonly { code: string; name: string }[],
  judge: (area: Area) => { cls: AreaClass; band: string },
  withBuurten: boolean,
  regionCode: string,
  regionName: string,
): BaselineRow[] {
  const out: BaselineRow[] = [];
  let total = 0;
  let corporation = 0;
  let complete = true;
  for (const g of gemeenten) {
    const row = dataset.gemeenteRows.get(g.code) ?? null;
    out.push({ ...rowOf('gemeente', g.code, g.name, g.code, row), cls: null, band: '' });
    const c = corporationOf(row);
    if (row?.dwellings == null || c === null) complete = false;
    else {
      total += row.dwellings;
      corporation += c;
    }
    const levels: MapLevel[] = withBuurten ? ['wijk', 'buurt'] : ['wijk'];
    for (const level of levels) {
      for (const a of dataset.levels[level].areas) {
        if (a.gemeenteCode !== g.code) continue;
        if (level === 'buurt' && a.stock?.corporationPct == null) continue;
        out.push({ ...rowOf(level, a.code, a.name, g.code, a.stock), ...judge(a) });
      }
    }
  }
  out.push({
    level: 'regio',
    code: regionCode,
    name: regionName,
    gemeenteCode: '',
    dwellings: complete ? total : null,
    corporation: complete ? corporation : null,
    pct: complete && total > 0 ? (corporation * 100) / total : null,
    privatePct: null,
    cls: null,
    band: '',
    year: null,
    source: complete ? 'som van de gemeenterijen' : '',
  });
  return out;
}

const CLASS_NL: Record<AreaClass, string> = {
  below: 'onder de band',
  within: 'binnen de band',
  above: 'boven de band',
  small: 'te weinig woningen',
  nodata: 'geen gegevens',
};

/**
 * The 0-meting as CSV in the Dutch profile: `;`, decimal comma, UTF-8 with BOM, every cell formula-safe; a first
 * comment-free header row and one row per area. `madeFrom` names the data it was made from (last column, every row).
 */
export function baselineCsv(rows: readonly BaselineRow[], madeFrom: string): string {
  const header = [
    'niveau',
    'code',
    'naam',
    'gemeentecode',
    'woningen',
    'corporatiewoningen',
    'corporatie_pct',
    'overige_verhuurders_pct',
    'klasse',
    'band',
    'peiljaar',
    'bron',
    'gemaakt_uit',
  ];
  const data = rows.map((r) => [
    r.level,
    r.code,
    r.name,
    r.gemeenteCode,
    dutchNumber(r.dwellings, 0),
    dutchNumber(r.corporation, 0),
    dutchNumber(r.pct, 1),
    dutchNumber(r.privatePct, 1),
    r.cls ? CLASS_NL[r.cls] : '',
    r.band,
    r.year === null ? '' : String(r.year),
    r.source,
    madeFrom,
  ]);
  return toCsv(header, data, { delimiter: ';' });
}
