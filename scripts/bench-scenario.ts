/**
 * `npm run bench:scenario`: the compute of one scenario slider step on the Parkstad scope, in Node, with the
 * same code the browser runs per step: the store action, then the one view model (scenario → dataset shown →
 * classes → legend) and the map description (the GeoJSON and style the map receives), then the group totals
 * and the mixing checks.
 * 100 steps, median and worst. The browser side (render and map redraw) is timed in the e2e tests.
 */
import { performance } from 'node:perf_hooks';
import { readRawGeodata } from './lib/read-geodata.ts';
import { buildDataset } from '../src/domain/dataset.ts';
import { useStore } from '../src/state/store.ts';
import { selectView, scenarioOutcome } from '../src/state/view-model.ts';
import { scenarioChecks, selectPairFinder, totalsOf } from '../src/state/selectors.ts';
import { selectMapDescription } from '../src/map/describe.ts';
import type { MapLevel } from '../src/domain/types.ts';

const base = buildDataset(readRawGeodata());

function bench(level: MapLevel, steps = 100): { pair: string; median: number; worst: number; worstStep: number; areas: number } {
  useStore.setState({ base, scope: 'parkstad', level });
  const top = selectPairFinder(useStore.getState())?.pairs[0];
  if (!top) throw new Error(`no Parkstadshuwelijk pair at ${level} level`);
  useStore.getState().choosePair(top.vulnerable.code, top.strong.code, 'bench');
  const times: number[] = [];
  let areas = 0;
  for (let i = 1; i <= steps; i++) {
    const t0 = performance.now();
    useStore.getState().setMove(top.vulnerable.code, 'sell-to-occupant', i * 5); // one slider step
    const s = useStore.getState();
    const vm = selectView(s);
    const d = selectMapDescription(s, 'http://127.0.0.1/font.woff2');
    if (!vm || !d) throw new Error('no view');
    const outcome = scenarioOutcome(vm.today, s.draft.moves);
    totalsOf(vm.today, s.draft.moves, outcome.rows);
    scenarioChecks(vm.today, s.draft.moves, outcome);
    times.push(performance.now() - t0);
    areas = vm.areas.length;
  }
  const worst = Math.max(...times);
  const worstStep = times.indexOf(worst) + 1;
  times.sort((a, b) => a - b);
  return {
    pair: `${top.vulnerable.name} → ${top.strong.name}`,
    median: times[Math.floor(times.length / 2)] ?? NaN,
    worst,
    worstStep,
    areas,
  };
}

for (const level of ['wijk', 'buurt'] as const) {
  const r = bench(level);
  console.log(
    `scenario slider step, Parkstad ${level}en (${r.areas} areas, pair ${r.pair}): compute median ${r.median.toFixed(3)} ms, worst ${r.worst.toFixed(3)} ms (step ${r.worstStep}) over 100 steps (budget 16 ms per frame)`,
  );
}
