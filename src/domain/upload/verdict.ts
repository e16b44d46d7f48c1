/**
 * The verdict on an upload, so the interface can refuse, ask or apply: `refuse` (an error; the map stays
 * as it was), `ask` (the file can be shown correctly only after the user answers a question, such as
 * "are these fractions?"), or `ok`. A question carries its text as a Problem (nl/en dictionaries) with
 * the facts in its context, and the answers as patches to the mapping: the interface applies the chosen
 * patch and reads the file again. The patch is stored with the mapping, so a restored upload is read the
 * same way without asking again.
 */
import type { Problem } from '../problem';

export type Verdict = 'ok' | 'ask' | 'refuse';

export type AnswerId = 'scale-100' | 'scale-1' | 'accept' | 'swap-axes' | 'replace-gemeente' | 'replace-codes';

export interface UploadQuestion<M> {
  kind: 'fraction-scale' | 'few-usable' | 'swap-axes' | 'replace-areas';
  /**
   * The question as text, with the facts in its context (column, counts, example value, coordinates).
   * `replace-areas` has more than one: show every problem of its plan (see replacement-plan.ts).
   */
  problem: Problem;
  /** The answers that go on; cancelling is always possible and leaves the map as it was. */
  answers: { id: AnswerId; patch: Partial<M> }[];
}

/**
 * The verdict from the issues and questions of a result: any error refuses, else any question asks.
 * `fatal` (the older flag the interface already obeys) is true unless the verdict is `ok`, so a file
 * with an open question is never applied by code that does not ask.
 */
export function verdictOf<M>(issues: readonly Problem[], questions: readonly UploadQuestion<M>[]): { verdict: Verdict; fatal: boolean } {
  const verdict: Verdict = issues.some((i) => i.severity === 'error') ? 'refuse' : questions.length > 0 ? 'ask' : 'ok';
  return { verdict, fatal: verdict !== 'ok' };
}

/**
 * Below this share of the matched areas with a usable value, a figures file is asked about before it is
 * shown ("maar 9 van de 24 gebieden …"). Why a half: below it the file paints more of its own areas as
 * "geen gegevens" than with a value, which in practice means the wrong column or decimal mark was chosen,
 * not a real data set. Real gaps stay well clear of it: CBS suppresses the corporation share of small
 * buurten ("."), which in the embedded 2024 data is 15 of the 176 Parkstad buurten (9 %).
 */
export const MIN_USABLE_SHARE = 0.5;
