/**
 * Where a project is drawn, and which icon kind (soort) it gets.
 *
 * Location, first rule that applies:
 *  1. places/projects.csv gives a point → that point, with the precision stated there
 *     (buurt / wijk / stadsdeel; "site" → locatie) and the CBS code named in that row.
 *  2. A CBS 2024 wijk or buurt of the project's gemeente whose name matches a core name of the project:
 *     equal (score 3; a buurt "X en omgeving" also counts as "X"), spelling variant (2), or the area
 *     name occurring as whole words inside the project name (1). Only the best score counts; several
 *     best candidates are ambiguous, except a buurt and the wijk that contains it → the buurt.
 *     Generic area names (Centrum, Buitengebied, Verspreide huizen, Ziekenhuis) never match.
 *  3. places/nplv.md names the area: a focus row whose short name equals a core name, or an
 *     abbreviation (2–4 capitals) that the nplv.md tables mention in rows all pointing at one CBS code.
 *  4. Otherwise "onbekend": no point; areas sharing a word of 6+ letters are listed in the toelichting.
 * The point for rules 2–3 is computed inside the area polygon the app draws (geo.ts deepPoint: the point
 * farthest from its edges among many candidates), never typed. A rule-1 point of buurt or wijk precision
 * that does not lie well inside its area there is moved to that point, with a note.
 */
import type { Area, CbsData } from './cbs-areas.ts';
import { areaByCode } from './cbs-areas.ts';
import type { NplvMd } from './nplv-md.ts';
import type { ProjectRecord } from './project-merge.ts';
import { coreNames, coreOf, recordCores } from './project-merge.ts';
import type { FundProse } from './seed-texts.ts';
import type { Fund } from './seed-portfolio.ts';
import { FUNDS } from './seed-portfolio.ts';
import { cell, coord } from './places.ts';
import { containsWords, fold, isNameVariant } from './text.ts';
import { deepPoint, MIN_CLEARANCE_M, wellInside } from './geo.ts';

export type ProjectPrecisie = 'locatie' | 'buurt' | 'wijk' | 'stadsdeel' | 'onbekend';

export interface Location {
  precisie: ProjectPrecisie;
  cbs_code: string;
  lat: number | null;
  lon: number | null;
  bron: string;
  note: string;
}

const GENERIC = new Set(['centrum', 'buitengebied', 'verspreide huizen', 'ziekenhuis']);
const CODE_RE = /\b(?:BU\d{8}|WK\d{6})\b/;

function inside(a: Area): { lat: number; lon: number } {
  const [lon, lat] = deepPoint(a.geometry);
  return { lat, lon };
}

/** Comparable keys of an area name (same normalisation as project cores); "X en omgeving" also gives "X". */
function areaKeys(a: Area): string[] {
  const k = coreOf(a.naam);
  return k.endsWith(' en omgeving') ? [k, k.replace(/ en omgeving$/, '')] : [k];
}

function fromCsv(r: ProjectRecord, cbs: CbsData): Location | null {
  const row = r.csv;
  const lat = row ? coord(row, 'lat') : null,
    lon = row ? coord(row, 'lon') : null;
  if (!row || lat === null || lon === null) return null;
  const p = cell(row, 'precision').toLowerCase();
  const precisie: ProjectPrecisie = p.startsWith('site')
    ? 'locatie'
    : p.startsWith('buurt')
      ? 'buurt'
      : p.startsWith('wijk')
        ? 'wijk'
        : p.startsWith('stadsdeel')
          ? 'stadsdeel'
          : 'onbekend';
  if (precisie === 'onbekend') throw new Error(`projects.csv "${cell(row, 'name')}": point with unknown precision "${p}"`);
  let code = '';
  const stated = `Locatie volgens projects.csv: ${cell(row, 'precision')}.`;
  if (precisie === 'buurt' || precisie === 'wijk') {
    code = CODE_RE.exec(`${cell(row, 'precision')} ${cell(row, 'source')}`)?.[0] ?? '';
    const area = areaByCode(cbs, code);
    if (area.level !== precisie) throw new Error(`projects.csv "${cell(row, 'name')}": ${code} is not a ${precisie}`);
    if (!wellInside(area.geometry, [lon, lat])) {
      return {
        precisie,
        cbs_code: code,
        ...inside(area),
        bron: `projects.csv noemt ${precisie} ${code}; punt binnen ${area.file}`,
        note: `${stated} Het punt uit projects.csv ligt niet minstens ${String(MIN_CLEARANCE_M)} m binnen ${area.naam} (${code}) zoals de kaart die tekent; punt binnen het vlak gezet.`,
      };
    }
  }
  return { precisie, cbs_code: code, lat, lon, bron: 'punt uit places/projects.csv', note: stated };
}

