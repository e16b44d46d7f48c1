import { afterEach, describe, expect, it } from 'vitest';
import { applyView, currentView } from '../../src/state/view-sync';
import { useStore } from '../../src/state/store';
import { DEFAULT_VIEW, type View } from '../../src/state/view';

const linked: View = {
  ...DEFAULT_VIEW,
  scope: 'GM0928',
  level: 'buurt',
  band: { kind: 'custom', centre: 30, halfWidth: 10 },
  lang: 'en',
  selected: 'BU09280000',
  position: { lon: 6.07, lat: 50.86, zoom: 12 },
  layers: ['colonies'],
  pair: ['WK091740', 'WK092801'],
  moves: [
    { area: 'WK091740', kind: 'sell-to-landlord', n: 100 },
    { area: 'WK091740', kind: 'demolish-rebuild', n: 20, rebuild: { ratio: 1.5, tenure: 'owner' } },
    { area: 'WK092801', kind: 'build-corporation', n: 50 },
  ],
};

afterEach(() => applyView(DEFAULT_VIEW));

describe('applyView and currentView', () => {
  it('asks for English until its texts have arrived, then shows it', () => {
    useStore.setState({ englishReady: false, lang: 'nl', langWanted: 'nl' });
    applyView(linked);
    expect([useStore.getState().lang, useStore.getState().langWanted, currentView().lang]).toEqual(['nl', 'en', 'en']);
    useStore.getState().setEnglishReady();
    expect(useStore.getState().lang).toBe('en');
  });
  it('show every field of a view at once and read it back', () => {
    useStore.setState({ englishReady: true });
    applyView(linked);
    const s = useStore.getState();
    expect([s.scope, s.level, s.band, s.lang, s.selected, s.panel]).toEqual([
      'GM0928',
      'buurt',
      { kind: 'custom', centre: 30, halfWidth: 10 },
      'en',
      'BU09280000',
      'area',
    ]);
    expect(s.cameraRequest?.target).toEqual({ kind: 'position', position: { lon: 6.07, lat: 50.86, zoom: 12 } });
    expect(currentView()).toEqual(linked);
  });
  it('puts the overlays, the pair and the moves into the store', () => {
    applyView(linked);
    const s = useStore.getState();
    expect(s.visibleOverlays).toEqual(['colonies']);
    expect(s.draft.pair).toEqual({ vulnerable: 'WK091740', strong: 'WK092801' });
    expect(s.draft.moves.filter((m) => m.n > 0)).toEqual(linked.moves);
    expect(s.showOnMap).toBe(true);
  });
  it('drops overlay ids it does not know', () => {
    applyView({ ...linked, layers: ['colonies', 'rivers'] });
    expect(useStore.getState().visibleOverlays).toEqual(['colonies']);
  });
  it('asks a fresh camera move for every view, also for the same place', () => {
    applyView(linked);
    const first = useStore.getState().cameraRequest?.seq ?? 0;
    applyView(linked);
    expect(useStore.getState().cameraRequest?.seq).toBe(first + 1);
  });
  it('fits the scope when the view has no position', () => {
    applyView({ ...linked, position: null });
    expect(useStore.getState().cameraRequest?.target).toEqual({ kind: 'fit-scope' });
  });
  it('says when a link names a scenario this browser has not saved and carries no moves', () => {
    applyView({ ...DEFAULT_VIEW, scenario: 'plan-a' });
    expect(useStore.getState().notice).toMatchObject({ code: 'views.scenario-missing', context: { key: 'plan-a' } });
  });
});
