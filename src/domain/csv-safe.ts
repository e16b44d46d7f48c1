/**
 * The one way the app writes CSV: every header and every cell goes through `csvField`, which
 * neutralises spreadsheet formulas (CSV or "formula" injection) and quotes where the format needs it.
 *
 * A spreadsheet runs a cell as a formula when it starts with `=`, `+`, `-` or `@` (and some also after a
 * leading tab, CR or LF, or after spaces). Such a cell gets a leading apostrophe (`'=1+1`), the OWASP
 * advice: Excel and LibreOffice then show it as text and never evaluate it.
 *
 * Negative numbers stay readable: a cell that is nothing but a number (`-0,17`, `-1.234,5`, `+3`, `-17`)
 * is left as it is. A spreadsheet reads it as a constant number (or, in another locale, as text); it can
 * hold no function, reference or `|` command, so nothing can run. Only text that starts with a trigger
 * character is prefixed, so an exported or extracted file can still be read back with its numbers.
 */

/** Characters that make a spreadsheet treat a cell as a formula (ASCII and their full-width forms). */
const FORMULA_START = /^[ \u00a0]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

/** A cell that is only a number, with an optional sign, thousands separators and decimals (`-0,17`, `+1.234,5`). */
const PLAIN_NUMBER = /^[-+]?(?:\d+|\d{1,3}(?:[.,]\d{3})+)(?:[.,]\d+)?$/;

/** `=1+1` → `'=1+1`; `-2+3+cmd|' /C calc'!A0` → `'-2+3+cmd|' /C calc'!A0`; `-0,17`, `Heerlen` unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * One CSV field: formula neutralised, then quoted (with doubled quotes) when it contains the delimiter, a
 * quote, a line break, or starts or ends with a space (so the space survives).
 */
export function csvField(value: string, delimiter: string): string {
  const safe = neutraliseFormula(value);
  const quote = safe.includes(delimiter) || /["\r\n]/.test(safe) || /^\s|\s$/.test(safe);
  return quote ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvWriteOptions {
  delimiter: string;
  /** Start with a UTF-8 byte-order mark (Dutch Excel then reads UTF-8). Default true. */
  bom?: boolean;
  /** Line ending; default CRLF, what Excel writes. Every line ends with it, the last one too. */
  newline?: string;
}

/** CSV text from a header and rows of text cells, every field through `csvField`. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], options: CsvWriteOptions): string {
  const { delimiter, bom = true, newline = '\r\n' } = options;
  const line = (cells: readonly string[]) => cells.map((c) => csvField(c, delimiter)).join(delimiter);
  const lines = [line(header), ...rows.map(line)];
  return `${bom ? '\ufeff' : ''}${lines.join(newline)}${newline}`;
}
