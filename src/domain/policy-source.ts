/**
 * Where a policy number comes from: the seed document, its section and the words themselves. The domain keeps
 * the quote (Dutch, verbatim, whitespace flattened) so the interface can show it next to the number it backs.
 */
export interface PolicySource {
  /** File name of the policy document in `../shared/seeds/`, e.g. `002_fb14b69d280c6ec3.txt`. */
  seed: string;
  /** Section or agreement as the document numbers it, e.g. `§2.2.1` or `afspraak 7`. */
  section: string;
  /** The words of the document, verbatim apart from line breaks. */
  quote: string;
}
