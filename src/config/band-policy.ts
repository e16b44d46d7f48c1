/**
 * The band as policy: only Heerlen has adopted one (002 §2.2.1). Every number here is quoted from its document;
 * the rules that use them are in domain/band-reference.ts and domain/classify-area.ts.
 */
import type { AdoptedBand, BandPolicy } from '../domain/band-reference';
import type { PolicySource } from '../domain/policy-source';
import { DEFAULT_HALF_WIDTH } from './policy';
import { SEED } from './seeds';

const s221 = (quote: string): PolicySource => ({ seed: SEED.woonfundament, section: '§2.2.1', quote });

/** Heerlen's adopted band: 21–51, centre 36 by policy, a guideline for 2050 at wijk level. */
export const HEERLEN_BAND: AdoptedBand = {
  gemeenteCode: 'GM0917',
  lower: 21,
  upper: 51,
  centre: 36,
  halfWidth: 15,
  horizon: 2050,
  level: 'wijk',
  sources: [
    s221('In het balang van meer balans hanteren we van nu af aan een algemene volkshuisvestelijke bandbreedte op wijkniveau.'),
    s221(
      'Die houdt in dat we de programmering zo vormgeven, dat we met als stip aan de horizon in 2050 in alle wijken niet meer dan 15% van het gemiddelde aandeel corporatiebezit afwijken.',
    ),
    s221(
      'Inzettend op een stabiel aandeel corporatiebezit van (zoals nu) 36% betekent dit dat het aandeel corporatiebezit in Heerlense wijken in 2050 niet minder dan 21% kan bedragen, en niet meer dan 51%.',
    ),
    s221('Het moge duidelijk zijn dat deze richtlijn geen wet van Meden en Perzen is.'),
  ],
};

/** Adopted bands (Heerlen only), the derived band's half-width (15, as Heerlen's) and the band others may borrow. */
export const BAND_POLICY: BandPolicy = {
  adopted: [HEERLEN_BAND],
  derivedHalfWidth: DEFAULT_HALF_WIDTH,
  borrowable: HEERLEN_BAND.gemeenteCode,
};

/** Why no other gemeente has a band: Kerkrade's framework plans shrinkage of its social stock instead (003). */
export const NO_BAND_ELSEWHERE: PolicySource = {
  seed: SEED.kaderKerkrade,
  section: 'Transitie voorraad',
  quote:
    'Dat betekent een verantwoorde krimp van deze voorraad, met blijvende focus op een geleidelijke kwalitatieve transformatie van deze voorraad.',
};

/** Why tiny areas are not judged (002 §2.2.1); the threshold itself is `SMALL_AREA_DWELLINGS` in policy.ts. */
export const SMALL_AREA_SOURCE: PolicySource = s221(
  'In sommige wijken, zie de Beitel, zijn er bijvoorbeeld zo weinig woningen dat deze omwenteling mogelijk niet realistisch is.',
);
