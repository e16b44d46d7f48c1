/** The passages behind the scenario rules (domain/scenario/policy-types.ts, mixing.ts), for the interface to quote. */
import type { PolicySource } from '../domain/policy-source';
import { SEED } from './seeds';

export const SCENARIO_SOURCES = {
  /** Liberalising to middenhuur keeps the dwelling in the corporation stock. */
  liberalise: {
    seed: SEED.woonfundament,
    section: '§4.5.3',
    quote: 'Een goed voorbeeld in dezen is het vergroten van het aandeel middenhuur in de corporatievoorraad',
  },
  /** Market housing first. */
  marketBuild: {
    seed: SEED.woonfundament,
    section: '§1',
    quote: 'Voor de stad als geheel betekent dit een focus op het toevoegen van woningen in het midden en hoge segment.',
  },
  /** Demolish to rebuild more. */
  demolishRebuild: {
    seed: SEED.nplvHeerlenNoord,
    section: 'Woningbouwopgave in de NPLV gebieden',
    quote: 'vaker noodzakelijk is om bestaande woningen te slopen, om vervolgens meer woningen terug te kunnen bouwen.',
  },
  /** Mengen zonder te verdringen: the corporation stock stays. */
  mixing: {
    seed: SEED.woonfundament,
    section: '§1',
    quote: 'het aandeel huurwoningen van woningcorporaties in onze woningvoorraad blijft gelijk',
  },
  /** 001 afspraak 7: no more sales than additions to the social stock in the same gemeente. */
  salesLimit: {
    seed: SEED.prestatieafsprakenParkstad,
    section: 'afspraak 7',
    quote:
      'Gedurende de looptijd van de prestatieafspraken zullen woningcorporaties niet meer woningen (aan derden, niet zijnde andere woningcorporaties) verkopen, dan dat er in dezelfde gemeente aan woningen additioneel aan de sociale huurvoorraad worden toegevoegd.',
  },
  /** Inponden: corporations buying private dwellings. */
  inponden: {
    seed: SEED.prestatieafsprakenHeerlen,
    section: 'thema beschikbaarheid, vastgoedtransitie',
    quote: 'We verwachten dat corporaties de komende jaren meer dan in het verleden gaan inponden',
  },
} as const satisfies Record<string, PolicySource>;
