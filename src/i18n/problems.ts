/**
 * The text of every problem code, per language. Placeholders `{name}` are filled from the problem's
 * context (see domain/problem.ts); the location (row, column) is added by `problemText`.
 */
import type { ProblemCode } from '../domain/problem';

export const PROBLEMS_NL: Record<ProblemCode, string> = {
  'csv.empty': 'Het bestand bevat geen kopregel.',
  'csv.duplicate-column': 'Kolom "{column}" komt twee keer voor.',
  'csv.missing-column': 'Kolom "{column}" ontbreekt.',
  'csv.field-count': 'Deze rij heeft {fields} velden, de kopregel {expected}.',
  'csv.quotes': 'Een aanhalingsteken wordt niet gesloten; de rest van het bestand kan in één veld terecht zijn gekomen.',
  'csv.delimiter': 'Het scheidingsteken kon niet worden herkend; kies het zelf.',
  'csv.non-numeric': '"{value}" is geen getal; behandeld als geen gegevens.',
  'csv.out-of-range': '{value} ligt buiten 0–100 %; behandeld als geen gegevens.',
  'csv.bad-code': '"{value}" is geen CBS-code (GM/WK/BU); rij overgeslagen.',
  'csv.bad-key': 'Rij zonder geldige code of jaar ("{value}"); overgeslagen.',
  'csv.level-mismatch': 'Niveau "{value}" past niet bij code {key}; {level} aangehouden.',
  'geojson.syntax': 'Dit is geen geldige JSON (regel {line}, teken {char}).',
  'geojson.not-collection': 'Dit is geen GeoJSON FeatureCollection met gebieden.',
  'geojson.unsupported-crs': 'Coördinatenstelsel {crs} wordt niet ondersteund; gebruik WGS84 (EPSG:4326) of RD New (EPSG:28992).',
  'geojson.rd-not-supported': 'RD New (EPSG:28992) wordt hier niet omgerekend; gebruik WGS84.',
  'geojson.unknown-crs': 'De coördinaten passen niet bij WGS84 (lengte/breedte) of RD New (meters); het coördinatenstelsel is onbekend.',
  'geojson.reprojected': 'RD New (EPSG:28992) herkend; omgerekend naar WGS84.',
  'geojson.missing-code': 'Gebied {row} heeft geen code-eigenschap ({keys}).',
  'geojson.bad-code': 'Gebied {row} heeft geen geldige CBS-code ("{value}").',
  'geojson.empty-geometry': 'Gebied {row} ({key}) heeft een lege geometrie.',
  'geojson.invalid-geometry': 'Gebied {row} ({key}) heeft een ongeldige rand ({what}).',
  'geojson.unsupported-geometry': 'Gebied {row} ({key}) is een {value}; alleen vlakken (Polygon, MultiPolygon) kunnen worden getekend.',
  'geojson.self-intersection': 'De rand van gebied {row} ({key}) snijdt zichzelf bij {lon}, {lat}; vlak en oppervlak kunnen afwijken.',
  'geojson.gemeente-ignored': '{count} gemeentegrenzen in het bestand; alleen wijk- en buurtgrenzen worden vervangen.',
  'geojson.no-areas': 'Geen enkele bruikbare wijk of buurt in het bestand.',
  'join.duplicate-row': 'Code {key} staat in rijen {rows}; de eerste is gebruikt.',
  'join.duplicate-feature': 'Code {key} komt meer dan eens voor in de grenzen; de eerste is gebruikt.',
  'join.unmatched-feature': 'Gebied {name} ({key}) heeft geen cijfers.',
  'overlay.bad-row': 'Onbekende status "{status}" of precisie "{precision}"; niet getoond.',
  'overlay.missing-point': '{name}: precisie {precision} maar geen coördinaat; niet getekend.',
  'overlay.unknown-kind': 'Soort "{value}" onbekend; als overig getoond.',
  'overlay.not-collection': 'De kaartlaag NPLV Heerlen-Noord kon niet worden gelezen.',
  'overlay.bad-feature': 'Onderdeel {row} van de kaartlaag NPLV is geen NPLV-wijk of focusgebied; niet getekend.',
  'upload.empty-file': 'Het bestand is leeg.',
  'upload.too-large': '{file} is {size} MB; de grens is {limit} MB. Splits het bestand of laat overbodige kolommen weg.',
  'upload.non-numeric': '"{value}" is geen getal; behandeld als geen gegevens.',
  'upload.out-of-range': '{value} ligt buiten 0–100 %; behandeld als geen gegevens.',
  'upload.negative': '{value} is negatief; behandeld als geen gegevens.',
  'upload.corporation-over-total': '{corporation} corporatiewoningen is meer dan het totaal ({total}); behandeld als geen gegevens.',
  'upload.zero-total': 'Totaal aantal woningen is 0; geen aandeel te berekenen.',
  'upload.bad-year': '"{value}" is geen jaartal.',
  'upload.matched-by-name': '"{value}" is geen CBS-code; op naam "{name}" gekoppeld aan {key}.',
  'upload.empty-key': 'Lege sleutel; rij niet gekoppeld.',
  'upload.bad-code': '"{value}" is geen CBS-code; rij niet gekoppeld.',
  'upload.no-area': '"{value}": code zonder gebied op de kaart.',
  'upload.unknown-name': '"{value}": naam niet gevonden.',
  'upload.ambiguous': '"{value}": naam past bij meer gebieden ({candidates}).',
  'upload.duplicate-code': 'Code {key} staat in rijen {rows}; rij {first} is gebruikt.',
  'upload.older-years': '{count} rijen van oudere jaren overgeslagen; per gebied is het laatste jaar gebruikt.',
  'upload.fraction-suspected':
    'Alle aandelen liggen tussen 0 en 1: staan ze als fractie in plaats van procent? Reken dan eerst om naar procenten (× 100).',
  'upload.no-match':
    'Geen enkele rij past bij een gebied op de kaart ({count} rijen gelezen). Controleer de sleutelkolom en of het om codes of namen gaat.',
  'upload.mapping-column': 'Kolom "{column}" uit de koppeling staat niet in de kopregel.',
  'upload.no-result': 'Het bestand gaf geen bruikbare gegevens.',
  'upload.not-loaded': 'De ingebouwde gegevens zijn nog niet geladen; probeer het zo opnieuw.',
  'upload.worker-failed': 'De verwerking van het bestand is afgebroken (te groot of onleesbaar). De kaart is niet veranderd.',
  'upload.storage': 'Opslaan in deze browser lukt niet; het bestand blijft alleen tot u de pagina sluit.',
  'scenario.no-data': 'Gebied {key} heeft geen woningaantal of aandeel corporatiebezit; ingreep overgeslagen.',
  'scenario.limited': '{move} van {n} woningen in {name}: er zijn er maar {available} voor beschikbaar.',
  'scenario.storage-unavailable': 'De opslag van de browser is niet beschikbaar; scenario’s blijven tot u de pagina sluit.',
  'scenario.storage-write': 'Scenario’s konden niet in de browser worden bewaard.',
  'scenario.storage-invalid': 'Opgeslagen scenario’s zijn onleesbaar; genegeerd.',
  'scenario.storage-version': 'Opgeslagen scenario’s hebben een onbekende opmaak of versie; genegeerd.',
  'scenario.storage-entry': 'Opgeslagen scenario {index} is onleesbaar of dubbel; overgeslagen.',
  'views.unreadable': 'Het bestand met weergaven kon niet worden gelezen.',
  'views.not-json': 'Het bestand is geen geldige JSON.',
  'views.wrong-format': 'Dit is geen bestand met opgeslagen weergaven van Wijkbalans.',
  'views.wrong-version': 'Bestandsversie {version} wordt niet ondersteund.',
  'views.incomplete': 'Weergave zonder titel of link overgeslagen.',
  'views.link-version': 'De link van "{key}" komt uit een andere versie; overgeslagen.',
  'views.link-damaged': 'In "{title}" zijn {fields} op de standaard gezet.',
  'views.too-many': 'Meer dan {max} weergaven; de rest is overgeslagen.',
  'views.storage-read': 'Opgeslagen weergaven konden niet worden gelezen; ze zijn apart gehouden.',
  'views.storage-write': 'Weergaven konden niet worden bewaard in deze browser; ze blijven tot u de pagina sluit.',
  'views.fullscreen': 'Volledig scherm is niet beschikbaar; de presentatie vult het venster.',
  'views.clipboard': 'Kopiëren naar het klembord lukte niet; kopieer de link uit de adresbalk.',
  'views.area-missing': 'Het gebied {key} uit de link bestaat niet op dit niveau; er is niets geselecteerd.',
  'views.scenario-missing': 'Scenario “{key}” is niet in deze browser opgeslagen; de link toont het paar zonder dat scenario.',
  'views.export-failed': 'Exporteren is mislukt; probeer een kleiner formaat of sluit andere tabbladen.',
  'geojson.unknown-note': 'Onbekende opmerking "{value}" bij {key}; niet getoond.',
  'trend.bad-row': 'Ongeldige waarde "{value}"; rij van de tijdreeks overgeslagen.',
  'trend.duplicate-row': '{key} komt twee keer voor in de tijdreeks; de eerste rij telt.',
  'trend.bad-break': 'Breuk "{value}" is geen 0 of 1; als 0 gelezen.',
  'programme.bad-file': 'Het programmabestand kon niet worden gelezen; het programma begint leeg.',
  'programme.bad-item': 'Onderdeel {row} van het programma is onvolledig of ongeldig; overgeslagen.',
  'load.failed': 'De kaartgegevens konden niet worden geladen. Controleer de verbinding en laad de pagina opnieuw.',
  'load.overlays-failed': 'De kaartlagen (mijnkoloniën, NPLV, projecten) konden niet worden geladen.',
  // issue 11
  'scenario.legacy-liberalise':
    'Liberalisatie van {n} woningen in {name} (uit een eerder bewaard scenario of een oude link): een geliberaliseerde woning blijft corporatiebezit, dus het aandeel corporatiebezit verandert niet meer (eerder telde deze ingreep als verkoop). Was verkoop aan een belegger bedoeld, kies dan die ingreep.',
  'scenario.corporation-loss':
    '{key} heeft na dit scenario {n} corporatiewoningen minder. Mengen zonder te verdringen vraagt dat het aantal gelijk blijft: compenseer elders.',
  'scenario.sales-exceed-additions':
    '{key}: {sold} corporatiewoningen verkocht en {added} toegevoegd aan de sociale huurvoorraad. Afspraak 7 van de regionale prestatieafspraken: niet meer verkopen dan er in dezelfde gemeente worden toegevoegd.',
  'scenario.large-for-area':
    '{name}: {n} woningen erbij is meer dan {share} % van de {dwellings} woningen die er nu staan; is dat haalbaar?',
  'scenario.above-programme': '{key}: {n} nieuwe woningen in dit scenario, meer dan de {max} van het woningbouwprogramma ({period}).',
  'scenario.above-social-programme':
    '{key}: {n} nieuwe corporatiewoningen, meer dan de {max} sociale woningen van het woningbouwprogramma.',
  // issue 14
  'csv.unclosed-quote':
    'Rij {row} opent een aanhalingsteken (") dat nergens wordt gesloten, zodat alles daarna in één veld van rij {row} belandt: rij {rows} ({count} in totaal). Het bestand is niet ingelezen; sluit of verwijder dat aanhalingsteken en sla het bestand opnieuw op.',
  'csv.unclosed-quote-last':
    'Rij {row}, de laatste, opent een aanhalingsteken (") dat nergens wordt gesloten. Het bestand is niet ingelezen; sluit of verwijder dat aanhalingsteken en sla het bestand opnieuw op.',
  'csv.sep-unsupported':
    'De eerste regel "sep={value}" noemt een scheidingsteken dat Wijkbalans niet leest. Sla het bestand op met puntkomma, komma, tab of | als scheidingsteken.',
  'upload.binary-image':
    'Dit is een afbeelding ({format}), geen tabel met cijfers. Sla de gegevens op als CSV (in Excel: Opslaan als → CSV (gescheiden door lijstscheidingsteken)) of als GeoJSON.',
  'upload.binary-excel':
    'Dit is een Excel- of spreadsheetbestand ({format}), geen CSV. Open het in Excel of LibreOffice en kies Opslaan als → CSV (gescheiden door lijstscheidingsteken); kies dan dat CSV-bestand.',
  'upload.binary-zip':
    'Dit is een ingepakt bestand ({format}), geen CSV of GeoJSON. Pak het uit en kies het CSV- of GeoJSON-bestand dat erin zit.',
  'upload.binary-pdf': 'Dit is een PDF, geen tabel met cijfers. Vraag de gegevens op als CSV- of Excel-bestand en sla ze op als CSV.',
  'upload.binary':
    'Dit is geen tekstbestand: het bevat binaire gegevens. Sla de gegevens op als CSV (tekst) of GeoJSON en kies dat bestand.',
  'upload.mixed-encoding':
    'Het bestand lijkt gemengd UTF-8 en Windows-1252: regel {utf8Line} is UTF-8 ("{utf8Text}"), regel {ansiLine} Windows-1252 ("{ansiText}"). Zo worden letters als ë verminkt. Sla het bestand in één codering op, bij voorkeur als CSV UTF-8.',
  'upload.utf16-no-bom': 'Het bestand is UTF-16 ({encoding}) zonder byte-order-mark; herkend en zo gelezen.',
  'upload.no-number-column':
    'Geen kolom met cijfers: in de eerste {rows} rijen bestaat naast de sleutel (code of naam) en het jaar geen enkele kolom grotendeels uit getallen (kolommen: {columns}). Voeg een kolom toe met het aandeel corporatiebezit (%) of met de aantallen corporatiewoningen en woningen.',
  'upload.header-only':
    'Het bestand heeft alleen een kopregel ({columns}) en geen rijen: geen kolom met cijfers. Kies het bestand met de gegevens zelf.',
  'upload.no-usable-value':
    'Geen enkele waarde in kolom "{column}" is bruikbaar ({matched} gekoppelde gebieden: {nonNumeric} geen getal, {noData} leeg of geheim, {outOfRange} buiten bereik). Het bestand is niet gebruikt; kies de kolom met het aandeel of de aantallen, of controleer het decimaalteken.',
  'upload.few-usable-values':
    'Kolom "{column}" geeft maar voor {usable} van de {matched} gekoppelde gebieden een bruikbare waarde (minder dan {min} %); de andere zouden als "geen gegevens" op de kaart komen. Controleer de kolom en het decimaalteken, of bevestig dat u het zo wilt tonen.',
  'upload.fraction-ask':
    'De aandelen in kolom "{column}" liggen alle tussen 0 en 1 ({count} waarden, zoals "{value}" in rij {row}): dat lijken fracties, geen procenten. Zo getekend zou alles onder 1 % liggen. Bevestig de omrekening × 100 (0,455 wordt 45,5 %), of bevestig dat het echt procenten zijn.',
  'geojson.topojson':
    'Dit is TopoJSON (type "Topology"), geen GeoJSON. Zet het om naar GeoJSON, bijvoorbeeld met mapshaper of QGIS, en kies dat bestand.',
  'geojson.bare-feature':
    'Dit is één los GeoJSON-Feature, geen FeatureCollection met gebieden. Sla de gebieden op als FeatureCollection (in QGIS: Exporteren → Objecten opslaan als → GeoJSON).',
  'geojson.bare-geometry':
    'Dit is een losse geometrie ({value}) zonder eigenschappen, geen FeatureCollection: er is geen gebiedscode om te koppelen. Sla de gebieden op als FeatureCollection met een CBS-code per gebied.',
  'geojson.esri-json': 'Dit is Esri-JSON (ArcGIS), geen GeoJSON. Exporteer de laag als GeoJSON (in ArcGIS of QGIS) en kies dat bestand.',
  'geojson.too-deep':
    'De JSON is dieper genest dan {max} niveaus (regel {line}); zo is een bestand met gebiedsgrenzen nooit opgebouwd. Het bestand is niet gelezen; controleer of u het goede bestand koos.',
  'geojson.axes-swapped':
    'De coördinaten lijken verwisseld (y, x in plaats van x, y): zoals ze in het bestand staan ({given}) liggen de gebieden buiten Nederland; omgewisseld liggen ze in Nederland (lengte, breedte {swapped}). Bevestig het omwisselen van de assen, of sla het bestand opnieuw op met x (oost, lengtegraad) eerst.',
  'geojson.outside-nl':
    'Gebied {row} ({key}) ligt buiten Nederland (bij {lon}, {lat}); niet gebruikt. Controleer de coördinaten van dit gebied.',
  'geojson.all-outside-nl':
    'De gebieden liggen buiten Nederland (bij {lon}, {lat}); het bestand is niet gebruikt. Controleer het coördinatenstelsel: gebruik WGS84 (lengte, breedte) of RD New (EPSG:28992).',
  'geojson.checks-skipped':
    'Niet gecontroleerd of de rand zichzelf snijdt, omdat die meer dan {max} punten heeft: {keys} ({count} in totaal). Controleer die gebieden zo nodig in QGIS (Geometrie controleren).',
  'geojson.replaces-wijken':
    'Dit vervangt de {before} wijken van {gemeente} door {after} uit het bestand; van de kaart verdwijnen ({vanishing}): {names}.',
  'geojson.replaces-buurten':
    'Dit vervangt de {before} buurten van {gemeente} door {after} uit het bestand; van de kaart verdwijnen ({vanishing}): {names}.',
  'geojson.misplaced':
    'Gebied {key} ({name}) ligt niet in of bij {gemeente}, waar de code bij hoort, maar bij {lon}, {lat}. Controleer code en coördinaten.',
  'upload.too-complex':
    'Het bestand kon niet worden gelezen: het is te groot of te ingewikkeld opgebouwd voor deze browser. De kaart is niet veranderd. Splits het bestand of vereenvoudig de grenzen.',
  // issue 14, interface
  'upload.switched-off': '{off} staat nu uit: {on} komt ervoor in de plaats op de kaart. Zet {off} in de lijst weer aan om terug te gaan.',
  'upload.asked-on-restore':
    '{file} is uitgezet: het kan pas op de kaart als u eerst een vraag beantwoordt. Zet het in de lijst "Bewaarde bestanden" weer op de kaart om de vraag te zien.',
  'views.import-full':
    'Niet toegevoegd omdat de lijst vol is (hoogstens {max} weergaven): {skipped}. Verwijder eerst weergaven die u niet meer nodig hebt.',
  'views.pair-missing': 'Het paar uit de link kan niet worden getoond: {key} bestaat niet in de gegevens. De link toont geen paar.',
  'views.move-area-missing': 'Een ingreep uit de link gaat over {key}, een gebied dat niet in de gegevens bestaat; weggelaten.',
  'views.move-beyond-stock':
    '{move} van {n} woningen in {name} uit de link kan niet: daar zijn er maar {available} voor. De ingreep is weggelaten; stel hem zo nodig opnieuw in.',
  'views.move-implausible':
    '{move} van {n} woningen in {name} uit de link is meer dan de {available} woningen die er nu staan; zo groot kan een ingreep hier niet worden. De ingreep is weggelaten.',
  'app.english-failed': 'De Engelse teksten konden niet worden geladen; de kaart blijft in het Nederlands. Probeer het later opnieuw.',
};

/** Codes that stand as values in a problem's context (`move`, `what`, `by`), named in Dutch. */
export const TERMS_NL: Readonly<Record<string, string>> = {
  sell: 'Verkoop',
  liberalise: 'Liberalisatie',
  demolish: 'Sloop',
  'demolish-replace': 'Sloop met vervanging',
  build: 'Nieuwbouw',
  buy: 'Inponden',
  'too-few-points': 'minder dan 4 punten',
  'bad-coordinates': 'ongeldige coördinaten',
  'not-closed': 'niet gesloten',
  // issue 11
  'sell-to-occupant': 'Verkoop aan bewoners',
  'sell-to-landlord': 'Verkoop aan belegger of particuliere verhuurder',
  'liberalise-to-mid': 'Liberalisatie naar middenhuur',
  'demolish-rebuild': 'Sloop en nieuwbouw',
  'build-corporation': 'Nieuwbouw corporatie',
  'build-owner': 'Nieuwbouw koop',
  'build-private-rent': 'Nieuwbouw particuliere huur',
};
