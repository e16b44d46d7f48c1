/**
 * Bytes → text for uploaded files: UTF-8 with or without BOM, UTF-16 with a BOM (Excel's "Unicode
 * text") or without one (recognised by its zero bytes), and Windows-1252 (older Excel "CSV (gescheiden
 * door lijstscheidingsteken)"). A file that mixes UTF-8 and Windows-1252 is recognised as such, so it can
 * be refused with that cause instead of being read with garbled names. Pure: only the standard TextDecoder.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type EncodingChoice = 'auto' | TextEncodingName;

/** Where a file shows both encodings: the first UTF-8 character and the first byte that is not UTF-8. */
export interface MixedEncoding {
  /** 1-based line and the word around it, read as UTF-8. */
  utf8Line: number;
  utf8Text: string;
  /** 1-based line and the word around it, read as Windows-1252. */
  ansiLine: number;
  ansiText: string;
}

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
  /** Whether a byte-order mark was found (and removed). */
  bom: boolean;
  /** With `auto`: UTF-16 recognised without a byte-order mark. */
  utf16NoBom?: boolean;
  /** With `auto`: the bytes are neither UTF-8 nor Windows-1252 throughout (read as Windows-1252). */
  mixed?: MixedEncoding;
}

const BOMS: { encoding: TextEncodingName; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

function bomOf(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  for (const b of BOMS) if (b.bytes.every((v, i) => bytes[i] === v)) return { encoding: b.encoding, length: b.bytes.length };
  return null;
}

/**
 * UTF-16 without a BOM, by its zero bytes: Dutch text is nearly all ASCII, which UTF-16 LE writes as
 * `x 00` and BE as `00 x`. At least 30 % of the first 2048 characters must have the zero on one side and
 * at most 2 % on the other (Windows-1252 and UTF-8 text have no zero bytes at all).
 */
export function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even += 1;
    if (bytes[2 * i + 1] === 0) odd += 1;
  }
  if (odd >= 0.3 * pairs && even <= 0.02 * pairs) return 'utf-16le';
  if (even >= 0.3 * pairs && odd <= 0.02 * pairs) return 'utf-16be';
  return null;
}

/** Length of a valid UTF-8 multi-byte sequence at `i`, or 0. */
function utf8Sequence(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  for (let k = 1; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return n;
}

const BOUNDARY = new Set([0x0a, 0x0d, 0x09, 0x22, 0x2c, 0x3b, 0x7c]);

/** The field around byte `i` (between line breaks, quotes and delimiters), decoded, at most 40 characters. */
function wordAt(bytes: Uint8Array, i: number, encoding: TextEncodingName): string {
  let a = i;
  let b = i;
  while (a > 0 && !BOUNDARY.has(bytes[a - 1] ?? 0)) a--;
  while (b < bytes.length && !BOUNDARY.has(bytes[b] ?? 0)) b++;
  return new TextDecoder(encoding).decode(bytes.subarray(a, b)).trim().slice(0, 40);
}

/**
 * Whether bytes that are not valid UTF-8 also hold valid UTF-8 characters: then the file mixes UTF-8
 * and Windows-1252 (pasted together from two sources). A sequence cut off at the end of a `partial`
 * slice is not counted as invalid.
 */
function mixedEncoding(bytes: Uint8Array, partial = false): MixedEncoding | null {
  let line = 1;
  let utf8: { line: number; at: number } | null = null;
  let ansi: { line: number; at: number } | null = null;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a) line += 1;
    if (b < 0x80) continue;
    const n = utf8Sequence(bytes, i);
    if (n > 0) {
      utf8 ??= { line, at: i };
      i += n - 1;
    } else if (!(partial && i >= bytes.length - 3)) {
      ansi ??= { line, at: i };
    }
    if (utf8 && ansi) break;
  }
  if (!utf8 || !ansi) return null;
  return {
    utf8Line: utf8.line,
    utf8Text: wordAt(bytes, utf8.at, 'utf-8'),
    ansiLine: ansi.line,
    ansiText: wordAt(bytes, ansi.at, 'windows-1252'),
  };
}

/**
 * Decode bytes. With `auto`: a BOM decides; otherwise UTF-16 recognised by its zero bytes (`utf16NoBom`),
 * else UTF-8 when the text is valid UTF-8 (plain ASCII included), else Windows-1252
 * (`Versili\xEBnbosch` → `Versiliënbosch`), with `mixed` set when the bytes hold UTF-8 characters too.
 * An explicit choice is obeyed, except that a BOM of that same encoding is still removed.
 * `partial` marks a slice cut from a larger file: a multi-byte character cut off at the end is not
 * counted as invalid UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto', partial = false): Decoded {
  const bom = bomOf(bytes);
  if (choice === 'auto' && !bom) {
    const utf16 = utf16Order(bytes);
    if (utf16) return { text: new TextDecoder(utf16).decode(bytes, { stream: partial }), encoding: utf16, bom: false, utf16NoBom: true };
    try {
      return {
        text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: partial }),
        encoding: 'utf-8',
        bom: false,
      };
    } catch {
      const mixed = mixedEncoding(bytes, partial);
      const text = new TextDecoder('windows-1252').decode(bytes);
      return mixed ? { text, encoding: 'windows-1252', bom: false, mixed } : { text, encoding: 'windows-1252', bom: false };
    }
  }
  const encoding: TextEncodingName = choice !== 'auto' ? choice : (bom?.encoding ?? 'utf-8');
  const skip = bom && bom.encoding === encoding ? bom.length : 0;
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip), { stream: partial });
  return { text, encoding, bom: skip > 0 };
}
