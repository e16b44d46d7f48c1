/** CBS area codes: GM + 4 digits, WK + 6 digits, BU + 8 digits. */
import type { Level } from './types';

const PATTERN: Record<Level, RegExp> = { gemeente: /^GM\d{4}$/, wijk: /^WK\d{6}$/, buurt: /^BU\d{8}$/ };
const PREFIX: Record<Level, string> = { gemeente: 'GM', wijk: 'WK', buurt: 'BU' };
const DIGITS: Record<Level, number> = { gemeente: 4, wijk: 6, buurt: 8 };
const LEVEL_OF_PREFIX: Record<string, Level> = { GM: 'gemeente', WK: 'wijk', BU: 'buurt' };

/** Level of a well-formed code, or null. */
export function levelOfCode(code: string): Level | null {
  for (const level of ['gemeente', 'wijk', 'buurt'] as const) if (PATTERN[level].test(code)) return level;
  return null;
}

/**
 * Normalise a code as typed in spreadsheets: case and whitespace ignored, leading zeros kept,
 * bare digits accepted (`917` → `GM0917`, `091740` → `WK091740`, `09172000` → `BU09172000`).
 * A bare number is read as a gemeente up to 4 digits; with `level` given, it is padded to that level.
 * Returns null when the text cannot be a CBS code.
 */
export function normaliseCode(raw: string, level?: Level): string | null {
  const s = raw.replace(/\s+/g, '').toUpperCase();
  const prefixed = /^(GM|WK|BU)(\d+)$/.exec(s);
  if (prefixed) {
    const l = LEVEL_OF_PREFIX[prefixed[1] ?? ''];
    if (!l) return null;
    const digits = prefixed[2] ?? '';
    if (digits.length > DIGITS[l]) return null;
    return PREFIX[l] + digits.padStart(DIGITS[l], '0');
  }
  if (!/^\d+$/.test(s)) return null;
  const target: Level | null = level ?? (s.length <= 4 ? 'gemeente' : s.length === 6 ? 'wijk' : s.length === 8 ? 'buurt' : null);
  if (!target || s.length > DIGITS[target]) return null;
  return PREFIX[target] + s.padStart(DIGITS[target], '0');
}

/** The gemeente code an area code belongs to (`BU09172000` → `GM0917`). */
export function gemeenteOf(code: string): string | null {
  const m = /^(GM|WK|BU)(\d{4})/.exec(code);
  return m ? `GM${m[2]}` : null;
}

/** The wijk code a buurt code belongs to (`BU09172000` → `WK091720`). */
export function wijkOf(code: string): string | null {
  const m = /^BU(\d{6})\d{2}$/.exec(code);
  return m ? `WK${m[1]}` : null;
}