type Match = { area: Area; score: number } | 'ambiguous' | null;

/** Best match of one core name among the areas (rule 2 of the module comment). */
function matchCore(core: string, areas: readonly Area[]): Match {
  const scored = areas.map((a) => {
    const keys = areaKeys(a);
    return {
      a,
      s: keys.includes(core) ? 3 : keys.some((k) => isNameVariant(k, core)) ? 2 : keys.some((k) => containsWords(core, k)) ? 1 : 0,
    };
  });
  const best = Math.max(0, ...scored.map((x) => x.s));
  if (best === 0) return null;
  let cands = scored.filter((x) => x.s === best).map((x) => x.a);
  const b = cands.find((a) => a.level === 'buurt'),
    w = cands.find((a) => a.level === 'wijk');
  if (cands.length === 2 && b && w && b.wijkcode === w.code) cands = [b];
  const [hit] = cands;
  return cands.length === 1 && hit ? { area: hit, score: best } : 'ambiguous';
}

const HOW = ['', 'gebiedsnaam komt als heel woord voor in de projectnaam', 'spellingsvariant van de naam', 'zelfde naam'];

/** Rule 2: every core name of the project must resolve to one and the same area. */
function fromCbsNames(r: ProjectRecord, cbs: CbsData, gemeentecode: string): { loc: Location | null; near: Area[]; why: string } {
  const cores = recordCores(r);
  const areas = [...cbs.buurten, ...cbs.wijken].filter(
    (a) => a.gemeentecode === gemeentecode && a.naam !== '' && !GENERIC.has(fold(a.naam)),
  );
  const near = areas.filter((a) => cores.some((c) => c.split(' ').some((w) => w.length >= 6 && coreOf(a.naam).split(' ').includes(w))));
  const matches = cores.map((c) => ({ c, m: matchCore(c, areas) }));
  const found = matches.flatMap(({ m }) => (m && m !== 'ambiguous' ? [m] : []));
  const codes = new Set(found.map((m) => m.area.code));
  const [first] = found;
  if (!first) return { loc: null, near, why: matches.some((x) => x.m === 'ambiguous') ? ' Naam past bij meerdere CBS-gebieden.' : '' };
  const missing = matches.filter((x) => x.m === null || x.m === 'ambiguous').map((x) => `"${x.c}"`);
  if (codes.size > 1 || missing.length > 0) {
    const parts = found.map((m) => `${m.area.naam} (${m.area.code})`).join(', ');
    return {
      loc: null,
      near,
      why: ` Naamdelen wijzen niet naar één gebied: gevonden ${parts}${missing.length ? `, niet gevonden ${missing.join(', ')}` : ''}.`,
    };
  }
  const hit = first.area;
  return {
    loc: {
      precisie: hit.level,
      cbs_code: hit.code,
      ...inside(hit),
      bron: `CBS 2024 ${hit.level} ${hit.code} ${hit.naam} (${hit.file})`,
      note: `Geplaatst in ${hit.level} ${hit.naam} (${hit.code}): ${HOW[first.score] ?? ''}; punt binnen het vlak, niet de exacte projectlocatie.`,
    },
    near,
    why: '',
  };
}

