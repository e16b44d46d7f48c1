/** The arithmetic of one policy move on the dwelling counts of one area. Pure: returns a new PolicyTenure. */
import { DEFAULT_REBUILD, type NewTenure, type PolicyMove, type PolicyMoveKind, type PolicyTenure, type Rebuild } from './policy-types';

export interface PolicyMoveOutcome {
  tenure: PolicyTenure;
  /** Dwellings applied: less than asked when the area has too few of the needed kind. */
  applied: number;
  /** `demolish-rebuild`: dwellings rebuilt (applied × ratio) and their tenure; 0 for other moves. */
  rebuilt: number;
  rebuiltTenure: NewTenure | null;
}

const safe = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);

/** Add `n` dwellings of a tenure (new build or rebuild): the total grows by `n`. */
function add(t: PolicyTenure, tenure: NewTenure, n: number): PolicyTenure {
  const total = t.total + n;
  if (tenure === 'corporation') return { ...t, total, corporation: t.corporation + n };
  if (tenure === 'owner') return { ...t, total, owner: t.owner + n };
  return { ...t, total, otherRent: t.otherRent + n };
}

/**
 * Take `k` corporation dwellings out (sale, demolition). Regular corporation dwellings go first; middenhuur ones
 * only when no regular ones are left, so `corporationMid` never exceeds `corporation`.
 */
function removeCorporation(t: PolicyTenure, k: number): PolicyTenure {
  const corporation = t.corporation - k;
  return { ...t, corporation, corporationMid: Math.min(t.corporationMid, corporation) };
}

/** A usable rebuild: a finite ratio ≥ 0 and a known tenure, else the default (one for one, koop). */
export function rebuildOf(move: Pick<PolicyMove, 'rebuild'>): Rebuild {
  const r = move.rebuild;
  return r && Number.isFinite(r.ratio) && r.ratio >= 0 ? r : DEFAULT_REBUILD;
}

/**
 * Apply one move (rules in policy-types.ts). Sales, liberalisation and demolition are limited to the corporation
 * dwellings present (liberalisation to those not yet middenhuur); inponden to koop plus overige huur; new build
 * has no limit. A negative or non-finite `n` applies nothing. Inputs are never mutated.
 * Example: 1,000 dwellings at 78 %, `liberalise-to-mid` 300 → still 780 corporation dwellings (78 %), 300 of them middenhuur.
 */
export function applyPolicyMove(t: PolicyTenure, move: Pick<PolicyMove, 'kind' | 'n' | 'rebuild'>): PolicyMoveOutcome {
  const want = safe(move.n);
  const none = { rebuilt: 0, rebuiltTenure: null };
  switch (move.kind) {
    case 'sell-to-occupant': {
      const k = Math.min(want, t.corporation);
      return { ...none, applied: k, tenure: { ...removeCorporation(t, k), owner: t.owner + k } };
    }
    case 'sell-to-landlord': {
      const k = Math.min(want, t.corporation);
      return { ...none, applied: k, tenure: { ...removeCorporation(t, k), otherRent: t.otherRent + k } };
    }
    case 'liberalise-to-mid': {
      const k = Math.min(want, Math.max(0, t.corporation - t.corporationMid));
      return { ...none, applied: k, tenure: { ...t, corporationMid: t.corporationMid + k } };
    }
    case 'demolish': {
      const k = Math.min(want, t.corporation);
      return { ...none, applied: k, tenure: { ...removeCorporation(t, k), total: t.total - k } };
    }
    case 'demolish-rebuild': {
      const k = Math.min(want, t.corporation);
      const { ratio, tenure } = rebuildOf(move);
      const demolished = { ...removeCorporation(t, k), total: t.total - k };
      return { applied: k, rebuilt: k * ratio, rebuiltTenure: tenure, tenure: add(demolished, tenure, k * ratio) };
    }
    case 'build-corporation':
      return { ...none, applied: want, tenure: add(t, 'corporation', want) };
    case 'build-owner':
      return { ...none, applied: want, tenure: add(t, 'owner', want) };
    case 'build-private-rent':
      return { ...none, applied: want, tenure: add(t, 'private-rent', want) };
    case 'buy': {
      const fromOwner = Math.min(want, Math.max(0, t.owner));
      const fromOther = Math.min(want - fromOwner, Math.max(0, t.otherRent));
      const k = fromOwner + fromOther;
      return {
        ...none,
        applied: k,
        tenure: { ...t, corporation: t.corporation + k, owner: t.owner - fromOwner, otherRent: t.otherRent - fromOther },
      };
    }
  }
}

/** The most a move can take in an area with these counts (Infinity for new build): the slider maximum. */
export function policyMoveCapacity(t: PolicyTenure, kind: PolicyMoveKind): number {
  switch (kind) {
    case 'build-corporation':
    case 'build-owner':
    case 'build-private-rent':
      return Infinity;
    case 'buy':
      return Math.max(0, t.owner) + Math.max(0, t.otherRent);
    case 'liberalise-to-mid':
      return Math.max(0, t.corporation - t.corporationMid);
    default:
      return Math.max(0, t.corporation);
  }
}
