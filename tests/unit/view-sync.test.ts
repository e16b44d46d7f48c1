import { afterEach, describe, expect, it } from 'vitest';
import { applyView, currentView, registerViewBinding } from '../../src/state/view-sync';
import { useStore } from '../../src/state/store';
import { useCamera } from '../../src/state/camera';
import { DEFAULT_VIEW, type View } from '../../src/state/view';

const linked: View = {
  ...DEFAULT_VIEW,
  scope: 'GM0928',
  level: 'buurt',
  band: { centre: 30, halfWidth: 10 },
  lang: 'en',
  selected: 'BU09280000',
  position: { lon: 6.07, lat: 50.86, zoom: 12 },
  layers: ['colonies'],
  pair: ['WK091740', 'WK092801'],
  scenario: 'plan-a',
};

let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
  applyView(DEFAULT_VIEW);
});

describe('applyView and currentView', () => {
  it('show every field of a view at once and read it back', () => {
    applyView(linked);
    const s = useStore.getState();
    expect([s.scope, s.level, s.band, s.lang, s.selected, s.panel]).toEqual([
      'GM0928',
      'buurt',
      { centre: 30, halfWidth: 10 },
      'en',
      'BU09280000',
      'area',
    ]);
    expect(useCamera.getState().target?.position).toEqual({ lon: 6.07, lat: 50.86, zoom: 12 });
    expect(currentView()).toEqual(linked);
  });
  it('carries layers, pair and scenario that no feature reads yet', () => {
    applyView(linked);
    useStore.getState().setBand(null);
    expect(currentView()).toMatchObject({ band: null, layers: ['colonies'], pair: ['WK091740', 'WK092801'], scenario: 'plan-a' });
  });
  it('asks a fresh camera move for every view, also for the same place', () => {
    applyView(linked);
    const first = useCamera.getState().target?.seq ?? 0;
    applyView(linked);
    expect(useCamera.getState().target?.seq).toBe(first + 1);
  });
});

describe('registerViewBinding', () => {
  it('lets a feature own its part: it receives the view and its state goes into the view', () => {
    let visible: string[] = [];
    const listeners = new Set<() => void>();
    undo = registerViewBinding({
      read: () => ({ layers: visible }),
      apply: (view) => {
        visible = [...view.layers];
      },
      subscribe: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    });
    applyView(linked);
    expect(visible).toEqual(['colonies']);
    visible = ['colonies', 'nplv'];
    expect(currentView().layers).toEqual(['colonies', 'nplv']);
    expect(currentView().scenario).toBe('plan-a');
  });
  it('stops reading the feature after unregistering', () => {
    registerViewBinding({ read: () => ({ scenario: 'from-feature' }), apply: () => undefined, subscribe: () => () => undefined })();
    applyView(linked);
    expect(currentView().scenario).toBe('plan-a');
  });
});
