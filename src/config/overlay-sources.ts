/**
 * Passages of the Meerjarige prestatieafspraken Heerlen 2024–2028 that the overlays cite beyond the research notes
 * (issue 11 §5). `scripts/overlays/` checks each against the seed, applies it and writes it into `geodata/nplv.geojson`;
 * tests/unit/policy-quotes.test.ts checks the words again.
 */
import type { PolicySource } from '../domain/policy-source';
import { SEED } from './seeds';

/** Where the focus areas and the Bewonerskrachten stand: the chapter leefbaarheid, "We werken samen in het NPHN". */
export const NPHN_SECTION = 'leefbaarheid, Nationaal Programma Heerlen-Noord';

/** The restructuring of Versiliënbosch is part of the Vrieheide plan: the focus area is the wijk holding both buurten. */
export const VRIEHEIDE_PLAN: PolicySource = {
  seed: SEED.prestatieafsprakenHeerlen,
  section: NPHN_SECTION,
  quote:
    'Waar ook voor Vrieheide waar het inponden en de herstructurering van Versiliënbosch al gestart zijn als onderdeel van een Wijkontwikkelingsplan.',
};

/** The Bewonerskrachten, an initiative of the corporations and the NPHN, started in Eikenderveld and Meezenbroek. */
export const BEWONERSKRACHTEN: PolicySource = {
  seed: SEED.prestatieafsprakenHeerlen,
  section: 'leefbaarheid',
  quote:
    'Bewonerskrachten is in Heerlen een initiatief van de woningcorporaties Weller, Wonen Limburg, Vincio Wonen en Woonpunt en het Nationaal Programma Heerlen-Noord. In 2023 zijn de Bewonerskrachten begonnen in Eikenderveld en Meezenbroek.',
};

/**
 * Focus areas drawn as a whole wijk: the passage names the focus area and another buurt whose restructuring belongs
 * to its plan; the focus area is the one wijk that holds every buurt the passage names.
 */
export const FOCUS_PLAN_SOURCES: Readonly<Record<string, PolicySource>> = { Vrieheide: VRIEHEIDE_PLAN };

/** Passages cited for an inferred NPLV wijk when they name the wijk or one of its buurten. */
export const INFERRED_WIJK_SOURCES: readonly PolicySource[] = [BEWONERSKRACHTEN];

/** The colony table as a place in the document (for "code and text disagree"). */
export const COLONY_TABLE = { seed: SEED.prestatieafsprakenHeerlen, section: 'tabel Overzicht Mijnkoloniën' } as const;
