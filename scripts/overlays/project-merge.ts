/**
 * Project records: the 51 portfolio rows of seed 001, the Heerlen-Noord rows of places/projects.csv and
 * the projects named in seeds 000 and 004, merged when their core names match.
 *
 * Core name: the name without a parenthetical, split on "/" into alternatives; each alternative folded
 * (lower case, no diacritics) with kind words (herstructurering, transformatie, renovatie, …) and
 * articles/prepositions removed. Two records are the same project when a core of one equals a core of
 * the other or is a spelling variant of it (see isNameVariant). A source that matches more than one
 * record is not merged (it stays a separate record with a note).
 */
import type { Fund, PortfolioRow } from './seed-portfolio.ts';
import type { NamedItem, WbiMention } from './seed-texts.ts';
import type { CsvRow } from './places.ts';
import { cell, PROJECTS_CSV } from './places.ts';
import { containsWords, fold, isNameVariant } from './text.ts';

export interface ProjectRecord {
  id: string;
  nr: number | null;
  naam: string;
  gemeente: string;
  corporaties: string[];
  flags: Record<Fund, boolean> | null;
  names: string[];
  soortTeksten: string[];
  woningen: string[];
  periode: string[];
  bron: string[];
  notes: string[];
  csv: CsvRow | null;
  /** Texts that say where the project is (seed quotes, csv notes), used to find the gemeente of non-portfolio records. */
  context: string[];
  merged: number;
}

const KIND_WORDS = new Set([
  'herstructurering',
  'blokgewijze',
  'renovatie',
  'verduurzaming',
  'transformatie',
  'wijkontwikkeling',
  'gebiedsontwikkeling',
  'gebiedsontwikkelingen',
  'wijkaanpak',
  'revitalisering',
  'aanpak',
]);
const STOP = new Set(['de', 'het', 'van', 'der', 'den', 't']);

/** Folded text without kind words and articles/prepositions; also applied to CBS area names before comparing. */
export function coreOf(text: string): string {
  return fold(text)
    .split(' ')
    .filter((w) => w !== '' && !KIND_WORDS.has(w) && !STOP.has(w))
    .join(' ');
}

/** Core names of one printed name (see module comment). */
export function coreNames(name: string): string[] {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .split('/')
    .map(coreOf)
    .filter((c) => c !== '');
}

export function recordCores(r: ProjectRecord): string[] {
  return [...new Set(r.names.flatMap(coreNames))];
}

function sameProject(r: ProjectRecord, name: string): { variant: boolean } | null {
  for (const a of recordCores(r))
    for (const b of coreNames(name)) {
      if (a === b) return { variant: false };
      if (isNameVariant(a, b)) return { variant: true };
    }
  return null;
}

export function portfolioRecords(rows: readonly PortfolioRow[], seed: string): ProjectRecord[] {
  return rows.map((p) => ({
    id: `pf-${String(p.nr).padStart(2, '0')}`,
    nr: p.nr,
    naam: p.naam,
    gemeente: p.gemeente,
    corporaties: p.corporaties,
    flags: p.flags,
    names: [p.naam],
    soortTeksten: [],
    woningen: [],
    periode: [],
    csv: null,
    context: [],
    merged: 0,
    bron: [`seed ${seed} (regionale projectenportefeuille, rij ${p.nr})`],
    notes: [],
  }));
}

function newRecord(naam: string): ProjectRecord {
  return {
    id: `hl-${coreNames(naam)[0]?.replace(/ /g, '-') ?? fold(naam).replace(/ /g, '-')}`,
    nr: null,
    naam,
    gemeente: '',
    corporaties: [],
    flags: null,
    names: [naam],
    soortTeksten: [],
    woningen: [],
    periode: [],
    bron: [],
    notes: [],
    csv: null,
    context: [],
    merged: 0,
  };
}

