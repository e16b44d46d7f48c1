/** Delimiter detection for delimited text (`;`, tab, `,`, `|`), quote-aware, and Excel's `sep=` line. */

export const DELIMITERS = [';', '\t', ',', '|'] as const;

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export interface SepLine {
  /** The character after `sep=`. */
  named: string;
  /** The delimiter the line names, or null when it names one this app does not read (e.g. `sep=:`). */
  delimiter: string | null;
  /** Characters of the line including its line break: the table starts after them. */
  length: number;
}

/**
 * Excel's first line `sep=;` (also `sep=,`, `sep=|`, a literal tab, or quoted: `"sep=;"`), which names
 * the delimiter and is not part of the table (trailing copies of the delimiter, as Excel writes when the
 * line was typed into a sheet, are allowed): Excel hides it, so the header below it is row 1. Null
 * when the text (BOM already removed) does not start with one.
 */
export function excelSepLine(text: string): SepLine | null {
  const m = /^"?sep=(.)"?\1*[ \t]*(?:\r\n|\n|\r|$)/i.exec(text);
  if (!m || m[1] === undefined) return null;
  const named = m[1];
  return { named, delimiter: (DELIMITERS as readonly string[]).includes(named) ? named : null, length: m[0].length };
}

/** Fields in one line, counting only delimiters outside double quotes. */
function fieldCount(line: string, delimiter: string): number {
  let n = 1;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) n += 1;
  }
  return n;
}

/**
 * Guess the delimiter. An Excel `sep=` first line decides when it names a supported delimiter; otherwise
 * from the first 30 non-empty lines (after any `sep=` line): the candidate that splits the header into
 * at least two fields and gives the most lines the header's field count. Delimiters inside quotes
 * do not count. Ties go to `;` (the Dutch default), then tab, `,`, `|`; a one-column file gives `;`.
 */
export function detectDelimiter(text: string): string {
  const body = stripBom(text.slice(0, 65536));
  const sep = excelSepLine(body);
  if (sep?.delimiter) return sep.delimiter;
  const lines = body
    .slice(sep?.length ?? 0)
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 30);
  const header = lines[0];
  if (header === undefined) return ';';
  let best: string = ';';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const n = fieldCount(header, d);
    if (n < 2) continue;
    const score = lines.filter((l) => fieldCount(l, d) === n).length;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
