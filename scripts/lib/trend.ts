/**
 * Builds the rows of geodata/trend.csv from CBS 82900NED (trend/PROVENANCE.md): dwellings by owner per year
 * for the 7 Parkstad gemeenten, Parkstad (the sum of the 7), Limburg, Zuid-Limburg and Nederland.
 * Beekdaelen before it existed is the sum of Onderbanken, Nuth and Schinnen (`basis` som-voorgangers). A year whose
 * total stock jumps more than TREND_BREAK_PCT from the year before is marked `breuk` (Kerkrade 2014 and 2015 in
 * the series as published), never smoothed.
 */
import { fail } from './errors.ts';
import { cbsValue, sharePct } from './numbers.ts';
import { col, readDelimited, type RawRow } from './raw-files.ts';
import { CODE_PATTERN, TREND_BREAK_PCT, TREND_FIRST_YEAR, TREND_LAST_YEAR, TREND_NIVEAUS, type TrendRow } from './schema.ts';
import { RAW } from './source-info.ts';

/** The gemeenten merged into Beekdaelen (GM1954) (trend/PROVENANCE.md); their rows are blank from then on. */
const BEEKDAELEN = 'GM1954';
const PREDECESSORS = ['Onderbanken', 'Nuth', 'Schinnen'] as const;
const PARKSTAD = { code: 'parkstad', naam: 'Parkstad Limburg', niveau: 'regio' } as const;
/** CBS region labels without a gemeente code, and how they appear in trend.csv. */
const REGIONS: Record<string, { code: string; naam: string; niveau: (typeof TREND_NIVEAUS)[number] }> = {
  'Limburg (PV)': { code: 'limburg', naam: 'Limburg', niveau: 'provincie' },
  'Zuid-Limburg (CR)': { code: 'zuid-limburg', naam: 'Zuid-Limburg', niveau: 'corop' },
  Nederland: { code: 'nederland', naam: 'Nederland', niveau: 'land' },
};

interface Counts {
  woningen: number;
  koop: number;
  huur: number;
  corporatie: number;
  overige: number;
  onbekend: number;
}

const COLUMNS: Record<keyof Counts, string> = {
  woningen: 'TotaleWoningvoorraad_1',
  koop: 'Koopwoningen_2',
  huur: 'TotaalHuurwoningen_3',
  corporatie: 'EigendomWoningcorporatie_4',
  overige: 'EigendomOverigeVerhuurders_5',
  onbekend: 'EigendomOnbekend_6',
};
const PCT_OF: Record<'koop' | 'huur' | 'corporatie' | 'overige', string> = {
  koop: 'pct_koop',
  huur: 'pct_huur',
  corporatie: 'pct_corporatie',
  overige: 'pct_overige_verhuurders',
};

const YEARS = Array.from({ length: TREND_LAST_YEAR - TREND_FIRST_YEAR + 1 }, (_, i) => TREND_FIRST_YEAR + i);

/** Counts of one raw row, or null when CBS has no figures for that region and year; checks the identities. */
function countsOf(r: RawRow, where: string): Counts | null {
  const cells = Object.fromEntries(Object.entries(COLUMNS).map(([k, c]) => [k, col(r, c, where)])) as Record<keyof Counts, string>;
  if (Object.values(cells).every((v) => v === '')) return null;
  const n = {} as Counts;
  for (const [k, v] of Object.entries(cells) as [keyof Counts, string][]) {
    if (!/^\d+$/.test(v)) fail(`${where}: ${COLUMNS[k]} "${v}" is not a whole number`);
    n[k] = Number(v);
  }
  if (n.koop + n.huur + n.onbekend !== n.woningen) fail(`${where}: koop + huur + onbekend ≠ totaal`);
  if (n.corporatie + n.overige !== n.huur) fail(`${where}: corporatie + overige verhuurders ≠ huur`);
  // The shares in the file are count ÷ total × 100 to 1 decimal: recomputing them checks the rule used for sums.
  for (const [k, pctCol] of Object.entries(PCT_OF) as [keyof typeof PCT_OF, string][]) {
    const published = cbsValue(col(r, pctCol, where), `${where} ${pctCol}`);
    const ours = sharePct(n[k], n.woningen, 1, `${where} ${pctCol}`);
    if (published !== ours) fail(`${where}: ${pctCol} ${published}, recomputed ${ours}`);
  }
  return n;
}

const add = (a: Counts, b: Counts): Counts => ({
  woningen: a.woningen + b.woningen,
  koop: a.koop + b.koop,
  huur: a.huur + b.huur,
  corporatie: a.corporatie + b.corporatie,
  overige: a.overige + b.overige,
  onbekend: a.onbekend + b.onbekend,
});

