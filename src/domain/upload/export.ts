/**
 * Export of the joined data (CSV in the Dutch profile, and GeoJSON) and of the unmatched rows of an
 * upload. Every header and cell is written through `toCsv` (domain/csv-safe.ts), so a name or header
 * from a file can never become a spreadsheet formula.
 */
import { scanTable } from '../parse-csv';
import type { AreaClass } from '../classify-area';
import { toCsv } from '../csv-safe';
import type { Area } from '../types';

export interface ExportIndicator {
  label: string;
  values: ReadonlyMap<string, number | null>;
}

const CLASS_NL: Record<AreaClass, string> = {
  below: 'onder',
  within: 'binnen',
  above: 'boven',
  small: 'te weinig woningen',
  nodata: 'geen gegevens',
};

/** The class of an area against its band, as the view model computed it (classification happens once). */
export type ClassOf = (area: Area) => AreaClass;

/** A number in the Dutch profile without thousands separators: 26.98826 → `26,99` (2 decimals at most). */
export function dutchNumber(v: number | null, digits = 2): string {
  if (v === null || !Number.isFinite(v)) return '';
  return String(Math.round(v * 10 ** digits) / 10 ** digits).replace('.', ',');
}

interface Row {
  code: string;
  naam: string;
  niveau: string;
  gemeentecode: string;
  woningen: number | null;
  corporatie_pct: number | null;
  klasse: string;
  peiljaar: number | null;
  bron: string;
}

function rowOf(a: Area, classOf: ClassOf): Row {
  const pct = a.stock?.corporationPct ?? null;
  return {
    code: a.code,
    naam: a.name,
    niveau: a.level,
    gemeentecode: a.gemeenteCode,
    woningen: a.stock?.dwellings ?? null,
    corporatie_pct: pct,
    klasse: CLASS_NL[classOf(a)],
    peiljaar: a.stock?.year ?? null,
    bron: a.stock?.source ?? '',
  };
}

/** The areas as `;`-separated CSV with decimal commas and a BOM (opens cleanly in Dutch Excel; re-uploadable). */
export function areasToCsv(areas: readonly Area[], classOf: ClassOf, indicators: readonly ExportIndicator[] = []): string {
  const header = [
    'code',
    'naam',
    'niveau',
    'gemeentecode',
    'woningen',
    'corporatie_pct',
    'klasse',
    'peiljaar',
    'bron',
    ...indicators.map((i) => i.label),
  ];
  const data = areas.map((a) => {
    const r = rowOf(a, classOf);
    return [
      r.code,
      r.naam,
      r.niveau,
      r.gemeentecode,
      dutchNumber(r.woningen, 0),
      dutchNumber(r.corporatie_pct),
      r.klasse,
      r.peiljaar === null ? '' : String(r.peiljaar),
      r.bron,
      ...indicators.map((i) => dutchNumber(i.values.get(a.code) ?? null)),
    ];
  });
  return toCsv(header, data, { delimiter: ';' });
}

/** The areas with geometry as a GeoJSON FeatureCollection (WGS84), the same fields as the CSV as properties. */
export function areasToGeoJson(areas: readonly Area[], classOf: ClassOf, indicators: readonly ExportIndicator[] = []): string {
  const features = areas
    .filter((a) => a.geometry)
    .map((a) => {
      const extra = Object.fromEntries(indicators.map((i) => [i.label, i.values.get(a.code) ?? null]));
      return { type: 'Feature', properties: { ...rowOf(a, classOf), ...extra }, geometry: a.geometry };
    });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/**
 * The given data rows (1-based, header not counted) of a delimited text, with the original header, as
 * CSV in the same delimiter plus a leading `rij` column with the row number, so each can be found back.
 */
export function extractRows(text: string, delimiter: string, rows: ReadonlySet<number>): string {
  const out: string[][] = [];
  const { header } = scanTable(text, { delimiter }, (cells, row) => {
    if (rows.has(row)) out.push([String(row), ...cells]);
  }).value;
  return toCsv(['rij', ...header], out, { delimiter });
}
