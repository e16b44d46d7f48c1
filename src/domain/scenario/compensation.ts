/**
 * The compensation a scenario needs in one area: the corporation dwellings its group (the scenario's gemeente, or
 * Parkstad when it spans gemeenten) loses without this area's compensating move, made up by corporation new build
 * or inponden, but no more than brings the area to its band's lower edge or centre (volume.ts). What the area
 * cannot take is left to place elsewhere, and the proposal is checked against the building programmes.
 */
import type { Band } from '../band';
import type { CompensationAim } from '../band-routes';
import type { StockRow } from '../types';
import { applyPolicyScenario, policyTenureOf, type PolicyAreaOutcome } from './policy-apply';
import { programmeChecks, type BuildingProgramme } from './programme-check';
import { proposeCompensation, type AreaVolumeLimits, type CompensationProposal, type VolumeFlag } from './volume';
import { compensationGroup, withMove } from './groups';
import type { PolicyMove } from './policy-types';

export type CompensationKind = 'build-corporation' | 'buy';

export interface CompensationOffer {
  /** The group whose loss is made up: a gemeente code or the region code. */
  group: string;
  kind: CompensationKind;
  /** Corporation dwellings the group loses without this move (> 0 means there is something to make up). */
  loss: number;
  proposal: CompensationProposal;
  /** Programmes the scenario would exceed with the proposal in place (their passages are quoted next to the flag). */
  programmes: BuildingProgramme[];
}

export interface CompensationContext {
  rows: ReadonlyMap<string, StockRow>;
  band: (Band & { centre?: number }) | null;
  aim: CompensationAim;
  limits: AreaVolumeLimits;
  programmes: readonly BuildingProgramme[];
  regionCode: string;
}

const change = (outcomes: readonly PolicyAreaOutcome[], inGroup: (o: PolicyAreaOutcome) => boolean) =>
  outcomes.filter(inGroup).reduce((s, o) => s + o.after.corporation - o.before.corporation, 0);

/**
 * The offer for a `build-corporation` or `buy` move in `area`: the move's current value is ignored, the loss is the
 * group's net loss of corporation dwellings under the other moves (0 when it gains), and the area's figures are those
 * after its other moves. Null when the area has no figures or no band. Example: selling 1,000 in Heerlerbaan-Centrum
 * and compensating in Welten-Benzenrade (2,096 at 6 %) towards the lower edge 21 %: 398 built, 602 left to place
 * elsewhere; by inponden 315 and 685.
 */
export function compensationFor(
  moves: readonly PolicyMove[],
  area: string,
  kind: CompensationKind,
  ctx: CompensationContext,
): CompensationOffer | null {
  if (!ctx.band) return null;
  const without = moves.filter((m) => !(m.area === area && m.kind === kind));
  const group = compensationGroup([...moves, { area, kind, n: 0 }], ctx.regionCode);
  const result = applyPolicyScenario(ctx.rows, without);
  const loss = Math.max(0, -change(result.outcomes, (o) => group === ctx.regionCode || o.gemeenteCode === group));
  const t = result.outcomes.find((o) => o.code === area)?.after ?? policyTenureOf(ctx.rows.get(area) ?? null);
  if (!t || t.total <= 0) return null;
  const proposal = proposeCompensation(
    loss,
    { dwellings: t.total, pct: (t.corporation * 100) / t.total, privateDwellings: t.owner + t.otherRent },
    ctx.band,
    ctx.aim,
    kind === 'buy' ? 'inponden' : 'corporation-build',
    ctx.limits,
  );
  const withProposal = withMove(moves, area, kind, proposal.proposed);
  const checks = programmeChecks(applyPolicyScenario(ctx.rows, withProposal).outcomes, ctx.programmes, ctx.regionCode);
  const flagged = checks.filter((c) => c.programme && c.flags.length > 0);
  const flags: VolumeFlag[] = [...new Set([...proposal.flags, ...flagged.flatMap((c) => c.flags)])];
  return {
    group,
    kind,
    loss,
    proposal: { ...proposal, flags },
    programmes: flagged.flatMap((c) => (c.programme ? [c.programme] : [])),
  };
}
