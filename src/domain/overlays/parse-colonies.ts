/** Read colonies.csv (all 29 seed rows) and attach the RCE polygons from colonies.geojson by number. */
import { parseTable, missingColumns } from '../parse-csv';
import { parseCell } from '../numbers';
import type { AreaGeometry, Parsed } from '../types';
import { problem, type Problem } from '../problem';
import { STATUS_CODES, type Colony, type Precision, type StatusCode } from './types';
import { colonyDisplayStatus } from './colony-status';

/** The columns of colonies.csv, the file contract scripts/overlays writes to. */
export const COLONY_COLUMNS = [
  'nr',
  'naam',
  'bouwjaren',
  'architect',
  'status_code',
  'status_tekst',
  'status_afwijking',
  'precisie',
  'cbs_code',
  'lat',
  'lon',
  'bron',
  'toelichting',
] as const;
const PRECISIONS: ReadonlySet<string> = new Set(['polygoon', 'buurt', 'wijk', 'stadsdeel', 'locatie', 'onbekend']);

/** Parse a `lat`/`lon` pair (decimal comma); null unless both are numbers. */
export function readPoint(lat: string | undefined, lon: string | undefined): [number, number] | null {
  const a = parseCell(lat ?? '');
  const b = parseCell(lon ?? '');
  return a.kind === 'number' && b.kind === 'number' ? [b.value, a.value] : null;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Polygons of colonies.geojson keyed by colony number. */
function polygonsByNr(geojson: unknown): Map<number, { geometry: AreaGeometry; wider: boolean }> {
  const m = new Map<number, { geometry: AreaGeometry; wider: boolean }>();
  if (!isRecord(geojson) || !Array.isArray(geojson.features)) return m;
  for (const f of geojson.features as unknown[]) {
    if (!isRecord(f) || !isRecord(f.properties) || !isRecord(f.geometry)) continue;
    const type = f.geometry.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') continue;
    m.set(Number(f.properties.nr), {
      geometry: f.geometry as unknown as AreaGeometry,
      wider: f.properties.vlak_ruimer_dan_kolonie === true,
    });
  }
  return m;
}

export function parseColonies(csv: string, geojson: unknown, file = 'colonies.csv'): Parsed<Colony[]> {
  const table = parseTable(csv, { delimiter: ';', file });
  const issues: Problem[] = [...table.issues, ...missingColumns(table.value, COLONY_COLUMNS, file)];
  if (issues.some((i) => i.severity === 'error')) return { value: [], issues };
  const polygons = polygonsByNr(geojson);
  const colonies: Colony[] = [];
  for (const { row, cells } of table.value.records) {
    const status = cells.status_code ?? '';
    const precision = cells.precisie ?? '';
    if (!STATUS_CODES.includes(status as StatusCode) || !PRECISIONS.has(precision)) {
      issues.push(problem('error', 'overlay.bad-row', { file, row, status, precision }));
      continue;
    }
    const nr = Number(cells.nr);
    const point = precision === 'onbekend' ? null : readPoint(cells.lat, cells.lon);
    if (precision !== 'onbekend' && !point) {
      issues.push(problem('warning', 'overlay.missing-point', { file, row, name: cells.naam ?? '', precision }));
    }
    const poly = polygons.get(nr);
    const printed = { status: status as StatusCode, statusText: cells.status_tekst ?? '', statusMismatch: cells.status_afwijking === '1' };
    colonies.push({
      nr,
      name: cells.naam ?? '',
      years: cells.bouwjaren ?? '',
      architect: cells.architect ?? '',
      ...printed,
      display: colonyDisplayStatus(printed),
      precision: precision as Precision,
      cbsCode: cells.cbs_code ?? '',
      point,
      polygon: poly?.geometry ?? null,
      polygonWider: poly?.wider ?? false,
      source: cells.bron ?? '',
      note: cells.toelichting ?? '',
    });
  }
  return { value: colonies, issues };
}
