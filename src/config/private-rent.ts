/**
 * The private-rent indicator (share "overige verhuurders"): class breaks for its sequential scale. No document sets a
 * limit (002 §2.2.3 names a "disproportioneel groot aandeel particuliere verhuur"), so these are display breaks:
 * Heerlen's own 17 % falls in the third class, Heerlen-Centrum's 45 % in the top one.
 */
import type { PrivateRentBreaks } from '../domain/private-rent';
import type { PolicySource } from '../domain/policy-source';
import { SEED } from './seeds';

export const PRIVATE_RENT_BREAKS: PrivateRentBreaks = [10, 15, 20, 30];

export const PRIVATE_RENT_SOURCES: readonly PolicySource[] = [
  {
    seed: SEED.woonfundament,
    section: '§2.2.3',
    quote:
      'Afgezet tegen het landelijk gemiddelde heeft Heerlen een disproportioneel groot aandeel particuliere verhuur in de woningvoorraad.',
  },
  {
    seed: SEED.nplvHeerlenNoord,
    section: 'Woningbouwopgave',
    quote:
      'goedkope woningen, met een hoog aandeel sociale huur en particuliere huurvoorraad met een huurprijs onder de sociale huurprijsgrens.',
  },
];
