/**
 * The interface texts per language as catalogs: Dutch, the default, ships with the page; English is a JSON catalog
 * the page fetches the first time English is chosen (built from i18n/english.ts by .config/vite/catalog-plugin.ts),
 * so Dutch users never download it and it costs no JavaScript. Until it has arrived the Dutch texts are shown.
 */
import type { Lang } from '../domain/numbers';
import { PROBLEM_CODES, type ProblemCode } from '../domain/problem';
import { nl, type Dict } from './nl';
import { PROBLEMS_NL, TERMS_NL } from './problems';

export interface Catalog {
  dict: Dict;
  problems: Record<ProblemCode, string>;
  /** Codes that stand as values in a problem's context (a move kind, a ring problem), in words. */
  terms: Readonly<Record<string, string>>;
}

const DUTCH: Catalog = { dict: nl, problems: PROBLEMS_NL, terms: TERMS_NL };
let english: Catalog | null = null;

/** The catalog of a language; English falls back to Dutch until its catalog is installed. */
export const catalogOf = (lang: Lang): Catalog => (lang === 'en' && english ? english : DUTCH);

/** The interface texts of a language (Dutch until the English catalog has arrived). */
export const dictOf = (lang: Lang): Dict => catalogOf(lang).dict;

/** Has the English catalog arrived? */
export const englishInstalled = (): boolean => english !== null;

const isTexts = (v: unknown, keys: readonly string[]): v is Record<string, string> =>
  typeof v === 'object' && v !== null && keys.every((k) => typeof (v as Record<string, unknown>)[k] === 'string');

/**
 * A fetched catalog, checked before it is trusted: every interface text and every problem text must be there as
 * text (a stale or damaged file is refused and the interface stays Dutch). Null when refused.
 */
export function readCatalog(json: unknown): Catalog | null {
  const c = json as Partial<Catalog> | null;
  if (!c || !isTexts(c.dict, Object.keys(nl)) || !isTexts(c.problems, PROBLEM_CODES) || !isTexts(c.terms, Object.keys(TERMS_NL)))
    return null;
  return { dict: c.dict as Dict, problems: c.problems as Record<ProblemCode, string>, terms: c.terms };
}

/** Install the English catalog (after `readCatalog`; tests install i18n/english.ts directly). */
export function installEnglish(catalog: Catalog): void {
  english = catalog;
}
