/** Small text helpers: placeholders in translated templates and dates in the interface language. */
import type { Lang } from '../domain/numbers';

/** `fill('Dia {n} van {total}', { n: 2, total: 5 })` → `Dia 2 van 5`; unknown placeholders stay as they are. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const DATE_LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** `formatDate(new Date(2025, 4, 12), 'nl')` → `12 mei 2025`; English → `12 May 2025`. */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
