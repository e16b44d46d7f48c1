/**
 * Candidates for a (Park)stadshuwelijk (000 leefbaarheid, 001 afspraak 15, 002 §4.3): "vulnerable" areas
 * with a high corporation share and below-reference liveability, and "strong" areas the other way round.
 */
import type { Area } from '../types';
import { distanceToBand, dwellingsToBand, type Band } from '../band';
import { liveabilityChange } from '../summarize';

export interface PairCriteria {
  /** Vulnerable: above the band, or at least this many points above the band centre ("well above average"). */
  vulnerableMargin: number;
  /** Strong: below the band, or more than this many points below the centre (0: any below-average share). */
  strongMargin: number;
  /** Areas with fewer dwellings are left out: their percentages swing on a handful of homes (002 names De Beitel). */
  minDwellings: number;
  /** Leefbaarometer year used for `afw`. */
  year: number;
}

export const DEFAULT_CRITERIA: PairCriteria = { vulnerableMargin: 5, strongMargin: 0, minDwellings: 100, year: 2024 };

export type Role = 'vulnerable' | 'strong';
export type Exclusion = 'no-data' | 'small' | 'no-liveability' | 'no-location';

export interface Candidate {
  code: string;
  name: string;
  gemeenteCode: string;
  role: Role;
  pct: number;
  dwellings: number;
  /** Leefbaarometer deviation (`afw`) in the criteria year. */
  afw: number;
  /** `afw` change 2020 → criteria year, or null. */
  afwChange: number | null;
  point: [number, number];
  /** Points outside the band on the role's side (vulnerable: above the upper edge; strong: below the lower), ≥ 0. */
  gap: number;
  /** Vulnerable: corporation dwellings to lose (constant stock) to reach the upper edge; strong: 0. */
  excess: number;
  /** Strong: new corporation dwellings it can take before passing the upper edge; vulnerable: 0. */
  absorbable: number;
}

export interface CandidateSet {
  /** The liveability reference line: the scope's dwelling-weighted mean `afw`; null without data. */
  reference: number | null;
  vulnerable: Candidate[];
  strong: Candidate[];
  excluded: { code: string; reason: Exclusion }[];
}

/** Dwelling-weighted mean `afw` of the areas that have both figures; null when none has. */
export function liveabilityReference(areas: readonly Area[], year: number): number | null {
  let num = 0,
    den = 0;
  for (const a of areas) {
    const afw = a.liveability[year]?.afw;
    const d = a.stock?.dwellings;
    if (afw == null || d == null) continue;
    num += afw * d;
    den += d;
  }
  return den > 0 ? num / den : null;
}

/**
 * New corporation dwellings an area can take (total grows with them) while staying at or under `upperPct`:
 * the largest whole N with (C + N) / (T + N) ≤ u, i.e. N = ⌊(uT − C) / (1 − u)⌋; 0 when already at or above.
 * Welten-Benzenrade, 2,096 dwellings at 6 %, upper edge 51 → ⌊(1,068.96 − 125.76) / 0.49⌋ = 1,924.
 */
export function absorbableDwellings(dwellings: number, pct: number, upperPct: number): number {
  const u = upperPct / 100;
  if (u >= 1) return Infinity;
  const n = (u * dwellings - (pct / 100) * dwellings) / (1 - u);
  return n > 0 ? Math.floor(n + 1e-9) : 0;
}

/**
 * Sort areas into vulnerable and strong candidates. Vulnerable: (share > upper edge, or share − centre ≥
 * `vulnerableMargin`) and `afw` < reference. Strong: (share < lower edge, or centre − share > `strongMargin`)
 * and `afw` > reference. An area exactly on the reference is neither. Areas without share, dwellings,
 * liveability or location, or with fewer than `minDwellings`, are listed in `excluded` with the reason.
 */
export function findCandidates(
  areas: readonly Area[],
  band: Band & { centre: number },
  criteria: PairCriteria = DEFAULT_CRITERIA,
): CandidateSet {
  const reference = liveabilityReference(areas, criteria.year);
  const out: CandidateSet = { reference, vulnerable: [], strong: [], excluded: [] };
  for (const a of areas) {
    const pct = a.stock?.corporationPct ?? null;
    const dwellings = a.stock?.dwellings ?? null;
    const afw = a.liveability[criteria.year]?.afw ?? null;
    if (pct === null || dwellings === null) {
      out.excluded.push({ code: a.code, reason: 'no-data' });
      continue;
    }
    if (dwellings < criteria.minDwellings) {
      out.excluded.push({ code: a.code, reason: 'small' });
      continue;
    }
    if (afw === null || reference === null) {
      out.excluded.push({ code: a.code, reason: 'no-liveability' });
      continue;
    }
    if (!a.labelPoint) {
      out.excluded.push({ code: a.code, reason: 'no-location' });
      continue;
    }
    const d = distanceToBand(pct, band);
    const high = pct > band.upper || pct - band.centre >= criteria.vulnerableMargin;
    const low = pct < band.lower || band.centre - pct > criteria.strongMargin;
    const base = {
      code: a.code,
      name: a.name,
      gemeenteCode: a.gemeenteCode,
      pct,
      dwellings,
      afw,
      afwChange: liveabilityChange(a, 2020, criteria.year),
      point: a.labelPoint,
    };
    if (high && afw < reference) {
      const toBand = dwellingsToBand(dwellings, pct, band);
      out.vulnerable.push({
        ...base,
        role: 'vulnerable',
        gap: Math.max(0, d),
        excess: toBand?.direction === 'remove' ? toBand.dwellings : 0,
        absorbable: 0,
      });
    } else if (low && afw > reference) {
      out.strong.push({
        ...base,
        role: 'strong',
        gap: Math.max(0, -d),
        excess: 0,
        absorbable: absorbableDwellings(dwellings, pct, band.upper),
      });
    }
  }
  return out;
}