function row(id: { code: string; naam: string; niveau: string }, jaar: number, n: Counts, basis: string): TrendRow {
  const pct = (part: number, what: string): string => sharePct(part, n.woningen, 1, `trend ${id.code} ${String(jaar)} ${what}`);
  return {
    code: id.code,
    naam: id.naam,
    niveau: id.niveau,
    jaar: String(jaar),
    woningen: String(n.woningen),
    koop: String(n.koop),
    huur: String(n.huur),
    corporatie: String(n.corporatie),
    overige_verhuurders: String(n.overige),
    onbekend: String(n.onbekend),
    koop_pct: pct(n.koop, 'koop'),
    huur_pct: pct(n.huur, 'huur'),
    corporatie_pct: pct(n.corporatie, 'corporatie'),
    overige_verhuurders_pct: pct(n.overige, 'overige'),
    basis,
    breuk: '0',
  };
}

/** `breuk` = 1 where the total differs more than TREND_BREAK_PCT % from the year before (same code). */
export function markBreaks(rows: TrendRow[]): void {
  for (const r of rows) {
    const prev = rows.find((p) => p.code === r.code && Number(p.jaar) === Number(r.jaar) - 1);
    if (prev && Math.abs(Number(r.woningen) - Number(prev.woningen)) * 100 > TREND_BREAK_PCT * Number(prev.woningen)) r.breuk = '1';
  }
}

/** All rows of trend.csv: the gemeenten by code, then Parkstad, Limburg, Zuid-Limburg, Nederland; each by year. */
export function buildTrendRows(dir: string, gemeenten: readonly { code: string; naam: string }[]): TrendRow[] {
  const file = RAW.trend;
  const series = new Map<string, Map<number, Counts>>();
  const labels = new Map<string, string>();
  readDelimited(dir, file, ';').forEach((r, i) => {
    const regio = col(r, 'regio', file);
    const gm = col(r, 'gemeentecode', file);
    const jaar = Number(col(r, 'jaar', file));
    const where = `${file} line ${String(i + 2)} (${regio} ${String(jaar)})`;
    if (!YEARS.includes(jaar)) fail(`${where}: year outside ${String(TREND_FIRST_YEAR)}–${String(TREND_LAST_YEAR)}`);
    if (gm !== '' && !CODE_PATTERN.gemeente.test(gm)) fail(`${where}: "${gm}" is not a gemeente code`);
    const key = gm !== '' ? gm : regio;
    if (gm === '' && !(regio in REGIONS) && !(PREDECESSORS as readonly string[]).includes(regio))
      fail(`${where}: unknown region "${regio}"`);
    labels.set(key, regio);
    const n = countsOf(r, where);
    if (!n) return;
    const s = series.get(key) ?? new Map<number, Counts>();
    if (s.has(jaar)) fail(`${where}: duplicate year`);
    series.set(key, s.set(jaar, n));
  });

  const rows: TrendRow[] = [];
  const byYear = new Map<number, Counts[]>();
  for (const g of gemeenten) {
    const s = series.get(g.code) ?? fail(`${file}: no rows for ${g.code}`);
    if (labels.get(g.code) !== g.naam) fail(`${file}: ${g.code} is "${labels.get(g.code) ?? ''}", stock.csv says "${g.naam}"`);
    for (const jaar of YEARS) {
      let n = s.get(jaar);
      let basis = 'cbs';
      const predecessors = PREDECESSORS.map((p) => series.get(p)?.get(jaar));
      if (g.code === BEEKDAELEN && n && predecessors.some((p) => p !== undefined))
        fail(`${file}: both Beekdaelen and a predecessor have figures for ${String(jaar)}`);
      if (g.code === BEEKDAELEN && !n) {
        // Before Beekdaelen existed: the sum of the three gemeenten it was formed from, each of which must have figures.
        if (rows.some((r) => r.code === BEEKDAELEN && r.basis === 'cbs'))
          fail(`${file}: Beekdaelen lacks figures for ${String(jaar)} after a year with figures`);
        n = predecessors.map((p, k) => p ?? fail(`${file}: no ${PREDECESSORS[k] ?? ''} figures for ${String(jaar)}`)).reduce(add);
        basis = 'som-voorgangers';
      }
      if (!n) fail(`${file}: no figures for ${g.code} in ${String(jaar)}`);
      rows.push(row({ code: g.code, naam: g.naam, niveau: 'gemeente' }, jaar, n, basis));
      byYear.set(jaar, [...(byYear.get(jaar) ?? []), n]);
    }
  }
  for (const jaar of YEARS) rows.push(row(PARKSTAD, jaar, (byYear.get(jaar) ?? []).reduce(add), 'som-gemeenten'));
  for (const [label, id] of Object.entries(REGIONS)) {
    const s = series.get(label) ?? fail(`${file}: no rows for ${label}`);
    for (const jaar of YEARS) rows.push(row(id, jaar, s.get(jaar) ?? fail(`${file}: no figures for ${label} in ${String(jaar)}`), 'cbs'));
  }
  markBreaks(rows);
  // A sum inherits the break of a part: the Parkstad total jumps with Kerkrade's.
  for (const p of rows.filter((r) => r.code === PARKSTAD.code))
    if (rows.some((g) => g.niveau === 'gemeente' && g.jaar === p.jaar && g.breuk === '1')) p.breuk = '1';
  return rows;
}
