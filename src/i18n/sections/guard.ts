/**
 * Interface texts of issue 14 (interface half): questions asked before an upload is drawn, unreadable
 * stored uploads, views kept aside, storage blocked, links checked. Dutch first; English has the same keys.
 */
export const guardNl = {
  askTitle_fraction: 'Fracties of procenten?',
  askTitle_few: 'Weinig bruikbare waarden',
  askTitle_swap: 'Coördinaten omgewisseld?',
  askTitle_replace: 'Grenzen vervangen?',
  askFile: 'Bestand: {file}',
  askIntact: 'De kaart verandert pas als u een antwoord kiest. Annuleren laat alles zoals het was.',
  askStep: 'Vraag {n} van {total}',
  askAnswer_scale100: 'Omrekenen × 100 (0,455 wordt 45,5 %)',
  askAnswer_scale1: 'Het zijn procenten: zo tonen',
  askAnswer_accept: 'Toch tonen',
  askAnswer_swap: 'Assen omwisselen en inlezen',
  askAnswer_replaceGemeente: 'Alles vervangen ({n} gebieden verdwijnen van de kaart)',
  askAnswer_replaceCodes: 'Alleen de codes uit het bestand vervangen',
  askCancel: 'Annuleren',
  uploadNoticesTitle: 'Bij het lezen opgemerkt',
  uploadNumberColumns: 'Als getalkolom worden alleen kolommen met cijfers aangeboden.',
  uploadRowsNote: 'Rijnummers zoals in het rekenblad: de kopregel is rij 1.',
  uploadRowsWord: 'rijen',
  uploadReportChecks: 'Zelfdoorsnijding gecontroleerd bij {checked} van de {total} gebieden.',
  uploadReportChecksSkipped: 'Niet gecontroleerd (meer dan {max} punten in de rand): {keys}.',
  uploadReportAllGoodGeo: 'Elk gebied is gelezen en gecontroleerd; er zijn geen meldingen.',
  uploadUnreadable: 'kan niet worden gelezen (beschadigd opgeslagen) en is niet gebruikt. Verwijder het en lees het bestand opnieuw in.',
  uploadUnreadableName: 'Bestand zonder leesbare naam',
  uploadRemoveUnreadable: 'Verwijderen',
  storageBlocked:
    'Deze browser staat opslaan niet toe. Wijkbalans werkt, maar weergaven, scenario’s en eigen bestanden blijven alleen tot u de pagina sluit. Exporteer of download wat u wilt bewaren.',
  viewsAsideTitle: 'Apart gehouden weergaven',
  viewsAside:
    'Eerder opgeslagen weergaven konden niet (helemaal) worden gelezen. Ze zijn apart gehouden en worden niet overschreven; download ze om ze te bewaren of te laten herstellen.',
  viewsAsideDownload: 'Download apart gehouden weergaven',
  viewsAsideNotStored:
    'Ze konden niet apart worden bewaard in deze browser; daarom worden weergaven hier niet meer opgeslagen tot u ze hebt gedownload en de pagina opnieuw laadt.',
  viewNoticeUnreadable: 'De link kon niet worden gelezen; de standaardweergave wordt getoond.',
  viewNoticeOutside:
    'De kaartpositie uit de link ({lon}, {lat}, zoom {zoom}) ligt ver buiten Parkstad Limburg; de kaart toont het gekozen gebied.',
  viewFieldInd: 'indicator',
  viewFieldScenario: 'scenario',
  viewFieldMoves: 'ingrepen',
  viewFieldUnknown: 'onbekend veld "{key}"',
} as const;

export const guardEn: { [K in keyof typeof guardNl]: string } = {
  askTitle_fraction: 'Fractions or percentages?',
  askTitle_few: 'Few usable values',
  askTitle_swap: 'Coordinates swapped?',
  askTitle_replace: 'Replace boundaries?',
  askFile: 'File: {file}',
  askIntact: 'The map changes only when you choose an answer. Cancel leaves everything as it was.',
  askStep: 'Question {n} of {total}',
  askAnswer_scale100: 'Convert × 100 (0.455 becomes 45.5 %)',
  askAnswer_scale1: 'They are percentages: show as they are',
  askAnswer_accept: 'Show anyway',
  askAnswer_swap: 'Swap the axes and read',
  askAnswer_replaceGemeente: 'Replace everything ({n} areas disappear from the map)',
  askAnswer_replaceCodes: 'Replace only the codes in the file',
  askCancel: 'Cancel',
  uploadNoticesTitle: 'Noticed while reading',
  uploadNumberColumns: 'Only columns with figures are offered as the number column.',
  uploadRowsNote: 'Row numbers as in the spreadsheet: the header is row 1.',
  uploadRowsWord: 'rows',
  uploadReportChecks: 'Checked for self-intersection: {checked} of the {total} areas.',
  uploadReportChecksSkipped: 'Not checked (more than {max} points in the boundary): {keys}.',
  uploadReportAllGoodGeo: 'Every area was read and checked; there are no messages.',
  uploadUnreadable: 'cannot be read (stored damaged) and was not used. Remove it and upload the file again.',
  uploadUnreadableName: 'File without a readable name',
  uploadRemoveUnreadable: 'Remove',
  storageBlocked:
    'This browser does not allow storing data. Wijkbalans works, but views, scenarios and your own files last only until you close the page. Export or download what you want to keep.',
  viewsAsideTitle: 'Views kept aside',
  viewsAside:
    'Views stored earlier could not be read (in full). They have been kept aside and are not overwritten; download them to keep them or have them repaired.',
  viewsAsideDownload: 'Download the views kept aside',
  viewsAsideNotStored:
    'They could not be kept aside in this browser; views are therefore no longer stored here until you have downloaded them and reload the page.',
  viewNoticeUnreadable: 'The link could not be read; the default view is shown.',
  viewNoticeOutside:
    'The map position in the link ({lon}, {lat}, zoom {zoom}) lies far outside Parkstad Limburg; the map shows the chosen area.',
  viewFieldInd: 'indicator',
  viewFieldScenario: 'scenario',
  viewFieldMoves: 'changes',
  viewFieldUnknown: 'unknown field "{key}"',
};
