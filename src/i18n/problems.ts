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
};

export const PROBLEMS_EN: Record<ProblemCode, string> = {
  'csv.empty': 'The file has no header row.',
  'csv.duplicate-column': 'Column "{column}" appears twice.',
  'csv.missing-column': 'Column "{column}" is missing.',
  'csv.field-count': 'This row has {fields} fields, the header {expected}.',
  'csv.quotes': 'A quotation mark is never closed; the rest of the file may have ended up in one field.',
  'csv.delimiter': 'The delimiter could not be detected; choose it yourself.',
  'csv.non-numeric': '"{value}" is not a number; treated as no data.',
  'csv.out-of-range': '{value} is outside 0–100 %; treated as no data.',
  'csv.bad-code': '"{value}" is not a CBS code (GM/WK/BU); row skipped.',
  'csv.bad-key': 'Row without a valid code or year ("{value}"); skipped.',
  'csv.level-mismatch': 'Level "{value}" does not fit code {key}; {level} used.',
  'geojson.syntax': 'This is not valid JSON (line {line}, character {char}).',
  'geojson.not-collection': 'This is not a GeoJSON FeatureCollection of areas.',
  'geojson.unsupported-crs': 'Coordinate reference system {crs} is not supported; use WGS84 (EPSG:4326) or RD New (EPSG:28992).',
  'geojson.rd-not-supported': 'RD New (EPSG:28992) is not converted here; use WGS84.',
  'geojson.unknown-crs': 'The coordinates fit neither WGS84 (longitude/latitude) nor RD New (metres); the coordinate system is unknown.',
  'geojson.reprojected': 'RD New (EPSG:28992) recognised; converted to WGS84.',
  'geojson.missing-code': 'Area {row} has no code property ({keys}).',
  'geojson.bad-code': 'Area {row} has no valid CBS code ("{value}").',
  'geojson.empty-geometry': 'Area {row} ({key}) has an empty geometry.',
  'geojson.invalid-geometry': 'Area {row} ({key}) has an invalid boundary ({what}).',
  'geojson.unsupported-geometry': 'Area {row} ({key}) is a {value}; only areas (Polygon, MultiPolygon) can be drawn.',
  'geojson.self-intersection': 'The boundary of area {row} ({key}) crosses itself at {lon}, {lat}; shape and area may be off.',
  'geojson.gemeente-ignored': '{count} municipality boundaries in the file; only wijk and buurt boundaries are replaced.',
  'geojson.no-areas': 'Not a single usable wijk or buurt in the file.',
  'join.duplicate-row': 'Code {key} is in rows {rows}; the first is used.',
  'join.duplicate-feature': 'Code {key} occurs more than once in the boundaries; the first is used.',
  'join.unmatched-feature': 'Area {name} ({key}) has no figures.',
  'overlay.bad-row': 'Unknown status "{status}" or precision "{precision}"; not shown.',
  'overlay.missing-point': '{name}: precision {precision} but no coordinate; not drawn.',
  'overlay.unknown-kind': 'Kind "{value}" unknown; shown as other.',
  'overlay.not-collection': 'The map layer NPLV Heerlen-Noord could not be read.',
  'overlay.bad-feature': 'Part {row} of the NPLV map layer is not an NPLV wijk or focus area; not drawn.',
  'upload.empty-file': 'The file is empty.',
  'upload.too-large': '{file} is {size} MB; the limit is {limit} MB. Split the file or leave out columns you do not need.',
  'upload.non-numeric': '"{value}" is not a number; treated as no data.',
  'upload.out-of-range': '{value} is outside 0–100 %; treated as no data.',
  'upload.negative': '{value} is negative; treated as no data.',
  'upload.corporation-over-total': '{corporation} corporation dwellings is more than the total ({total}); treated as no data.',
  'upload.zero-total': 'The total number of dwellings is 0; no share can be computed.',
  'upload.bad-year': '"{value}" is not a year.',
  'upload.matched-by-name': '"{value}" is not a CBS code; matched by the name "{name}" to {key}.',
  'upload.empty-key': 'Empty key; row not matched.',
  'upload.bad-code': '"{value}" is not a CBS code; row not matched.',
  'upload.no-area': '"{value}": code without an area on the map.',
  'upload.unknown-name': '"{value}": name not found.',
  'upload.ambiguous': '"{value}": the name fits several areas ({candidates}).',
  'upload.duplicate-code': 'Code {key} is in rows {rows}; row {first} is used.',
  'upload.older-years': '{count} rows of older years skipped; the latest year is used per area.',
  'upload.fraction-suspected':
    'All shares lie between 0 and 1: are they fractions instead of percentages? Convert them to percent (× 100) first.',
  'upload.no-match':
    'Not a single row fits an area on the map ({count} rows read). Check the key column and whether it holds codes or names.',
  'upload.mapping-column': 'Column "{column}" of the mapping is not in the header.',
  'upload.no-result': 'The file gave no usable data.',
  'upload.not-loaded': 'The embedded data has not loaded yet; try again in a moment.',
  'upload.worker-failed': 'Processing the file was aborted (too large or unreadable). The map has not changed.',
  'upload.storage': 'This browser cannot store the file; it stays only until you close the page.',
  'scenario.no-data': 'Area {key} has no dwelling count or corporation share; move skipped.',
  'scenario.limited': '{move} of {n} dwellings in {name}: only {available} are available.',
  'scenario.storage-unavailable': 'Browser storage is not available; scenarios last until you close the page.',
  'scenario.storage-write': 'Scenarios could not be stored in the browser.',
  'scenario.storage-invalid': 'Stored scenarios are unreadable; ignored.',
  'scenario.storage-version': 'Stored scenarios have an unknown format or version; ignored.',
  'scenario.storage-entry': 'Stored scenario {index} is unreadable or a duplicate; skipped.',
  'views.unreadable': 'The file of saved views could not be read.',
  'views.not-json': 'The file is not valid JSON.',
  'views.wrong-format': 'This is not a file of saved Wijkbalans views.',
  'views.wrong-version': 'File version {version} is not supported.',
  'views.incomplete': 'A view without a title or link was skipped.',
  'views.link-version': 'The link of "{key}" comes from another version; skipped.',
  'views.link-damaged': 'In "{title}", {fields} were reset to their defaults.',
  'views.too-many': 'More than {max} views; the rest was skipped.',
  'views.storage-read': 'Saved views could not be read; they have been kept aside.',
  'views.storage-write': 'Views could not be kept in this browser; they last until you close the page.',
  'views.fullscreen': 'Full screen is not available; the presentation fills the window.',
  'views.clipboard': 'Copying to the clipboard failed; copy the link from the address bar.',
  'views.area-missing': 'Area {key} from the link does not exist at this level; nothing is selected.',
  'views.scenario-missing': 'Scenario “{key}” is not saved in this browser; the link shows the pair without that scenario.',
  'views.export-failed': 'Export failed; try a smaller size or close other tabs.',
  'geojson.unknown-note': 'Unknown note "{value}" on {key}; not shown.',
  'trend.bad-row': 'Invalid value "{value}"; row of the time series skipped.',
  'trend.duplicate-row': '{key} occurs twice in the time series; the first row counts.',
  'trend.bad-break': 'Break "{value}" is not 0 or 1; read as 0.',
  'programme.bad-file': 'The programme file could not be read; the programme starts empty.',
  'programme.bad-item': 'Part {row} of the programme is incomplete or invalid; skipped.',
  'load.failed': 'The map data could not be loaded. Check the connection and reload the page.',
  'load.overlays-failed': 'The map layers (mining colonies, NPLV, projects) could not be loaded.',
  // issue 11
  'scenario.legacy-liberalise':
    'Liberalisation of {n} dwellings in {name} (from an earlier saved scenario or an old link): a liberalised dwelling stays corporation-owned, so the corporation share no longer changes (this move used to count as a sale). If a sale to an investor was meant, choose that move.',
  'scenario.corporation-loss':
    '{key} ends this scenario with {n} fewer corporation dwellings. Mixing without displacing asks for the number to stay the same: compensate elsewhere.',
  'scenario.sales-exceed-additions':
    '{key}: {sold} corporation dwellings sold and {added} added to the social rent stock. Agreement 7 of the regional performance agreements: no more sales than additions in the same municipality.',
  'scenario.large-for-area':
    '{name}: adding {n} dwellings is more than {share} % of the {dwellings} dwellings there now; is that feasible?',
  'scenario.above-programme': '{key}: {n} new dwellings in this scenario, more than the {max} of the building programme ({period}).',
  'scenario.above-social-programme':
    '{key}: {n} new corporation dwellings, more than the {max} social dwellings of the building programme.',
  // issue 14
  'csv.unclosed-quote':
    'Row {row} opens a quotation mark (") that is never closed, so everything after it ends up in one field of row {row}: row {rows} ({count} in all). The file was not read; close or remove that quotation mark and save the file again.',
  'csv.unclosed-quote-last':
    'Row {row}, the last one, opens a quotation mark (") that is never closed. The file was not read; close or remove that quotation mark and save the file again.',
  'csv.sep-unsupported':
    'The first line "sep={value}" names a delimiter Wijkbalans does not read. Save the file with a semicolon, comma, tab or | as delimiter.',
  'upload.binary-image':
    'This is an image ({format}), not a table of figures. Save the data as CSV (in Excel: Save As → CSV) or as GeoJSON.',
  'upload.binary-excel':
    'This is an Excel or spreadsheet file ({format}), not CSV. Open it in Excel or LibreOffice and choose Save As → CSV; then choose that CSV file.',
  'upload.binary-zip': 'This is a compressed file ({format}), not CSV or GeoJSON. Unpack it and choose the CSV or GeoJSON file inside.',
  'upload.binary-pdf': 'This is a PDF, not a table of figures. Ask for the data as a CSV or Excel file and save it as CSV.',
  'upload.binary': 'This is not a text file: it contains binary data. Save the data as CSV (text) or GeoJSON and choose that file.',
  'upload.mixed-encoding':
    'The file seems to mix UTF-8 and Windows-1252: line {utf8Line} is UTF-8 ("{utf8Text}"), line {ansiLine} Windows-1252 ("{ansiText}"). Letters such as ë would be garbled. Save the file in one encoding, preferably as CSV UTF-8.',
  'upload.utf16-no-bom': 'The file is UTF-16 ({encoding}) without a byte-order mark; recognised and read as such.',
  'upload.no-number-column':
    'No column with figures: in the first {rows} rows no column besides the key (code or name) and the year consists mostly of numbers (columns: {columns}). Add a column with the corporation share (%) or with the numbers of corporation dwellings and of dwellings.',
  'upload.header-only': 'The file has only a header ({columns}) and no rows: no column with figures. Choose the file with the data itself.',
  'upload.no-usable-value':
    'Not a single value in column "{column}" is usable ({matched} matched areas: {nonNumeric} not a number, {noData} blank or secret, {outOfRange} out of range). The file was not used; choose the column with the share or the counts, or check the decimal mark.',
  'upload.few-usable-values':
    'Column "{column}" gives a usable value for only {usable} of the {matched} matched areas (less than {min} %); the others would show as "no data" on the map. Check the column and the decimal mark, or confirm that you want it shown like this.',
  'upload.fraction-ask':
    'The shares in column "{column}" all lie between 0 and 1 ({count} values, such as "{value}" in row {row}): they look like fractions, not percentages. Drawn as they are, everything would be below 1 %. Confirm converting them × 100 (0.455 becomes 45.5 %), or confirm that they really are percentages.',
  'geojson.topojson':
    'This is TopoJSON (type "Topology"), not GeoJSON. Convert it to GeoJSON, for instance with mapshaper or QGIS, and choose that file.',
  'geojson.bare-feature':
    'This is a single GeoJSON Feature, not a FeatureCollection of areas. Save the areas as a FeatureCollection (in QGIS: Export → Save Features As → GeoJSON).',
  'geojson.bare-geometry':
    'This is a bare geometry ({value}) without properties, not a FeatureCollection: there is no area code to match. Save the areas as a FeatureCollection with a CBS code per area.',
  'geojson.esri-json': 'This is Esri JSON (ArcGIS), not GeoJSON. Export the layer as GeoJSON (in ArcGIS or QGIS) and choose that file.',
  'geojson.too-deep':
    'The JSON is nested deeper than {max} levels (line {line}); a file of area boundaries is never built like that. The file was not read; check that you chose the right file.',
  'geojson.axes-swapped':
    'The coordinates seem swapped (y, x instead of x, y): as written in the file ({given}) the areas lie outside the Netherlands; swapped, they lie in the Netherlands (longitude, latitude {swapped}). Confirm swapping the axes, or save the file again with x (east, longitude) first.',
  'geojson.outside-nl':
    'Area {row} ({key}) lies outside the Netherlands (near {lon}, {lat}); not used. Check the coordinates of this area.',
  'geojson.all-outside-nl':
    'The areas lie outside the Netherlands (near {lon}, {lat}); the file was not used. Check the coordinate system: use WGS84 (longitude, latitude) or RD New (EPSG:28992).',
  'geojson.checks-skipped':
    'Not checked for a boundary that crosses itself, because it has more than {max} points: {keys} ({count} in all). Check those areas in QGIS if needed (Check Validity).',
  'geojson.replaces-wijken':
    'This replaces the {before} wijken of {gemeente} with {after} from the file; disappearing from the map ({vanishing}): {names}.',
  'geojson.replaces-buurten':
    'This replaces the {before} buurten of {gemeente} with {after} from the file; disappearing from the map ({vanishing}): {names}.',
  'geojson.misplaced':
    'Area {key} ({name}) does not lie in or near {gemeente}, where its code belongs, but near {lon}, {lat}. Check code and coordinates.',
  'upload.too-complex':
    'The file could not be read: it is too large or too complex for this browser. The map has not changed. Split the file or simplify the boundaries.',
};

/** Codes that stand as values in a problem's context (`move`, `what`, `by`), named per language. */
export const PROBLEM_TERMS = {
  nl: {
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
  },
  en: {
    sell: 'Sale',
    liberalise: 'Liberalisation',
    demolish: 'Demolition',
    'demolish-replace': 'Demolition with replacement',
    build: 'New build',
    buy: 'Purchase',
    'too-few-points': 'fewer than 4 points',
    'bad-coordinates': 'invalid coordinates',
    'not-closed': 'not closed',
    // issue 11
    'sell-to-occupant': 'Sale to occupants',
    'sell-to-landlord': 'Sale to an investor or private landlord',
    'liberalise-to-mid': 'Liberalisation to mid-rent',
    'demolish-rebuild': 'Demolition and rebuilding',
    'build-corporation': 'New corporation build',
    'build-owner': 'New owner-occupied build',
    'build-private-rent': 'New private rent build',
  },
} as const satisfies Record<'nl' | 'en', Record<string, string>>;
