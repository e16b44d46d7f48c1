/**
 * Areas and their bands (pure, memoised): the band of each gemeente under the user's choice, and an area with its
 * band, class and colour step on both indicators — the one place an area is classified. The view model, the plan
 * and the exports all use it.
 */
import type { Dataset } from '../domain/dataset';
import type { Area } from '../domain/types';
import { bandForArea, bandsByGemeente, gemeenteAverages, type BandChoice, type BandReference } from '../domain/band-reference';
import { areaStep, classifyArea, type AreaClass, type AreaStep } from '../domain/classify-area';
import { privateRentClass, type PrivateRentClass } from '../domain/private-rent';
import { displayName } from '../domain/search';
import { SMALL_AREA_DWELLINGS, scopeGemeenten, type Scope } from '../config/policy';
import { BAND_POLICY } from '../config/band-policy';
import { PRIVATE_RENT_BREAKS } from '../config/private-rent';
import { memoLast } from './memo';

export interface AreaView {
  area: Area;
  code: string;
  /** Display name (without the "Wijk 40" prefix). */
  name: string;
  /** Corporation share (ownership), 0–100, or null (no CBS figure). */
  pct: number | null;
  /** The share was computed by the app (scenario, programme year), not published: shown with one decimal. */
  computed: boolean;
  /** The band that judges this area: its own gemeente's (null when that gemeente has none). */
  band: BandReference | null;
  /** Class against its band; `small` below the minimum of dwellings (not judged). */
  cls: AreaClass;
  step: AreaStep;
  /** Share of overige verhuurders (private landlords) and its class on the second indicator's scale. */
  privatePct: number | null;
  privateCls: PrivateRentClass;
}

/**
 * The band of each gemeente of the scope under the user's choice (002 §2.2.1: only Heerlen has adopted one;
 * others get a derived band, labelled as such). The centre of an adopted band is the policy's, not the CBS year's.
 */
export const bandsOf = memoLast((today: Dataset, scope: Scope, choice: BandChoice) =>
  bandsByGemeente(scopeGemeenten(scope), choice, gemeenteAverages(today.gemeenteRows), BAND_POLICY),
);

/** The band every area of the scope shares, or null when the gemeenten's bands differ. */
export function commonBand(bands: ReadonlyMap<string, BandReference | null>): BandReference | null {
  const list = [...bands.values()];
  const first = list[0] ?? null;
  return first && list.every((b) => b !== null && b.lower === first.lower && b.upper === first.upper) ? first : null;
}

/** The band of one gemeente (Heerlen's adopted 21–51 by default). */
export const gemeenteBand = (today: Dataset, gemeente: string, choice: BandChoice): BandReference | null =>
  bandsOf(today, gemeente, choice).get(gemeente) ?? null;

/** An area with its band, class and colour step on both indicators: the one place an area is classified. */
export function viewOfArea(area: Area, bands: ReadonlyMap<string, BandReference | null>): AreaView {
  const pct = area.stock?.corporationPct ?? null;
  const dwellings = area.stock?.dwellings ?? null;
  const band = bandForArea(area, bands);
  const privatePct = area.stock?.otherLandlordPct ?? null;
  return {
    area,
    code: area.code,
    name: displayName(area.name),
    pct,
    computed: area.stock?.computed === true,
    band,
    cls: classifyArea(pct, dwellings, band, SMALL_AREA_DWELLINGS),
    step: areaStep(pct, dwellings, band, SMALL_AREA_DWELLINGS),
    privatePct,
    privateCls: privateRentClass(privatePct, dwellings, PRIVATE_RENT_BREAKS, SMALL_AREA_DWELLINGS),
  };
}
