/**
 * The scenario of the store on the real geodata, as issue 11 defines it: liberalisation keeps ownership (tracked as
 * corporation middenhuur), mixing judged in corporation dwellings per gemeente and Parkstad, 001 afspraak 7,
 * compensation towards the band's lower edge or centre with what remains for elsewhere, old links read anew.
 */
import { describe, expect, it } from 'vitest';
import { useStore } from '../../src/state/store';
import { scenarioOutcome } from '../../src/state/view-model';
import { compensationIn, scenarioChecks, totalsOf } from '../../src/state/selectors';
import { openHash } from '../../src/state/view-sync';
import { problemMessage } from '../../src/i18n/problem-text';
import { useRealStore, view } from '../helpers/real-store';

useRealStore();
const V = 'WK091740'; // Heerlerbaan-Centrum: 2,301 dwellings at 78 %
const S = 'WK091736'; // Welten-Benzenrade: 2,096 dwellings at 6 %

const checks = () => {
  const { draft } = useStore.getState();
  const vm = view();
  return scenarioChecks(vm.today, draft.moves, scenarioOutcome(vm.today, draft.moves));
};

describe('liberalisation keeps ownership', () => {
  it('liberalising 300 in Heerlerbaan-Centrum leaves 78 % on the map, 300 corporation middenhuur, no loss', () => {
    useStore.getState().choosePair(V, S, 'Plan');
    useStore.getState().setMove(V, 'liberalise-to-mid', 300);
    const vm = view();
    expect(vm.byCode.get(V)?.pct).toBeCloseTo(78, 9);
    const o = vm.scenario?.result.outcomes.find((x) => x.code === V);
    expect(o?.after.corporationMid).toBe(300);
    expect(o?.corporationMidPct).toBeCloseTo(13.0378, 4);
    expect(checks().balance).toEqual([
      { group: 'GM0917', change: 0, loss: false },
      { group: 'parkstad', change: 0, loss: false },
    ]);
  });
  it('an old link `moves=WK091740.liberalise.300` shows 78 % and says why, by name', () => {
    openHash('#v=1&moves=WK091740.liberalise.300');
    expect(view().byCode.get(V)?.pct).toBeCloseTo(78, 9);
    const legacy = checks().problems.filter((p) => p.code === 'scenario.legacy-liberalise');
    expect(legacy.map((p) => p.context)).toEqual([{ key: V, name: 'Heerlerbaan-Centrum', n: 300 }]);
    expect(legacy[0] && problemMessage(legacy[0], 'nl')).toMatch(
      /^Liberalisatie van 300 woningen in Heerlerbaan-Centrum .*verandert niet meer/,
    );
  });
  it('the notice goes once the planner sets the move again', () => {
    openHash('#v=1&moves=WK091740.liberalise.300');
    useStore.getState().setMove(V, 'liberalise-to-mid', 200);
    expect(checks().problems.filter((p) => p.code === 'scenario.legacy-liberalise')).toEqual([]);
  });
});

describe('mengen zonder te verdringen in corporation dwellings', () => {
  it('selling 233 in Heerlen without compensation: Heerlen −233 and Parkstad −233, both flagged; afspraak 7 fails', () => {
    useStore.getState().setMove(V, 'sell-to-occupant', 233);
    const c = checks();
    expect(c.balance).toEqual([
      { group: 'GM0917', change: -233, loss: true },
      { group: 'parkstad', change: -233, loss: true },
    ]);
    expect(c.sales).toEqual([{ gemeenteCode: 'GM0917', sold: 233, added: 0, holds: false }]);
  });
  it('the share moves by only −0,50 point, which the old ±0,5 tolerance let pass (now information only)', () => {
    useStore.getState().setMove(V, 'sell-to-occupant', 233);
    const { draft } = useStore.getState();
    const g = totalsOf(view().today, draft.moves, scenarioOutcome(view().today, draft.moves).rows).find((x) => x.code === 'GM0917');
    expect(g?.totals.change).toBeCloseTo(-0.499, 3);
  });
  it('compensated by 233 new corporation dwellings in Welten-Benzenrade: 0, no loss, afspraak 7 met', () => {
    useStore.getState().setMove(V, 'sell-to-landlord', 233);
    useStore.getState().setMove(S, 'build-corporation', 233);
    const c = checks();
    expect(c.balance.map((b) => [b.group, b.change, b.loss])).toEqual([
      ['GM0917', 0, false],
      ['parkstad', 0, false],
    ]);
    expect(c.sales[0]?.holds).toBe(true);
  });
  it('building 1,219 koop in Heerlerbaan-Centrum brings it to 51 % without losing a corporation dwelling', () => {
    useStore.getState().setMove(V, 'build-owner', 1219);
    expect(view().byCode.get(V)?.pct).toBeCloseTo(50.988, 3);
    expect(checks().balance.every((b) => !b.loss)).toBe(true);
  });
  it('demolishing 100 and rebuilding 1.5 × as private rent: 150 rebuilt, −100 corporation dwellings, flagged', () => {
    useStore.getState().setMove(V, 'demolish-rebuild', 100);
    useStore.getState().setRebuild(V, { ratio: 1.5, tenure: 'private-rent' });
    const o = view().scenario?.result.outcomes[0];
    expect(o?.rebuilt).toEqual({ 'private-rent': { demolished: 100, rebuilt: 150 } });
    expect(o?.after.total).toBe(2351);
    expect(checks().balance[0]).toEqual({ group: 'GM0917', change: -100, loss: true });
  });
  it('a sale in Heerlen compensated in Voerendaal: Heerlen loses, Voerendaal gains, Parkstad 0', () => {
    useStore.getState().setMove(V, 'sell-to-occupant', 100);
    useStore.getState().setMove('WK098604', 'build-corporation', 100);
    expect(checks().balance.map((b) => [b.group, b.change, b.loss])).toEqual([
      ['GM0917', -100, true],
      ['GM0986', 100, false],
      ['parkstad', 0, false],
    ]);
  });
});

