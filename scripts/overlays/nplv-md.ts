/**
 * Reader for shared/data/places/nplv.md: the markdown tables that say which CBS wijken make up the NPLV
 * area Heerlen-Noord (§2a, §2b) and which areas are its focus areas (§3), each with a confidence label.
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../lib/paths.ts';
import { NPLV_MD } from './places.ts';

export type Basis = 'confirmed' | 'inferred' | 'unverified';

export interface NplvWijkRow {
  code: string;
  naam: string;
  basis: Basis;
  evidence: string;
  section: string;
}
export interface FocusRow {
  naam: string;
  status: string;
  basis: Basis;
  codes: string[];
  mapping: string;
}
export interface NplvMd {
  wijken: NplvWijkRow[];
  focus: FocusRow[];
  stadsdelenClaim: string;
  rows: string[][];
}

const CODE = /\b(?:WK\d{6}|BU\d{8})\b/g;

function tables(md: string): { heading: string; cells: string[] }[] {
  const out: { heading: string; cells: string[] }[] = [];
  let heading = '';
  for (const line of md.split(/\r?\n/)) {
    if (/^#+\s/.test(line)) heading = line.replace(/^#+\s*/, '');
    else if (/^\|/.test(line) && !/^\|[\s|:-]+\|?\s*$/.test(line)) {
      out.push({
        heading,
        cells: line
          .replace(/^\||\|\s*$/g, '')
          .split('|')
          .map((c) => c.trim()),
      });
    }
  }
  return out;
}

/** Confidence label at the start of a cell; focus rows without one ("named in the policy text …") are unverified. */
function basisOf(text: string, focusRow = false): Basis {
  const t = text.toLowerCase();
  if (t.startsWith('confirmed')) return 'confirmed';
  if (t.startsWith('inferred')) return 'inferred';
  if (t.startsWith('unverified') || focusRow) return 'unverified';
  throw new Error(`${NPLV_MD}: no confidence label in "${text}"`);
}

/** Parse nplv.md; throws when a section or label the pipeline relies on is missing. */
export function readNplvMd(): NplvMd {
  const md = readFileSync(sharedPath('data', NPLV_MD), 'utf8');
  const rows = tables(md);
  const claim = md.split(/\r?\n/).find((l) => /consists of the stadsdelen/.test(l));
  if (!claim) throw new Error(`${NPLV_MD}: sentence on the stadsdelen of Heerlen-Noord not found`);
  const wijken: NplvWijkRow[] = [];
  for (const r of rows) {
    const [code, naam, , , evidence] = r.cells;
    if (!code || !/^WK\d{6}$/.test(code) || !naam) continue;
    if (r.heading.startsWith('2a')) {
      if (!/confirmed/.test(r.heading)) throw new Error(`${NPLV_MD}: §2a heading lost its "confirmed" label`);
      wijken.push({ code, naam, basis: 'confirmed', evidence: r.heading, section: '2a' });
    } else if (r.heading.startsWith('2b')) {
      if (!evidence) throw new Error(`${NPLV_MD}: §2b row ${code} has no evidence`);
      wijken.push({ code, naam, basis: basisOf(evidence), evidence, section: '2b' });
    }
  }
  const focus: FocusRow[] = rows
    .filter((r) => r.heading.startsWith('3.') && r.cells[0] !== 'focus area')
    .map((r) => {
      const [naam = '', status = '', mapping = ''] = r.cells;
      const all = mapping.match(CODE) ?? [];
      const [primary] = all;
      if (!primary) throw new Error(`${NPLV_MD}: focus row "${naam}" has no CBS code`);
      const parts = new RegExp(`^${primary}\\s*=`).test(mapping) ? all : [primary];
      return { naam, status, basis: basisOf(status, true), codes: parts, mapping };
    });
  if (wijken.length === 0 || focus.length === 0) throw new Error(`${NPLV_MD}: tables not found`);
  return { wijken, focus, stadsdelenClaim: (claim.replace(/^-\s*/, '').split(';')[0] ?? '').trim(), rows: rows.map((r) => r.cells) };
}

/** Source keys like [LIMBURG-GMS] in a text. */
export function sourceKeys(text: string): string[] {
  return [...new Set(text.match(/\[[A-Z0-9-]+\]/g) ?? [])];
}