function fromNplv(r: ProjectRecord, cbs: CbsData, nplv: NplvMd): Location | null {
  const cores = recordCores(r);
  let code: string | undefined;
  let why = '';
  const focus = nplv.focus.find((f) => coreNames(f.naam.split(':')[0] ?? '').some((c) => cores.includes(c)));
  if (focus) {
    code = focus.codes[0];
    why = `focusgebied "${focus.naam}"`;
  }
  const acr = r.names.find((n) => /^[A-Z]{2,4}$/.test(n));
  if (!code && acr) {
    const codes = new Set(
      nplv.rows
        .filter((row) => row.some((c) => new RegExp(`\\b${acr}\\b`).test(c)))
        .map((row) => row.join(' ').match(CODE_RE)?.[0])
        .filter((c) => c !== undefined),
    );
    if (codes.size === 1) {
      code = [...codes][0];
      why = `afkorting ${acr} staat in nplv.md alleen bij ${code}`;
    }
  }
  if (!code) return null;
  const a = areaByCode(cbs, code);
  return {
    precisie: a.level,
    cbs_code: a.code,
    ...inside(a),
    bron: `places/nplv.md (${why}); CBS 2024 ${a.level} ${a.code} (${a.file})`,
    note: `Geplaatst in ${a.level} ${a.naam} (${a.code}) via places/nplv.md: ${why}; punt binnen het vlak.`,
  };
}

/** Decide the location of one project (rules in the module comment). */
export function locateProject(r: ProjectRecord, cbs: CbsData, nplv: NplvMd, gemeentecode: string): Location {
  const csv = fromCsv(r, cbs);
  if (csv) return csv;
  const { loc, near, why } = fromCbsNames(r, cbs, gemeentecode);
  if (loc) return loc;
  const n = fromNplv(r, cbs, nplv);
  if (n) return n;
  const stated = r.csv ? ` projects.csv: ${cell(r.csv, 'precision')}.` : '';
  const hint =
    near.length > 0
      ? ` Geen eenduidige match; gebieden met een deel van de naam: ${near.map((a) => `${a.naam} (${a.code})`).join(', ')}.`
      : '';
  return {
    precisie: 'onbekend',
    cbs_code: '',
    lat: null,
    lon: null,
    bron: '',
    note: `Locatie onbekend: niet getekend.${stated}${why}${hint}`,
  };
}

export type Soort = 'herstructurering' | 'nieuwbouw' | 'transformatie' | 'gebiedsontwikkeling' | 'renovatie/verduurzaming' | 'overig';

/** Name/description rules, in order; the first that matches decides. */
export const SOORT_RULES: readonly [RegExp, Soort][] = [
  [/herstructurering|revitalisering/, 'herstructurering'],
  [/transformatie/, 'transformatie'],
  [/gebiedsontwikkeling|wijkontwikkeling|stationsgebied/, 'gebiedsontwikkeling'],
  [/renovatie|verduurzaming/, 'renovatie/verduurzaming'],
  [/nieuwbouw|woningbouw/, 'nieuwbouw'],
];

const FUND_NAMES: Record<string, Fund> = { Volkshuisvestingsfonds: 'vhf', Woningbouwimpuls: 'wbi', Startbouwimpuls: 'sbi' };

/**
 * Icon kind: the name/description rules; else the fund, as seed 001's prose describes it (a fund its
 * prose calls "herstructureringsprojecten" → herstructurering; one "om … woningen te realiseren" or
 * against delay "in de bouw van woningen" → nieuwbouw), funds in table order; else overig.
 */
export function soortOf(r: ProjectRecord, prose: readonly FundProse[]): { soort: Soort; regel: string } {
  const text = fold([...r.names, ...r.soortTeksten].join(' '));
  for (const [re, s] of SOORT_RULES) if (re.test(text)) return { soort: s, regel: `naam/omschrijving bevat "${re.exec(text)?.[0] ?? ''}"` };
  for (const f of FUNDS) {
    if (!r.flags?.[f]) continue;
    const p = prose.find((x) => FUND_NAMES[x.fonds] === f);
    if (p?.herstructurering)
      return { soort: 'herstructurering', regel: `financiering ${p.fonds}: seed 001 noemt dit herstructureringsprojecten` };
    if (p?.woningbouw) return { soort: 'nieuwbouw', regel: `financiering ${p.fonds}: seed 001 noemt dit woningbouw` };
  }
  return { soort: 'overig', regel: 'geen regel van toepassing' };
}
