/**
 * Parser for the table "Overzicht Mijnkoloniën" at the end of seed 000.
 *
 * Layout of the text extraction (see the seed): a row is normally one line
 * "naam jaar [jaar] architect code. status"; long cells wrap. A wrapped line ends with a space or a
 * hyphen. A name that wraps is printed as its own paragraph, followed by a blank line and the rest of
 * the row; an architect cell that wraps pushes the status into its own paragraph ("2. rijksbeschermd
 * stadsgezicht"). Rows are separated by blank lines, except that two rows can follow each other
 * directly (e.g. "… 5. geen" then "De Steenberg/…"). Rules, in order, for each non-blank line:
 *  1. while the current row has no status code yet, the line belongs to it;
 *  2. after the code, the line continues the status when the previous line was wrapped and no blank
 *     line came between;
 *  3. otherwise the line starts a new row.
 * Each row must then match NAME YEAR [YEAR] ARCHITECT CODE STATUS, or the build stops.
 */
import { joinLines } from './text.ts';

export interface SeedColony {
  /** Position in the seed table, 1-based. */
  nr: number;
  naam: string;
  jaarVan: number;
  jaarTot: number | null;
  architect: string;
  /** "1", "2", "3", "4", "4.5" or "5", as printed (without the trailing dot). */
  statusCode: string;
  statusTekst: string;
}

const CODE = String.raw`(?:4\.5|[1-5]\.)`;
const HAS_CODE = new RegExp(String.raw`(?:^|\s)${CODE}\s+\p{L}`, 'u');
const ROW = new RegExp(
  String.raw`^(?<naam>.+?) (?<y1>1[89]\d{2})(?: (?<y2>1[89]\d{2}))? (?<arch>.+?) (?<code>${CODE}) (?<status>\p{L}.*)$`,
  'u',
);

/** The lines between the table title and the signature block ("Ondertekening"). */
function tableLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => /^\s*Overzicht Mijnkoloni/u.test(l));
  if (start < 0) throw new Error('seed 000: title "Overzicht Mijnkoloniën" not found');
  const end = lines.findIndex((l, i) => i > start && /^\s*Ondertekening\s*$/.test(l));
  if (end < 0) throw new Error('seed 000: end of the colony table ("Ondertekening") not found');
  const header = lines.findIndex((l, i) => i > start && /^\s*Locatie\s+Jaartal\s+Jaartal\s+Bouw\s+Status/.test(l));
  if (header < 0 || header > end) throw new Error('seed 000: colony table header not found');
  return lines.slice(header + 1, end);
}

function isWrapped(line: string): boolean {
  return /\s$/.test(line) || /-$/.test(line);
}

/** Group the raw table lines into rows, following the rules in the module comment. */
export function segmentRows(lines: readonly string[]): string[][] {
  const rows: string[][] = [];
  let cur: string[] | null = null;
  let prevBlank = true;
  let prevLine = '';
  for (const line of lines) {
    if (line.trim() === '') {
      prevBlank = true;
      continue;
    }
    if (cur === null) cur = [line];
    else if (!HAS_CODE.test(joinLines(cur))) cur.push(line);
    else if (!prevBlank && isWrapped(prevLine)) cur.push(line);
    else {
      rows.push(cur);
      cur = [line];
    }
    prevBlank = false;
    prevLine = line;
  }
  if (cur) rows.push(cur);
  return rows;
}

/** Parse all rows of the colony table in seed 000. Throws on any row that does not fit the pattern. */
export function parseColonyTable(text: string): SeedColony[] {
  return segmentRows(tableLines(text)).map((rowLines, i) => {
    const joined = joinLines(rowLines);
    const g = ROW.exec(joined)?.groups;
    if (!g?.naam || !g.y1 || !g.arch || !g.code || !g.status) {
      throw new Error(`seed 000 colony row ${i + 1} does not parse: "${joined}"`);
    }
    return {
      nr: i + 1,
      naam: g.naam,
      jaarVan: Number(g.y1),
      jaarTot: g.y2 ? Number(g.y2) : null,
      architect: g.arch,
      statusCode: g.code.replace(/\.$/, ''),
      statusTekst: g.status,
    };
  });
}

/**
 * Flag rows whose status text belongs to another code. For each code the "usual" first word of the
 * status text is the most frequent one among that code's rows (1 → rijksmonumenten, 5 → geen, …). A row
 * is flagged when its first word is another code's usual word and not its own code's.
 */
export function statusMismatches(rows: readonly SeedColony[]): Map<number, string> {
  const firstWord = (r: SeedColony): string => (r.statusTekst.split(/\s+/)[0] ?? '').toLowerCase();
  const usual = new Map<string, string>();
  for (const code of new Set(rows.map((r) => r.statusCode))) {
    const counts = new Map<string, number>();
    for (const r of rows.filter((x) => x.statusCode === code)) counts.set(firstWord(r), (counts.get(firstWord(r)) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) usual.set(code, best[0]);
  }
  const out = new Map<number, string>();
  for (const r of rows) {
    const w = firstWord(r);
    const other = [...usual].find(([code, word]) => word === w && code !== r.statusCode);
    if (other && usual.get(r.statusCode) !== w) {
      out.set(
        r.nr,
        `De tabel drukt code "${r.statusCode}." met tekst "${r.statusTekst}"; die tekst hoort bij code ${other[0]} (${other[1]}). Beide overgenomen zoals gedrukt.`,
      );
    }
  }
  return out;
}

/** Number of rows per status code, in code order. */
export function statusCounts(rows: readonly SeedColony[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of [...rows].sort((a, b) => Number(a.statusCode) - Number(b.statusCode))) {
    out[r.statusCode] = (out[r.statusCode] ?? 0) + 1;
  }
  return out;
}
