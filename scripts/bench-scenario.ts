/**
 * `npm run bench:scenario`: the compute of one scenario slider step on the Parkstad scope, in Node, with the
 * same code the browser runs per step: apply the draft's moves → view dataset → scope areas → band classes →
 * the GeoJSON the map receives → group totals (gemeenten and Parkstad). 100 steps, median and worst.
 * The browser side (render and map redraw) is timed in tests/e2e/pairs.e2e.ts.
 */
import { performance } from 'node:perf_hooks';
import { readRawGeodata } from './lib/read-geodata.ts';
import { buildDataset } from '../src/domain/dataset.ts';
import { activeBand, classifyAreas, scopeAreas } from '../src/state/selectors.ts';
import { baseScopeAreas, pairCandidates, rankedPairs, scenarioResult, scenarioTotals, viewDataset } from '../src/state/pairs-selectors.ts';
import { withMove } from '../src/state/pairs-store.ts';
import { areaCollection } from '../src/map/layers.ts';
import { DEFAULT_CRITERIA } from '../src/domain/pairs/candidates.ts';
import { DEFAULT_WEIGHTS } from '../src/domain/pairs/rank.ts';
import type { Move } from '../src/domain/scenario/types.ts';
import type { MapLevel } from '../src/domain/types.ts';

const dataset = buildDataset(readRawGeodata());
const scope = 'parkstad';
const band = activeBand(dataset, scope, null);

function bench(level: MapLevel, steps = 100): { pair: string; median: number; worst: number; worstStep: number; areas: number } {
  const set = pairCandidates(baseScopeAreas(dataset, scope, level), band.lower, band.upper, band.centre, DEFAULT_CRITERIA);
  const top = rankedPairs(set, DEFAULT_WEIGHTS, true)[0];
  if (!top) throw new Error(`no Parkstadshuwelijk pair at ${level} level`);
  let moves: Move[] = withMove(withMove([], top.vulnerable.code, 'sell', 0), top.strong.code, 'build', 0);
  const times: number[] = [];
  let features = 0;
  for (let i = 1; i <= steps; i++) {
    moves = withMove(moves, top.vulnerable.code, 'sell', i * 5); // one slider step: a new moves list
    const t0 = performance.now();
    const result = scenarioResult(dataset, moves);
    const view = viewDataset(dataset, result.rows);
    const areas = scopeAreas(view, scope, level);
    const classes = classifyAreas(areas, band.lower, band.upper);
    features = areaCollection(view.levels[level].areas, classes).features.length;
    scenarioTotals(dataset, moves, result.rows);
    times.push(performance.now() - t0);
  }
  const worst = Math.max(...times);
  const worstStep = times.indexOf(worst) + 1;
  times.sort((a, b) => a - b);
  return {
    pair: `${top.vulnerable.name} → ${top.strong.name}`,
    median: times[Math.floor(times.length / 2)] ?? NaN,
    worst,
    worstStep,
    areas: features,
  };
}

for (const level of ['wijk', 'buurt'] as const) {
  const r = bench(level);
  console.log(
    `scenario slider step, Parkstad ${level}en (${r.areas} areas, pair ${r.pair}): compute median ${r.median.toFixed(3)} ms, worst ${r.worst.toFixed(3)} ms (step ${r.worstStep}) over 100 steps (budget 16 ms per frame)`,
  );
}
