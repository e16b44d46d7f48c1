/**
 * The one derived view on the real geodata: the legend model that screen and export both draw, the areas
 * with their classes, and the scenario label that only shows when the map shows the scenario.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readRawGeodata } from '../../scripts/lib/read-geodata';
import { buildDataset } from '../../src/domain/dataset';
import { useStore } from '../../src/state/store';
import { selectView } from '../../src/state/view-model';
import { emptyScenario } from '../../src/state/slices/scenario';

const base = buildDataset(readRawGeodata());
const initial = useStore.getState();

beforeEach(() => useStore.setState({ ...initial, base, draft: emptyScenario() }, true));
const view = () => {
  const vm = selectView(useStore.getState());
  if (!vm) throw new Error('no view');
  return vm;
};

describe('the view model of Heerlen wijken', () => {
  it('band 21–51, average 36, 7 below, 14 within, 2 above, 23 dots', () => {
    const m = view().legend;
    expect([m.band.lower, m.band.upper, m.average]).toEqual([21, 51, 36]);
    expect(Object.fromEntries(m.classes.map((c) => [c.cls, c.count]))).toEqual({ below: 7, within: 14, above: 2, nodata: 0 });
    expect(m.dots).toHaveLength(23);
  });
  it('colours Heerlerbaan-Centrum (78 %) as above-3 and Welten-Benzenrade (6 %) as below-2, with the theme colour', () => {
    const vm = view();
    expect(vm.byCode.get('WK091740')).toMatchObject({ pct: 78, cls: 'above', step: 'above-3' });
    expect(vm.byCode.get('WK091736')).toMatchObject({ pct: 6, cls: 'below', step: 'below-2' });
    expect(vm.legend.dots.find((d) => d.code === 'WK091740')?.color).toBe('#8c510a');
  });
  it('gives every class a swatch with a pattern, except within', () => {
    expect(view().legend.classes.map((c) => [c.cls, c.swatch.pattern])).toEqual([
      ['below', 'dots'],
      ['within', null],
      ['above', 'hatch'],
      ['nodata', 'cross'],
    ]);
  });
  it('follows a band set by the user (centre 10 ± 15 → 15 above)', () => {
    useStore.getState().setBand({ centre: 10, halfWidth: 15 });
    const vm = view();
    expect([vm.band.lower, vm.band.upper, vm.band.isDefault]).toEqual([0, 25, false]);
    expect(vm.counts.above).toBe(15);
  });
  it('is the same object while nothing it depends on changes (a hover does not derive it again)', () => {
    const a = view();
    useStore.getState().hover({ code: 'WK091740', x: 1, y: 1 });
    useStore.getState().select('WK091736');
    expect(view()).toBe(a);
  });
});

describe('a scenario in the view model', () => {
  const sell = () => {
    const s = useStore.getState();
    s.choosePair('WK091740', 'WK091736', 'Plan');
    s.setMove('WK091740', 'sell-to-occupant', 230);
  };
  it('shows the scenario on the map at its own level: Heerlerbaan-Centrum 68,0 %, label "Plan"', () => {
    sell();
    const vm = view();
    expect(vm.byCode.get('WK091740')?.pct).toBeCloseTo(68.0043, 4);
    expect(vm.scenario?.shownHere).toBe(true);
    expect(vm.legend.scenario).toBe('Plan');
  });
  it('at buurt level the map shows today, and the legend does not claim the scenario', () => {
    sell();
    useStore.getState().setLevel('buurt');
    const vm = view();
    expect(vm.scenario?.shownHere).toBe(false);
    expect(vm.legend.scenario).toBeNull();
  });
  it('with "show on map" off, today is shown and the base data is untouched', () => {
    sell();
    useStore.getState().setShowOnMap(false);
    expect(view().byCode.get('WK091740')?.pct).toBe(78);
    expect(base.levels.wijk.areas.find((a) => a.code === 'WK091740')?.stock?.corporationPct).toBe(78);
  });
});
