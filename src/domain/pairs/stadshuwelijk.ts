/**
 * Candidates for a stadshuwelijk and a Parkstadshuwelijk, as the documents define them. 002 §4.3 (and 000):
 * "parallelle ontwikkelingstrajecten in twee of meer gebieden, waarvan er (minimaal) één gekenmerkt wordt door
 * bovengemiddelde leefbaarheidsstatistieken en een beneden gemiddeld aandeel van sociale huur in woningvoorraad,
 * en de andere vice versa"; within Heerlen thinning "in minder draagkrachtige delen van Heerlen-Noord" and adding
 * "in meer draagkrachtige delen van Heerlen-Zuid" (000); in Parkstad "verdunning van corporatiebezit in een
 * Heerlense wijk … gecompenseerd … door toevoeging in een wijk in een Parkstedelijke gemeente met een lager aandeel
 * sociale huur" (002 §4.3).
 */
import type { Area } from '../types';
import { absorbableToAim, routesToBand, type CompensationAim } from '../band-routes';
import { liveabilityChange } from '../summarize';
import { liveabilityReference, type Role } from './candidates';
import type {
  LiveabilityReferenceKind,
  MarriageCandidate,
  MarriageCandidateSet,
  MarriageContext,
  MarriageCriteria,
  MarriageExclusion,
  ParkstadCriteria,
} from './stadshuwelijk-types';

export type * from './stadshuwelijk-types';

export const isScattered = (name: string): boolean => /verspreide huizen/i.test(name);

/** The reference line: 0 for `national`, the dwelling-weighted mean `afw` of `areas` for `scope-mean` (null without data). */
export function liveabilityReferenceOf(areas: readonly Area[], kind: LiveabilityReferenceKind, year: number): number | null {
  return kind === 'national' ? 0 : liveabilityReference(areas, year);
}

type Screened =
  | { ok: true; c: Omit<MarriageCandidate, 'role' | 'shareGap' | 'afwGap' | 'excess' | 'capacity'> }
  | { ok: false; reason: MarriageExclusion };

function screen(a: Area, ctx: MarriageContext, criteria: MarriageCriteria, reference: number | null): Screened {
  const pct = a.stock?.corporationPct ?? null;
  const dwellings = a.stock?.dwellings ?? null;
  const average = ctx.averages.get(a.gemeenteCode) ?? null;
  const afw = a.liveability[criteria.year]?.afw ?? null;
  if (pct === null || dwellings === null || average === null) return { ok: false, reason: 'no-data' };
  if (criteria.excludeScattered && isScattered(a.name)) return { ok: false, reason: 'scattered' };
  if (dwellings < criteria.minDwellings) return { ok: false, reason: 'small' };
  if (afw === null || reference === null) return { ok: false, reason: 'no-liveability' };
  if (!a.labelPoint) return { ok: false, reason: 'no-location' };
  const c = {
    code: a.code,
    name: a.name,
    gemeenteCode: a.gemeenteCode,
    pct,
    gemeenteAverage: average,
    dwellings,
    afw,
    afwChange: liveabilityChange(a, 2020, criteria.year),
    point: a.labelPoint,
    privateRentPct: a.stock?.otherLandlordPct ?? null,
    band: ctx.bandOf(a),
    inNplv: ctx.nplvWijken.has(a.code),
  };
  return { ok: true, c };
}

/** Role by the literal rule: share strictly above the gemeente average and `afw` strictly below the reference, or the reverse. */
function roleOf(pct: number, average: number, afw: number, reference: number): Role | null {
  if (pct > average && afw < reference) return 'vulnerable';
  if (pct < average && afw > reference) return 'strong';
  return null;
}

function complete(c: Extract<Screened, { ok: true }>['c'], role: Role, reference: number, aim: CompensationAim): MarriageCandidate {
  if (role === 'vulnerable') {
    const routes = c.band ? routesToBand(c.dwellings, c.pct, c.band) : null;
    const sale = routes?.direction === 'reduce' ? (routes.routes.find((r) => r.route === 'sale')?.dwellings ?? 0) : 0;
    return { ...c, role, shareGap: c.pct - c.gemeenteAverage, afwGap: reference - c.afw, excess: sale, capacity: 0 };
  }
  const capacity = c.band ? absorbableToAim(c.dwellings, c.pct, c.band, aim, 'corporation-build') : 0;
  return { ...c, role, shareGap: c.gemeenteAverage - c.pct, afwGap: c.afw - reference, excess: 0, capacity };
}

