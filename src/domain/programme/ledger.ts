/**
 * The ledger of a programme per gemeente (and Parkstad) and year (issue 12): what was sold, added to the social
 * stock, built, bought, demolished; and the checks the agreements ask for:
 * - 001 afspraak 7: "niet meer woningen (aan derden …) verkopen, dan dat er in dezelfde gemeente aan woningen
 *   additioneel aan de sociale huurvoorraad worden toegevoegd" — per year: sold ≤ added;
 * - inponden against the target (000: "indicatief circa 35 woningen per jaar"; 001 afspraak 8: "minimaal zo’n
 *   100 woningen per jaar");
 * - new build against the building programme (000: "ten minste 2.250 … 2.500 woningen" tot 2030);
 * - "mengen zonder te verdringen" (002 §1): the net change in corporation dwellings since the 0-meting.
 */
import type { PolicySource } from '../policy-source';
import { standAt, type Projection, type YearFlows } from './project';

export interface InpondenTarget {
  group: string;
  /** Dwellings a year the agreement aims at. */
  perYear: number;
  from: number;
  to: number;
  source: PolicySource;
}

export interface BuildTarget {
  group: string;
  /** New dwellings over the period: `min` (and `max` when the source gives a range). */
  min: number;
  max: number;
  from: number;
  to: number;
  source: readonly PolicySource[];
}

export interface LedgerYear {
  year: number;
  flows: YearFlows;
  /** Afspraak 7 in this year: sold ≤ added to the social stock (equal holds). */
  salesHold: boolean;
  /** Corporation dwellings at the end of the year minus the 0-meting (negative: a net loss). */
  netCorporation: number;
  /** Inponden this year against the target in force this year (null when none applies). */
  inponden: { bought: number; target: number; met: boolean } | null;
}

export interface LedgerBuild {
  target: BuildTarget;
  /** New dwellings of the programme in the target's years that lie within the projection. */
  built: number;
  /** built ≥ min. */
  reached: boolean;
  /** built > max: more than the programme names (worth a check, not an error). */
  above: boolean;
}

export interface Ledger {
  group: string;
  years: LedgerYear[];
  builds: LedgerBuild[];
  /** True when any year loses corporation dwellings against the 0-meting, or sells more than it adds. */
  flagged: boolean;
}

const NO_FLOWS: YearFlows = { sold: 0, addedSocial: 0, built: 0, bought: 0, demolished: 0, liberalised: 0 };

/** The ledger of one group over the projection's years, with the targets that apply to it. */
export function ledgerOf(
  projection: Projection,
  group: string,
  inponden: readonly InpondenTarget[],
  builds: readonly BuildTarget[],
): Ledger {
  const series = projection.groups.get(group);
  const flows = projection.flows.get(group);
  const years: LedgerYear[] = [];
  for (let year = projection.baseYear; year <= projection.lastYear; year++) {
    const f = flows?.get(year) ?? NO_FLOWS;
    const stand = series ? standAt(series, year, projection.baseYear) : null;
    const net = series && stand ? stand.corporation - series.baseline.corporation : 0;
    const t = inponden.find((x) => x.group === group && year >= x.from && year <= x.to);
    years.push({
      year,
      flows: f,
      salesHold: f.sold <= f.addedSocial + 1e-9,
      netCorporation: Math.round(net * 1e6) / 1e6,
      inponden: t ? { bought: f.bought, target: t.perYear, met: f.bought + 1e-9 >= t.perYear } : null,
    });
  }
  const buildChecks = builds
    .filter((b) => b.group === group)
    .map((target) => {
      let built = 0;
      for (let y = Math.max(target.from, projection.baseYear); y <= Math.min(target.to, projection.lastYear); y++)
        built += flows?.get(y)?.built ?? 0;
      return { target, built, reached: built + 1e-9 >= target.min, above: built > target.max + 1e-9 };
    });
  return {
    group,
    years,
    builds: buildChecks,
    flagged: years.some((y) => !y.salesHold || y.netCorporation < -1e-9),
  };
}
