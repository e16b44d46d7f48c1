/** Legend texts in the interface language, shared by the screen legend and the export: notes, class labels, band labels. */
import type { LegendBand, LegendClass, LegendModel, LegendNote } from '../state/legend-model';
import { formatNumber, formatPct, formatPoints, type Lang } from '../domain/numbers';
import type { Dict } from './nl';
import { formatEdge } from './format';
import { fill } from './text';

export function legendNoteText(note: LegendNote, t: Dict): string {
  switch (note.key) {
    case 'legendNoBuurten':
      return `${t.legendNoBuurten}: ${note.names.join(', ')}.`;
    case 'planYearNote':
      return fill(t.planYearNote, { year: note.year });
    default:
      return t[note.key];
  }
}

/** `onder de band`, or for a range class `10–15 %` / `≥ 30 %`. */
export function legendClassLabel(c: LegendClass, t: Dict, lang: Lang): string {
  if (!c.range) return t[c.id as 'below'];
  const [from, to] = c.range;
  if (to === null) return `≥ ${formatEdge(from, lang)}`;
  if (from === 0) return `< ${formatEdge(to, lang)}`;
  return `${formatEdge(from, lang).replace(/\u00a0%$/, '')}–${formatEdge(to, lang)}`;
}

/** `Heerlen: 21 % – 51 % (vastgestelde richtlijn …)`, or that the gemeente has no band. */
export function legendBandText(b: LegendBand, t: Dict, lang: Lang): string {
  if (!b.band) return `${b.name}: ${t.bandNone}`;
  return `${b.name}: ${formatEdge(b.band.lower, lang)} – ${formatEdge(b.band.upper, lang)} (${t[b.band.label]})`;
}

/** The legend's title for its indicator. */
export const legendTitle = (m: Pick<LegendModel, 'indicator'>, t: Dict): string =>
  ({ corporation: t.legendTitle, 'private-rent': t.legendTitlePrivate, 'target-distance': t.legendTitleTarget })[m.indicator];

/** The axis under the strip for its indicator. */
export const legendAxis = (m: Pick<LegendModel, 'indicator'>, t: Dict): string =>
  ({ corporation: t.legendAxis, 'private-rent': t.legendAxisPrivate, 'target-distance': t.legendAxisTarget })[m.indicator];

/**
 * The strip's end labels: shares run 0–100 %; the streefbeeld's distance runs −50 to +50 points with the target in
 * the middle (a dot sits at 50 + its distance), so "0 %" and "100 %" would mislead there.
 */
export const legendStripEnds = (m: Pick<LegendModel, 'indicator'>, lang: Lang): readonly [string, string] =>
  m.indicator === 'target-distance' ? [formatNumber(-50, 0, lang), `+${formatNumber(50, 0, lang)}`] : ['0 %', '100 %'];

/** A dot's value as its tooltip says it: a share, or points from the target. */
export const legendDotValue = (m: Pick<LegendModel, 'indicator'>, pct: number, lang: Lang): string =>
  m.indicator === 'target-distance' ? formatPoints(pct - 50, lang, 1) : formatPct(pct, lang, 0);