/**
 * Stadshuwelijk candidates, literally: vulnerable = corporation share strictly above its own gemeente's average and
 * `afw` strictly below the reference; strong = the reverse. On the average or on the reference: neither. The
 * reference is `national` (`afw` 0) by default or the areas' dwelling-weighted mean; the set says which is active.
 * Strong areas inside NPLV Heerlen-Noord are left out when `excludePartnersInNplv` (adding corporation stock there
 * contradicts "toevoeging … in meer draagkrachtige delen van Heerlen-Zuid"). Screening order, first reason wins:
 * no share, dwellings or gemeente average → `no-data`; "Verspreide huizen" (when excluded) → `scattered`; fewer than
 * `minDwellings` → `small`; no `afw` → `no-liveability`; no label point → `no-location`.
 */
export function findStadshuwelijkCandidates(
  areas: readonly Area[],
  ctx: MarriageContext,
  criteria: MarriageCriteria,
): MarriageCandidateSet {
  return sortCandidates('stadshuwelijk', areas, ctx, criteria, (c, role) =>
    role === 'strong' && criteria.excludePartnersInNplv && c.inNplv ? 'nplv-partner' : role,
  );
}

/**
 * Parkstadshuwelijk candidates: vulnerable wijken only in the anchor gemeente (Heerlen), by the same literal rule;
 * strong partners only in other gemeenten whose CBS share is lower than the anchor's ("een Parkstedelijke gemeente
 * met een lager aandeel sociale huur"; otherwise `gemeente-not-lower`), strong against their own gemeente's average.
 * A partner's share is then below its gemeente's, below Heerlen's and below the anchor wijk's: every reading of
 * "lower" holds. The reference (national or the mean over all `areas`) and the screening are as for the
 * stadshuwelijk; defaults leave out "Verspreide huizen" and areas under 500 dwellings (config/pair-policy.ts).
 */
export function findParkstadshuwelijkCandidates(
  areas: readonly Area[],
  ctx: MarriageContext,
  criteria: ParkstadCriteria,
): MarriageCandidateSet {
  const anchorAverage = ctx.averages.get(criteria.anchorGemeente) ?? null;
  return sortCandidates('parkstadshuwelijk', areas, ctx, criteria, (c, role, area) => {
    const anchor = area.gemeenteCode === criteria.anchorGemeente;
    if (role === 'vulnerable') return anchor ? role : null;
    if (anchor) return null;
    if (anchorAverage === null || !(c.gemeenteAverage < anchorAverage)) return 'gemeente-not-lower';
    return criteria.excludePartnersInNplv && c.inNplv ? 'nplv-partner' : role;
  });
}

/**
 * Screen every area and give each screened one its role (vulnerable or strong, by the literal rule); `place` then
 * keeps the role, drops the area (null) or excludes it with a reason.
 */
function sortCandidates(
  kind: MarriageCandidateSet['kind'],
  areas: readonly Area[],
  ctx: MarriageContext,
  criteria: MarriageCriteria,
  place: (c: Extract<Screened, { ok: true }>['c'], role: Role, area: Area) => Role | MarriageExclusion | null,
): MarriageCandidateSet {
  const value = liveabilityReferenceOf(areas, criteria.reference, criteria.year);
  const out: MarriageCandidateSet = { kind, reference: { kind: criteria.reference, value }, vulnerable: [], strong: [], excluded: [] };
  for (const a of areas) {
    const s = screen(a, ctx, criteria, value);
    if (!s.ok) {
      out.excluded.push({ code: a.code, reason: s.reason });
      continue;
    }
    const role = roleOf(s.c.pct, s.c.gemeenteAverage, s.c.afw, value as number);
    const to = role && place(s.c, role, a);
    if (to === 'vulnerable' || to === 'strong') out[to].push(complete(s.c, to, value as number, criteria.aim));
    else if (to) out.excluded.push({ code: a.code, reason: to });
  }
  return out;
}
