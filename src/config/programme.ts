/**
 * Building programmes the agreements name, to flag implausible scenario volumes (domain/scenario/volume.ts), and
 * the tool's own limit for additions in one area. Programme figures are minimum ambitions ("ten minste",
 * "minimaal"): only volumes above the highest figure named are flagged.
 */
import type { AreaVolumeLimits } from '../domain/scenario/volume';
import type { BuildingProgramme } from '../domain/scenario/programme-check';
import type { BuildTarget, InpondenTarget } from '../domain/programme/ledger';
import { SEED } from './seeds';

export const BUILDING_PROGRAMMES: readonly BuildingProgramme[] = [
  {
    group: 'GM0917',
    period: 'tot 2030',
    years: { from: 2024, to: 2030 },
    // 000 states the ambition twice, once as 2.250 and once as 2.500 dwellings: the range keeps both.
    dwellings: { min: 2250, max: 2500 },
    social: { min: 500, max: 650 },
    sources: [
      {
        seed: SEED.prestatieafsprakenHeerlen,
        section: 'thema beschikbaarheid, vastgoedtransitie',
        quote: 'We zetten tot 2030 in op een nieuwbouwambitie van ten minste 2.250 woningen, waarvan 70% betaalbaar',
      },
      {
        seed: SEED.prestatieafsprakenHeerlen,
        section: 'thema beschikbaarheid, vastgoedtransitie',
        quote: 'We zetten tot 2030 in op een nieuwbouwambitie van ten minste 2.500 woningen, waarvan 70% betaalbaar',
      },
      {
        seed: SEED.prestatieafsprakenHeerlen,
        section: 'Met een stevige nieuwbouwambitie verbeteren we de woonkwaliteit',
        quote: 'Voor de komende vijf jaar rekenen we op een nieuwbouwambitie van ten minste circa 500 tot 650 sociale woningen',
      },
    ],
  },
  {
    group: 'parkstad',
    period: '2025–2029',
    years: { from: 2025, to: 2029 },
    dwellings: { min: 5000, max: 5000 },
    social: null,
    sources: [
      {
        seed: SEED.nplvHeerlenNoord,
        section: 'Woningbouwprogramma',
        quote:
          'In Parkstad worden in de periode 2025 – 2029 in totaal minimaal 5.000 woningen gebouwd, waarvan minimaal 1.500 woningen in Heerlen Noord.',
      },
    ],
  },
];

/**
 * Not policy: a setting of this tool. Adding (building or buying) more than a quarter of an area's present stock is
 * flagged as implausible for one wijk; no document names a limit, so the interface must call it a rule of thumb.
 */
export const AREA_VOLUME_LIMITS: AreaVolumeLimits = { additionsShare: 0.25 };

/**
 * Inponden (corporations buying private dwellings) the agreements aim at, for the programme ledger (issue 12).
 * Both are indications ("circa", "zo’n"): the ledger shows the target next to the programme, it does not judge.
 * The period is that of the agreements (2024–2028).
 */
export const INPONDEN_TARGETS: readonly InpondenTarget[] = [
  {
    group: 'GM0917',
    perYear: 35,
    from: 2024,
    to: 2028,
    source: {
      seed: SEED.prestatieafsprakenHeerlen,
      section: 'thema beschikbaarheid, inponden',
      quote: 'een na rato van het woningen in Heerlen betreft het indicatief circa 35 woningen per jaar (dit zal jaar op jaar wisselen)',
    },
  },
  {
    group: 'parkstad',
    perYear: 100,
    from: 2024,
    to: 2028,
    source: {
      seed: SEED.prestatieafsprakenParkstad,
      section: 'afspraak 8',
      quote: 'gezamenlijke ambitie dat woningcorporaties minimaal zo’n 100 woningen per jaar zullen inponden',
    },
  },
];

/** The building programmes as ledger targets: new dwellings over a period (Heerlen to 2030, Parkstad 2025–2029). */
export const BUILD_TARGETS: readonly BuildTarget[] = BUILDING_PROGRAMMES.map((p) => ({
  group: p.group,
  min: p.dwellings.min,
  max: p.dwellings.max,
  from: p.years.from,
  to: p.years.to,
  source: p.sources,
}));
