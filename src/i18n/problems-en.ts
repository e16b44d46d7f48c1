/** The problem texts in English: part of the English catalog, loaded when English is chosen (i18n/english.ts). */
import type { ProblemCode } from '../domain/problem';

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
  // issue 14, interface
  'upload.switched-off': '{off} is now off: {on} takes its place on the map. Switch {off} back on in the list to go back.',
  'upload.asked-on-restore':
    '{file} was switched off: it can go on the map only after you answer a question. Put it back on the map in the list "Stored files" to see the question.',
  'views.import-full': 'Not added because the list is full (at most {max} views): {skipped}. Delete views you no longer need first.',
  'views.pair-missing': 'The pair in the link cannot be shown: {key} does not exist in the data. The link shows no pair.',
  'views.move-area-missing': 'A change in the link concerns {key}, an area that does not exist in the data; left out.',
  'views.move-beyond-stock':
    '{move} of {n} dwellings in {name} from the link is not possible: there are only {available} for it. The change was left out; set it again if needed.',
  'views.move-implausible':
    '{move} of {n} dwellings in {name} from the link is more than the {available} dwellings there now; a change cannot be that large here. The change was left out.',
  'app.english-failed': 'The English texts could not be loaded; the map stays in Dutch. Try again later.',
};

/** Codes that stand as values in a problem's context (`move`, `what`, `by`), named in English. */
export const TERMS_EN: Readonly<Record<string, string>> = {
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
};
