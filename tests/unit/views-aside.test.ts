/**
 * Saved views that cannot be read are kept aside, never overwritten by the next save (issue 14), and
 * the import count is the number of views actually added.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPersisted, persistPresentation, STORAGE_VIEWS, STORAGE_VIEWS_ASIDE } from '../../src/state/slices/presentation';
import { useStore } from '../../src/state/store';
import { viewsToJson, MAX_VIEWS, type SavedView } from '../../src/state/saved-views';
import { problemText } from '../../src/i18n/problem-text';

/** localStorage as a Map; `refuse` makes setItem throw for these keys (quota full). */
function fakeStorage(initial: Record<string, string>, refuse: string[] = []) {
  const m = new Map(Object.entries(initial));
  const s = {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (refuse.includes(k)) throw new DOMException('full', 'QuotaExceededError');
      m.set(k, v);
    },
    removeItem: (k: string) => void m.delete(k),
  };
  vi.stubGlobal('localStorage', s);
  return m;
}

const view = (i: number): SavedView => ({
  id: `v${i}`,
  title: `Dia ${i}`,
  subtitle: '',
  hash: 'v=1&scope=GM0917&level=wijk&lang=nl&base=offline',
});
const good = viewsToJson([view(1)], '2025-05-12T10:00:00Z');
const damaged = '{"format":"wijkbalans-views","version":1,"views":[{"title":"Dia 1","link":"v=1&scope=GM0917"},{"link":7}]';
const damagedToo = '{"format":"wijkbalans-views","version":1,"views":[{"title":"Kapot"}]}';

afterEach(() => vi.unstubAllGlobals());

describe('stored views that cannot be read', () => {
  it('are kept aside under their own key, as a list', () => {
    const m = fakeStorage({ [STORAGE_VIEWS]: damaged });
    const p = readPersisted();
    expect([p.views.length, p.aside, p.writeBlocked]).toEqual([0, [damaged], false]);
    expect(JSON.parse(m.get(STORAGE_VIEWS_ASIDE) ?? '')).toEqual([damaged]);
  });
  it('a second damaged text is added: the first is never overwritten', () => {
    const m = fakeStorage({ [STORAGE_VIEWS]: damagedToo, [STORAGE_VIEWS_ASIDE]: damaged });
    expect(readPersisted().aside).toEqual([damaged, damagedToo]);
    expect(JSON.parse(m.get(STORAGE_VIEWS_ASIDE) ?? '')).toEqual([damaged, damagedToo]);
  });
  it('the same text read again is not added twice', () => {
    fakeStorage({ [STORAGE_VIEWS]: damaged, [STORAGE_VIEWS_ASIDE]: JSON.stringify([damaged]) });
    expect(readPersisted().aside).toEqual([damaged]);
  });
  it('readable views leave what was kept aside as it is', () => {
    fakeStorage({ [STORAGE_VIEWS]: good, [STORAGE_VIEWS_ASIDE]: JSON.stringify([damaged]) });
    const p = readPersisted();
    expect([p.views.map((v) => v.title), p.aside, p.writeBlocked]).toEqual([['Dia 1'], [damaged], false]);
  });
  it('when they cannot be kept aside, the views are not written over them', () => {
    const m = fakeStorage({ [STORAGE_VIEWS]: damaged }, [STORAGE_VIEWS_ASIDE]);
    const p = readPersisted();
    expect([p.aside, p.writeBlocked]).toEqual([[damaged], true]);
    useStore.setState({ viewsWriteBlocked: true, notice: null });
    const stop = persistPresentation(useStore.subscribe);
    useStore.getState().addSavedView(view(2));
    stop();
    expect(m.get(STORAGE_VIEWS)).toBe(damaged);
    expect(useStore.getState().notice?.code).toBe('views.storage-write');
  });
  it('storage that cannot be read at all is not written over either', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    expect(readPersisted().writeBlocked).toBe(true);
  });
});

describe('importing views', () => {
  beforeEach(() => useStore.setState({ savedViews: [view(0)], importProblems: [] }));
  it('counts the views added: 199 of 200 when one was already there, and says why one was not', () => {
    const file = Array.from({ length: MAX_VIEWS }, (_, i) => view(i + 1));
    expect(useStore.getState().importViews(file, [])).toBe(199);
    expect(useStore.getState().savedViews).toHaveLength(200);
    expect(useStore.getState().importProblems.map((p) => problemText(p, 'nl'))).toEqual([
      'Niet toegevoegd omdat de lijst vol is (hoogstens 200 weergaven): 1. Verwijder eerst weergaven die u niet meer nodig hebt.',
    ]);
  });
  it('all of them when there is room', () => {
    expect(useStore.getState().importViews([view(1), view(2)], [])).toBe(2);
    expect(useStore.getState().importProblems).toEqual([]);
  });
});
