/** How a colony's status reads in the interface: as printed, and why a disagreeing row is not drawn as protected. */
import type { Lang } from '../domain/numbers';
import type { Colony } from '../domain/overlays/types';
import { printedCode } from '../domain/overlays/colony-status';
import { COLONY_TABLE } from '../config/overlay-sources';
import { STATUS_STYLE } from '../config/overlays';
import { documentTitle } from './documents';
import type { Dict } from './nl';
import { fill } from './text';

/** `4. geen (Metten gesloopt).`: code and text as the table prints them. */
export const printedStatus = (c: Pick<Colony, 'status' | 'statusText'>): string => `${printedCode(c.status)} ${c.statusText}`;

/**
 * "Code en tekst spreken elkaar tegen: de tabel drukt code „4.” (bestemmingsplan) met tekst „geen (Metten gesloopt).”
 * (Meerjarige prestatieafspraken Heerlen 2024–2028, tabel Overzicht Mijnkoloniën) …": both printed values quoted, the table named
 * as a place in the document.
 */
export function colonyConflictNote(c: Pick<Colony, 'status' | 'statusText'>, t: Dict, lang: Lang): string {
  return fill(t.ovConflictNote, {
    place: `${documentTitle(COLONY_TABLE.seed, lang)}, ${COLONY_TABLE.section}`,
    code: printedCode(c.status),
    codeClass: STATUS_STYLE[c.status][lang],
    text: c.statusText,
  });
}
