/**
 * Colonies overlay: the 29 rows of seed 000's "Overzicht Mijnkoloniën", each joined to its location
 * row in places/colonies.csv (by build years plus a key word of the name) and, for polygon precision,
 * to the RCE gezicht polygon named in that row's source column.
 */
import type { Position } from 'geojson';
import type { SeedColony } from './seed-colonies.ts';
import { statusMismatches } from './seed-colonies.ts';
import type { CbsData } from './cbs-areas.ts';
import { areaByCode } from './cbs-areas.ts';
import type { Areal } from './geo.ts';
import { areaHa, containsPoint, deepPoint, MIN_CLEARANCE_M, wellInside } from './geo.ts';
import type { CsvRow, Gezicht } from './places.ts';
import { cell, COLONIES_CSV, coord, HERITAGE_FILE } from './places.ts';
import { fold } from './text.ts';

export type Precisie = 'polygoon' | 'buurt' | 'wijk' | 'stadsdeel' | 'onbekend';

export interface Colony {
  nr: number;
  naam: string;
  bouwjaren: string;
  architect: string;
  status_code: string;
  status_tekst: string;
  status_afwijking: boolean;
  /** True when the attached polygon is larger than the colony itself (see toelichting). */
  vlak_ruimer_dan_kolonie: boolean;
  precisie: Precisie;
  cbs_code: string;
  lat: number | null;
  lon: number | null;
  bron: string;
  toelichting: string;
  geometry: Areal | null;
}

const ARTICLES = new Set(['de', 'het', 'den', 'der']);

/** First word of at least 3 letters that is not an article: the join key on the name side. */
function keyWord(naam: string): string {
  const w = fold(naam)
    .split(' ')
    .find((t) => t.length >= 3 && !ARTICLES.has(t));
  if (!w) throw new Error(`No key word in colony name "${naam}"`);
  return w;
}

function matchCsv(row: SeedColony, csv: readonly CsvRow[]): CsvRow {
  const key = keyWord(row.naam);
  const hits = csv.filter(
    (c) =>
      Number(cell(c, 'built_from')) === row.jaarVan &&
      Number(cell(c, 'built_to')) === (row.jaarTot ?? row.jaarVan) &&
      fold(cell(c, 'name')).split(' ').includes(key),
  );
  const [hit] = hits;
  if (hits.length !== 1 || !hit) throw new Error(`Colony "${row.naam}": ${hits.length} matching rows in ${COLONIES_CSV}`);
  return hit;
}

function precisionOf(text: string): Precisie {
  const p = text.toLowerCase();
  if (p.startsWith('not located')) return 'onbekend';
  if (/^(area|polygon)/.test(p)) return 'polygoon';
  for (const k of ['buurt', 'wijk', 'stadsdeel'] as const) if (p.startsWith(k)) return k;
  throw new Error(`Unknown precision text in ${COLONIES_CSV}: "${text}"`);
}

interface Shape {
  geometry: Areal;
  bron: string;
  note: string;
  ruimer: boolean;
}

/**
 * The RCE polygon, or the polygon part, that the csv source column names ("BRON_ID 239 part 1").
 * When the csv point was computed on a part clipped to a gemeente ("part 0 clipped to GM0917"), the clip
 * cannot be redone here: the CBS outlines in shared/ are too coarse (they put the whole part in
 * Landgraaf). The whole part is then attached, flagged as larger than the colony (`ruimer`).
 */
function gezichtShape(source: string, gezichten: Map<string, Gezicht>): Shape {
  const m = /BRON_ID (\d+)(?: part (\d+))?(?: clipped to (GM\d{4}))?/.exec(source);
  const g = m?.[1] ? gezichten.get(m[1]) : undefined;
  if (!m || !g) throw new Error(`No RCE BRON_ID resolvable in source "${source}"`);
  const bron = `${HERITAGE_FILE} BRON_ID ${g.bronId} (${g.naam})`;
  if (m[2] === undefined) return { geometry: g.geometry, bron, note: '', ruimer: false };
  if (g.geometry.type !== 'MultiPolygon') throw new Error(`BRON_ID ${g.bronId} has no parts`);
  const part = g.geometry.coordinates[Number(m[2])];
  if (!part) throw new Error(`BRON_ID ${g.bronId} has no part ${m[2]}`);
  const geometry: Areal = { type: 'Polygon', coordinates: part };
  const partNote = `deelvlak ${m[2]} van RCE-gezicht ${g.bronId} (${areaHa(geometry).toFixed(1)} ha)`;
  if (!m[3])
    return {
      geometry,
      bron,
      note: `${partNote}; toewijzing van dit deelvlak aan deze kolonie is volgens colonies.csv afgeleid.`,
      ruimer: false,
    };
  return {
    geometry,
    bron,
    ruimer: true,
    note:
      `${partNote}, dat doorloopt buiten ${m[3]}. De kolonie is alleen het deel binnen ${m[3]}; dat deel is hier niet te knippen ` +
      '(de CBS-grenzen in shared/ zijn te grof), dus het vlak is ruimer dan de kolonie. Het punt (lat/lon) is het zwaartepunt van het deel binnen de gemeente volgens colonies.csv.',
  };
}

