/**
 * Texts of "a map that explains itself" (issue 13): the "Over deze kaart" dialog, the numbers and values on the map,
 * the table tools, the loading state and the traceability disclosure. Placeholders: {lower}, {upper}, {centre},
 * {half}, {year}.
 */
export const explainNl = {
  aboutButton: 'Over deze kaart',
  aboutIntro:
    'Wijkbalans toont per wijk en buurt welk deel van alle woningen eigendom is van een woningcorporatie, en hoe dat zich verhoudt tot de bandbreedte.',
  aboutBandHead: 'Waar komt de bandbreedte vandaan?',
  aboutBandText:
    'Alleen Heerlen heeft een bandbreedte vastgesteld: in 2050 ligt het aandeel corporatiebezit in elke wijk tussen {lower} en {upper} (het stedelijk gemiddelde van {centre} ± {half} procentpunt). Het is een richtlijn op wijkniveau.',
  aboutElsewhereHead: 'Andere gemeenten',
  aboutElsewhereText:
    'De andere zes gemeenten hebben geen vastgestelde bandbreedte. De kaart gebruikt daar een afgeleide band (het eigen CBS-gemiddelde ± 15 procentpunt) en zegt steeds dat het geen vastgesteld beleid is. Kerkrade kiest bijvoorbeeld voor krimp van de sociale voorraad.',
  aboutTermsHead: 'Begrippen',
  termCorporation: 'Corporatiebezit',
  termOther: 'Overige verhuurders',
  termLbm: 'Leefbaarometer-score (lbm)',
  termAfw: 'Afwijking (afw)',
  aboutCorporation:
    'het deel van alle woningen dat eigendom is van een woningcorporatie (CBS: InBezitWoningcorporatie). Het gaat om eigendom, niet om de hoogte van de huur: een corporatiewoning in de middenhuur telt mee, een goedkope particuliere huurwoning niet.',
  aboutOther: 'huurwoningen van andere eigenaren dan corporaties, zoals particuliere verhuurders en beleggers.',
  aboutLbm: 'de score voor leefbaarheid van de Leefbaarometer 3.0 (ministerie van BZK); hoger is beter.',
  aboutAfw: 'hoeveel die score afwijkt van het vaste landelijke gemiddelde: onder 0 is minder leefbaar dan gemiddeld, boven 0 beter.',
  aboutYearHead: 'Peiljaar',
  aboutYearText:
    'De cijfers zijn van CBS {year} (Kerncijfers wijken en buurten), de leefbaarheid van de Leefbaarometer 2024. Heeft een gebied cijfers van een ander jaar, dan zegt het gebiedspaneel dat.',
  aboutSourcesHead: 'Bronnen en licenties',
  aboutSoftware: 'Software: Wijkbalans, open source (EUPL-1.2). Lettertype: Noto Sans (SIL OFL 1.1).',
  showValues: 'Waarden op de kaart',
  keyTitle: 'Nummers op de kaart',
  tableWide: 'Brede tabel',
  tableCsv: 'Download tabel (CSV)',
  loadingMap: 'Kaart en gegevens laden…',
  trace: 'Herleiding (bestand, rij)',
  nplvSelection: 'Hoe de wijken van Heerlen-Noord zijn gekozen',
};

export const explainEn: Record<keyof typeof explainNl, string> = {
  aboutButton: 'About this map',
  aboutIntro:
    'Wijkbalans shows, per district and neighbourhood, which part of all dwellings is owned by a housing association, and how that compares with the band.',
  aboutBandHead: 'Where does the band come from?',
  aboutBandText:
    'Only Heerlen has adopted a band: by 2050 the housing-association share of every district lies between {lower} and {upper} (the city average of {centre} ± {half} points). It is a guideline at district level.',
  aboutElsewhereHead: 'Other municipalities',
  aboutElsewhereText:
    'The other six municipalities have no adopted band. There the map uses a derived band (their own CBS average ± 15 points) and always says that it is no adopted policy. Kerkrade, for example, plans to shrink its social stock.',
  aboutTermsHead: 'Terms',
  termCorporation: 'Housing-association ownership',
  termOther: 'Other landlords (overige verhuurders)',
  termLbm: 'Leefbaarometer score (lbm)',
  termAfw: 'Deviation (afw)',
  aboutCorporation:
    'the part of all dwellings owned by a housing association (CBS: InBezitWoningcorporatie). It is about ownership, not the rent level: a housing-association dwelling let at a mid-market rent counts, a cheap privately rented dwelling does not.',
  aboutOther: 'rented dwellings of owners other than housing associations, such as private landlords and investors.',
  aboutLbm: 'the liveability score of the Leefbaarometer 3.0 (Ministry of the Interior, BZK); higher is better.',
  aboutAfw: 'how far that score deviates from the fixed national average: below 0 is less liveable than average, above 0 better.',
  aboutYearHead: 'Reference year',
  aboutYearText:
    'The figures are CBS {year} (key figures for districts and neighbourhoods), liveability from the Leefbaarometer 2024. Where an area has figures of another year, the area panel says so.',
  aboutSourcesHead: 'Sources and licences',
  aboutSoftware: 'Software: Wijkbalans, open source (EUPL-1.2). Font: Noto Sans (SIL OFL 1.1).',
  showValues: 'Values on the map',
  keyTitle: 'Numbers on the map',
  tableWide: 'Wide table',
  tableCsv: 'Download table (CSV)',
  loadingMap: 'Loading map and data…',
  trace: 'Trace (file, row)',
  nplvSelection: 'How the districts of Heerlen-Noord were chosen',
};
