/** Types of the stadshuwelijk finder (stadshuwelijk.ts): criteria, candidates and the context they are judged in. */
import type { Area } from '../types';
import type { Band } from '../band';
import type { CompensationAim } from '../band-routes';
import type { Exclusion, Role } from './candidates';

/** A band as the finder needs it: edges and, when known, the centre (a `BandReference` is one). */
export type CandidateBand = Band & { centre?: number };

/** `national`: the Leefbaarometer's own reference (`afw` 0, the Dutch average); `scope-mean`: the areas' dwelling-weighted mean `afw`. */
export type LiveabilityReferenceKind = 'national' | 'scope-mean';
export type MarriageKind = 'stadshuwelijk' | 'parkstadshuwelijk';

export interface MarriageCriteria {
  /** Leefbaarometer year. */
  year: number;
  reference: LiveabilityReferenceKind;
  /** Areas with fewer dwellings are left out (stadshuwelijk: 100, the small-area rule; Parkstadshuwelijk: 500). */
  minDwellings: number;
  /** Leave out areas whose name says "Verspreide huizen" (scattered rural houses, no wijk to build in). */
  excludeScattered: boolean;
  /** Leave out strong partners inside `MarriageContext.nplvWijken` (NPLV Heerlen-Noord): no corporation stock added there. */
  excludePartnersInNplv: boolean;
  /** What a strong partner's capacity aims at: its band's lower edge or centre. */
  aim: CompensationAim;
}

export interface ParkstadCriteria extends MarriageCriteria {
  /** The gemeente whose wijken anchor a Parkstadshuwelijk: Heerlen, GM0917. */
  anchorGemeente: string;
}

/** Beyond the old reasons: scattered houses, a strong partner inside NPLV, a partner gemeente whose share is not lower. */
export type MarriageExclusion = Exclusion | 'scattered' | 'nplv-partner' | 'gemeente-not-lower';

export interface MarriageCandidate {
  code: string;
  name: string;
  gemeenteCode: string;
  role: Role;
  pct: number;
  /** The CBS share of the area's own gemeente. */
  gemeenteAverage: number;
  /** Points between the share and the gemeente average on the role's side (> 0). */
  shareGap: number;
  dwellings: number;
  afw: number;
  /** Distance of `afw` from the liveability reference on the role's side (> 0). */
  afwGap: number;
  afwChange: number | null;
  point: [number, number];
  /** Share of "overige verhuurders", the second indicator, or null. */
  privateRentPct: number | null;
  /** The band that judges the area (its gemeente's, `bandForArea`); null: not judged. */
  band: CandidateBand | null;
  /** Vulnerable: corporation dwellings to sell to reach the band's upper edge (0 within); strong: 0. */
  excess: number;
  /** Strong: new corporation dwellings to bring it to the aim (lower edge or centre); vulnerable: 0. */
  capacity: number;
  inNplv: boolean;
}

export interface MarriageCandidateSet {
  kind: MarriageKind;
  /** The liveability reference in force: which one, and its value (national: 0). */
  reference: { kind: LiveabilityReferenceKind; value: number | null };
  vulnerable: MarriageCandidate[];
  strong: MarriageCandidate[];
  excluded: { code: string; reason: MarriageExclusion }[];
}

export interface MarriageContext {
  /** CBS corporation share per gemeente code (`gemeenteAverages`). */
  averages: ReadonlyMap<string, number | null>;
  /** The band that judges each area (`bandForArea`). */
  bandOf: (area: Area) => CandidateBand | null;
  /** NPLV Heerlen-Noord wijk codes (geodata/nplv.geojson, `rol: 'nplv-wijk'`). */
  nplvWijken: ReadonlySet<string>;
}
