/**
 * Building programmes the agreements name, to flag implausible scenario volumes (domain/scenario/volume.ts), and
 * the tool's own limit for additions in one area. Programme figures are minimum ambitions ("ten minste",
 * "minimaal"): only volumes above the highest figure named are flagged.
 */
import type { AreaVolumeLimits } from '../domain/scenario/volume';
import type { BuildingProgramme } from '../domain/scenario/programme-check';
import { SEED } from './seeds';

export const BUILDING_PROGRAMMES: readonly BuildingProgramme[] = [
  {
    group: 'GM0917',
    period: 'tot 2030',
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
