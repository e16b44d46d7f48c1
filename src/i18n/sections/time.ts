/**
 * Interface texts for time and coverage (issue 10): the trend chart and its table, the scope summary, the area's
 * comparison with its gemeente, Parkstad and the Netherlands, areas without figures and notes on single areas.
 * Dutch first; the English object must have the same keys.
 */
import { CITATION } from '../../config/sources';

export const timeNl = {
  noFiguresBuurt: 'Geen CBS-cijfers per buurt voor {names}: deze buurten staan grijs op de kaart, zonder percentage (dat is geen 0 %).',
  noFiguresWijk: 'Geen CBS-cijfers per wijk voor {names}: deze wijken staan grijs op de kaart, zonder percentage (dat is geen 0 %).',
  noFiguresShowWijken: 'Toon wijken (met cijfers)',
  caveatNoBuurtFigures: 'CBS publiceert voor deze buurt geen cijfers over eigendom; de wijk en de gemeente hebben ze wel. Dit is geen 0 %.',
  caveatNoAreaFigures: 'Voor dit gebied zijn geen cijfers over eigendom. Dit is geen 0 %.',
  caveatCodeUnconfirmed:
    'De buurtcode van 2024 is niet bevestigd: de grens komt uit de buurtkaart van 2016 en ligt binnen de wijk van 2024, maar de code staat niet in een CBS-buurtlijst van 2024. Geen Leefbaarometer-score.',
  caveatDerivedPolygon: 'Deze buurtgrens is afgeleid: de gemeente zonder haar andere buurten (de oppervlakte klopt met CBS).',
  summaryTitle: 'Overzicht: {scope}',
  summaryAverage: 'Aandeel corporatiebezit (CBS 2024)',
  summaryCounts: '{level} per klasse',
  summaryAreas: '{n} gebieden',
  trendTitle: 'Aandeel corporatiebezit {from}–{to}',
  trendIntro:
    'Per gemeente, naast Parkstad, Limburg en Nederland; de grijze strook is de bandbreedte van Heerlen, richtlijn voor {horizon}.',
  trendChartLabel: 'Lijngrafiek van het aandeel corporatiebezit {from}–{to}: {lines}. Dezelfde cijfers staan in de tabel.',
  trendBand: 'band Heerlen {lower}–{upper} %',
  trendCentre: 'stabiel {centre} %',
  trendHorizon: 'richtlijn {horizon}',
  trendYear: 'Jaar',
  trendTable: 'Cijfers in een tabel',
  trendTableCaption: 'Aandeel corporatiebezit (% van alle woningen), stand 1 januari',
  trendMarkSum: '*',
  trendMarkBreak: '†',
  trendNotePredecessors:
    '* {name} {from}–{to}: som van {parts} (de gemeenten die in {merged} samen {name} werden). Gestreept in de grafiek.',
  trendNoteSum: '{name}: som van de 7 Parkstad-gemeenten (CBS publiceert geen cijfer voor Parkstad).',
  trendNoteBreak:
    '† {name}: breuk in de CBS-reeks in {years} (de woningvoorraad wijkt meer dan 4 % af van het jaar ervoor). Niet gladgestreken: de lijn is daar onderbroken.',
  trendAnd: 'en',
  trendRefParkstad: 'Parkstad Limburg',
  trendRefLimburg: 'Limburg',
  trendRefNederland: 'Nederland',
  trendSource: `Bron: ${CITATION.trend}`,
  compareTitle: 'Vergeleken met gemeente, Parkstad en Nederland',
  compareWhat: 'Gebied',
  compareYear: 'Peiljaar',
  compareCorporation: 'Corporatie',
  compareOther: 'Overige verhuur',
  compareOwner: 'Koop',
  compareDifference: 'Verschil corporatie',
  compareNote:
    'Gemeente, Parkstad en Nederland: CBS 82900NED, stand 1 januari, op één decimaal; wijken en buurten: CBS-kerncijfers, afgerond op hele procenten. Verschil in procentpunten.',
};

export const timeEn: Record<keyof typeof timeNl, string> = {
  noFiguresBuurt:
    'No CBS figures per neighbourhood for {names}: these neighbourhoods are grey on the map, without a percentage (that is not 0 %).',
  noFiguresWijk: 'No CBS figures per district for {names}: these districts are grey on the map, without a percentage (that is not 0 %).',
  noFiguresShowWijken: 'Show districts (with figures)',
  caveatNoBuurtFigures:
    'CBS publishes no ownership figures for this neighbourhood; its district and municipality have them. This is not 0 %.',
  caveatNoAreaFigures: 'There are no ownership figures for this area. This is not 0 %.',
  caveatCodeUnconfirmed:
    'The 2024 neighbourhood code is not confirmed: the boundary comes from the 2016 map and lies inside its 2024 district, but the code is not in a CBS neighbourhood list of 2024. No Leefbaarometer score.',
  caveatDerivedPolygon: 'This neighbourhood boundary is derived: the municipality minus its other neighbourhoods (the area matches CBS).',
  summaryTitle: 'Overview: {scope}',
  summaryAverage: 'Housing-association share (CBS 2024)',
  summaryCounts: '{level} per class',
  summaryAreas: '{n} areas',
  trendTitle: 'Housing-association share {from}–{to}',
  trendIntro:
    'Per municipality, beside Parkstad, Limburg and the Netherlands; the grey strip is the band of Heerlen, a guideline for {horizon}.',
  trendChartLabel: 'Line chart of the housing-association share {from}–{to}: {lines}. The same figures are in the table.',
  trendBand: 'Heerlen band {lower}–{upper} %',
  trendCentre: 'stable {centre} %',
  trendHorizon: 'guideline {horizon}',
  trendYear: 'Year',
  trendTable: 'Figures as a table',
  trendTableCaption: 'Housing-association share (% of all dwellings), as of 1 January',
  trendMarkSum: '*',
  trendMarkBreak: '†',
  trendNotePredecessors:
    '* {name} {from}–{to}: sum of {parts} (the municipalities that merged into {name} in {merged}). Dashed in the chart.',
  trendNoteSum: '{name}: sum of the 7 Parkstad municipalities (CBS publishes no figure for Parkstad).',
  trendNoteBreak:
    '† {name}: break in the CBS series in {years} (the housing stock differs more than 4 % from the year before). Not smoothed: the line is interrupted there.',
  trendAnd: 'and',
  trendRefParkstad: 'Parkstad Limburg',
  trendRefLimburg: 'Limburg',
  trendRefNederland: 'Netherlands',
  trendSource: `Source: ${CITATION.trend}`,
  compareTitle: 'Compared with municipality, Parkstad and the Netherlands',
  compareWhat: 'Area',
  compareYear: 'Year',
  compareCorporation: 'Association',
  compareOther: 'Other rental',
  compareOwner: 'Owner-occupied',
  compareDifference: 'Difference (association)',
  compareNote:
    'Municipality, Parkstad and the Netherlands: CBS 82900NED, as of 1 January, to one decimal; districts and neighbourhoods: CBS key figures, rounded to whole percentages. Difference in percentage points.',
};
