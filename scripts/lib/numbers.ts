import { fail } from './errors.ts';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A CBS source value as written in geodata CSVs: trimmed; blank or "." (CBS "no data") → "";
 * "36.0" → "36"; "2.50" → "2,5" (Dutch decimal comma, trailing zeros dropped). Never converts via float.
 */
export function cbsValue(raw: string | number | null | undefined, where: string): string {
  if (raw === null || raw === undefined) return '';
  const s = typeof raw === 'number' ? numberToPlain(raw, where) : raw.trim();
  if (s === '' || s === '.') return '';
  if (!DECIMAL.test(s)) fail(`${where}: not a number: "${s}"`);
  const [intPart = '', frac = ''] = s.split('.');
  const trimmedFrac = frac.replace(/0+$/, '');
  const int = intPart === '-0' && trimmedFrac === '' ? '0' : intPart;
  return trimmedFrac === '' ? int : `${int},${trimmedFrac}`;
}

/** A Leefbaarometer value: the source string, full precision, with a decimal comma. "" or "NA" → "". */
export function lbmValue(raw: string, where: string): string {
  const s = raw.trim();
  if (s === '' || s === 'NA') return '';
  if (!DECIMAL.test(s)) fail(`${where}: not a plain decimal number: "${s}"`);
  return s.replace('.', ',');
}

function numberToPlain(n: number, where: string): string {
  if (!Number.isFinite(n)) fail(`${where}: not a finite number: ${n}`);
  const s = String(n);
  if (!DECIMAL.test(s)) fail(`${where}: number has no plain decimal form: ${s}`);
  return s;
}

/** Parse a geodata CSV number ("36", "4,10467") → number; "" → null; malformed → undefined. */
export function parseDutch(s: string): number | null | undefined {
  if (s === '') return null;
  if (!/^-?\d+(,\d+)?$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
}

/**
 * `part` as a percentage of `total`, rounded half up to `decimals` in integer arithmetic (no float error at the
 * .5 boundary), in the geodata dialect ("36", "38,3", never "30,0"). CBS rounds its shares the same way.
 */
export function sharePct(part: number, total: number, decimals: 0 | 1, where: string): string {
  if (!Number.isInteger(part) || !Number.isInteger(total) || total <= 0 || part < 0) fail(`${where}: cannot take ${part} of ${total}`);
  const scale = decimals === 0 ? 1 : 10;
  const units = Math.floor((2 * part * 100 * scale + total) / (2 * total));
  const int = Math.floor(units / scale);
  const frac = units % scale;
  return frac === 0 ? String(int) : `${String(int)},${String(frac)}`;
}
