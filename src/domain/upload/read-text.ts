/**
 * The first step of every upload: are these bytes text, and in which encoding? A picture, PDF, workbook
 * or archive is refused with its real cause; a file that mixes UTF-8 and Windows-1252 is refused with the
 * lines that show it; UTF-16 without a byte-order mark is read and noted.
 */
import { sniffBinary } from '../binary-magic';
import { decodeBytes, utf16Order, type Decoded, type EncodingChoice } from '../encoding';
import { problem, type Problem } from '../problem';

export interface UploadText {
  /** The text, or null when the file is refused (see `refusal`). */
  decoded: Decoded | null;
  /** Errors that refuse the file (binary, mixed encodings). */
  refusal: Problem[];
  /** Information to show with the result (UTF-16 recognised without a byte-order mark). */
  notices: Problem[];
}

/**
 * Read uploaded bytes as text. `partial`: the bytes are a slice of a larger file (a preview). A mixed
 * encoding is only looked for with `auto`: an encoding the user chose is obeyed.
 */
export function readUploadText(bytes: Uint8Array, choice: EncodingChoice, partial: boolean, file: string): UploadText {
  const utf16 = utf16Order(bytes) !== null || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const binary = sniffBinary(bytes, utf16);
  if (binary) return { decoded: null, refusal: [problem('error', binary.code, { file, format: binary.format || undefined })], notices: [] };
  const decoded = decodeBytes(bytes, choice, partial);
  if (decoded.mixed) {
    const m = decoded.mixed;
    // Line numbers as text: the dictionary would give a number thousands separators, a line number has none.
    const context = { file, utf8Line: String(m.utf8Line), utf8Text: m.utf8Text, ansiLine: String(m.ansiLine), ansiText: m.ansiText };
    return { decoded: null, refusal: [problem('error', 'upload.mixed-encoding', context)], notices: [] };
  }
  const notices = decoded.utf16NoBom ? [problem('info', 'upload.utf16-no-bom', { file, encoding: decoded.encoding.toUpperCase() })] : [];
  return { decoded, refusal: [], notices };
}
