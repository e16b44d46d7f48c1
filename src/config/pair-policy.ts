/**
 * Defaults of the stadshuwelijk and Parkstadshuwelijk finder (domain/pairs/stadshuwelijk.ts) and the passages
 * that define them. Sizes and weights that no document sets are tool settings, marked as such.
 */
import type { MarriageCriteria, ParkstadCriteria } from '../domain/pairs/stadshuwelijk';
import type { MarriageWeights } from '../domain/pairs/stadshuwelijk-rank';
import type { CompensationAim } from '../domain/band-routes';
import type { PolicySource } from '../domain/policy-source';
import { LIVEABILITY_LATEST, SMALL_AREA_DWELLINGS } from './policy';
import { SEED } from './seeds';

/** Compensation and absorbable capacity aim at the band's lower edge by default (the least that brings a wijk within). */
export const DEFAULT_COMPENSATION_AIM: CompensationAim = 'lower';

/** Stadshuwelijk: national liveability reference, the small-area rule, NPLV Heerlen-Noord closed to additions. */
export const STADSHUWELIJK_CRITERIA: MarriageCriteria = {
  year: LIVEABILITY_LATEST,
  reference: 'national',
  minDwellings: SMALL_AREA_DWELLINGS,
  excludeScattered: true,
  excludePartnersInNplv: true,
  aim: DEFAULT_COMPENSATION_AIM,
};

/** Tool setting, adjustable: a Parkstadshuwelijk partner must be a wijk that can take a project (≥ 500 dwellings). */
export const PARKSTAD_MIN_DWELLINGS = 500;

/** Parkstadshuwelijk: anchored on a Heerlen wijk, no scattered houses, partners of at least 500 dwellings. */
export const PARKSTADSHUWELIJK_CRITERIA: ParkstadCriteria = {
  ...STADSHUWELIJK_CRITERIA,
  minDwellings: PARKSTAD_MIN_DWELLINGS,
  anchorGemeente: 'GM0917',
};

/** The ranking's default weights: the three terms of the definition 1, capacity ½, distance 0 (no document asks for proximity). */
export const MARRIAGE_WEIGHTS: MarriageWeights = { shareVulnerable: 1, shareStrong: 1, liveability: 1, capacity: 0.5, distance: 0 };

export const STADSHUWELIJK_SOURCES: readonly PolicySource[] = [
  {
    seed: SEED.woonfundament,
    section: '§4.3',
    quote:
      'parallelle ontwikkelingstrajecten in twee of meer gebieden, waarvan er (minimaal) één gekenmerkt wordt door bovengemiddelde leefbaarheidsstatistieken en een beneden gemiddeld aandeel van sociale huur in woningvoorraad, en de andere vice versa.',
  },
  {
    seed: SEED.prestatieafsprakenHeerlen,
    section: 'leefbaarheid',
    quote:
      'Binnen Heerlen bijvoorbeeld door het aandeel corporatiebezit te verdunnen in minder draagkrachtige delen van Heerlen-Noord, en dat te compenseren door toevoeging van corporatiewoningen in meer draagkrachtige delen van Heerlen-Zuid.',
  },
  {
    seed: SEED.woonfundament,
    section: '§4.3',
    quote:
      'In Parkstad-verband zouden dergelijke parallelle ontwikkeltrajecten eruit kunnen bestaan dat verdunning van corporatiebezit in een Heerlense wijk bijvoorbeeld gecompenseerd wordt door toevoeging in een wijk in een Parkstedelijke gemeente met een lager aandeel sociale huur.',
  },
];
