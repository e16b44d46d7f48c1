/** Words for the trend view and the coverage notes in the interface language (pure; the data stays language-free). */
import type { TrendLine, TrendNote } from '../domain/trend-view';
import type { MapLevel } from '../domain/types';
import type { AreaNote } from '../domain/area-notes';
import type { Dict } from './nl';
import { fill } from './text';

/** "A", "A en B", "A, B en C" (English: "and"). */
export function listText(items: readonly (string | number)[], t: Dict): string {
  const s = items.map(String);
  if (s.length <= 1) return s.join('');
  return `${s.slice(0, -1).join(', ')} ${t.trendAnd} ${s[s.length - 1] ?? ''}`;
}

const REFERENCE_NAMES: Readonly<Record<string, keyof Dict>> = {
  parkstad: 'trendRefParkstad',
  limburg: 'trendRefLimburg',
  nederland: 'trendRefNederland',
};

/** The name of a trend line or comparison row: a region in the interface language, a gemeente as CBS names it. */
export function regionName(code: string, name: string, t: Dict): string {
  const key = REFERENCE_NAMES[code];
  return key ? t[key] : name;
}

export const lineName = (line: Pick<TrendLine, 'code' | 'name'>, t: Dict): string => regionName(line.code, line.name, t);

/** A remark under the trend chart. */
export function trendNoteText(note: TrendNote, t: Dict): string {
  const name = regionName(note.code, note.name, t);
  switch (note.kind) {
    case 'predecessors':
      return fill(t.trendNotePredecessors, { name, from: note.from, to: note.to, parts: listText(note.parts, t), merged: note.to + 1 });
    case 'sum-of-gemeenten':
      return fill(t.trendNoteSum, { name });
    case 'break':
      return fill(t.trendNoteBreak, { name, years: listText(note.years, t) });
  }
}

/** The note for gemeenten whose areas at a level have no figures. */
export function noFiguresText(level: MapLevel, names: readonly string[], t: Dict): string {
  return fill(level === 'buurt' ? t.noFiguresBuurt : t.noFiguresWijk, { names: listText(names, t) });
}

/** The caveat of a note on a single area (geodata `opmerking`). */
export function areaNoteText(note: AreaNote, t: Dict): string {
  return note === 'code-2024-onbevestigd' ? t.caveatCodeUnconfirmed : t.caveatDerivedPolygon;
}
