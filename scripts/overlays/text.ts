/** Small text helpers shared by the seed parsers and the name matchers. */

/** Lower-case, strip diacritics, turn every non-alphanumeric run into one space. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Collapse all whitespace runs to single spaces and trim. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Join text-extraction lines into one string. A line ending in letter+hyphen ("Hoensbroek-")
 * continues the word on the next line; every other line break becomes a space.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (out === '') out = line.trimStart();
    else if (/\p{L}-$/u.test(out)) out += line.trimStart();
    else out += ` ${line.trimStart()}`;
  }
  return squash(out);
}

/** A whole seed text as one line, wrapped lines re-joined (see joinLines). */
export function flatten(text: string): string {
  return joinLines(text.split(/\r?\n/).filter((l) => l.trim() !== ''));
}

/** Levenshtein edit distance. */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, sub));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * Spelling-variant test for folded names: identical, or both at least 10 characters long, sharing their
 * first four characters and at most 2 edits apart ("versielenbosch" ~ "versilienbosch",
 * "douve weijen" ~ "douve weien"). Short names must match exactly.
 */
export function isNameVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 10 || b.length < 10 || a.slice(0, 4) !== b.slice(0, 4)) return false;
  return levenshtein(a, b) <= 2;
}

/** True when `needle` occurs in `hay` as whole words (both already folded). */
export function containsWords(hay: string, needle: string): boolean {
  return needle !== '' && ` ${hay} `.includes(` ${needle} `);
}

/** Dutch printed integer ("56.000", "2.352") to a number; throws on anything else. */
export function dutchInt(s: string): number {
  if (!/^\d{1,3}(\.\d{3})*$/.test(s)) throw new Error(`Not a Dutch integer: "${s}"`);
  return Number(s.replace(/\./g, ''));
}

/** Throwing regex match: the seed passage must be there, or the build stops. */
export function mustMatch(text: string, re: RegExp, what: string): RegExpExecArray {
  const m = re.exec(text);
  if (!m) throw new Error(`Seed passage not found: ${what} (${re.source})`);
  return m;
}

/** Capture group `i` of a match, or throw. */
export function group(m: RegExpExecArray, i: number): string {
  const v = m[i];
  if (v === undefined) throw new Error(`Missing capture group ${i} in match "${m[0]}"`);
  return v;
}
