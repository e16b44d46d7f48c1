/** JSON text of an upload → a value, or a problem that says where and why it cannot be read (never a raw parser message). */
import { jsonErrorOffset } from '../json-locate';
import { deepNestingLine, MAX_JSON_DEPTH } from '../json-shape';
import type { Parsed } from '../types';
import { problem } from '../problem';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * JSON.parse with a syntax error turned into an issue that says where (line and column). Nesting deeper
 * than `MAX_JSON_DEPTH` is refused first (`geojson.too-deep`, with the line), so no recursive walk over
 * the value (CRS detection, previews, the error locator) can overflow the stack.
 */
export function parseJsonText(text: string, file: string): Parsed<unknown> {
  const deep = deepNestingLine(text);
  if (deep !== null) return { value: null, issues: [problem('error', 'geojson.too-deep', { file, max: MAX_JSON_DEPTH, line: deep })] };
  try {
    return { value: JSON.parse(text) as unknown, issues: [] };
  } catch {
    const offset = jsonErrorOffset(text);
    const where = offset === null ? null : lineColumn(text, offset);
    return { value: null, issues: [problem('error', 'geojson.syntax', { file, line: where?.line ?? '?', char: where?.column ?? '?' })] };
  }
}
