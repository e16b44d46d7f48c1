/**
 * What the results panel judges a scenario by (pure, memoised): "mengen zonder te verdringen" in corporation
 * dwellings per touched gemeente and for Parkstad (any net loss flagged, no tolerance), 001 afspraak 7 per gemeente,
 * the building programmes, area volumes, and the compensation one area can offer. The share per group is shown as
 * information only.
 */
import type { Dataset } from '../domain/dataset';
import type { StockRow } from '../domain/types';
import type { Problem } from '../domain/problem';
import type { CompensationAim } from '../domain/band-routes';
import { gemeenteOf } from '../domain/codes';
import { compensationFor, type CompensationKind, type CompensationOffer } from '../domain/scenario/compensation';
import { scenarioTotals, touchedGemeenten, type TotalsGroup } from '../domain/scenario/groups';
import { legacyProblems } from '../domain/scenario/legacy';
import { corporationBalance, salesCheck, type CorporationBalance, type SalesCheck } from '../domain/scenario/mixing';
import type { PolicyScenarioResult } from '../domain/scenario/policy-apply';
import type { PolicyMove } from '../domain/scenario/policy-types';
import { programmeChecks, volumeProblems, type ProgrammeCheck } from '../domain/scenario/programme-check';
import { findArea } from '../domain/band-setting';
import { displayName } from '../domain/search';
import { levelOfCode } from '../domain/codes';
import { AREA_VOLUME_LIMITS, BUILDING_PROGRAMMES } from '../config/programme';
import { PARKSTAD_SCOPE, scopeGemeenten } from '../config/policy';
import { bandOfArea } from './band-of-area';
import { memoLast } from './memo';
import { stockIndex, type ViewModel } from './view-model';

const REGION = scopeGemeenten(PARKSTAD_SCOPE);

export interface ScenarioChecks {
  /** Signed change in corporation dwellings per touched gemeente, then Parkstad (`parkstad`). */
  balance: CorporationBalance[];
  /** 001 afspraak 7 per touched gemeente: sold ≤ added. */
  sales: SalesCheck[];
  /** New build per touched gemeente and Parkstad against the programme (with its passages). */
  programmes: ProgrammeCheck[];
  /** Moves limited or skipped, old moves read anew (`scenario.legacy-liberalise`) and areas given more than they hold. */
  problems: Problem[];
}

/** Display name of a wijk or buurt code, or the code itself. */
export function areaNameOf(dataset: Dataset, code: string): string {
  const a = findArea(dataset, levelOfCode(code) === 'buurt' ? 'buurt' : 'wijk', code);
  return a ? displayName(a.name) : code;
}

/** The checks of a scenario's outcome (memoised on the outcome and its moves). */
export const scenarioChecks = memoLast((today: Dataset, moves: readonly PolicyMove[], result: PolicyScenarioResult): ScenarioChecks => {
  const gemeenten = touchedGemeenten(moves, REGION);
  const programmes = programmeChecks(result.outcomes, BUILDING_PROGRAMMES, PARKSTAD_SCOPE);
  return {
    balance: corporationBalance(result.outcomes, gemeenten, PARKSTAD_SCOPE),
    sales: salesCheck(result.outcomes),
    programmes,
    problems: [
      ...legacyProblems(moves, (code) => areaNameOf(today, code)),
      ...result.issues,
      ...volumeProblems(result.outcomes, programmes, AREA_VOLUME_LIMITS).filter((p) => p.code === 'scenario.large-for-area'),
    ],
  };
});

/** The overall share per touched gemeente and for Parkstad, before and after (information, no verdict). */
export const totalsOf = (today: Dataset, moves: readonly PolicyMove[], changed: ReadonlyMap<string, StockRow>): TotalsGroup[] =>
  scenarioTotals(today, moves, changed, REGION, PARKSTAD_SCOPE);

/**
 * The compensation `area` can offer by corporation new build (`build-corporation`) or inponden (`buy`): the
 * scenario's loss of corporation dwellings in its gemeente (or Parkstad), no more than brings the area to its band's
 * lower edge or centre (`aim`), what remains for elsewhere, and volume flags. Null without figures or band.
 */
export function compensationIn(
  vm: Pick<ViewModel, 'today' | 'allBands'>,
  moves: readonly PolicyMove[],
  area: string,
  kind: CompensationKind,
  aim: CompensationAim,
): CompensationOffer | null {
  return compensationFor(moves, area, kind, {
    rows: stockIndex(vm.today),
    band: bandOfArea(vm, { gemeenteCode: gemeenteOf(area) ?? '' }),
    aim,
    limits: AREA_VOLUME_LIMITS,
    programmes: BUILDING_PROGRAMMES,
    regionCode: PARKSTAD_SCOPE,
  });
}
