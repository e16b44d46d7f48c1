import { overlaysNl } from './sections/overlays';
import { uploadNl } from './sections/upload';
import { pairsNl } from './sections/pairs';
import { councilNl } from './sections/council';
import { bandNl } from './sections/band';
import { planNl } from './sections/plan';
import { reportNl } from './sections/report';
import { timeNl } from './sections/time';
import { CITATION } from '../config/sources';
import { guardNl } from './sections/guard';
import { explainNl } from './sections/explain';
import { layoutNl } from './sections/layout';

/** Dutch interface texts (the default). Keys are shared with en.ts, which TypeScript checks. */
/** Core texts; feature sections live in sections/*.ts and are merged below. */
const core = {
  appTitle: 'Wijkbalans',
  appSubtitle: 'Aandeel corporatiebezit per wijk en buurt tegen de bandbreedte',
  loading: 'Gegevens laden…',
  loadFailed: 'De gegevens konden niet worden geladen',
  scope: 'Gebied',
  parkstad: 'Parkstad Limburg (7 gemeenten)',
  level: 'Niveau',
  wijk: 'Wijken',
  buurt: 'Buurten',
  band: 'Bandbreedte',
  bandCentre: 'Midden (%)',
  bandHalfWidth: 'Marge (± procentpunt)',
  bandLower: 'Ondergrens (%)',
  bandUpper: 'Bovengrens (%)',
  bandReset: 'Standaard',
  bandDefaultNote: 'Standaard: gemiddelde van het gebied volgens CBS ± 15 procentpunt (Woonfundament §2.2.1).',
  basemap: 'Achtergrondkaart PDOK (BRT grijs)',
  basemapFailed: 'Achtergrondkaart niet bereikbaar; de kaart werkt zonder.',
  language: 'Taal',
  below: 'onder de band',
  within: 'binnen de band',
  above: 'boven de band',
  nodata: 'geen gegevens',
  legendTitle: 'Aandeel corporatiebezit',
  legendAverage: 'gemiddelde',
  legendAxis: 'aandeel corporatiebezit (% van alle woningen)',
  legendSteps:
    'Kleur: afstand tot de dichtstbijzijnde bandgrens (0–5, 5–15, >15 procentpunt). Arcering: boven de band; stippen: onder de band.',
  sourceLine: `Bronnen: ${CITATION.kwb} · ${CITATION.trend} · grenzen: ${CITATION.boundaries} · ${CITATION.liveability}`,
  areaPanel: 'Gebied',
  tablePanel: 'Tabel',
  reportPanel: 'Datacontrole',
  noSelection: 'Klik op een gebied op de kaart of kies het in de tabel of zoekbalk.',
  composition: 'Woningvoorraad naar eigendom',
  corporation: 'Corporatie',
  otherRent: 'Overige huur',
  owner: 'Koop',
  unknownTenure: 'Onbekend',
  dwellings: 'Woningen',
  corporationShare: '% corporatie',
  /** After a share: "78 % corporatiebezit"; before it: "Corporatiebezit: 78 %". */
  ownedByCorporation: 'corporatiebezit',
  ownedByCorporationTitle: 'Corporatiebezit',
  bandStatus: 'Band',
  distance: 'Afstand tot de band',
  distanceDwellings: 'Om de band te bereiken (bij gelijke voorraad)',
  toRemove: 'corporatiewoningen minder',
  toAdd: 'corporatiewoningen erbij',
  inBand: 'Binnen de band',
  roundingNote: 'CBS rondt percentages af op hele procenten; het aantal is daarom een schatting (± ½ % van de voorraad).',
  liveability: 'Leefbaarometer 2024',
  liveabilityChange: 'verandering 2020→2024',
  liveabilityNote: 'Score (lbm) en afwijking van de vaste landelijke referentie (afw).',
  woz: 'Gemiddelde WOZ-waarde',
  inhabitants: 'Inwoners',
  households: 'Huishoudens',
  year: 'Peiljaar',
  source: 'Bron',
  caveats: 'Let op',
  caveatSmall: 'Minder dan 100 woningen: percentages zijn hier weinig zeggend.',
  caveatOwnership: 'Corporatiebezit is eigendom, niet hetzelfde als sociale huur naar huurprijs.',
  caveatNoData: 'CBS geeft geen percentage (minder dan 20 woningen of eigendom grotendeels onbekend). Dit is geen 0 %.',
  caveatYear: 'Cijfers van een ander peiljaar dan 2024.',
  close: 'Sluiten',
  search: 'Zoek wijk of buurt (naam of CBS-code)',
  searchPlaceholder: 'Zoek wijk of buurt…',
  searchNoResult: 'Geen gebied gevonden',
  tableCaption: 'Gebieden in het gekozen gebied; kies een rij om het gebied op de kaart te selecteren.',
  name: 'Naam',
  code: 'Code',
  class: 'Klasse',
  sortBy: 'Sorteer op',
  reportTitle: 'Koppeling van cijfers en grenzen',
  reportMatched: 'gekoppeld',
  reportRowsWithout: 'rijen zonder gebied',
  reportAreasWithout: 'gebieden zonder rij',
  reportDuplicates: 'dubbele codes',
  reportCoverage: 'dekking (gebieden / woningen)',
  reportIssues: 'Meldingen',
  reportNone: 'Geen meldingen.',
  hoverDwellings: 'woningen',
  mapLabel: 'Kaart van het aandeel corporatiebezit',
  details: 'Details',
  detailsFile: 'bestand',
} as const;

export const nl = {
  ...core,
  ...overlaysNl,
  ...uploadNl,
  ...pairsNl,
  ...councilNl,
  ...bandNl,
  ...planNl,
  ...reportNl,
  ...timeNl,
  ...guardNl,
  ...explainNl,
  ...layoutNl,
};

export type Dict = { [K in keyof typeof nl]: string };
