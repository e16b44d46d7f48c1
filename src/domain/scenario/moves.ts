/** The arithmetic of one move on the dwelling counts of one area. Pure: returns a new Tenure. */
import type { MoveKind, Tenure } from './types';

export interface MoveOutcome {
  tenure: Tenure;
  /** The number actually applied: less than asked when the area has too few dwellings of the needed kind. */
  applied: number;
}

/**
 * Apply `n` dwellings of one move kind (see `MoveKind` for each rule). Removing moves are limited to the
 * corporation dwellings present; `buy` to the private dwellings present (koop first, then overige huur);
 * `build` has no limit. A negative or non-finite `n` applies nothing. Inputs are never mutated.
 * Example: 1,000 dwellings at 78 % (780 corporation), `sell` 100 → 680 of 1,000 = 68 %.
 */
export function applyMove(t: Tenure, kind: MoveKind, n: number): MoveOutcome {
  const want = Number.isFinite(n) && n > 0 ? n : 0;
  switch (kind) {
    case 'sell':
    case 'demolish-replace': {
      const k = Math.min(want, t.corporation);
      return { applied: k, tenure: { ...t, corporation: t.corporation - k, owner: t.owner + k } };
    }
    case 'liberalise': {
      const k = Math.min(want, t.corporation);
      return { applied: k, tenure: { ...t, corporation: t.corporation - k, otherRent: t.otherRent + k } };
    }
    case 'demolish': {
      const k = Math.min(want, t.corporation);
      return { applied: k, tenure: { ...t, total: t.total - k, corporation: t.corporation - k } };
    }
    case 'build':
      return { applied: want, tenure: { ...t, total: t.total + want, corporation: t.corporation + want } };
    case 'buy': {
      const fromOwner = Math.min(want, Math.max(0, t.owner));
      const fromOther = Math.min(want - fromOwner, Math.max(0, t.otherRent));
      const k = fromOwner + fromOther;
      return {
        applied: k,
        tenure: { ...t, corporation: t.corporation + k, owner: t.owner - fromOwner, otherRent: t.otherRent - fromOther },
      };
    }
  }
}

/** The most a move can take in an area with these counts (Infinity for `build`): the slider maximum. */
export function moveCapacity(t: Tenure, kind: MoveKind): number {
  if (kind === 'build') return Infinity;
  if (kind === 'buy') return Math.max(0, t.owner) + Math.max(0, t.otherRent);
  return t.corporation;
}
