/**
 * npm run data (last step) — writes geodata/programme-preload.json: the programme items the agreements and the
 * project research state, for the 0-meting/streefbeeld/programme view (issue 12). Every number is read from the
 * seed text or from geodata/projects.csv by a pattern that must match; nothing is typed here. An item whose wijk
 * the source does not name is unallocated (area null); an item whose years are not stated is undated.
 * Fails (exit 1) when a passage is not found, so a changed seed cannot silently change the preload.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEODATA_DIR, seedFile } from '../lib/paths.ts';
import { loadOverlayData } from '../lib/read-geodata.ts';
import { PROGRAMME_FILE } from '../../src/config/geodata-files.ts';
import type { ProgrammeItem } from '../../src/domain/programme/types.ts';

const flat = (s: string) => s.replace(/\s+/g, ' ');
const int = (s: string | undefined) => Number((s ?? '').replace(/\./g, ''));

function seed(prefix: string): { name: string; text: string } {
  const f = seedFile(prefix);
  return { name: f.name, text: flat(readFileSync(f.path, 'utf8')) };
}

/** The first match of `pattern` in `text`, or a thrown error naming what was looked for. */
function find(text: string, pattern: RegExp, what: string): RegExpExecArray {
  const m = pattern.exec(text);
  if (!m) throw new Error(`programme preload: passage not found: ${what}`);
  return m;
}

function nplv(): ProgrammeItem {
  const s = seed('004');
  const m = find(
    s.text,
    /In Heerlen Noord is de woningbouwopgave in de periode (\d{4}) t\/m (\d{4}) totaal (\d\.\d{3}) woningen\./,
    'NPLV opgave',
  );
  const a = find(s.text, /Puur NPLV (\d\.\d{3}) (\d\.\d{3})/, 'NPLV betaalbaar');
  if (int(a[1]) !== int(m[3])) throw new Error('programme preload: NPLV table and text disagree');
  return {
    id: 'pre-nplv-heerlen-noord',
    label: 'NPLV Heerlen-Noord: woningbouwopgave',
    group: 'GM0917',
    area: null,
    kind: 'build-unspecified',
    n: int(m[3]),
    from: Number(m[1]),
    to: Number(m[2]),
    affordable: int(a[2]),
    source: { seed: s.name, section: 'Opgave woningbouw', quote: m[0] },
  };
}

function kerkrade(): ProgrammeItem[] {
  const s = seed('003');
  const m = find(
    s.text,
    /Plannen corporaties voor de periode (\d{4}) – (\d{4}) • (\d+) woningen sloop • (\d+) woningen nieuwbouw • (\d+) woningen verkoop • (\d+) woningen aankoop/,
    'Kerkrade plannen corporaties',
  );
  const source = { seed: s.name, section: 'Plannen corporaties', quote: m[0] };
  const base = { group: 'GM0928', area: null, from: Number(m[1]), to: Number(m[2]), source };
  return [
    { ...base, id: 'pre-kerkrade-sloop', label: 'Kerkrade: sloop (plannen corporaties)', kind: 'demolish', n: int(m[3]) },
    { ...base, id: 'pre-kerkrade-nieuwbouw', label: 'Kerkrade: nieuwbouw (plannen corporaties)', kind: 'build-corporation', n: int(m[4]) },
    { ...base, id: 'pre-kerkrade-verkoop', label: 'Kerkrade: verkoop (plannen corporaties)', kind: 'sell-to-occupant', n: int(m[5]) },
    { ...base, id: 'pre-kerkrade-aankoop', label: 'Kerkrade: aankoop (plannen corporaties)', kind: 'buy', n: int(m[6]) },
  ];
}

/** Demolitions the project research counts (geodata/projects.csv): Versiliënbosch (with its years), Kasteelbuurt (years not stated). */
function projects(): ProgrammeItem[] {
  const list = loadOverlayData().value.projects;
  const pick = (pattern: RegExp) => {
    const p = list.find((x) => pattern.test(x.name));
    if (!p) throw new Error(`programme preload: project not found: ${String(pattern)}`);
    return p;
  };
  const located = (p: (typeof list)[number]) => (p.precision === 'buurt' || p.precision === 'wijk' ? p.cbsCode || null : null);
  const v = pick(/Versi[eë]lenbosch|Versiliënbosch/i);
  const vn = find(v.dwellings, /(\d+) existing \(Woonpunt\)/, 'Versiliënbosch dwellings');
  const vy = find(v.period, /phased (\d{4})-(\d{4})/, 'Versiliënbosch years');
  const k = pick(/Kasteelkolonie/i);
  const kn = find(k.dwellings, /(\d+) to be demolished/, 'Kasteelbuurt dwellings');
  const source = (p: (typeof list)[number]) => ({ seed: 'projects.csv', section: p.name, quote: `${p.dwellings}; ${p.period}` });
  return [
    {
      id: 'pre-versilienbosch-sloop',
      label: 'Herstructurering Versiliënbosch: sloop',
      group: 'GM0917',
      area: located(v),
      kind: 'demolish',
      n: int(vn[1]),
      from: Number(vy[1]),
      to: Number(vy[2]),
      project: v.id,
      source: source(v),
    },
    {
      id: 'pre-kasteelbuurt-sloop',
      label: 'Kasteelkolonie / Kasteelbuurt: sloop',
      group: 'GM0917',
      area: located(k),
      kind: 'demolish',
      n: int(kn[1]),
      from: null,
      to: null,
      project: k.id,
      source: source(k),
    },
  ];
}

function main(): void {
  const order = ['id', 'label', 'group', 'area', 'kind', 'n', 'from', 'to', 'affordable', 'rebuild', 'project', 'source'] as const;
  const items = [nplv(), ...kerkrade(), ...projects()].map((item) =>
    Object.fromEntries(order.flatMap((k) => (item[k] === undefined ? [] : [[k, item[k]]]))),
  );
  const text = `${JSON.stringify({ version: 1, items }, null, 2)}\n`;
  writeFileSync(join(GEODATA_DIR, PROGRAMME_FILE), text, 'utf8');
  console.log(`programme preload: ${items.length} items → geodata/${PROGRAMME_FILE}`);
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
