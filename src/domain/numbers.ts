/**
 * Dutch-aware number parsing and formatting.
 * CBS writes `.` (confidential / not available), `x` (secret), `-` (nil / not applicable) and `?`
 * (unknown); all of these, and a blank cell, mean "no data" — never 0.
 */

export type DecimalMark = ',' | '.';

export const NO_DATA_SYMBOLS: ReadonlySet<string> = new Set(['', '.', 'x', 'X', '-', '–', '?']);

export type CellValue = { kind: 'number'; value: number } | { kind: 'empty' } | { kind: 'invalid'; raw: string };

const THOUSANDS_DOT = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const THOUSANDS_COMMA = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN_COMMA = /^[-+]?\d*,\d+$|^[-+]?\d+,?$/;
const PLAIN_DOT = /^[-+]?\d*\.\d+(e[-+]?\d+)?$|^[-+]?\d+\.?(e[-+]?\d+)?$/i;

/**
 * Parse one CSV cell. With decimal mark `,` the cell `46.697` is 46697 and `4,5` is 4.5; a lone
 * decimal point (`36.0`) is still read as a decimal point because CBS exports use it.
 * With decimal mark `.` the cell `46,697` is 46697.
 */
export function parseCell(raw: string, decimal: DecimalMark = ','): CellValue {
  const s = raw.trim().replace(/\u00a0|\s/g, '');
  if (NO_DATA_SYMBOLS.has(s)) return { kind: 'empty' };
  let normal: string | null = null;
  if (decimal === ',') {
    if (THOUSANDS_DOT.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
    else if (PLAIN_COMMA.test(s)) normal = s.replace(',', '.');
    else if (PLAIN_DOT.test(s)) normal = s;
  } else {
    if (THOUSANDS_COMMA.test(s)) normal = s.replace(/,/g, '');
    else if (PLAIN_DOT.test(s)) normal = s;
  }
  if (normal === null) return { kind: 'invalid', raw };
  const value = Number(normal);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', raw };
}

const STRONG_COMMA = /^[-+]?\d{1,3}(\.\d{3})+,\d+$|^[-+]?\d{1,3}(\.\d{3}){2,}$/;
const STRONG_DOT = /^[-+]?\d{1,3}(,\d{3})+\.\d+$|^[-+]?\d{1,3}(,\d{3}){2,}$/;
const DECIMAL_COMMA = /^[-+]?\d*,(\d{1,2}|\d{4,})$/;
const DECIMAL_DOT = /^[-+]?\d*\.(\d{1,2}|\d{4,})$/;

/**
 * Guess the decimal mark from sample cells. Evidence for a comma: `78,5`, `1.234,5`, `1.234.567`;
 * for a dot: `78.5`, `1,234.5`, `1,234,567`. A comma or dot followed by exactly three digits
 * (`46.697`) is ambiguous and ignored. The mark with more evidence wins; without evidence,
 * or on a tie, `fallback` (the Dutch decimal comma unless told otherwise).
 */
export function detectDecimalMark(cells: Iterable<string>, fallback: DecimalMark = ','): DecimalMark {
  let comma = 0;
  let dot = 0;
  for (const raw of cells) {
    const s = raw.trim().replace(/\u00a0|\s|%$/g, '');
    if (STRONG_COMMA.test(s) || DECIMAL_COMMA.test(s)) comma += 1;
    else if (STRONG_DOT.test(s) || DECIMAL_DOT.test(s)) dot += 1;
  }
  if (comma === dot) return fallback;
  return comma > dot ? ',' : '.';
}

export type Lang = 'nl' | 'en';
const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    // `negative`: a value that rounds to zero shows no sign (never "-0").
    f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'negative' });
    formatters.set(key, f);
  }
  return f;
}

/** `formatNumber(46697, 0, 'nl')` → `46.697`, `formatNumber(-0.17, 2)` → `−0,17` (a real minus sign); null → `–`. */
export function formatNumber(value: number | null, digits = 0, lang: Lang = 'nl'): string {
  return value === null || !Number.isFinite(value) ? '–' : formatter(lang, digits).format(value).replace('-', '\u2212');
}

/** `formatPct(36, 'nl')` → `36,0 %` (with a non-breaking space, Dutch style). */
export function formatPct(value: number | null, lang: Lang = 'nl', digits = 1): string {
  return value === null ? '–' : `${formatNumber(value, digits, lang)}\u00a0%`;
}

/** Percentage points with an explicit sign: `+27,0 pp`. */
export function formatPoints(value: number, lang: Lang = 'nl', digits = 1): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(value), digits, lang)}\u00a0${lang === 'nl' ? 'procentpunt' : 'points'}`;
}
