/** Render a Problem in the user's language: the code's text with its context filled in, plus where it is. */
import type { Problem, ProblemValue } from '../domain/problem';
import { formatNumber, type Lang } from '../domain/numbers';
import { catalogOf } from './catalog';
import { fill } from './text';

const MORE = {
  nl: '… en nog {more} meldingen van deze soort ({total} in totaal).',
  en: '… and {more} more of this kind ({total} in all).',
} as const;
const ROW = { nl: 'rij {row}', en: 'row {row}' } as const;
const COLUMN = { nl: 'kolom "{column}"', en: 'column "{column}"' } as const;
/** Context values that are positions, not quantities: never given thousands separators. */
const PLAIN = new Set(['row', 'line', 'char', 'index', 'year', 'lon', 'lat']);
/** Context values that are codes of a term (a move kind, a ring problem), shown in words. */
const TERMS = new Set(['move', 'what']);

function term(value: string, lang: Lang): string {
  return catalogOf(lang).terms[value] ?? value;
}

function values(p: Problem, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.context) as [string, ProblemValue | undefined][]) {
    if (v === undefined) continue;
    if (typeof v === 'number' && !PLAIN.has(k)) out[k] = formatNumber(v, Number.isInteger(v) ? 0 : 1, lang);
    else out[k] = TERMS.has(k) ? term(String(v), lang) : String(v);
  }
  return out;
}

/** The message alone, e.g. `"abc" is geen getal; behandeld als geen gegevens.` */
export function problemMessage(p: Problem, lang: Lang): string {
  const template = p.context.more !== undefined ? MORE[lang] : catalogOf(lang).problems[p.code];
  return fill(template, values(p, lang));
}

/** Where the problem is (`rij 12 · kolom "corporatie"`), leaving out what the message already names; '' when nothing. */
export function problemWhere(p: Problem, lang: Lang): string {
  const template = catalogOf(lang).problems[p.code];
  const parts: string[] = [];
  if (p.context.row !== undefined && !template.includes('{row}')) parts.push(fill(ROW[lang], { row: p.context.row }));
  if (p.context.column !== undefined && !template.includes('{column}')) parts.push(fill(COLUMN[lang], { column: p.context.column }));
  return parts.join(' · ');
}

/** Message with its location in front: `rij 12 · kolom "x": "abc" is geen getal; …`. */
export function problemText(p: Problem, lang: Lang): string {
  const where = problemWhere(p, lang);
  const message = problemMessage(p, lang);
  return where ? `${where}: ${message}` : message;
}
