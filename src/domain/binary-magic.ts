/**
 * Recognise a file that is not text by its first bytes ("magic numbers"), so an upload of a picture,
 * a PDF or an Excel workbook is refused with its real cause ("dit is een afbeelding") instead of a
 * parser's confusion ("geen kopregel", "geen geldige JSON").
 */
import type { ProblemCode } from './problem';

export interface BinaryFile {
  code: Extract<ProblemCode, 'upload.binary-image' | 'upload.binary-excel' | 'upload.binary-zip' | 'upload.binary-pdf' | 'upload.binary'>;
  /** The format as people know it (`PNG`, `XLSX`, `ZIP` …); '' for unknown binary data. */
  format: string;
}

type Signature = { at?: number; bytes: readonly number[]; code: BinaryFile['code']; format: string };

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], code: 'upload.binary-image', format: 'PNG' },
  { bytes: [0xff, 0xd8, 0xff], code: 'upload.binary-image', format: 'JPEG' },
  { bytes: ascii('GIF8'), code: 'upload.binary-image', format: 'GIF' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], code: 'upload.binary-image', format: 'TIFF' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], code: 'upload.binary-image', format: 'TIFF' },
  { at: 4, bytes: ascii('ftypheic'), code: 'upload.binary-image', format: 'HEIC' },
  { at: 4, bytes: ascii('ftypmif1'), code: 'upload.binary-image', format: 'HEIC' },
  { bytes: ascii('%PDF-'), code: 'upload.binary-pdf', format: 'PDF' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], code: 'upload.binary-excel', format: 'XLS' },
  { bytes: [0x1f, 0x8b], code: 'upload.binary-zip', format: 'GZIP' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], code: 'upload.binary-zip', format: '7-Zip' },
  { bytes: ascii('Rar!'), code: 'upload.binary-zip', format: 'RAR' },
];

const starts = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** Whether `needle` occurs as ASCII in the first `limit` bytes. */
function contains(bytes: Uint8Array, needle: string, limit = 65536): boolean {
  const n = ascii(needle);
  const end = Math.min(bytes.length, limit) - n.length;
  for (let i = 0; i <= end; i++) if (starts(bytes, n, i)) return true;
  return false;
}

/** A ZIP container: an Excel workbook (`xl/…`), an OpenDocument spreadsheet, or another archive. */
function zipKind(bytes: Uint8Array): BinaryFile {
  if (contains(bytes, 'opendocument.spreadsheet')) return { code: 'upload.binary-excel', format: 'ODS' };
  if (contains(bytes, 'xl/')) return { code: 'upload.binary-excel', format: 'XLSX' };
  return { code: 'upload.binary-zip', format: 'ZIP' };
}

/**
 * What kind of non-text file the bytes start with, or null for text. Known signatures name the format;
 * any other file with NUL bytes that is not UTF-16 text (see `utf16Order`) is binary of unknown kind.
 * A BMP (`BM` + four size bytes + four zero bytes) is only recognised with its zero bytes, so a CSV whose
 * header starts with "BM" is never mistaken for one.
 */
export function sniffBinary(bytes: Uint8Array, isUtf16: boolean): BinaryFile | null {
  if (starts(bytes, [0x50, 0x4b]) && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return zipKind(bytes);
  const known = SIGNATURES.find((s) => starts(bytes, s.bytes, s.at));
  if (known) return { code: known.code, format: known.format };
  if (starts(bytes, ascii('RIFF')) && starts(bytes, ascii('WEBP'), 8)) return { code: 'upload.binary-image', format: 'WebP' };
  if (starts(bytes, ascii('BM')) && starts(bytes, [0, 0, 0, 0], 6)) return { code: 'upload.binary-image', format: 'BMP' };
  if (!isUtf16 && bytes.subarray(0, 65536).includes(0)) return { code: 'upload.binary', format: '' };
  return null;
}
