/**
 * The pair finder as the stadshuwelijk is defined (002 §4.3, 000): candidates by the literal rule in a gemeente
 * scope (`findStadshuwelijkCandidates`), or a Parkstadshuwelijk anchored on Heerlen in the Parkstad scope
 * (`findParkstadshuwelijkCandidates`), ranked by `rankStadshuwelijkPairs`. Pure and memoised; ranking always uses
 * today's data (the map may show a scenario).
 */
import type { Dataset } from '../domain/dataset';
import type { MapLevel } from '../domain/types';
import type { OverlayData } from '../domain/overlays/types';
import type { CompensationAim } from '../domain/band-routes';
import { areasOf } from '../domain/band-setting';
import { gemeenteAverages } from '../domain/band-reference';
import { wijkOf } from '../domain/codes';
import {
  findParkstadshuwelijkCandidates,
  findStadshuwelijkCandidates,
  type MarriageCandidateSet,
  type MarriageCriteria,
} from '../domain/pairs/stadshuwelijk';
import { rankStadshuwelijkPairs, type MarriagePair, type MarriageWeights } from '../domain/pairs/stadshuwelijk-rank';
import { PARKSTADSHUWELIJK_CRITERIA, STADSHUWELIJK_CRITERIA } from '../config/pair-policy';
import { PARKSTAD_SCOPE, scopeGemeenten, type Scope } from '../config/policy';
import { bandOfArea, type AreaBand } from './band-of-area';
import { composeToday, selectView, type ViewModel } from './view-model';
import { memoLast } from './memo';
import type { PairCriteria } from './slices/scenario';
import type { AppState } from './store';

/**
 * Whether strong partners inside NPLV Heerlen-Noord are left out: `applied`; `off` (the user included them);
 * `pending` (the NPLV layer has not loaded yet: none could be left out, the interface says so); `failed` (it
 * could not be loaded).
 */
export type NplvExclusion = 'applied' | 'off' | 'pending' | 'failed';

export interface PairFinder {
  set: MarriageCandidateSet;
  pairs: MarriagePair[];
  /** Parkstadshuwelijk (anchored on Heerlen, partners in the other 6 gemeenten) rather than a stadshuwelijk. */
  parkstad: boolean;
  /** The criteria in force (the user's choices on top of the policy defaults). */
  criteria: MarriageCriteria;
  nplv: NplvExclusion;
}

const NO_CODES: ReadonlySet<string> = new Set();

/** NPLV wijk codes (role `nplv-wijk`) and, at buurt level, the buurten of those wijken. */
const nplvCodes = memoLast((data: OverlayData | null, today: Dataset, level: MapLevel): ReadonlySet<string> => {
  if (!data) return NO_CODES;
  const wijken = new Set(data.nplv.areas.filter((a) => a.role === 'nplv-wijk').map((a) => a.code));
  if (level === 'wijk') return wijken;
  return new Set(today.levels.buurt.areas.filter((a) => wijken.has(wijkOf(a.code) ?? '')).map((a) => a.code));
});

const criteriaOf = memoLast((c: PairCriteria, aim: CompensationAim, parkstad: boolean): MarriageCriteria => {
  const base = parkstad ? PARKSTADSHUWELIJK_CRITERIA : STADSHUWELIJK_CRITERIA;
  return {
    ...base,
    reference: c.reference,
    excludeScattered: c.excludeScattered,
    excludePartnersInNplv: c.excludePartnersInNplv,
    minDwellings: c.minDwellings[parkstad ? 'parkstadshuwelijk' : 'stadshuwelijk'],
    aim,
  };
});

let bandCache: { key: string; bands: ReadonlyMap<string, AreaBand | null> } | null = null;

/** The band of each gemeente of the scope, as one stable Map while the numbers stay the same. */
function scopeBands(vm: ViewModel): ReadonlyMap<string, AreaBand | null> {
  const entries = vm.gemeenten.map((g) => [g, bandOfArea(vm, { gemeenteCode: g })] as const);
  const key = entries.map(([g, b]) => (b ? `${g}:${b.lower},${b.upper},${b.centre}` : `${g}:-`)).join('|');
  if (bandCache?.key !== key) bandCache = { key, bands: new Map(entries) };
  return bandCache.bands;
}

const finder = memoLast(
  (
    today: Dataset,
    scope: Scope,
    level: MapLevel,
    bands: ReadonlyMap<string, AreaBand | null>,
    criteria: MarriageCriteria,
    weights: MarriageWeights,
    nplvWijken: ReadonlySet<string>,
    nplv: NplvExclusion,
  ): PairFinder => {
    const parkstad = scope === PARKSTAD_SCOPE;
    const areas = areasOf(today, scopeGemeenten(scope), level);
    const ctx = {
      averages: gemeenteAverages(today.gemeenteRows),
      bandOf: (a: { gemeenteCode: string }) => bands.get(a.gemeenteCode) ?? null,
      nplvWijken,
    };
    const set = parkstad
      ? findParkstadshuwelijkCandidates(areas, ctx, { ...criteria, anchorGemeente: PARKSTADSHUWELIJK_CRITERIA.anchorGemeente })
      : findStadshuwelijkCandidates(areas, ctx, criteria);
    return { set, pairs: rankStadshuwelijkPairs(set, weights), parkstad, criteria, nplv };
  },
);

/** Candidates and ranked pairs for the current scope and level, on today's data (uploads included); null before the data. */
export function selectPairFinder(s: AppState): PairFinder | null {
  const vm = selectView(s);
  if (!s.base || !vm) return null;
  const today = composeToday(s.base, s.uploads).dataset;
  const parkstad = s.scope === PARKSTAD_SCOPE;
  const criteria = criteriaOf(s.pairCriteria, s.compensationAim, parkstad);
  const nplv: NplvExclusion = !criteria.excludePartnersInNplv ? 'off' : s.overlayData ? 'applied' : s.overlaysFailed ? 'failed' : 'pending';
  const codes = nplv === 'applied' ? nplvCodes(s.overlayData, today, s.level) : NO_CODES;
  return finder(today, s.scope, s.level, scopeBands(vm), criteria, s.weights, codes, nplv);
}
