/**
 * Scenario moves that change the quantity the policies mean. CBS `InBezitWoningcorporatie` is ownership by a
 * toegelaten instelling, not rent level: a corporation that liberalises a dwelling to middenhuur still owns it
 * (002 §4.5.3: "het vergroten van het aandeel middenhuur in de corporatievoorraad").
 *
 * - `sell-to-occupant`: N corporation dwellings sold to their occupants (corp −N, koop +N, total same);
 * - `sell-to-landlord`: N sold to an investor or private landlord (corp −N, overige verhuurders +N, total same);
 * - `liberalise-to-mid`: N corporation dwellings repositioned to middenhuur, kept by the corporation (corp same,
 *   corporation middenhuur +N, total same);
 * - `demolish`: N corporation dwellings demolished without replacement (corp −N, total −N);
 * - `demolish-rebuild`: N corporation dwellings demolished and `ratio × N` rebuilt as `tenure` (004: "slopen,
 *   om vervolgens meer woningen terug te kunnen bouwen"); the stock grows when ratio > 1;
 * - `build-corporation`, `build-owner`, `build-private-rent`: N new dwellings of that tenure (total +N);
 * - `buy`: inponden, N private dwellings bought by a corporation (corp +N; koop first, then overige huur; total same).
 *
 * The older kinds (`sell`, `liberalise`, `demolish-replace`, `build`, …) are read through `legacy.ts`.
 */

export type PolicyMoveKind =
  | 'sell-to-occupant'
  | 'sell-to-landlord'
  | 'liberalise-to-mid'
  | 'demolish'
  | 'demolish-rebuild'
  | 'build-corporation'
  | 'build-owner'
  | 'build-private-rent'
  | 'buy';

/** Canonical order, also the order in which the moves of one area are applied. */
export const POLICY_MOVE_KINDS: readonly PolicyMoveKind[] = [
  'sell-to-occupant',
  'sell-to-landlord',
  'liberalise-to-mid',
  'demolish',
  'demolish-rebuild',
  'build-corporation',
  'build-owner',
  'build-private-rent',
  'buy',
];

/** The tenure of new or rebuilt dwellings. */
export type NewTenure = 'corporation' | 'owner' | 'private-rent';
export const NEW_TENURES: readonly NewTenure[] = ['corporation', 'owner', 'private-rent'];

export interface Rebuild {
  /** Rebuilt dwellings per demolished dwelling (≥ 0): 1 replaces one for one, 1.5 builds half as many again. */
  ratio: number;
  tenure: NewTenure;
}

/** `demolish-rebuild` without a `rebuild` replaces one for one with koop, as the old `demolish-replace` did. */
export const DEFAULT_REBUILD: Rebuild = { ratio: 1, tenure: 'owner' };

export interface PolicyMove {
  /** CBS code of the area (WK… or BU…). */
  area: string;
  kind: PolicyMoveKind;
  /** Number of dwellings (≥ 0); for `demolish-rebuild` the number demolished. */
  n: number;
  /** Only for `demolish-rebuild`. */
  rebuild?: Rebuild;
  /**
   * Set when the move was read from an old kind whose result changed (only `liberalise`, see legacy.ts), so the
   * interface can say why a saved scenario or an old link now gives another figure. Never written to a link.
   */
  legacy?: 'liberalise';
}

/**
 * Dwelling counts by ownership with corporation middenhuur as its own figure: `corporationMid` is part of
 * `corporation` (0 ≤ corporationMid ≤ corporation). CBS publishes no such figure, so it starts at 0 and counts
 * the scenario's liberalisations.
 */
export interface PolicyTenure {
  total: number;
  corporation: number;
  corporationMid: number;
  otherRent: number;
  owner: number;
}

export function isPolicyMoveKind(s: unknown): s is PolicyMoveKind {
  return typeof s === 'string' && (POLICY_MOVE_KINDS as readonly string[]).includes(s);
}

export function isNewTenure(s: unknown): s is NewTenure {
  return typeof s === 'string' && (NEW_TENURES as readonly string[]).includes(s);
}
