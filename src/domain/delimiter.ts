/** Delimiter detection for delimited text (`;`, tab, `,`, `|`), quote-aware. */

export const DELIMITERS = [';', '\t', ',', '|'] as const;

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

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
 * Guess the delimiter from the first 30 non-empty lines: the candidate that splits the header into
 * at least two fields and gives the most lines the header's field count. Delimiters inside quotes
 * do not count. Ties go to `;` (the Dutch default), then tab, `,`, `|`; a one-column file gives `;`.
 */
export function detectDelimiter(text: string): string {
  const lines = stripBom(text.slice(0, 65536))
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