describe('compensation towards the band', () => {
  const sell = (n: number) => useStore.getState().setMove(V, 'sell-to-occupant', n);
  it('after selling 1,000, Welten-Benzenrade takes 398 new corporation dwellings to the lower edge (21 %), 602 left for elsewhere', () => {
    sell(1000);
    const offer = compensationIn(view(), useStore.getState().draft.moves, S, 'build-corporation', 'lower');
    expect(offer?.group).toBe('GM0917');
    expect(offer?.proposal).toEqual({
      aim: 'lower',
      targetPct: 21,
      needed: 1000,
      capacity: 398,
      proposed: 398,
      remaining: 602,
      flags: [],
    });
  });
  it('or 315 by inponden, 685 left', () => {
    sell(1000);
    const p = compensationIn(view(), useStore.getState().draft.moves, S, 'buy', 'lower')?.proposal;
    expect([p?.proposed, p?.remaining, p?.flags]).toEqual([315, 685, []]);
  });
  it('towards the centre (36 %): 983 new, flagged as large for the wijk and above Heerlen’s social programme (500–650)', () => {
    sell(1000);
    const offer = compensationIn(view(), useStore.getState().draft.moves, S, 'build-corporation', 'centre');
    expect([offer?.proposal.proposed, offer?.proposal.remaining, offer?.proposal.flags]).toEqual([
      983,
      17,
      ['large-for-area', 'above-social-programme'],
    ]);
    expect(offer?.programmes.map((p) => p.group)).toEqual(['GM0917']);
  });
  it('never the upper edge: 233 sold is made up by 233 built in full, where the old proposal was 1,275', () => {
    sell(233);
    const p = compensationIn(view(), useStore.getState().draft.moves, S, 'build-corporation', 'lower')?.proposal;
    expect([p?.needed, p?.proposed, p?.remaining]).toEqual([233, 233, 0]);
  });
  it('ignores the area’s own compensating move, so applying the proposal keeps it stable', () => {
    sell(1000);
    useStore.getState().setMove(S, 'build-corporation', 398);
    const p = compensationIn(view(), useStore.getState().draft.moves, S, 'build-corporation', 'lower')?.proposal;
    expect([p?.needed, p?.proposed]).toEqual([1000, 398]);
    expect(checks().balance[0]).toEqual({ group: 'GM0917', change: -602, loss: true });
  });
  it('compensates for Parkstad when the scenario spans gemeenten', () => {
    sell(100);
    useStore.getState().setMove('WK098604', 'build-corporation', 0);
    expect(compensationIn(view(), useStore.getState().draft.moves, 'WK098604', 'buy', 'lower')?.group).toBe('parkstad');
  });
  it('has nothing to compensate when nothing is lost', () => {
    useStore.getState().setMove(V, 'liberalise-to-mid', 300);
    expect(compensationIn(view(), useStore.getState().draft.moves, S, 'build-corporation', 'lower')?.proposal.needed).toBe(0);
  });
});

describe('store actions for moves', () => {
  it('a pair starts with a sale to occupants and new corporation build, both 0', () => {
    useStore.getState().choosePair(V, S, 'Plan');
    expect(useStore.getState().draft.moves).toEqual([
      { area: V, kind: 'sell-to-occupant', n: 0 },
      { area: S, kind: 'build-corporation', n: 0 },
    ]);
  });
  it('putMoves keeps rebuilds and legacy markers of a link', () => {
    const moves = [
      { area: V, kind: 'liberalise-to-mid' as const, n: 300, legacy: 'liberalise' as const },
      { area: V, kind: 'demolish-rebuild' as const, n: 10, rebuild: { ratio: 2, tenure: 'corporation' as const } },
    ];
    useStore.getState().putMoves(moves);
    expect(useStore.getState().draft.moves).toEqual(moves);
  });
});
