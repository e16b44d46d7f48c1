/**
 * Builds the overlay data of Wijkbalans from ../shared (seeds, places, heritage, CBS polygons):
 *   geodata/colonies.csv + colonies.geojson   mining colonies of seed 000's table
 *   geodata/nplv.geojson                      NPLV Heerlen-Noord wijken, focus areas, seed 004 facts
 *   geodata/projects.csv + projects.geojson   seed 001 portfolio + Heerlen-Noord projects
 *   geodata/overlays-SOURCES.md               sources, licences, how built, counts
 * Run: npx tsx scripts/overlays/build-overlays.ts   (WIJKBALANS_SHARED overrides ../shared)
 */
import { readFileSync } from 'node:fs';
import { loadCbs } from './cbs-areas.ts';
import { buildColonies } from './colonies.ts';
import { buildNplv } from './nplv.ts';
import { readNplvMd } from './nplv-md.ts';
import { writeColonies, writeProjects } from './outputs.ts';
import { seedFile, sharedDir } from '../lib/paths.ts';
import { COLONIES_CSV, loadGezichten, PROJECTS_CSV, readPlacesCsv } from './places.ts';
import { attachWbi, mergeCsv, mergeSeedItems, portfolioRecords } from './project-merge.ts';
import { finishProjects } from './projects.ts';
import { parseColonyTable, statusCounts } from './seed-colonies.ts';
import { FUNDS, parsePortfolio } from './seed-portfolio.ts';
import { focusAreas000, fundProse, nplvFacts, regionLabel, restructurings000, wbiMentions } from './seed-texts.ts';
import { writeSources } from './sources-md.ts';
import { flatten } from './text.ts';
import { writeGeojson } from './writers.ts';
import { OVERLAY_FILES } from '../../src/config/geodata-files.ts';

function seed(prefix: string): { name: string; raw: string; flat: string } {
  const f = seedFile(prefix);
  const raw = readFileSync(f.path, 'utf8');
  return { name: f.name, raw, flat: flatten(raw) };
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of items) out[key(t)] = (out[key(t)] ?? 0) + 1;
  return out;
}

function main(): void {
  console.log(`overlays: reading ${sharedDir()}`);
  const s000 = seed('000'),
    s001 = seed('001'),
    s004 = seed('004');
  const cbs = loadCbs();

  const seedColonies = parseColonyTable(s000.raw);
  const colonyCsv = readPlacesCsv(COLONIES_CSV, [
    'name',
    'built_from',
    'built_to',
    'status_code',
    'status_label',
    'lat',
    'lon',
    'precision',
    'source',
    'cbs_area',
    'notes',
  ]);
  const colonies = buildColonies(seedColonies, s000.name, colonyCsv, loadGezichten(), cbs);
  const written = writeColonies(colonies);

  const md = readNplvMd();
  const facts = nplvFacts(s004.flat, s004.name);
  const texts = new Map([s000, s001, s004].map((x) => [x.name, x.flat]));
  const nplv = buildNplv(md, focusAreas000(s000.flat, s000.name), facts, cbs, texts);
  written.push(writeGeojson(OVERLAY_FILES.nplv, nplv.features, { metadata: nplv.metadata }));

  const vocab = [...cbs.gemeenten.map((g) => g.naam), regionLabel(s001.flat)];
  const portfolio = parsePortfolio(s001.raw, vocab);
  const records = portfolioRecords(portfolio, s001.name);
  const skipped = mergeCsv(
    records,
    readPlacesCsv(PROJECTS_CSV, ['name', 'kind', 'lat', 'lon', 'precision', 'dwellings', 'period', 'source', 'notes']),
  );
  // The first kind in seed 004 is the generic "herstructureringsprojecten"; it names no single project.
  mergeSeedItems(records, [...restructurings000(s000.flat, s000.name), ...facts.soorten.slice(1)]);
  const wbiLog = attachWbi(records, wbiMentions(s001.flat, s001.name));
  const prose = fundProse(s001.flat, s001.name);
  const projects = finishProjects(records, cbs, md, prose);
  written.push(...writeProjects(projects));

  const fundTable = Object.fromEntries(FUNDS.map((f) => [f, portfolio.filter((p) => p.flags[f]).length]));
  const summary = {
    colonies: colonies.length,
    statusCounts: statusCounts(seedColonies),
    colonyPrecision: countBy(colonies, (c) => c.precisie),
    afwijkingen: colonies.filter((c) => c.status_afwijking).map((c) => c.naam),
    nplvWijken: countBy(
      nplv.features.filter((f) => f.properties.rol === 'nplv-wijk'),
      (f) => String(f.properties.basis),
    ),
    focus: nplv.features
      .filter((f) => f.properties.rol === 'focus')
      .map((f) => `${String(f.properties.naam)} (${String(f.properties.basis)})`),
    portfolio: portfolio.length,
    projects: projects.length,
    projectPrecision: countBy(projects, (p) => p.precisie),
    located: projects.filter((p) => p.precisie !== 'onbekend').length,
    unknown: projects.filter((p) => p.precisie === 'onbekend').length,
    merged: projects.filter((p) => p.merged > 0).map((p) => `${p.naam} (+${p.merged})`),
    mergeCount: projects.reduce((s, p) => s + p.merged, 0),
    soort: countBy(projects, (p) => p.soort),
    fundTable,
    fundProse: prose.map((p) => `${p.fonds} ${p.jaren}: ${p.aantal}`),
    wbi: wbiLog,
    skipped,
    nplvLog: nplv.log,
    nplvCited: nplv.cited,
  };
  written.push(writeSources(summary, { s000: s000.name, s001: s001.name, s004: s004.name }));
  console.log(JSON.stringify(summary, null, 1));
  console.log(`overlays: wrote ${written.length} files:\n  ${written.join('\n  ')}`);
}

main();
