/**
 * Editing the band by hand (pure): a typed value is read the Dutch or the English way (`37,5` or `37.5`), checked,
 * and turned into a custom band, or refused with the reason. The interface applies a value only on Enter or when
 * the field is left, so an intermediate keystroke ("6" on the way to "60") never recolours the map.
 */
import type { Band } from './band';

export type BandField = 'centre' | 'halfWidth' | 'lower' | 'upper';
export type BandInputError = 'number' | 'range' | 'order' | 'half';

export interface CustomBand {
  centre: number;
  halfWidth: number;
}

/**
 * A number typed by a person: `37,5`, `37.5`, ` 60 `, `60%`. Null for empty text, text, or a grouped number
 * (`1.000`: a band edge never needs thousands).
 */
export function readTypedNumber(text: string): number | null {
  const t = text
    .trim()
    .replace(/\s*%$/, '')
    .replace(/\u2212/g, '-');
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/**
 * The band after `field` is set to `text`, from the band in force `current` (edges stay where they are when
 * the other edge is typed; centre and half-width keep each other). Errors: `number` (not a number), `range`
 * (outside 0–100), `half` (half-width outside 0–50), `order` (lower edge not below the upper edge).
 * Typing 60 as the upper edge of 21–51 gives 21–60 (centre 40,5 ± 19,5); 37,5 as the centre gives 22,5–52,5.
 */
export function editBand(field: BandField, text: string, current: Band & CustomBand): { band: CustomBand } | { error: BandInputError } {
  const v = readTypedNumber(text);
  if (v === null) return { error: 'number' };
  if (field === 'halfWidth') {
    if (v < 0 || v > 50) return { error: 'half' };
    return { band: { centre: current.centre, halfWidth: v } };
  }
  if (v < 0 || v > 100) return { error: 'range' };
  if (field === 'centre') return { band: { centre: v, halfWidth: current.halfWidth } };
  const lower = field === 'lower' ? v : current.lower;
  const upper = field === 'upper' ? v : current.upper;
  if (!(lower < upper)) return { error: 'order' };
  return { band: { centre: (lower + upper) / 2, halfWidth: (upper - lower) / 2 } };
}
