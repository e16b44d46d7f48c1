/**
 * Saved views ("dia's"): a titled list of view links, edited by pure functions that return new lists,
 * and their JSON file form. A view is stored as its versioned link text, so an old file decodes
 * through the same fallback as an old link.
 */
import { problem, type Problem, type ProblemCode, type ProblemContext, type Severity } from '../domain/problem';
import { decodeView, encodeView } from './url-state';

export interface SavedView {
  id: string;
  title: string;
  subtitle: string;
  /** The view's hash text without `#` (see url-state.ts). */
  hash: string;
}

export const VIEWS_FILE_FORMAT = 'wijkbalans-views';
export const VIEWS_FILE_VERSION = 1;
export const MAX_VIEWS = 200;
export const MAX_TITLE = 200;

/** Trim and cut a title to MAX_TITLE characters; line breaks become spaces. */
export function cleanTitle(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
}

/** Append a view; a list already at MAX_VIEWS is returned unchanged. An empty title is kept empty. */
export function addView(list: readonly SavedView[], view: SavedView): readonly SavedView[] {
  if (list.length >= MAX_VIEWS) return list;
  return [...list, { ...view, title: cleanTitle(view.title), subtitle: cleanTitle(view.subtitle) }];
}

/** Rename a view; an unknown id or a title that is empty after trimming changes nothing. */
export function renameView(list: readonly SavedView[], id: string, title: string): readonly SavedView[] {
  const t = cleanTitle(title);
  if (!t || !list.some((v) => v.id === id)) return list;
  return list.map((v) => (v.id === id ? { ...v, title: t } : v));
}

/** Move a view `delta` places (−1 = up); moves past either end stop at the end, an unknown id changes nothing. */
export function moveView(list: readonly SavedView[], id: string, delta: number): readonly SavedView[] {
  const from = list.findIndex((v) => v.id === id);
  if (from < 0) return list;
  const to = Math.max(0, Math.min(list.length - 1, from + delta));
  if (to === from) return list;
  const next = [...list];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export function removeView(list: readonly SavedView[], id: string): readonly SavedView[] {
  return list.some((v) => v.id === id) ? list.filter((v) => v.id !== id) : list;
}

/** The JSON file of a list of views (ids are local and left out). */
export function viewsToJson(list: readonly SavedView[], exportedAt: string): string {
  const views = list.map((v) => ({ title: v.title, subtitle: v.subtitle, link: v.hash }));
  return JSON.stringify({ format: VIEWS_FILE_FORMAT, version: VIEWS_FILE_VERSION, exported: exportedAt, views }, null, 2);
}

const issue = (severity: Severity, code: ProblemCode, context: ProblemContext = {}): Problem => problem(severity, code, context);

/**
 * Read a views file. Entries without a title or link are skipped with an error issue; a link of another
 * version is skipped too; a link with damaged fields is kept with those fields reset (a warning names them).
 * Rows are 1-based positions in `views`. Beyond MAX_VIEWS entries the rest is skipped with one warning.
 */
export function viewsFromJson(text: string, makeId: () => string): { views: SavedView[]; issues: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return { views: [], issues: [issue('error', 'views.not-json')] };
  }
  const obj = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
  if (!obj || obj.format !== VIEWS_FILE_FORMAT || !Array.isArray(obj.views)) {
    return { views: [], issues: [issue('error', 'views.wrong-format')] };
  }
  if (obj.version !== VIEWS_FILE_VERSION) {
    return { views: [], issues: [issue('error', 'views.wrong-version', { version: String(obj.version) })] };
  }
  const views: SavedView[] = [];
  const issues: Problem[] = [];
  let firstSkipped: number | null = null;
  obj.views.forEach((entry: unknown, i) => {
    const row = i + 1;
    if (views.length >= MAX_VIEWS) {
      firstSkipped ??= row;
      return;
    }
    const e = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const title = typeof e.title === 'string' ? cleanTitle(e.title) : '';
    const subtitle = typeof e.subtitle === 'string' ? cleanTitle(e.subtitle) : '';
    if (!title || typeof e.link !== 'string') {
      issues.push(issue('error', 'views.incomplete', { row }));
      return;
    }
    const { view, notice } = decodeView(e.link);
    if (notice?.reason === 'version') {
      issues.push(issue('error', 'views.link-version', { row, key: title }));
      return;
    }
    if (notice)
      issues.push(issue('warning', 'views.link-damaged', { row, title, fields: notice.fields.join(', '), key: notice.fields.join(',') }));
    views.push({ id: makeId(), title, subtitle, hash: encodeView(view) });
  });
  if (firstSkipped !== null) issues.push(issue('warning', 'views.too-many', { row: firstSkipped, max: MAX_VIEWS }));
  return { views, issues };
}
