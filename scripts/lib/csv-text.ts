/**
 * The geodata CSV dialect: UTF-8 without BOM, `;`-separated, `\n` line ends, header row, no quoting.
 * A field may therefore never contain `;`, `"` or a line break; the writer refuses such values.
 */
import { fail } from './errors.ts';

const FORBIDDEN = /[;"\r\n]/;

export function writeCsv<C extends string>(header: readonly C[], rows: readonly Record<C, string>[], file: string): string {
  const lines = [header.join(';')];
  rows.forEach((row, i) => {
    const cells = header.map((c) => {
      const v = row[c];
      if (FORBIDDEN.test(v))
        fail(`${file}: row ${String(i + 2)} (${row[header[0] as C]}), ${c}: value contains ; " or a line break: "${v}"`);
      return v;
    });
    lines.push(cells.join(';'));
  });
  return `${lines.join('\n')}\n`;
}

export interface ParsedCsv {
  header: string[];
  /** data rows; `line` is the 1-based line number in the file */
  rows: { line: number; cells: string[] }[];
  problems: string[];
}

/** Tiny `;` splitter for the dialect above. Reports format problems instead of guessing. */
export function splitCsv(text: string): ParsedCsv {
  const problems: string[] = [];
  if (text.charCodeAt(0) === 0xfeff) problems.push('starts with a BOM');
  if (text.includes('\r')) problems.push('contains \\r (line ends must be \\n)');
  if (text.includes('"')) problems.push('contains a double quote (quoting is not used)');
  if (!text.endsWith('\n')) problems.push('does not end with \\n');
  const lines = text
    .replace(/^\ufeff/, '')
    .replace(/\r/g, '')
    .split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = (lines[0] ?? '').split(';');
  const rows: ParsedCsv['rows'] = [];
  lines.slice(1).forEach((l, i) => {
    const line = i + 2;
    if (l === '') {
      problems.push(`line ${String(line)}: empty line`);
      return;
    }
    const cells = l.split(';');
    if (cells.length !== header.length) {
      problems.push(`line ${String(line)}: ${String(cells.length)} cells, header has ${String(header.length)}`);
    }
    rows.push({ line, cells });
  });
  return { header, rows, problems };
}
