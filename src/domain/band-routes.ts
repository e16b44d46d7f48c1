/**
 * Dwellings to the band by each route the policies name. An above-band wijk comes down by sale (000, 001),
 * by demolition (004: "slopen, om vervolgens meer woningen terug te kunnen bouwen") or by market new build
 * (002 §1: "een focus op het toevoegen van woningen in het midden en hoge segment"); a below-band wijk comes up
 * by corporation new build or by inponden (000: "We verwachten dat corporaties de komende jaren meer dan in het
 * verleden gaan inponden"). Every count is exact on the published figures and rounded up, so the target is
 * actually reached (the overshoot is less than one dwelling).
 */
import { classify, type Band } from './band';

/** sale (constant stock), demolition (corporation dwellings, stock shrinks), market-build (koop or private rent, stock grows),
 * corporation-build (stock grows), inponden (purchase from private owners, constant stock). */
export type RouteKind = 'sale' | 'demolition' | 'market-build' | 'corporation-build' | 'inponden';

export interface Route {
  route: RouteKind;
  /** Dwellings the route needs, rounded up; Infinity when the target cannot be reached this way. */
  dwellings: number;
  /** False when the area has too few dwellings of the kind the route uses (sale, demolition, inponden) or it is endless. */
  feasible: boolean;
}

export interface RoutesToBand {
  direction: 'reduce' | 'increase' | 'none';
  /** The share aimed at (an edge or the centre); null when within the band. */
  targetPct: number | null;
  routes: Route[];
}

/** `edge`: the nearest band edge (the least that brings the wijk within); `centre`: the band's centre. */
export type RouteAim = 'edge' | 'centre';
/** What compensation and absorbable capacity aim at: the lower edge (the least) or the centre. Never the upper edge. */
export type CompensationAim = 'lower' | 'centre';

const up = (x: number) => (x > 1e-9 ? Math.ceil(x - 1e-9) : 0);

/**
 * Dwellings one route needs to bring `corporation` of `total` dwellings to `targetPct` (0–100), rounded up:
 * sale N = C − sT; demolition (C − N)/(T − N) = s → N = (C − sT)/(1 − s); market build C/(T + N) = s → N = C/s − T;
 * corporation build (C + N)/(T + N) = s → N = (sT − C)/(1 − s); inponden N = sT − C. 0 when the route's direction
 * is already met; Infinity when it cannot reach the target (market build to 0 %, corporation build to 100 %).
 * Welten-Benzenrade, 2,096 at 6 % to 21 %: corporation build 314.4 / 0.79 = 397.97 → 398; inponden 314.4 → 315.
 */
export function dwellingsToShare(route: RouteKind, total: number, corporation: number, targetPct: number): number {
  const s = targetPct / 100;
  switch (route) {
    case 'sale':
      return up(corporation - s * total);
    case 'demolition':
      return s >= 1 ? 0 : up((corporation - s * total) / (1 - s));
    case 'market-build':
      return s <= 0 ? (corporation > 0 ? Infinity : 0) : up(corporation / s - total);
    case 'corporation-build':
      return s >= 1 ? (corporation < total ? Infinity : 0) : up((s * total - corporation) / (1 - s));
    case 'inponden':
      return up(s * total - corporation);
  }
}

/** The band's centre: its `centre` when it carries one, else the middle of the edges. */
export const bandCentre = (band: Band & { centre?: number }): number => band.centre ?? (band.lower + band.upper) / 2;

/**
 * The routes for an area of `dwellings` at `pct` %: above the band sale, demolition and market build towards the
 * upper edge (or the centre); below it corporation build and inponden towards the lower edge (or the centre);
 * within it no routes. A value exactly on an edge is within. `privateDwellings` (koop + overige huur) limits
 * inponden; when not given, all non-corporation dwellings count. Null when a figure is missing.
 * Heerlerbaan-Centrum, 2,301 at 78 % to 51 %: sale 621.27 → 622; demolition 621.27 / 0.49 → 1,268; market build 1,794.78 / 0.51 − 2,301 → 1,219.
 */
export function routesToBand(
  dwellings: number | null,
  pct: number | null,
  band: Band & { centre?: number },
  aim: RouteAim = 'edge',
  privateDwellings?: number,
): RoutesToBand | null {
  if (dwellings === null || pct === null || !Number.isFinite(pct) || !Number.isFinite(dwellings)) return null;
  const cls = classify(pct, band);
  if (cls === 'within' || cls === 'nodata') return { direction: 'none', targetPct: null, routes: [] };
  const corporation = (dwellings * pct) / 100;
  const target = aim === 'centre' ? bandCentre(band) : cls === 'above' ? band.upper : band.lower;
  const route = (kind: RouteKind, limit: number): Route => {
    const n = dwellingsToShare(kind, dwellings, corporation, target);
    return { route: kind, dwellings: n, feasible: Number.isFinite(n) && n <= limit + 1e-9 };
  };
  if (cls === 'above') {
    return {
      direction: 'reduce',
      targetPct: target,
      routes: [route('sale', corporation), route('demolition', corporation), route('market-build', Infinity)],
    };
  }
  return {
    direction: 'increase',
    targetPct: target,
    routes: [route('corporation-build', Infinity), route('inponden', privateDwellings ?? dwellings - corporation)],
  };
}

/** The share a compensation aims at: the band's lower edge or its centre. */
export function aimShare(band: Band & { centre?: number }, aim: CompensationAim): number {
  return aim === 'centre' ? bandCentre(band) : band.lower;
}

/**
 * New corporation dwellings an area can absorb, by corporation build or inponden, until its share reaches the aim
 * (lower edge or centre, never the upper edge): the same rounded-up count as the route, 0 when the area is already
 * at or above the aim. Welten-Benzenrade with Heerlen's band: lower edge 398 built or 315 bought; centre 36 %:
 * (754.56 − 125.76) / 0.64 = 982.5 → 983 built, 628.8 → 629 bought.
 */
export function absorbableToAim(
  dwellings: number,
  pct: number,
  band: Band & { centre?: number },
  aim: CompensationAim,
  kind: 'corporation-build' | 'inponden',
): number {
  return dwellingsToShare(kind, dwellings, (dwellings * pct) / 100, aimShare(band, aim));
}
