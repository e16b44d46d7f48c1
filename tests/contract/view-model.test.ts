/**
 * The one derived view on the real geodata: the legend model that screen and export both draw, the areas
 * with their classes, and the scenario label that only shows when the map shows the scenario.
 */
import { describe, expect, it } from 'vitest';
import { useStore } from '../../src/state/store';
import { useRealStore, view } from '../helpers/real-store';

const { base } = useRealStore();

describe('the view model of Heerlen wijken', () => {
  it("Heerlen's adopted band 21–51 (centre 36 by policy), average 36; 4 below, 14 within, 2 above, 3 too small, 23 dots", () => {
    const m = view().legend;
    expect([m.band?.lower, m.band?.upper, m.band?.centre, m.band?.kind, m.average]).toEqual([21, 51, 36, 'adopted', 36]);
    expect(m.band?.label).toBe('band.adopted-guideline-2050-wijk');
    expect(Object.fromEntries(m.classes.map((c) => [c.id, c.count]))).toEqual({ below: 4, within: 14, above: 2, small: 3, nodata: 0 });
    expect(m.dots).toHaveLength(23);
  });
  it('draws De Hei (42 dwellings), De Beitel (29) and Woonboulevard-Ten Esschen (72) as too small, not in the strongest colour', () => {
    const vm = view();
    for (const code of ['WK091723', 'WK091742', 'WK091735']) expect(vm.byCode.get(code)).toMatchObject({ cls: 'small', step: 'small' });
  });
  it('at buurt level the band is shown for insight, not as a verdict', () => {
    useStore.getState().setLevel('buurt');
    expect(view().role).toBe('insight');
    expect(view().legend.notes.map((n) => n.key)).toContain('bandInsight');
  });
  it('colours Heerlerbaan-Centrum (78 %) as above-3 and Welten-Benzenrade (6 %) as below-2, with the theme colour', () => {
    const vm = view();
    expect(vm.byCode.get('WK091740')).toMatchObject({ pct: 78, cls: 'above', step: 'above-3' });
    expect(vm.byCode.get('WK091736')).toMatchObject({ pct: 6, cls: 'below', step: 'below-2' });
    expect(vm.legend.dots.find((d) => d.code === 'WK091740')?.color).toBe('#8c510a');
  });
  it('gives every class a swatch with a pattern, except within', () => {
    expect(view().legend.classes.map((c) => [c.id, c.swatch.pattern])).toEqual([
      ['below', 'dots'],
      ['within', null],
      ['above', 'hatch'],
      ['small', 'lines'],
      ['nodata', 'cross'],
    ]);
  });
  it('follows a target set by the user (centre 10 ± 15 → 15 above), labelled as chosen', () => {
    useStore.getState().setBand({ kind: 'custom', centre: 10, halfWidth: 15 });
    const vm = view();
    expect([vm.band?.lower, vm.band?.upper, vm.band?.kind]).toEqual([0, 25, 'custom']);
    expect(vm.counts.above).toBe(15);
  });
  it('is the same object while nothing it depends on changes (a hover does not derive it again)', () => {
    const a = view();
    useStore.getState().hover({ code: 'WK091740', x: 1, y: 1 });
    useStore.getState().select('WK091736');
    expect(view()).toBe(a);
  });
});

describe('the band per gemeente', () => {
  it("in the Parkstad scope each wijk is judged by its own gemeente's band: Heerlerheide-Passart above, Hoensbroek-De Dem within", () => {
    useStore.getState().setScope('parkstad');
    const vm = view();
    expect(vm.band).toBeNull();
    expect(vm.byCode.get('WK091721')).toMatchObject({ cls: 'above', band: { lower: 21, upper: 51, kind: 'adopted' } });
    expect(vm.byCode.get('WK091712')).toMatchObject({ cls: 'within', band: { lower: 21, upper: 51 } });
    expect(vm.legend.bands).toHaveLength(7);
  });
  it('Kerkrade has no adopted band: its default is its own average ± 15, labelled as derived', () => {
    useStore.getState().setScope('GM0928');
    const b = view().band;
    expect([b?.kind, b?.centre, b?.lower, b?.upper, b?.label]).toEqual(['derived', 32, 17, 47, 'band.derived-own-average']);
  });
  it("Kerkrade can be judged by Heerlen's band instead, labelled as borrowed", () => {
    useStore.getState().setScope('GM0928');
    useStore.getState().setBand({ kind: 'heerlen' });
    expect(view().band).toMatchObject({ kind: 'heerlen', lower: 21, upper: 51 });
  });
});

describe('the private-rent indicator', () => {
  it('colours by the share of overige verhuurders on its own scale, without a band', () => {
    useStore.getState().setIndicator('private-rent');
    const m = view().legend;
    expect(m.band).toBeNull();
    expect(m.ramp).toEqual([]);
    expect(m.classes.map((c) => c.id)).toEqual(['private-1', 'private-2', 'private-3', 'private-4', 'private-5', 'small', 'nodata']);
    expect(m.classes.reduce((n, c) => n + c.count, 0)).toBe(23);
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
