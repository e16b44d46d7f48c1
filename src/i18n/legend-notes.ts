/** The text of a legend note in the interface language (screen legend and export draw the same notes). */
import type { LegendNote } from '../state/legend-model';
import type { Dict } from './nl';

export function legendNoteText(note: LegendNote, t: Dict): string {
  switch (note.key) {
    case 'legendNoBuurten':
      return `${t.legendNoBuurten}: ${note.names.join(', ')}.`;
    default:
      return t[note.key];
  }
}
