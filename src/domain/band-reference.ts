/**
 * Which band judges a wijk, and where that band comes from (002 §2.2.1). Only Heerlen has adopted a band:
 * "Inzettend op een stabiel aandeel corporatiebezit van (zoals nu) 36% betekent dit dat het aandeel
 * corporatiebezit in Heerlense wijken in 2050 niet minder dan 21% kan bedragen, en niet meer dan 51%."
 * Every other gemeente (and Parkstad as a whole) has no adopted band; its default is a derived band, its own
 * average ± 15, labelled as such. The labels are stable ids: the interface translates them.
 */
import { bandFromCentre, type Band } from './band';
import type { PolicySource } from './policy-source';
import type { StockRow } from './types';

/** adopted: the gemeente's own policy; derived: own average ± half-width; heerlen: Heerlen's band borrowed; custom: the user's. */
export type BandKind = 'adopted' | 'derived' | 'heerlen' | 'custom';

/** Stable label ids, one per kind (nl: "richtlijn voor 2050, op wijkniveau", "afgeleide band: eigen gemiddelde ± 15 (geen vastgesteld beleid)", …). */
export const BAND_LABELS = {
  adopted: 'band.adopted-guideline-2050-wijk',
  derived: 'band.derived-own-average',
  heerlen: 'band.heerlen-borrowed',
  custom: 'band.custom-target',
} as const satisfies Record<BandKind, string>;
export type BandLabel = (typeof BAND_LABELS)[BandKind];

/** A band a gemeente has adopted as policy: numbers as the document prints them, with the passages that set them. */
export interface AdoptedBand {
  gemeenteCode: string;
  lower: number;
  upper: number;
  /** The centre by policy ("stabiel aandeel … van (zoals nu) 36%"): it does not move with a new CBS year. */
  centre: number;
  halfWidth: number;
  /** The year the band is a guideline for ("stip aan de horizon in 2050"). */
  horizon: number;
  /** The level it is set for ("bandbreedte op wijkniveau"). */
  level: 'wijk';
  sources: readonly PolicySource[];
}

/** The policy data the band rules need (config/band-policy.ts holds the real values). */
export interface BandPolicy {
  adopted: readonly AdoptedBand[];
  /** Half-width of a derived band: 15, the width of the one adopted band. */
  derivedHalfWidth: number;
  /** The gemeente whose adopted band others may borrow: Heerlen (GM0917). */
  borrowable: string;
}

/** What the user chose; `default` is the adopted band where one exists, else the derived band. */
export type BandChoice =
  { kind: 'default' } | { kind: 'own-average' } | { kind: 'heerlen' } | { kind: 'custom'; centre: number; halfWidth: number };

export interface BandReference extends Band {
  kind: BandKind;
  label: BandLabel;
  centre: number;
  halfWidth: number;
  /** The gemeente whose wijken this band judges. */
  gemeenteCode: string;
  /** policy: an adopted centre (adopted, heerlen); own-average: the gemeente's CBS figure; user: custom. */
  centreBasis: 'policy' | 'own-average' | 'user';
  /** Level the band is meant for: always `wijk` (buurten are shown for insight, not judged). */
  level: 'wijk';
  /** The passages behind an adopted band (also when borrowed); empty for derived and custom bands. */
  sources: readonly PolicySource[];
}

const fromAdopted = (a: AdoptedBand, gemeenteCode: string): BandReference => {
  const kind: BandKind = a.gemeenteCode === gemeenteCode ? 'adopted' : 'heerlen';
  return {
    kind,
    label: BAND_LABELS[kind],
    lower: a.lower,
    upper: a.upper,
    centre: a.centre,
    halfWidth: a.halfWidth,
    gemeenteCode,
    centreBasis: 'policy',
    level: 'wijk',
    sources: a.sources,
  };
};

const around = (kind: 'derived' | 'custom', gemeenteCode: string, centre: number, halfWidth: number): BandReference => ({
  kind,
  label: BAND_LABELS[kind],
  ...bandFromCentre(centre, halfWidth),
  centre,
  halfWidth,
  gemeenteCode,
  centreBasis: kind === 'derived' ? 'own-average' : 'user',
  level: 'wijk',
  sources: [],
});

/**
 * The band that judges the wijken of one gemeente under the user's choice.
 * - `default`: the gemeente's adopted band (Heerlen: 21–51, centre 36 by policy, whatever a new CBS year says),
 *   otherwise the derived band `average ± derivedHalfWidth` (kind `derived`, "geen vastgesteld beleid").
 * - `own-average`: the derived band, also for Heerlen (then from its CBS figure, today also 36).
 * - `heerlen`: Heerlen's adopted band; for Heerlen itself that is kind `adopted`, for others kind `heerlen`.
 * - `custom`: the user's centre ± half-width, clamped to 0–100.
 * The derived centre is the CBS gemeente figure rounded to 0.1. Null when the needed number is missing or not
 * finite (no CBS average, no adopted band to borrow, a negative half-width): such a gemeente is not judged.
 */
export function resolveBand(gemeenteCode: string, choice: BandChoice, average: number | null, policy: BandPolicy): BandReference | null {
  const adoptedOf = (code: string) => policy.adopted.find((a) => a.gemeenteCode === code) ?? null;
  const derived = () =>
    average === null || !Number.isFinite(average)
      ? null
      : around('derived', gemeenteCode, Math.round(average * 10) / 10, policy.derivedHalfWidth);
  switch (choice.kind) {
    case 'default': {
      const own = adoptedOf(gemeenteCode);
      return own ? fromAdopted(own, gemeenteCode) : derived();
    }
    case 'own-average':
      return derived();
    case 'heerlen': {
      const borrowed = adoptedOf(policy.borrowable);
      return borrowed ? fromAdopted(borrowed, gemeenteCode) : null;
    }
    case 'custom': {
      const ok = Number.isFinite(choice.centre) && Number.isFinite(choice.halfWidth) && choice.halfWidth >= 0;
      return ok ? around('custom', gemeenteCode, choice.centre, choice.halfWidth) : null;
    }
  }
}

/** The CBS corporation share of each gemeente row (the "own average" of a derived band), by gemeente code. */
export function gemeenteAverages(gemeenteRows: ReadonlyMap<string, Pick<StockRow, 'corporationPct'>>): ReadonlyMap<string, number | null> {
  return new Map([...gemeenteRows].map(([code, row]) => [code, row.corporationPct] as const));
}

/**
 * One band per gemeente of a scope. In the Parkstad scope every wijk is judged against its own gemeente's band
 * (Heerlen's adopted band for Heerlen wijken, each other gemeente's derived band), never a pooled Parkstad band.
 */
export function bandsByGemeente(
  gemeenteCodes: readonly string[],
  choice: BandChoice,
  averages: ReadonlyMap<string, number | null>,
  policy: BandPolicy,
): ReadonlyMap<string, BandReference | null> {
  return new Map(gemeenteCodes.map((code) => [code, resolveBand(code, choice, averages.get(code) ?? null, policy)] as const));
}

/** The band that judges an area: its own gemeente's; null when that gemeente has none (the area is then not judged). */
export function bandForArea(area: { gemeenteCode: string }, bands: ReadonlyMap<string, BandReference | null>): BandReference | null {
  return bands.get(area.gemeenteCode) ?? null;
}