/** Add a source to the single record it matches, or as a new record; returns the record used. */
function addOrMerge(records: ProjectRecord[], naam: string, label: string): ProjectRecord {
  const hits = records.map((r) => ({ r, m: sameProject(r, naam) })).filter((h) => h.m !== null);
  const [hit] = hits;
  if (hits.length === 1 && hit) {
    hit.r.merged++;
    if (!hit.r.names.includes(naam)) hit.r.names.push(naam);
    hit.r.notes.push(`Samengevoegd met "${naam}" (${label})${hit.m?.variant ? ', spellingsvariant van dezelfde naam' : ''}.`);
    return hit.r;
  }
  const r = newRecord(naam);
  if (hits.length > 1) r.notes.push(`Niet samengevoegd: naam past bij meerdere projecten (${hits.map((h) => h.r.naam).join(', ')}).`);
  records.push(r);
  return r;
}

/** Merge the rows of places/projects.csv; rows marked "(context)" are programme agreements, not projects, and are skipped. */
export function mergeCsv(records: ProjectRecord[], rows: readonly CsvRow[]): string[] {
  const skipped: string[] = [];
  for (const row of rows) {
    const naam = cell(row, 'name');
    if (/\(context\)/i.test(naam)) {
      skipped.push(naam);
      continue;
    }
    const r = addOrMerge(records, naam, PROJECTS_CSV);
    r.csv = row;
    r.soortTeksten.push(cell(row, 'kind'));
    if (cell(row, 'dwellings')) r.woningen.push(cell(row, 'dwellings'));
    if (cell(row, 'period')) r.periode.push(cell(row, 'period'));
    r.bron.push(`${PROJECTS_CSV}: ${cell(row, 'source')}`);
    r.context.push(cell(row, 'notes'));
    if (cell(row, 'notes')) r.notes.push(`projects.csv: ${cell(row, 'notes')}`);
  }
  return skipped;
}

/** Merge projects named in seed prose (000 restructurings, 004 area developments). */
export function mergeSeedItems(records: ProjectRecord[], items: readonly NamedItem[]): void {
  for (const it of items) {
    const r = addOrMerge(records, it.naam, `seed ${it.seed}`);
    r.soortTeksten.push(it.soortTekst);
    r.bron.push(`seed ${it.seed}: "${it.citaat}"`);
    r.context.push(it.citaat);
  }
}

/**
 * Attach the Woningbouwimpuls prose of seed 001 to portfolio rows: same gemeente, and either all words
 * of the row's name occur in the prose name ("DSM" in "DSM-locatie") or the names are spelling variants
 * ("Industriestaat" ~ "Industriestraat"). Throws when a mention matches no row, several rows, or a
 * row without the Woningbouwimpuls flag: table and prose must agree.
 */
export function attachWbi(records: readonly ProjectRecord[], mentions: readonly WbiMention[]): string[] {
  const log: string[] = [];
  for (const m of mentions) {
    const pf = fold(m.naam);
    const hits = records.filter(
      (r) => r.nr !== null && r.gemeente === m.gemeente && (containsWords(pf, fold(r.naam)) || isNameVariant(fold(r.naam), pf)),
    );
    const [hit] = hits;
    if (hits.length !== 1 || !hit)
      throw new Error(`seed 001: Woningbouwimpuls project "${m.naam}" (${m.gemeente}) matches ${hits.length} portfolio rows`);
    if (!hit.flags?.wbi) throw new Error(`seed 001: prose says "${hit.naam}" got the Woningbouwimpuls, the table does not flag it`);
    hit.woningen.push(m.woningen);
    hit.bron.push(`seed ${m.seed} (tekst bij de portefeuille): "${m.citaat}"`);
    if (!containsWords(pf, fold(hit.naam)))
      hit.notes.push(`De tekst van seed 001 schrijft "${m.naam}"; gelezen als "${hit.naam}" (spellingsvariant, zelfde gemeente).`);
    log.push(`${hit.naam} (${hit.gemeente}) ← "${m.naam}"`);
  }
  return log;
}
