import { describe, expect, it } from 'vitest';
import {
  addView,
  cleanTitle,
  MAX_TITLE,
  MAX_VIEWS,
  moveView,
  removeView,
  renameView,
  viewsFromJson,
  viewsToJson,
  type SavedView,
} from '../../src/state/saved-views';

const v = (id: string, title = id): SavedView => ({ id, title, subtitle: '', hash: 'v=1&scope=GM0917&level=wijk&lang=nl&base=offline' });
const ids = (list: readonly SavedView[]) => list.map((x) => x.id);
const counter = () => {
  let n = 0;
  return () => `id${++n}`;
};

describe('editing the list', () => {
  const list = [v('a'), v('b'), v('c')];

  it('appends a view with a cleaned title', () => {
    const next = addView(list, { ...v('d'), title: '  Noord\n en  Zuid ' });
    expect(ids(next)).toEqual(['a', 'b', 'c', 'd']);
    expect(next[3]?.title).toBe('Noord en Zuid');
    expect(ids(list)).toEqual(['a', 'b', 'c']);
  });
  it('does not grow beyond MAX_VIEWS', () => {
    const full = Array.from({ length: MAX_VIEWS }, (_, i) => v(`x${i}`));
    expect(addView(full, v('one-more'))).toBe(full);
  });
  it('renames a view', () => expect(renameView(list, 'b', 'Heerlen-Noord')[1]?.title).toBe('Heerlen-Noord'));
  it('keeps the old title when the new one is blank', () => expect(renameView(list, 'b', '   ')).toBe(list));
  it('cuts long titles', () => expect(cleanTitle('x'.repeat(MAX_TITLE + 50))).toHaveLength(MAX_TITLE));
  it('moves a view down one place', () => expect(ids(moveView(list, 'a', 1))).toEqual(['b', 'a', 'c']));
  it('moves a view up one place', () => expect(ids(moveView(list, 'c', -1))).toEqual(['a', 'c', 'b']));
  it('stops at the ends', () => {
    expect(moveView(list, 'a', -1)).toBe(list);
    expect(ids(moveView(list, 'a', 10))).toEqual(['b', 'c', 'a']);
  });
  it('ignores unknown ids', () => {
    expect(moveView(list, 'zz', 1)).toBe(list);
    expect(removeView(list, 'zz')).toBe(list);
    expect(renameView(list, 'zz', 'New')).toBe(list);
  });
  it('removes a view', () => expect(ids(removeView(list, 'b'))).toEqual(['a', 'c']));
});

describe('the JSON file', () => {
  it('round-trips titles, subtitles and links, with fresh ids', () => {
    const list = [
      { ...v('a', 'Heerlen wijken'), subtitle: 'Raad 12 mei' },
      { ...v('b', 'Parkstad'), hash: 'v=1&scope=parkstad&level=wijk&lang=nl&base=offline' },
    ];
    const { views, issues } = viewsFromJson(viewsToJson(list, '2025-05-12T10:00:00.000Z'), counter());
    expect(issues).toEqual([]);
    expect(views).toEqual([
      { id: 'id1', title: 'Heerlen wijken', subtitle: 'Raad 12 mei', hash: list[0]?.hash },
      { id: 'id2', title: 'Parkstad', subtitle: '', hash: list[1]?.hash },
    ]);
  });
  it('writes format, version and date', () => {
    const data = JSON.parse(viewsToJson([v('a')], '2025-05-12T10:00:00.000Z')) as Record<string, unknown>;
    expect(data.format).toBe('wijkbalans-views');
    expect(data.version).toBe(1);
    expect(data.exported).toBe('2025-05-12T10:00:00.000Z');
  });
  it.each([
    ['text that is not JSON', 'hello', 'views.not-json'],
    ['another JSON file', '{"type":"FeatureCollection","features":[]}', 'views.wrong-format'],
    ['an array', '[]', 'views.wrong-format'],
    ['null', 'null', 'views.wrong-format'],
    ['a newer file version', '{"format":"wijkbalans-views","version":2,"views":[]}', 'views.wrong-version'],
  ])('rejects %s with one error', (_, text, code) => {
    const { views, issues } = viewsFromJson(text, counter());
    expect(views).toEqual([]);
    expect(issues.map((i) => [i.severity, i.code])).toEqual([['error', code]]);
  });
  it('skips entries without title or link and reports their rows', () => {
    const text = JSON.stringify({
      format: 'wijkbalans-views',
      version: 1,
      views: [{ title: 'OK', link: 'v=1&scope=GM0928' }, { link: 'v=1' }, { title: '  ', link: 'v=1' }, { title: 'No link' }, 7],
    });
    const { views, issues } = viewsFromJson(text, counter());
    expect(views.map((x) => x.title)).toEqual(['OK']);
    expect(issues.map((i) => [i.code, i.context.row])).toEqual([
      ['views.incomplete', 2],
      ['views.incomplete', 3],
      ['views.incomplete', 4],
      ['views.incomplete', 5],
    ]);
  });
  it('skips a link of another version', () => {
    const text = JSON.stringify({ format: 'wijkbalans-views', version: 1, views: [{ title: 'Old', link: 'scope=GM0928' }] });
    const { views, issues } = viewsFromJson(text, counter());
    expect(views).toEqual([]);
    expect(issues.map((i) => [i.severity, i.code, i.context.row])).toEqual([['error', 'views.link-version', 1]]);
  });
  it('keeps a damaged link with the damaged fields reset, and warns', () => {
    const text = JSON.stringify({ format: 'wijkbalans-views', version: 1, views: [{ title: 'Half', link: 'v=1&scope=GM0928&band=abc' }] });
    const { views, issues } = viewsFromJson(text, counter());
    expect(views[0]?.hash).toBe('v=1&scope=GM0928&level=wijk&lang=nl&base=offline');
    expect(issues.map((i) => [i.severity, i.code, i.context.key])).toEqual([['warning', 'views.link-damaged', 'band']]);
  });
  it('reads at most MAX_VIEWS views and warns once about the rest', () => {
    const entries = Array.from({ length: MAX_VIEWS + 3 }, (_, i) => ({ title: `T${i}`, link: 'v=1' }));
    const { views, issues } = viewsFromJson(JSON.stringify({ format: 'wijkbalans-views', version: 1, views: entries }), counter());
    expect(views).toHaveLength(MAX_VIEWS);
    expect(issues.map((i) => [i.code, i.context.row])).toEqual([['views.too-many', MAX_VIEWS + 1]]);
  });
  it('keeps markup in titles as plain text (it is rendered as text)', () => {
    const text = JSON.stringify({
      format: 'wijkbalans-views',
      version: 1,
      views: [{ title: '<img src=x onerror=alert(1)>', link: 'v=1' }],
    });
    expect(viewsFromJson(text, counter()).views[0]?.title).toBe('<img src=x onerror=alert(1)>');
  });
});
