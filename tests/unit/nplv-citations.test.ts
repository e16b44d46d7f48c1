/** Issue 11 §5: the Vrieheide focus area is its whole wijk, inferred NPLV wijken cite the passage that names them. */
import { describe, expect, it } from 'vitest';
import type { Area, CbsData } from '../../scripts/overlays/cbs-areas';
import { buurtenNamed, citation, focusPlanWijk, names, wijkSources } from '../../scripts/overlays/nplv-citations';
import { BEWONERSKRACHTEN, INFERRED_WIJK_SOURCES, VRIEHEIDE_PLAN } from '../../src/config/overlay-sources';
import { parseNplv } from '../../src/domain/overlays/parse-nplv';
import { nameDocuments } from '../../src/i18n/documents';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};
const area = (level: Area['level'], code: string, naam: string, wijkcode: string): Area => ({
  level,
  code,
  naam,
  wijkcode,
  gemeentecode: 'GM0917',
  inwoners: null,
  geometry: square,
  file: 'geodata/test',
});
const wijken = [
  area('wijk', 'WK091720', 'Vrieheide-De Stack', 'WK091720'),
  area('wijk', 'WK091730', 'Zeswegen-Nieuw Husken', 'WK091730'),
  area('wijk', 'WK091732', 'Meezenbroek-Schaesbergerveld', 'WK091732'),
  area('wijk', 'WK091734', 'Eikenderveld', 'WK091734'),
];
const buurten = [
  area('buurt', 'BU09172003', 'Versiliënbosch', 'WK091720'),
  area('buurt', 'BU09172004', 'Vrieheide', 'WK091720'),
  area('buurt', 'BU09173001', 'Zeswegen', 'WK091730'),
  area('buurt', 'BU09173202', 'Meezenbroek', 'WK091732'),
  area('buurt', 'BU09173400', 'Eikenderveld', 'WK091734'),
];
const cbs: CbsData = { wijken, buurten, gemeenten: [], byCode: new Map([...wijken, ...buurten].map((a) => [a.code, a])) };

describe('the Vrieheide focus area', () => {
  it('is the wijk that holds both buurten the plan passage names: WK091720 Vrieheide-De Stack', () => {
    const { wijk, buurten: named } = focusPlanWijk('Vrieheide', VRIEHEIDE_PLAN, cbs, 'GM0917');
    expect(wijk.code).toBe('WK091720');
    expect(named.map((b) => b.code)).toEqual(['BU09172003', 'BU09172004']);
  });
  it('stops the build when the passage names buurten of two wijken', () => {
    const wide = { ...VRIEHEIDE_PLAN, quote: `${VRIEHEIDE_PLAN.quote} Ook Eikenderveld.` };
    expect(() => focusPlanWijk('Vrieheide', wide, cbs, 'GM0917')).toThrow(/WK091720, WK091734/);
  });
  it('quotes 000 where it puts the Versiliënbosch restructuring inside the Vrieheide plan', () => {
    expect(VRIEHEIDE_PLAN).toEqual({
      seed: '000_593056608ede5956.txt',
      section: 'leefbaarheid, Nationaal Programma Heerlen-Noord',
      quote:
        'Waar ook voor Vrieheide waar het inponden en de herstructurering van Versiliënbosch al gestart zijn als onderdeel van een Wijkontwikkelingsplan.',
    });
  });
});

describe('inferred NPLV wijken', () => {
  it('Eikenderveld and Meezenbroek-Schaesbergerveld are named by the Bewonerskrachten passage; Zeswegen-Nieuw Husken is not', () => {
    const cited = (code: string) => wijkSources(cbs.byCode.get(code) as Area, INFERRED_WIJK_SOURCES, cbs);
    expect(cited('WK091734')).toEqual([BEWONERSKRACHTEN]);
    expect(cited('WK091732')).toEqual([BEWONERSKRACHTEN]);
    expect(cited('WK091730')).toEqual([]);
  });
  it('matches whole names only: "Heerlen" is not in "Heerlen-Noord", "Vrieheide" is not in "Vrieheide-De Stack"', () => {
    expect(names('Nationaal Programma Heerlen-Noord.', 'Heerlen')).toBe(false);
    expect(names('in Eikenderveld en Meezenbroek.', 'Meezenbroek')).toBe(true);
    expect(names('wijk Vrieheide-De Stack', 'Vrieheide')).toBe(false);
    expect(buurtenNamed(BEWONERSKRACHTEN, cbs, 'GM0917').map((b) => b.code)).toEqual(['BU09173202', 'BU09173400']);
  });
});

describe('citations', () => {
  it('keep seed, section and words when the words stand in the seed, whitespace flattened', () => {
    const seed = `… Programma Heerlen-Noord. In 2023 zijn de Bewonerskrachten begonnen in Eikenderveld en Meezenbroek. Op basis …`;
    const s = { ...BEWONERSKRACHTEN, quote: 'In 2023 zijn de Bewonerskrachten\n begonnen in Eikenderveld en Meezenbroek.' };
    expect(citation(s, seed)).toEqual({
      seed: '000_593056608ede5956.txt',
      sectie: 'leefbaarheid',
      citaat: 'In 2023 zijn de Bewonerskrachten begonnen in Eikenderveld en Meezenbroek.',
    });
  });
  it('stop the build when one word differs from the seed', () => {
    const seed = 'In 2023 zijn de Bewonerskrachten begonnen in Eikenderveld en Meezenbroek.';
    expect(() => citation({ ...BEWONERSKRACHTEN, quote: 'In 2024 zijn de Bewonerskrachten begonnen' }, seed)).toThrow(/not found verbatim/);
  });
  it('are read by the app as policy sources (document, section, words); incomplete ones are left out', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: square,
          properties: {
            rol: 'nplv-wijk',
            code: 'WK091734',
            naam: 'Eikenderveld',
            basis: 'inferred',
            citaten: [
              { seed: BEWONERSKRACHTEN.seed, sectie: 'leefbaarheid', citaat: BEWONERSKRACHTEN.quote },
              { seed: '', citaat: 'x' },
            ],
          },
        },
      ],
    };
    expect(parseNplv(fc).value.areas[0]?.sources).toEqual([BEWONERSKRACHTEN]);
  });
  it('name documents, never files, in provenance texts', () => {
    expect(nameDocuments('seed 000_593056608ede5956.txt (tabel Overzicht Mijnkoloniën, rij 18)', 'nl')).toBe(
      'Meerjarige prestatieafspraken Heerlen 2024–2028 (tabel Overzicht Mijnkoloniën, rij 18)',
    );
    expect(nameDocuments('Inwonertoets: seed 004 noemt 56.000', 'en')).toBe(
      'Inwonertoets: Administrative agreements NPLV Heerlen Noord (June 2025) noemt 56.000',
    );
  });
});
