/**
 * Passages of seed 000 that the NPLV overlay cites beyond nplv.md (issue 11 §5), applied by rule:
 * - a focus area with a plan passage (FOCUS_PLAN_SOURCES) is drawn as the one wijk that holds every buurt of the
 *   gemeente the passage names (Vrieheide + Versiliënbosch → the wijk that holds both);
 * - an inferred wijk is cited by each passage of INFERRED_WIJK_SOURCES that names the wijk or one of its buurten.
 * Every quote must stand verbatim (whitespace flattened) in its seed, or the build stops.
 */
import type { PolicySource } from '../../src/domain/policy-source.ts';
import type { Area, CbsData } from './cbs-areas.ts';
import { squash } from './text.ts';

/** A cited passage as nplv.geojson stores it (`citaten`): seed file, section, the words. */
export interface Citation {
  seed: string;
  sectie: string;
  citaat: string;
}

/** The passage as a citation; throws unless its words stand in `flatSeed` (the seed, whitespace flattened). */
export function citation(source: PolicySource, flatSeed: string): Citation {
  const words = squash(source.quote);
  if (!flatSeed.includes(words)) throw new Error(`seed ${source.seed}: passage not found verbatim: "${words.slice(0, 70)}…"`);
  return { seed: source.seed, sectie: source.section, citaat: words };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Is `name` a whole word (or words) of `text`? Letters, digits and hyphens next to it make it part of another name. */
export function names(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escape(name)}(?![\\p{L}\\p{N}-])`, 'u').test(text);
}

/** The buurten of gemeente `gemeente` that the passage names. */
export function buurtenNamed(source: PolicySource, cbs: CbsData, gemeente: string): Area[] {
  return cbs.buurten.filter((b) => b.gemeentecode === gemeente && names(source.quote, b.naam));
}

/**
 * The wijk a focus area's plan passage covers: every buurt the passage names lies in it, and one of them carries the
 * focus area's name. Throws when the named buurten lie in more than one wijk or the focus area is not among them.
 */
export function focusPlanWijk(focus: string, source: PolicySource, cbs: CbsData, gemeente: string): { wijk: Area; buurten: Area[] } {
  const buurten = buurtenNamed(source, cbs, gemeente);
  const wijken = [...new Set(buurten.map((b) => b.wijkcode))];
  const [code] = wijken;
  if (wijken.length !== 1 || !code || !buurten.some((b) => b.naam === focus))
    throw new Error(
      `Focus "${focus}": the plan passage names buurten ${buurten.map((b) => b.code).join(', ') || 'none'} in wijken ${wijken.join(', ')}`,
    );
  const wijk = cbs.wijken.find((w) => w.code === code);
  if (!wijk) throw new Error(`Focus "${focus}": wijk ${code} not in geodata/`);
  return { wijk, buurten };
}

/** The passages that name this wijk or one of its buurten. */
export function wijkSources(wijk: Area, sources: readonly PolicySource[], cbs: CbsData): PolicySource[] {
  const own = [wijk.naam, ...cbs.buurten.filter((b) => b.wijkcode === wijk.code).map((b) => b.naam)];
  return sources.filter((s) => own.some((n) => names(s.quote, n)));
}
