/**
 * The policy documents the rules quote, named as documents (never as files): a passage is shown as
 * "document, section" with its words. The words stay Dutch in both languages: they are quotes.
 */
import type { Lang } from '../domain/numbers';
import type { PolicySource } from '../domain/policy-source';
import { SEED } from '../config/seeds';

const TITLES: Record<string, Record<Lang, string>> = {
  [SEED.prestatieafsprakenHeerlen]: {
    nl: 'Meerjarige prestatieafspraken Heerlen 2024–2028',
    en: 'Multi-year performance agreements Heerlen 2024–2028',
  },
  [SEED.prestatieafsprakenParkstad]: {
    nl: 'Regionale prestatieafspraken Parkstad Limburg 2024–2028',
    en: 'Regional performance agreements Parkstad Limburg 2024–2028',
  },
  [SEED.woonfundament]: { nl: 'Nieuw Heerlens Woonfundament', en: 'Nieuw Heerlens Woonfundament (housing vision Heerlen)' },
  [SEED.kaderKerkrade]: {
    nl: 'Lokaal meerjarig kader prestatieafspraken Kerkrade 2021–2025',
    en: 'Local multi-year framework for performance agreements Kerkrade 2021–2025',
  },
  [SEED.nplvHeerlenNoord]: {
    nl: 'Bestuurlijke afspraken NPLV Heerlen Noord (juni 2025)',
    en: 'Administrative agreements NPLV Heerlen Noord (June 2025)',
  },
};

/** The document's title in the user's language; an unknown document is named as such, never by its file. */
export function documentTitle(seed: string, lang: Lang): string {
  return TITLES[seed]?.[lang] ?? (lang === 'nl' ? 'beleidsdocument' : 'policy document');
}

/** "Nieuw Heerlens Woonfundament, §2.2.1": where a passage stands. */
export function sourcePlace(source: PolicySource, lang: Lang): string {
  return `${documentTitle(source.seed, lang)}, ${source.section}`;
}
