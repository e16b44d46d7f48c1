/**
 * Bytes → text for uploaded files: UTF-8 with or without BOM, UTF-16 with a BOM (Excel's "Unicode
 * text"), and Windows-1252 (older Excel "CSV (gescheiden door lijstscheidingsteken)"). Pure: uses only
 * the standard TextDecoder, which Node and browsers share.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type EncodingChoice = 'auto' | TextEncodingName;

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
  /** Whether a byte-order mark was found (and removed). */
  bom: boolean;
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
 * Decode bytes. With `auto`: a BOM decides; otherwise the text is UTF-8 when it is valid UTF-8
 * (plain ASCII included) and Windows-1252 when it is not (`Versili\xEBnbosch` → `Versiliënbosch`).
 * An explicit choice is obeyed, except that a BOM of that same encoding is still removed.
 * `partial` marks a slice cut from a larger file: a multi-byte character cut off at the end is not
 * counted as invalid UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto', partial = false): Decoded {
  const bom = bomOf(bytes);
  if (choice === 'auto' && !bom) {
    try {
      return {
        text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: partial }),
        encoding: 'utf-8',
        bom: false,
      };
    } catch {
      return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', bom: false };
    }
  }
  const encoding: TextEncodingName = choice !== 'auto' ? choice : (bom?.encoding ?? 'utf-8');
  const skip = bom && bom.encoding === encoding ? bom.length : 0;
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip), { stream: partial });
  return { text, encoding, bom: skip > 0 };
}