function years(r: SeedColony): string {
  return r.jaarTot === null ? String(r.jaarVan) : `${r.jaarVan}-${r.jaarTot}`;
}

/** Join every seed row to its location; throws on an unmatched row or an unused csv row. */
export function buildColonies(
  seed: readonly SeedColony[],
  seedName: string,
  csv: readonly CsvRow[],
  gezichten: Map<string, Gezicht>,
  cbs: CbsData,
): Colony[] {
  const mismatch = statusMismatches(seed);
  const matched = seed.map((r) => ({ r, c: matchCsv(r, csv) }));
  const unused = csv.filter((c) => !matched.some((m) => m.c === c));
  if (unused.length > 0) throw new Error(`${COLONIES_CSV} rows not matched to the seed: ${unused.map((c) => cell(c, 'name')).join(', ')}`);
  return matched.map(({ r, c }) => {
    const notes: string[] = [];
    const afw = mismatch.get(r.nr);
    if (afw) notes.push(afw);
    const shared = matched.filter((m) => m.c === c).map((m) => m.r.nr);
    if (shared.length > 1) notes.push(`${COLONIES_CSV} voegt tabelrijen ${shared.join(' en ')} samen in één rij ("${cell(c, 'name')}").`);
    if (cell(c, 'status_code') !== r.statusCode)
      notes.push(
        `${COLONIES_CSV} geeft statuscode ${cell(c, 'status_code')} (${cell(c, 'status_label')}); de tabel in seed ${seedName} is aangehouden.`,
      );
    const precisie = precisionOf(cell(c, 'precision'));
    let lat = coord(c, 'lat'),
      lon = coord(c, 'lon');
    if (precisie === 'onbekend') notes.unshift('Locatie onbekend: niet getekend.');
    if ((precisie === 'onbekend') !== (lat === null || lon === null))
      throw new Error(`Colony "${r.naam}": precision and coordinates disagree`);
    const bron = [`seed ${seedName} (tabel Overzicht Mijnkoloniën, rij ${r.nr})`, `${COLONIES_CSV}: ${cell(c, 'source') || '(geen bron)'}`];
    let cbsCode = '';
    let geometry: Areal | null = null;
    let ruimer = false;
    const pt: [number, number] | null = lat !== null && lon !== null ? [lon, lat] : null;
    if (precisie === 'polygoon') {
      const shape = gezichtShape(cell(c, 'source'), gezichten);
      ruimer = shape.ruimer;
      geometry = shape.geometry;
      bron.push(shape.bron);
      if (shape.note) notes.push(`Vlak: ${shape.note}`);
      if (pt && !containsPoint(geometry, pt)) notes.push('Let op: het punt uit colonies.csv valt buiten dit vlak.');
    } else if (precisie === 'buurt' || precisie === 'wijk') {
      cbsCode = /\b(?:BU\d{8}|WK\d{6})\b/.exec(cell(c, 'cbs_area'))?.[0] ?? '';
      if (cbsCode === '') throw new Error(`Colony "${r.naam}": no CBS code in cbs_area "${cell(c, 'cbs_area')}"`);
      const area = areaByCode(cbs, cbsCode);
      if (area.level !== precisie) throw new Error(`Colony "${r.naam}": ${cbsCode} is a ${area.level}, precision says ${precisie}`);
      if (pt && !wellInside(area.geometry, pt)) {
        [lon, lat] = deepPoint(area.geometry);
        notes.push(
          `Het CBS-2014-labelpunt uit colonies.csv ligt niet minstens ${String(MIN_CLEARANCE_M)} m binnen ${precisie} ${area.naam} (${cbsCode}) zoals de kaart die tekent; punt binnen het vlak gezet.`,
        );
      }
    }
    notes.push(`colonies.csv precisie: ${cell(c, 'precision')}${cell(c, 'notes') ? `; ${cell(c, 'notes')}` : ''}`);
    return {
      nr: r.nr,
      naam: r.naam,
      bouwjaren: years(r),
      architect: r.architect,
      status_code: r.statusCode,
      status_tekst: r.statusTekst,
      status_afwijking: afw !== undefined,
      vlak_ruimer_dan_kolonie: ruimer,
      precisie,
      cbs_code: cbsCode,
      lat,
      lon,
      bron: bron.join(' | '),
      toelichting: notes.join(' '),
      geometry,
    };
  });
}

/** Geometry to draw: the polygon for polygoon precision, otherwise the csv point; null when unknown. */
export function colonyGeometry(c: Colony): Areal | { type: 'Point'; coordinates: Position } | null {
  if (c.geometry) return c.geometry;
  return c.lat !== null && c.lon !== null ? { type: 'Point', coordinates: [c.lon, c.lat] } : null;
}
