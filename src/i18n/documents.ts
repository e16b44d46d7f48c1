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

/** The research behind the overlays and the data files, named as what they are (the files stay in the trace). */
const RESEARCH: readonly (readonly [RegExp, Record<Lang, string>])[] = [
  [/(?:places\/)?colonies\.csv/g, { nl: 'bronnenonderzoek mijnkoloniën', en: 'source research on the mining colonies' }],
  [/(?:places\/)?projects\.csv/g, { nl: 'bronnenonderzoek projecten', en: 'source research on the projects' }],
  [/(?:places\/)?nplv\.md/g, { nl: 'bronnenonderzoek wijken Heerlen-Noord', en: 'source research on the Heerlen-Noord districts' }],
  [/heritage\/[\w-]+\.geojson(?: BRON_ID \d+)?/g, { nl: 'RCE, rijksbeschermd gezicht', en: 'RCE, protected townscape' }],
  [/geodata\/\w+\.geojson/g, { nl: 'CBS wijk- en buurtkaart', en: 'CBS district and neighbourhood map' }],
];

/**
 * A provenance text with every seed reference ("seed 000_593056608ede5956.txt", "Seed 004") replaced by the document's
 * title and every research or data file by what it is, so notes and sources built by the data scripts name
 * documents, not files.
 */
export function nameDocuments(text: string, lang: Lang): string {
  return RESEARCH.reduce((out, [re, name]) => out.replace(re, name[lang]), nameSeeds(text, lang));
}

/** Only the seed references named (`seed 004` → its title): the trace, which keeps the research files as they are. */
export function nameSeeds(text: string, lang: Lang): string {
  return text.replace(/\b[Ss]eed (\d{3})(?:_[0-9a-f]+\.txt)?/g, (_whole, n: string) => {
    const file = Object.values(SEED).find((f) => f.startsWith(`${n}_`));
    return file ? documentTitle(file, lang) : documentTitle('', lang);
  });
}

/**
 * The documents a source line cites, each once, for the "Bron" row: `seed 000_….txt (tabel Overzicht Mijnkoloniën,
 * rij 1) | places/colonies.csv: [RCE-SDG] BRON_ID 239 part 1 | heritage/rce-….geojson BRON_ID 239 (Leenhof-Schaesberg)`
 * → `Meerjarige prestatieafspraken Heerlen 2024–2028 (tabel Overzicht Mijnkoloniën, rij 1)`, `bronnenonderzoek
 * mijnkoloniën`, `RCE, rijksbeschermd gezicht Leenhof-Schaesberg`. Reference keys and file details are left to the
 * trace (the whole line, behind a disclosure).
 */
export function sourceDocuments(source: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const part of source.split(/\s*[|;]\s*/)) {
    const seed = /^seed \d{3}/i.test(part);
    const rce = /^heritage\/\S+ BRON_ID \d+ \((.+)\)$/.exec(part);
    const research = RESEARCH.slice(0, 3).find(([re]) => part.search(re) >= 0);
    let doc: string | null = null;
    if (seed) doc = nameSeeds(part, lang);
    else if (rce) doc = `${RESEARCH[3]?.[1][lang] ?? ''} ${rce[1] ?? ''}`;
    else if (/^CBS \d{4} /.test(part)) doc = part.replace(/\s*\([^)]*\)$/, '');
    else if (research) doc = research[1][lang];
    else if (/geodata\//.test(part)) doc = nameDocuments(part, lang);
    if (doc && !out.includes(doc)) out.push(doc);
  }
  return out;
}

/**
 * A note without the research's own words, which are English (`nplv.md §2b: unverified candidate (mainly …)`): shown
 * to the reader; the whole note stays in the trace.
 */
export function withoutResearchNotes(text: string): string {
  return text.replace(/\s*(?:places\/)?\w+\.md §\w+: [^.()]*(?:\([^)]*\))?\.?/g, '').trim();
}
