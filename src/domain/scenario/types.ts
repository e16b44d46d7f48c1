/**
 * Scenario types. A scenario is plain, serialisable data (area codes, move kinds, counts) so it can be
 * stored, exported and put in a link. It never changes the base data: applying it yields new rows.
 * The moves are policy moves (policy-types.ts); older stored kinds are read through legacy.ts.
 */
import type { PolicyMove } from './policy-types';

export interface Scenario {
  id: string;
  name: string;
  moves: PolicyMove[];
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
