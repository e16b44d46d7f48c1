/**
 * Parser for the regional project portfolio at the end of seed 001 (51 rows) and for the prose
 * bullets above it (which funds went to how many projects; which projects got the Woningbouwimpuls).
 *
 * Row layout in the text extraction: "N. naam gemeente corporatie(s) c1 c2 c3 c4 c5 " — the five
 * funding cells (Volkshuisvestingsfonds, Woningbouwimpuls, Startbouwimpuls, Regio Deal, DU
 * Bevolkingsdaling) are "X" or empty, separated by single spaces, and every line ends in one space.
 * So the run of spaces and X's at the end of a line, minus that final space, split on single spaces,
 * ends with exactly the five cells. Before them come one empty piece (the separator after the
 * corporatie), two when the corporatie cell itself is empty, none when the cells sit on a line of
 * their own (a row whose name or corporatie wrapped). The first line of a row with ≥ 5 such pieces
 * closes the row.
 */
import { joinLines } from './text.ts';

export const FUNDS = ['vhf', 'wbi', 'sbi', 'regiodeal', 'du'] as const;
export type Fund = (typeof FUNDS)[number];

export interface PortfolioRow {
  nr: number;
  naam: string;
  gemeente: string;
  corporaties: string[];
  flags: Record<Fund, boolean>;
}

const HEADER = /Volkshuisvestingsfonds\s+Woningbouwimpuls\s+Startbouwimpuls\s+Regio Deal\s+DU Bevolkingsdaling/;

interface Cells {
  prefix: string;
  lead: number;
  cells: string[];
}

/** Split a raw line into its text prefix and the five trailing funding cells, if it carries them. */
export function trailingCells(line: string): Cells | null {
  const tail = /[ X]*$/.exec(line)?.[0] ?? '';
  if (!tail.endsWith(' ')) return null;
  const pieces = tail.slice(0, -1).split(' ');
  if (pieces.length < 5) return null;
  const cells = pieces.slice(-5);
  const lead = pieces.slice(0, -5);
  if (lead.some((p) => p !== '') || lead.length > 2 || cells.some((c) => c !== '' && c !== 'X')) return null;
  return { prefix: line.slice(0, line.length - tail.length), lead: lead.length, cells };
}

function splitGemeente(text: string, gemeenten: readonly string[], nr: number): { naam: string; gemeente: string; rest: string } {
  let best: { naam: string; gemeente: string; rest: string; at: number } | null = null;
  for (const g of gemeenten) {
    const re = new RegExp(`(?<=\\s)${g}(?=\\s|$)`, 'g');
    for (const m of text.matchAll(re)) {
      const at = m.index;
      if (at > 0 && (!best || at > best.at))
        best = { naam: text.slice(0, at).trim(), gemeente: g, rest: text.slice(at + g.length).trim(), at };
    }
  }
  if (!best || best.naam === '') throw new Error(`seed 001 portfolio row ${nr}: no gemeente found in "${text}"`);
  return best;
}

/**
 * Parse the 51-row portfolio. `gemeenten` is the vocabulary of the gemeente column (CBS gemeente
 * names plus the regional label); the last vocabulary word that follows a non-empty name is the
 * gemeente, the rest of the line is the corporatie cell.
 */
export function parsePortfolio(text: string, gemeenten: readonly string[]): PortfolioRow[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => HEADER.test(l));
  if (start < 0) throw new Error('seed 001: portfolio header (funding columns) not found');
  const end = lines.findIndex((l, i) => i > start && /^\s*Bijlagen:/.test(l));
  if (end < 0) throw new Error('seed 001: end of the portfolio ("Bijlagen:") not found');
  const rows: PortfolioRow[] = [];
  let i = start + 1;
  while (i < end) {
    const nr = rows.length + 1;
    const first = new RegExp(`^\\s*${nr}\\.\\s+`).exec(lines[i] ?? '');
    if (!first) {
      if ((lines[i] ?? '').trim() !== '') throw new Error(`seed 001: expected row ${nr}, found "${lines[i] ?? ''}"`);
      i++;
      continue;
    }
    const body: string[] = [];
    let cells: Cells | null = null;
    for (let j = i; j < end && !cells; j++, i = j) {
      const raw = j === i && body.length === 0 ? (lines[j] ?? '').slice(first[0].length) : (lines[j] ?? '');
      if (raw.trim() === '') continue;
      cells = trailingCells(raw);
      body.push(cells ? cells.prefix : raw);
    }
    if (!cells) throw new Error(`seed 001: row ${nr} has no funding cells`);
    const { naam, gemeente, rest } = splitGemeente(joinLines(body.filter((b) => b.trim() !== '')), gemeenten, nr);
    if (cells.lead === 2 && rest !== '') throw new Error(`seed 001 row ${nr}: empty corporatie cell but text "${rest}"`);
    if (cells.lead === 1 && rest === '') throw new Error(`seed 001 row ${nr}: corporatie missing`);
    const flags = Object.fromEntries(FUNDS.map((f, k) => [f, cells.cells[k] === 'X'])) as Record<Fund, boolean>;
    rows.push({ nr, naam, gemeente, corporaties: rest === '' ? [] : rest.split(/\s*[;,]\s*/).filter((c) => c !== ''), flags });
  }
  return rows;
}
