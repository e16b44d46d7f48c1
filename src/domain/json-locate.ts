/**
 * Where JSON text first goes wrong. `JSON.parse` does not always say (V8 often reports only the
 * offending token), so this small syntax checker walks the text and returns the offset of the first
 * error, for messages like "regel 2, teken 15". Only called after `JSON.parse` has failed.
 */

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
const STRING = /"(?:[^"\\]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Offset (0-based) of the first syntax error, or null when the text is valid JSON. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && WS.has(text[i] ?? '')) i++;
  };
  const token = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  const literal = (word: string): boolean => {
    if (!text.startsWith(word, i)) return false;
    i += word.length;
    return true;
  };
  /** A string token; raw control characters (below U+0020) are not allowed inside. */
  const string = (): boolean => {
    const start = i;
    if (!token(STRING)) return false;
    for (let j = start; j < i; j++) {
      if (text.charCodeAt(j) < 0x20) {
        i = j;
        return false;
      }
    }
    return true;
  };
  const list = (close: string, item: () => boolean): boolean => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return true;
    }
    for (;;) {
      if (!item()) return false;
      ws();
      if (text[i] === ',') {
        i++;
        ws();
        continue;
      }
      if (text[i] === close) {
        i++;
        return true;
      }
      return false;
    }
  };
  const value = (): boolean => {
    ws();
    const c = text[i];
    if (c === '{') {
      return list('}', () => {
        if (!string()) return false;
        ws();
        if (text[i] !== ':') return false;
        i++;
        return value();
      });
    }
    if (c === '[') return list(']', value);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return token(NUMBER);
  };
  if (!value()) return i;
  ws();
  return i < text.length ? i : null;
}
