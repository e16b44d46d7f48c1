/**
 * Classification of an area against its band, with a class for areas too small to judge. 002 §2.2.1 itself
 * names the case: "In sommige wijken, zie de Beitel, zijn er bijvoorbeeld zo weinig woningen dat deze
 * omwenteling mogelijk niet realistisch is." `classify` (band.ts) stays as it was; this adds `small`.
 */
import { bandStep, classify, type Band, type BandClass, type BandStep } from './band';
import type { Area, Level } from './types';

/** `small`: fewer dwellings than the minimum ("te weinig woningen"), drawn neutral and never judged. */
export type AreaClass = BandClass | 'small';
export type AreaStep = BandStep | 'small';

export interface AreaVerdict {
  cls: AreaClass;
  step: AreaStep;
}

/**
 * Band class of an area with the size rule. Order of the rules:
 * 1. no share (null or not finite) → `nodata`, even for a tiny area: with no figure at all, "geen gegevens" is the
 *    truer statement (no figure beats small);
 * 2. no band for its gemeente (`band` null) → `nodata`: there is nothing to judge against;
 * 3. a known dwelling count below `minDwellings` → `small` (99 of 100 is small, 100 is judged);
 * 4. otherwise `classify`: edges inclusive, exactly 21 or 51 is within 21–51.
 * An unknown dwelling count (null) with a known share is judged: the size rule needs a count to apply.
 */
export function classifyArea(pct: number | null, dwellings: number | null, band: Band | null, minDwellings: number): AreaClass {
  if (pct === null || !Number.isFinite(pct) || band === null) return 'nodata';
  if (dwellings !== null && dwellings < minDwellings) return 'small';
  return classify(pct, band);
}

/** Colour step with the same rules: `small` and `nodata` as in `classifyArea`, otherwise `bandStep`. */
export function areaStep(pct: number | null, dwellings: number | null, band: Band | null, minDwellings: number): AreaStep {
  const cls = classifyArea(pct, dwellings, band, minDwellings);
  if (cls === 'small' || cls === 'nodata') return cls;
  return band ? bandStep(pct, band) : 'nodata';
}

/**
 * Class and step per area code, each area against the band `bandOf` gives it (its own gemeente's band in the
 * Parkstad scope, see `bandForArea`).
 */
export function classifyAreasByBand(
  areas: readonly Area[],
  bandOf: (area: Area) => Band | null,
  minDwellings: number,
): ReadonlyMap<string, AreaVerdict> {
  const out = new Map<string, AreaVerdict>();
  for (const a of areas) {
    const pct = a.stock?.corporationPct ?? null;
    const dwellings = a.stock?.dwellings ?? null;
    const band = bandOf(a);
    out.set(a.code, { cls: classifyArea(pct, dwellings, band, minDwellings), step: areaStep(pct, dwellings, band, minDwellings) });
  }
  return out;
}

/** The level the band is set for: 002 §2.2.1 "een algemene volkshuisvestelijke bandbreedte op wijkniveau". */
export const BAND_LEVEL: Level = 'wijk';

/**
 * Whether a class at this level is a verdict (`verdict`, wijk level) or shown for insight only (`insight`: buurten,
 * and gemeenten): the band is a wijk-level guideline, so the interface says "buurten ter inzicht, geen oordeel".
 */
export function bandRole(level: Level): 'verdict' | 'insight' {
  return level === BAND_LEVEL ? 'verdict' : 'insight';
}
