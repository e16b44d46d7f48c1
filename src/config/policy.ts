/** Policy settings in one place: the band (002 §2.2.1), the scopes and the caveat thresholds. */

/**
 * Half-width of the band in percentage points. 002 §2.2.1: "in alle wijken van Heerlen het aandeel
 * corporatiebezit niet meer dan 15 procentpunten afwijkt van het stedelijk gemiddelde".
 */
export const DEFAULT_HALF_WIDTH = 15;
/** Areas with fewer dwellings than this get a caveat: percentages of tiny areas swing wildly. */
export const SMALL_AREA_DWELLINGS = 100;
/** The latest liveability year in the geodata (Leefbaarometer 3.0, 2024 release). */
export const LIVEABILITY_LATEST = 2024;

export interface Gemeente {
  code: string;
  name: string;
}

/** The 7 Parkstad Limburg gemeenten. */
export const PARKSTAD: readonly Gemeente[] = [
  { code: 'GM0917', name: 'Heerlen' },
  { code: 'GM0928', name: 'Kerkrade' },
  { code: 'GM0882', name: 'Landgraaf' },
  { code: 'GM0899', name: 'Brunssum' },
  { code: 'GM1954', name: 'Beekdaelen' },
  { code: 'GM0965', name: 'Simpelveld' },
  { code: 'GM0986', name: 'Voerendaal' },
];

export type Scope = string; // a gemeente code or 'parkstad'
export const PARKSTAD_SCOPE = 'parkstad';
export const DEFAULT_SCOPE: Scope = 'GM0917';

export function isScope(s: string): boolean {
  return s === PARKSTAD_SCOPE || PARKSTAD.some((g) => g.code === s);
}

const SCOPE_GEMEENTEN = new Map<Scope, readonly string[]>();

/** Gemeente codes covered by a scope (the same array for the same scope, so memoised derivations hold). */
export function scopeGemeenten(scope: Scope): readonly string[] {
  let list = SCOPE_GEMEENTEN.get(scope);
  if (!list) {
    list = Object.freeze(scope === PARKSTAD_SCOPE ? PARKSTAD.map((g) => g.code) : [scope]);
    SCOPE_GEMEENTEN.set(scope, list);
  }
  return list;
}
