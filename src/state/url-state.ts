/**
 * The view in the URL hash, versioned (pure: no DOM). `#v=1&scope=GM0917&level=wijk&lang=nl&base=offline&map=5.98,50.89,11.5`
 * Decoding never fails: a damaged field falls back to its default and is named in the notice; a link of
 * another version (or none) falls back to the whole default view. Every key is a codec in url-fields.ts.
 */
import { CORE_FIELDS } from './url-fields';
import { DEFAULT_VIEW, type DecodedView, type View, type ViewNotice } from './view';

export const VIEW_VERSION = 1;
/** Longer hashes are not links this app made. */
export const MAX_HASH_LENGTH = 8000;

/**
 * Migrations from older versions, keyed by the version they upgrade from (1 → 2 is `MIGRATIONS[1]`).
 * A version without a path to the current one is an "old link": the default view with a notice.
 */
const MIGRATIONS: Record<number, (params: Map<string, string>) => Map<string, string>> = {};

const escape = (s: string) => encodeURIComponent(s).replace(/%2C/gi, ',');

/** The hash text (without `#`) of a view. Fields equal to "nothing" (no band, no selection …) are left out. */
export function encodeView(view: View): string {
  const parts = [`v=${VIEW_VERSION}`];
  for (const f of CORE_FIELDS) {
    const text = f.write(view);
    if (text !== null) parts.push(`${f.key}=${escape(text)}`);
  }
  return parts.join('&');
}

/** Split `a=1&b=2` into pairs; null when a part has no `=`, an empty key, a bad escape or a repeated key. */
function splitParams(text: string): { params: Map<string, string>; bad: string[] } | null {
  const params = new Map<string, string>();
  const bad: string[] = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    const key = part.slice(0, eq);
    let value: string;
    try {
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      bad.push(key);
      continue;
    }
    if (params.has(key)) bad.push(key);
    else params.set(key, value);
  }
  return { params, bad };
}

const fallback = (reason: ViewNotice['reason']): DecodedView => ({ view: DEFAULT_VIEW, notice: { reason, fields: [] } });

/**
 * Read a view from a location hash (`#v=1&…`, with or without `#`). An empty hash is the default view
 * without a notice. Unknown keys, invalid values and repeated keys are reset to their default and named
 * in the notice; a selection whose code does not fit the level (a buurt code at wijk level) is dropped.
 */
export function decodeView(hash: string): DecodedView {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.trim() === '') return { view: DEFAULT_VIEW, notice: null };
  if (text.length > MAX_HASH_LENGTH) return fallback('damaged');
  const split = splitParams(text);
  if (!split) return fallback('damaged');
  let { params } = split;
  const version = params.get('v');
  if (version === undefined || !/^\d{1,4}$/.test(version)) return fallback('version');
  for (let v = Number(version); v < VIEW_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return fallback('version');
    params = migrate(params);
  }
  if (Number(version) > VIEW_VERSION) return fallback('version');

  const reset = new Set(split.bad.filter((k) => k !== 'v'));
  let view: View = { ...DEFAULT_VIEW };
  for (const [key, raw] of params) {
    if (key === 'v' || reset.has(key)) continue;
    const codec = CORE_FIELDS.find((f) => f.key === key);
    const fields = codec ? codec.read(raw) : null;
    if (fields) view = { ...view, ...fields };
    else reset.add(key);
  }
  if (view.selected && !view.selected.startsWith(view.level === 'wijk' ? 'WK' : 'BU')) {
    view = { ...view, selected: null };
    reset.add('sel');
  }
  return { view, notice: reset.size > 0 ? { reason: 'damaged', fields: [...reset].sort() } : null };
}
