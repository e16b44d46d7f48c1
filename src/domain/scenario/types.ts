/**
 * Scenario types. A scenario is plain, serialisable data (area codes, move kinds, counts) so it can be
 * stored, exported and later put in the URL. It never changes the base data: applying it yields new rows.
 */

/**
 * The moves a planner can make in one area (002 §4.3, 000: verdunnen, herpositioneren, slopen, toevoegen, inponden).
 * - `sell`: N corporation dwellings sold to owner-occupiers (corp −N, koop +N, total same);
 * - `liberalise`: N corporation dwellings repositioned to middenhuur (corp −N, overige huur +N, total same);
 * - `demolish`: N corporation dwellings demolished without replacement (corp −N, total −N);
 * - `demolish-replace`: N demolished and replaced by N owner-occupied dwellings (corp −N, koop +N, total same);
 * - `build`: N new corporation dwellings (corp +N, total +N);
 * - `buy`: N private dwellings bought by a corporation, "inponden" (corp +N, koop −N, or overige huur once koop is used up; total same).
 */
export type MoveKind = 'sell' | 'liberalise' | 'demolish' | 'demolish-replace' | 'build' | 'buy';

/** Canonical order, also the order in which moves of one area are applied. */
export const MOVE_KINDS: readonly MoveKind[] = ['sell', 'liberalise', 'demolish', 'demolish-replace', 'build', 'buy'];

/** Moves that take dwellings out of corporation ownership. */
export const REMOVING_KINDS: ReadonlySet<MoveKind> = new Set(['sell', 'liberalise', 'demolish', 'demolish-replace']);

export interface Move {
  /** CBS code of the area (WK… or BU…). */
  area: string;
  kind: MoveKind;
  /** Number of dwellings (≥ 0; the interface gives whole numbers). */
  n: number;
}

export interface Scenario {
  id: string;
  name: string;
  moves: Move[];
  /** The pair the scenario was made for, if any (vulnerable first). */
  pair: { vulnerable: string; strong: string } | null;
  /** ISO time of the last save; empty for an unsaved draft. */
  savedAt: string;
}

/** Dwelling counts of one area by ownership. `unknown` is what CBS leaves unexplained (can be −1 % from rounding). */
export interface Tenure {
  total: number;
  corporation: number;
  otherRent: number;
  owner: number;
}

export function isMoveKind(s: unknown): s is MoveKind {
  return typeof s === 'string' && (MOVE_KINDS as readonly string[]).includes(s);
}
