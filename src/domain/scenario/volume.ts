/**
 * Plausibility of volumes: compensation that aims at the lower edge or the centre (never the upper edge), and flags
 * for additions that are large against the area's stock (a tool setting). Checks against the building programmes are
 * in programme-check.ts. The numbers live in config/; these functions take them as arguments.
 */
import type { Band } from '../band';
import { absorbableToAim, aimShare, type CompensationAim } from '../band-routes';

/** A tool setting, not policy: additions (built + bought) above this share of the area's present stock are flagged. */
export interface AreaVolumeLimits {
  additionsShare: number;
}

/** exceeds-available: more than the area has to buy; large-for-area: above `additionsShare`; above-(social-)programme: above the programme's highest figure. */
export type VolumeFlag = 'exceeds-available' | 'large-for-area' | 'above-programme' | 'above-social-programme';

/**
 * Flags for adding `n` dwellings to an area of `dwellings` (by new build or inponden): `large-for-area` when n is
 * more than `additionsShare` of the present stock (exactly on it is not flagged); `exceeds-available` for inponden
 * beyond the private dwellings (koop + overige huur) there are. 1,275 new in Welten-Benzenrade (2,096): 61 % → large.
 */
export function areaVolumeFlags(
  n: number,
  kind: 'corporation-build' | 'inponden',
  area: { dwellings: number; privateDwellings: number },
  limits: AreaVolumeLimits,
): VolumeFlag[] {
  const flags: VolumeFlag[] = [];
  if (kind === 'inponden' && n > area.privateDwellings + 1e-9) flags.push('exceeds-available');
  if (n > limits.additionsShare * area.dwellings + 1e-9) flags.push('large-for-area');
  return flags;
}

export interface CompensationProposal {
  aim: CompensationAim;
  /** The share aimed at (lower edge or centre). */
  targetPct: number;
  /** Corporation dwellings to make up: the loss, rounded up. */
  needed: number;
  /** What the area can absorb before its share reaches the aim (0 when it is already there). */
  capacity: number;
  /** min(needed, capacity): what this area should take. */
  proposed: number;
  /** needed − proposed: to be placed in another area. */
  remaining: number;
  flags: VolumeFlag[];
}

/**
 * Compensation for a loss of `loss` corporation dwellings in one area, by corporation new build or inponden. One new
 * corporation dwelling makes up one lost (mixing is judged in dwellings), but the area takes no more than brings it
 * to the aim: Welten-Benzenrade (2,096 at 6 %) compensating 1,000 with Heerlen's band and aim `lower` takes 398 new
 * (or 315 bought) and leaves 602 (685) to place elsewhere; with aim `centre` 983 (629).
 */
export function proposeCompensation(
  loss: number,
  area: { dwellings: number; pct: number; privateDwellings: number },
  band: Band & { centre?: number },
  aim: CompensationAim,
  kind: 'corporation-build' | 'inponden',
  limits: AreaVolumeLimits,
): CompensationProposal {
  const needed = loss > 1e-9 ? Math.ceil(loss - 1e-9) : 0;
  const capacity = absorbableToAim(area.dwellings, area.pct, band, aim, kind);
  const proposed = Math.min(needed, capacity);
  return {
    aim,
    targetPct: aimShare(band, aim),
    needed,
    capacity,
    proposed,
    remaining: needed - proposed,
    flags: areaVolumeFlags(proposed, kind, area, limits),
  };
}
